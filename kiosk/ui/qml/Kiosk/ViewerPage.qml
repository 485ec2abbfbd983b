pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The product's photos full screen: pinch to zoom (up to the display copy's real pixels),
// drag to pan a zoomed photo, swipe for the next one. The illustration label and the credit
// stay on screen; a large Close button at the bottom returns to the product.
Rectangle {
    id: page
    objectName: "viewerPage"

    required property KioskController kiosk
    readonly property var photos: kiosk.product.photos
    readonly property int current: list.currentIndex
    readonly property var photo: current >= 0 && current < photos.length ? photos[current] : null

    color: Theme.viewerBackground

    ListView {
        id: list
        objectName: "viewerPhotos"
        anchors.fill: parent
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.calm
        boundsBehavior: Flickable.StopAtBounds
        // A zoomed photo pans under the finger instead of giving way to the next one.
        interactive: !(currentItem && (currentItem as ViewerSlide).zoomed)
        model: page.photos
        currentIndex: page.kiosk.viewerIndex
        Component.onCompleted: positionViewAtIndex(page.kiosk.viewerIndex, ListView.Beginning)
        delegate: ViewerSlide {
            width: list.width
            height: list.height
            active: ListView.isCurrentItem
        }
    }

    // The photo's label and credit, and the Close button, over the photo at the bottom.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: footer.implicitHeight + 2 * Theme.gap
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.clear }
            GradientStop { position: 0.35; color: Theme.viewerShade }
        }

        Column {
            id: footer
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.gap
            spacing: Theme.gap

            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.gap
                Pill {
                    visible: page.photo !== null && page.photo.illustrative
                    anchors.verticalCenter: parent.verticalCenter
                    paddingX: Theme.photoTagPaddingX
                    paddingY: Theme.photoTagPaddingY
                    color: Theme.shade
                    border.color: Theme.onDark
                    border.width: Theme.hairline
                    labelName: "viewerIllustrative"
                    text: qsTr("Illustrative image")
                    textColor: Theme.onDark
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.Normal
                }
                PlainText {
                    objectName: "viewerCredit"
                    anchors.verticalCenter: parent.verticalCenter
                    visible: text.length > 0
                    width: Math.min(implicitWidth, footer.width * 0.6)
                    text: page.photo ? page.photo.credit : ""
                    color: Theme.onDark
                    font.pixelSize: Theme.captionSize
                }
                PlainText {
                    objectName: "viewerCount"
                    anchors.verticalCenter: parent.verticalCenter
                    visible: page.photos.length > 1
                    text: qsTr("%1 of %2").arg(page.current + 1).arg(page.photos.length)
                    color: Theme.onDark
                    font.pixelSize: Theme.captionSize
                }
            }
            TouchButton {
                objectName: "viewerClose"
                anchors.horizontalCenter: parent.horizontalCenter
                implicitWidth: Math.max(Theme.closeButtonWidth, implicitHeight * 3)
                implicitHeight: Theme.closeButtonHeight
                text: qsTr("Close")
                onTapped: page.kiosk.back()
            }
        }
    }
}
