pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Doctor: kiosk-admin doctor's result, one line per check (its words are the doctor's own).
Item {
    id: page
    objectName: "staffDoctorPage"

    required property StaffPanel staff
    readonly property bool running: staff.busy === "doctor"

    StaffTitle {
        id: title
        anchors.left: parent.left
        anchors.right: again.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: qsTr("Doctor")
        detail: page.running ? qsTr("Checking… this takes a few seconds.")
                             : qsTr("The same checks as kiosk-admin doctor, one line each.")
    }
    TouchButton {
        id: again
        objectName: "staffDoctorRun"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        enabled: !page.running
        text: qsTr("Run the checks")
        onTapped: page.staff.runDoctor()
    }

    ListView {
        id: list
        objectName: "staffDoctorList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: title.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap / 2
        boundsBehavior: Flickable.StopAtBounds
        model: page.staff.doctorLines
        delegate: Row {
            id: line
            required property var modelData
            objectName: "doctor-" + modelData.name
            width: ListView.view.width
            spacing: Theme.gap
            Pill {
                text: line.modelData.verdict
                color: line.modelData.verdict === "FAIL" ? Theme.fail
                       : line.modelData.verdict === "WARN" ? Theme.gold : Theme.pass
                textColor: Theme.onDark
            }
            PlainText {
                width: parent.width - x
                text: line.modelData.name + ": " + line.modelData.detail
                font.pixelSize: Theme.captionSize
                maximumLineCount: 3
            }
        }
    }
}
