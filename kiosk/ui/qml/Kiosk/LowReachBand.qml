import QtQuick

// The top of the screen while low reach is on: the pages stand lower, within reach of a
// seated visitor; this band only says so (nothing here is needed or pressable).
Rectangle {
    id: band
    readonly property bool roomy: height > 3 * Theme.touchTarget  // a portrait screen's band

    color: Theme.paperDeep

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.hairline
        color: Theme.line
    }
    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap
        Rectangle {
            visible: band.roomy
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.accentBarLength
            height: Theme.accentBarThickness
            radius: height / 2
            color: Theme.saffron
        }
        PlainText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Low reach is on: everything stands within reach below.")
            color: Theme.inkSoft
            font.family: Theme.serif
            font.pixelSize: Theme.subheadingSize
            maximumLineCount: 3
        }
        PlainText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: band.roomy
            text: qsTr("The button at the bottom right turns it off.")
            color: Theme.inkSoft
            font.pixelSize: Theme.bodySize
            maximumLineCount: 2
        }
    }
}
