pragma ComponentBehavior: Bound
import QtQuick

// The product's photos, one at a time: swipe sideways for the next, dots show where you are;
// a tap on a photo asks for it full screen.
Item {
    id: carousel

    property var photos: []
    readonly property int current: list.currentIndex
    signal photoTapped(int index)

    clip: true

    Rectangle {
        objectName: "noPhoto"
        anchors.fill: parent
        visible: carousel.photos.length === 0
        color: Theme.paperDeep
        PlainText {
            anchors.centerIn: parent
            text: qsTr("Photo coming soon")
            color: Theme.inkSoft
            font.family: Theme.serif
            font.pixelSize: Theme.headingSize
        }
    }

    ListView {
        id: list
        objectName: "carousel"
        anchors.fill: parent
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.calm
        boundsBehavior: Flickable.StopAtBounds
        model: carousel.photos
        delegate: Item {
            id: slide
            required property var modelData
            required property int index
            objectName: "slide-" + index
            width: list.width
            height: list.height

            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Photo %1 of %2, full screen").arg(index + 1)
                                                                 .arg(carousel.photos.length)
            Accessible.description: modelData.alt
            Accessible.onPressAction: carousel.photoTapped(index)
            TapHandler { onTapped: carousel.photoTapped(slide.index) }
            Rectangle { anchors.fill: parent; color: Theme.paperDeep }
            Image {
                objectName: "photo"
                anchors.fill: parent
                source: slide.modelData.source
                sourceSize.width: Theme.photoDecode
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
            Pill {
                visible: slide.modelData.illustrative
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: Theme.gap
                paddingX: Theme.photoTagPaddingX
                paddingY: Theme.photoTagPaddingY
                color: Theme.shade
                text: qsTr("Illustrative image")
                textColor: Theme.onDark
                font.pixelSize: Theme.photoTagSize
                font.weight: Font.Normal
            }
        }
    }

    Row {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        spacing: Theme.dotSpacing
        visible: carousel.photos.length > 1
        Repeater {
            model: carousel.photos.length
            delegate: Rectangle {
                required property int index
                width: index === list.currentIndex ? Theme.dotCurrentLength : Theme.dotSize
                height: Theme.dotSize
                radius: Theme.dotSize / 2
                color: index === list.currentIndex ? Theme.onDark : Theme.dotIdle
                Behavior on width { NumberAnimation { duration: Theme.fast } }
            }
        }
    }
}
