import QtQuick
import Kiosk.Backend

// "Are you still there?": shown while the idle countdown runs; any touch keeps the visit.
Rectangle {
    id: overlay
    objectName: "idleOverlay"

    required property IdleWatcher idle

    color: Theme.scrim
    opacity: idle.countingDown ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.fast } }

    MouseArea {
        anchors.fill: parent
        // Fading out after the reset, it lets the next visitor's first touch through.
        enabled: overlay.idle.countingDown
        onClicked: overlay.idle.poke()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dialogWidth)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.card

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap

            PlainText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.family: Theme.serif
                font.pixelSize: Theme.titleSize
            }
            PlainText {
                objectName: "idleSeconds"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: overlay.idle.secondsLeft
                color: Theme.saffron
                font.pixelSize: Theme.displaySize * 1.4
                font.weight: Font.Bold
            }
            PlainText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Touch anywhere to keep exploring.")
                color: Theme.inkSoft
            }
        }
    }
}
