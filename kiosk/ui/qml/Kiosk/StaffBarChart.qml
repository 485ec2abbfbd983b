pragma ComponentBehavior: Bound
import QtQuick

// A simple bar chart of today's figures: one labelled bar per row, the longest full width.
Column {
    id: chart

    property string title
    property var bars: []
    readonly property int most: Math.max(1, ...bars.map(b => b.value))

    spacing: Theme.innerGap

    PlainText {
        width: parent.width
        text: chart.title
        font.pixelSize: Theme.emphasisSize
        font.weight: Font.DemiBold
        maximumLineCount: 1
    }
    PlainText {
        visible: chart.bars.length === 0
        text: qsTr("Nothing yet today.")
        color: Theme.inkSoft
        font.pixelSize: Theme.captionSize
    }
    Repeater {
        model: chart.bars
        Item {
            id: bar
            required property var modelData
            width: chart.width
            height: Theme.chartBarHeight

            PlainText {
                id: label
                width: Theme.chartLabelWidth
                anchors.verticalCenter: parent.verticalCenter
                text: bar.modelData.label
                font.pixelSize: Theme.captionSize
                maximumLineCount: 1
            }
            Rectangle {
                id: fill
                anchors.left: label.right
                anchors.leftMargin: Theme.innerGap
                anchors.verticalCenter: parent.verticalCenter
                height: parent.height - Theme.inset
                radius: Theme.inset / 2
                color: Theme.saffron
                width: Math.max(Theme.hairline, (parent.width - Theme.chartLabelWidth
                        - Theme.chartValueWidth - 2 * Theme.innerGap)
                        * bar.modelData.value / chart.most)
            }
            PlainText {
                anchors.left: fill.right
                anchors.leftMargin: Theme.innerGap
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.chartValueWidth
                text: bar.modelData.value
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
                wrapMode: Text.NoWrap
            }
        }
    }
}
