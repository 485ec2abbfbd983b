pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// Statistics: today's visits (the pavilion's day) as simple bar charts.
Item {
    id: page
    objectName: "staffStatsPage"

    required property StaffPanel staff
    readonly property bool portrait: height >= width * Theme.portraitRatio
    readonly property var titles: ({
        "hours": qsTr("Visits per hour"),
        "languages": qsTr("Languages"),
        "qr": qsTr("QR codes shown"),
        "products": qsTr("Most viewed products")
    })
    readonly property var qrNames: ({
        "artisan": qsTr("Meet the artisan"),
        "enquiry": qsTr("Buyer enquiry"),
        "contact": qsTr("Save contact"),
        "shortlist": qsTr("My shortlist")
    })

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: page.width - 2 * Theme.margin
            spacing: Theme.gap * 1.5

            StaffTitle {
                width: parent.width
                text: qsTr("Statistics")
                detail: qsTr("Today so far, on this kiosk. kiosk-admin stats gives every day, as CSV and charts.")
            }
            PlainText {
                objectName: "staffVisits"
                width: parent.width
                text: qsTr("%n visit(s) today", "", page.staff.visitsToday) + " · "
                      + qsTr("average %1 s").arg(page.staff.averageVisitSeconds)
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.maroon
            }
            Grid {
                id: charts
                width: parent.width
                columns: page.portrait ? 1 : 2
                spacing: Theme.margin
                Repeater {
                    model: page.staff.charts
                    StaffBarChart {
                        required property var modelData
                        objectName: "chart-" + modelData.chart
                        width: (charts.width - (charts.columns - 1) * charts.spacing) / charts.columns
                        title: page.titles[modelData.chart]
                        bars: modelData.chart === "qr"
                              ? modelData.bars.map(b => ({ "label": page.qrNames[b.label] || b.label,
                                                           "value": b.value }))
                              : modelData.bars
                    }
                }
            }
        }
    }
}
