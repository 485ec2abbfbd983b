import QtQuick
import Kiosk.Backend

// Back, Home and the language switch, at the bottom where every visitor can reach them.
Rectangle {
    id: bar

    required property KioskController kiosk

    implicitHeight: Theme.navBarHeight
    color: Theme.maroonDeep

    Rectangle { anchors.top: parent.top; width: parent.width; height: 4; color: Theme.gold }

    Row {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gap
        visible: bar.kiosk.depth > 1

        TouchButton {
            objectName: "back"
            text: "‹  " + qsTr("Back")
            onTapped: bar.kiosk.back()
        }
        TouchButton {
            objectName: "home"
            text: qsTr("Home")
            onTapped: bar.kiosk.home()
        }
    }

    PlainText {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        visible: bar.kiosk.depth === 1
        width: parent.width - switcher.width - 3 * Theme.margin
        text: qsTr("One District One Product · Uttar Pradesh")
        color: Theme.onDark
        font.family: Theme.serif
        font.pixelSize: Theme.subheadingSize
        maximumLineCount: 1
    }

    LanguageSwitch {
        id: switcher
        kiosk: bar.kiosk
        onDark: true
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
    }
}
