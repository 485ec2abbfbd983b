pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The attract loop: featured crafts fading and panning full screen until someone touches.
// It covers everything and swallows the waking touch, so nothing beneath is pressed by it.
Rectangle {
    id: attract
    objectName: "attract"

    required property KioskController kiosk
    property int slide: 0
    property int greeting: 0
    readonly property var greetings: ["Touch to explore", "छूकर देखें", "タッチしてご覧ください"]
    readonly property int slideCount: kiosk.featured.count

    color: Theme.maroonDeep
    opacity: kiosk.attract ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.calm } }

    onVisibleChanged: if (visible) slide = 0

    Timer {
        running: attract.visible && attract.slideCount > 1
        interval: attract.kiosk.attractSlideMs
        repeat: true
        onTriggered: attract.slide = (attract.slide + 1) % attract.slideCount
    }
    Timer {
        running: attract.visible
        interval: Theme.greetingMs
        repeat: true
        onTriggered: attract.greeting = (attract.greeting + 1) % attract.greetings.length
    }

    Repeater {
        model: attract.kiosk.featured
        delegate: Item {
            id: slideItem
            required property int index
            required property string photo
            required property string name
            required property string districtName
            required property string craftName
            readonly property bool current: index === attract.slide

            anchors.fill: parent
            opacity: current ? 1 : 0
            visible: opacity > 0
            Behavior on opacity { NumberAnimation { duration: Theme.fade } }

            Image {
                anchors.fill: parent
                source: slideItem.visible ? slideItem.photo : ""
                sourceSize.width: Theme.fullScreenDecode
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                scale: slideItem.current ? 1.12 : 1.0
                Behavior on scale { NumberAnimation { duration: attract.kiosk.attractSlideMs + Theme.fade } }
            }
            PlainText {
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.margin
                anchors.bottomMargin: attract.height * 0.36
                width: parent.width * 0.6
                horizontalAlignment: Text.AlignRight
                text: slideItem.name + "\n" + slideItem.districtName + " · " + slideItem.craftName
                color: Theme.onDark
                font.pixelSize: Theme.bodySize
                maximumLineCount: 3
                style: Text.Raised
                styleColor: Theme.textShadow
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.attractShadeTop }
            GradientStop { position: 0.30; color: Theme.clear }
            GradientStop { position: 0.55; color: Theme.attractShadeMiddle }
            GradientStop { position: 1.0; color: Theme.attractShadeBottom }
        }
    }

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.gap

        PlainText {
            text: "UTTAR PRADESH · ONE DISTRICT ONE PRODUCT"
            color: Theme.gold
            font.pixelSize: Theme.smallSize
            font.letterSpacing: 4
            font.weight: Font.DemiBold
        }
    }

    Column {
        id: banner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.gap * 1.5

        PlainText {
            objectName: "banner"
            width: parent.width
            text: "Crafted in Uttar Pradesh,\nAdmired by the World!"
            color: Theme.onDark
            font.family: Theme.serif
            font.pixelSize: Math.min(Theme.displaySize, attract.width / 15)
            font.weight: Font.DemiBold
            lineHeight: 1.05
        }
        Rectangle {
            width: Theme.bannerBarLength
            height: Theme.accentBarThickness
            radius: height / 2
            color: Theme.saffron
        }
        PlainText {
            objectName: "touchToExplore"
            width: parent.width - Theme.touchTarget * 5.4
            text: attract.greetings[attract.greeting]
            color: Theme.onDark
            font.pixelSize: Theme.headingSize
            SequentialAnimation on opacity {
                running: attract.visible
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 0.55; duration: Theme.fade; easing.type: Easing.InOutSine }
                NumberAnimation { from: 0.55; to: 1; duration: Theme.fade; easing.type: Easing.InOutSine }
            }
        }
    }

    // Catches the waking touch on the whole screen, so it never reaches the page beneath.
    MouseArea {
        objectName: "attractTouch"
        anchors.fill: parent
        enabled: attract.kiosk.attract
        onClicked: attract.kiosk.wake()
    }

    // Choosing a language wakes the kiosk straight into it.
    LanguageSwitch {
        objectName: "attractLanguages"
        kiosk: attract.kiosk
        onDark: true
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin * 1.5
        onChosen: (code) => attract.kiosk.wake(code)
    }
}
