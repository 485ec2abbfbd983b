import QtQuick
import Kiosk.Backend

// Back, Home, Search, low reach and the language switch, at the bottom where every visitor
// can reach them.
Rectangle {
    id: bar

    required property KioskController kiosk

    implicitHeight: Theme.navBarHeight
    color: Theme.maroonDeep

    Rectangle { anchors.top: parent.top; width: parent.width; height: Theme.navRule; color: Theme.gold }

    Row {
        anchors.left: parent.left
        anchors.leftMargin: Theme.gap * 1.5
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gap / 2
        visible: bar.kiosk.depth > 1

        TouchButton {
            objectName: "back"
            implicitWidth: Theme.touchTarget * 1.35
            text: "‹ " + qsTr("Back")
            onTapped: bar.kiosk.back()
        }
        TouchButton {
            objectName: "home"
            implicitWidth: Theme.touchTarget * 1.35
            text: qsTr("Home")
            onTapped: bar.kiosk.home()
        }
        TouchButton {  // a magnifier, named for assistive technology
            objectName: "search"
            implicitWidth: Theme.touchTarget
            highlighted: bar.kiosk.page === "search"
            Accessible.name: qsTr("Search")
            onTapped: bar.kiosk.openSearch()
            SearchIcon {
                anchors.centerIn: parent
                width: Theme.touchTarget * 0.42
                height: width
                color: Theme.ink
            }
        }
    }

    PlainText {
        anchors.left: parent.left
        anchors.leftMargin: Theme.gap * 1.5
        anchors.verticalCenter: parent.verticalCenter
        visible: bar.kiosk.depth === 1
        width: parent.width - switcher.width - lowReach.width - 4 * Theme.gap * 1.5
        text: qsTr("One District One Product · Uttar Pradesh")
        color: Theme.onDark
        font.family: Theme.serif
        font.pixelSize: Theme.bodySize
        maximumLineCount: 2
    }

    LowReachButton {
        id: lowReach
        kiosk: bar.kiosk
        anchors.right: switcher.left
        anchors.rightMargin: Theme.gap / 2
        anchors.verticalCenter: parent.verticalCenter
    }

    LanguageSwitch {
        id: switcher
        kiosk: bar.kiosk
        onDark: true
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap * 1.5
        anchors.verticalCenter: parent.verticalCenter
    }
}
