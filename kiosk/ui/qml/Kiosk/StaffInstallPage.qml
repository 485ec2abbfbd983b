pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Installing a catalogue from a USB stick or the install folder: what is there, a tap for
// the dry run and its report, and Install only after that (the confirm tap). A refused
// file says why in plain words; nothing is changed for it.
Item {
    id: page
    objectName: "staffInstallPage"

    required property StaffPanel staff
    readonly property bool portrait: height >= width * Theme.portraitRatio
    readonly property var report: staff.report
    readonly property bool hasReport: report.outcome !== undefined

    // The report in the panel's language: its headline, then what it found.
    function headline(r) {
        switch (r.outcome) {
        case "ready": return r.kind === "bundle"
                      ? qsTr("%1 can be installed: catalogue version %2.").arg(r.name).arg(r.version)
                      : qsTr("%1 can be installed.").arg(r.name)
        case "same": return qsTr("%1 matches the catalogue shown: nothing to change.").arg(r.name)
        case "stale": return qsTr("%1 is not newer than the catalogue shown: nothing to install.").arg(r.name)
        case "refused": return r.kind === "bundle" ? qsTr("%1 was refused.").arg(r.name)
                               : qsTr("%1 was refused: %n problem(s).", "",
                                      r.problems.length + r.moreProblems).arg(r.name)
        case "installed": return qsTr("Installed %1.").arg(r.name)
        case "not-catalogue": return qsTr("%1 is not a catalogue: the kiosk installs bundles (.zip, made by kiosk-admin bundle) and spreadsheets (.xlsx or .csv).").arg(r.name)
        case "old-spreadsheet": return qsTr("%1 is a spreadsheet the kiosk cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv) and try again.").arg(r.name)
        default: return qsTr("The kiosk could not read %1.").arg(r.name)
        }
    }
    function details(r) {
        const lines = r.changes.map(c => qsTr("%1: %2 added, %3 changed, %4 removed")
                                         .arg(c.sheet).arg(c.added).arg(c.changed).arg(c.removed))
        if (r.outcome === "ready" || r.outcome === "installed")
            lines.push(qsTr("%n new photo file(s).", "", r.photos))
        lines.push(...r.problems)
        if (r.moreProblems > 0)
            lines.push(qsTr("… and %n more problem(s).", "", r.moreProblems))
        if (r.detail)
            lines.push(r.detail)
        if (r.outcome === "ready")
            lines.push(qsTr("A backup of the catalogue shown now is taken first."))
        else if (r.outcome === "installed")
            lines.push(qsTr("Backup: %1").arg(r.backup))
        else if (r.outcome === "refused" && r.kind === "bundle")
            lines.push(qsTr("Nothing was changed. The bundle is damaged or was not made by kiosk-admin bundle: copy it onto the stick again."))
        else if (r.outcome === "refused")
            lines.push(qsTr("Nothing was changed. Correct the file on a computer (kiosk-admin import --dry-run lists the same problems) and try again."))
        else if (r.outcome === "stale")
            lines.push(qsTr("Make the bundle again from the newer catalogue (kiosk-admin bundle), or install this one with kiosk-admin import --force."))
        return lines
    }

    StaffTitle {
        id: title
        anchors.left: parent.left
        anchors.right: scan.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: qsTr("Install a catalogue")
        detail: page.staff.folders.length > 0
                ? qsTr("Looking in: %1").arg(page.staff.folders.join(", "))
                : qsTr("No USB stick found. Insert one, wait a moment, then tap Look again.")
    }
    TouchButton {
        id: scan
        objectName: "staffScan"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        enabled: page.staff.busy === ""
        text: qsTr("Look again")
        onTapped: page.staff.scanFiles()
    }

    ListView {
        id: files
        objectName: "staffFiles"
        anchors.left: parent.left
        anchors.top: title.bottom
        anchors.margins: Theme.margin
        width: page.portrait ? page.width - 2 * Theme.margin : page.width / 2 - 1.5 * Theme.margin
        height: page.portrait ? page.height - title.height - reportBox.height - 4 * Theme.margin
                              : page.height - title.height - 3 * Theme.margin
        clip: true
        spacing: Theme.gap / 2
        boundsBehavior: Flickable.StopAtBounds
        model: page.staff.offered
        delegate: Rectangle {
            id: file
            required property var modelData
            required property int index
            objectName: "offered-" + modelData.name
            width: ListView.view.width
            height: Theme.staffRowHeight
            radius: Theme.radius
            color: tap.pressed ? Theme.paperDeep : Theme.card
            border.color: modelData.chosen ? Theme.gold : Theme.line
            border.width: modelData.chosen ? Theme.borderBold : Theme.hairline

            Accessible.role: Accessible.Button
            Accessible.name: modelData.name
            Accessible.onPressAction: page.staff.check(file.index)

            Column {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.lineSpacing
                PlainText {
                    width: parent.width
                    text: file.modelData.name
                    font.weight: Font.DemiBold
                    maximumLineCount: 1
                }
                PlainText {
                    width: parent.width
                    text: (file.modelData.kind === "bundle" ? qsTr("Catalogue bundle")
                           : file.modelData.kind === "spreadsheet" ? qsTr("Spreadsheet")
                           : qsTr("Not a catalogue")) + " · " + file.modelData.folder
                    color: file.modelData.kind === "refused" ? Theme.fail : Theme.inkSoft
                    font.pixelSize: Theme.captionSize
                    maximumLineCount: 1
                    elide: Text.ElideMiddle
                }
            }
            TapHandler {
                id: tap
                enabled: page.staff.busy === ""
                onTapped: page.staff.check(file.index)
            }
        }
    }
    PlainText {
        anchors.centerIn: files
        width: files.width
        visible: files.count === 0
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No catalogue files here. The kiosk installs bundles (.zip) and spreadsheets (.xlsx, .csv).")
        color: Theme.inkSoft
    }

    // The dry run's report, and the confirm tap.
    Rectangle {
        id: reportBox
        objectName: "staffReport"
        x: page.portrait ? Theme.margin : page.width / 2 + Theme.margin / 2
        y: page.portrait ? page.height - height - Theme.margin : files.y
        width: page.portrait ? page.width - 2 * Theme.margin : page.width / 2 - 1.5 * Theme.margin
        height: page.portrait ? Theme.staffReportHeight : files.height
        radius: Theme.radius
        color: Theme.card
        border.color: !page.hasReport ? Theme.line : page.report.ok ? Theme.pass : Theme.fail
        border.width: page.hasReport ? Theme.borderBold : Theme.hairline

        PlainText {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            visible: !page.hasReport
            horizontalAlignment: Text.AlignHCenter
            text: page.staff.busy === "check" ? qsTr("Checking the file… nothing is changed.")
                  : page.staff.busy === "install" ? qsTr("Installing…")
                  : qsTr("Tap a file to check it. Nothing is installed before you confirm.")
            color: Theme.inkSoft
        }

        Flickable {
            id: reportText
            visible: page.hasReport
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: actions.top
            anchors.margins: Theme.gap
            contentHeight: lines.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: lines
                width: reportText.width
                spacing: Theme.innerGap
                PlainText {
                    objectName: "staffReportHeadline"
                    width: parent.width
                    text: page.hasReport ? page.headline(page.report) : ""
                    font.weight: Font.DemiBold
                    color: page.hasReport && page.report.ok ? Theme.ink : Theme.fail
                }
                Repeater {
                    model: page.hasReport ? page.details(page.report) : []
                    PlainText {
                        required property string modelData
                        width: lines.width
                        text: modelData
                        font.pixelSize: Theme.captionSize
                        color: Theme.inkSoft
                    }
                }
            }
        }
        Row {
            id: actions
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: Theme.gap
            spacing: Theme.gap
            height: install.visible ? install.height : 0
            TouchButton {
                id: install
                objectName: "staffInstall"
                visible: page.hasReport && page.report.installable && page.staff.busy === ""
                text: qsTr("Install %1").arg(page.hasReport ? page.report.name : "")
                width: Math.min(implicitWidth, reportBox.width - 2 * Theme.gap)
                baseColor: Theme.saffron
                onTapped: page.staff.install()
            }
        }
    }
}
