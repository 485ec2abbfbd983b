pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kiosk.Backend

// The products a visitor collected, and one QR code that carries them all to the
// buyer-enquiry page on the visitor's phone.
Item {
    id: page
    objectName: "shortlistPage"

    required property KioskController kiosk
    readonly property bool portrait: height >= width * Theme.portraitRatio
    readonly property int count: page.kiosk.shortlist.count

    PageHeader {
        id: header
        width: page.portrait ? parent.width : panel.x
        title: qsTr("My shortlist")
        subtitle: page.count > 0
                  ? qsTr("%n product(s)", "", page.count) + " · "
                    + qsTr("room for %n", "", page.kiosk.shortlistLimit - page.count)
                  : ""
        accent: Theme.maroon
    }

    ListView {
        id: list
        objectName: "shortlistList"
        visible: page.count > 0
        anchors.left: parent.left
        anchors.top: header.bottom
        anchors.right: page.portrait ? parent.right : panel.left
        anchors.bottom: page.portrait ? panel.top : parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: page.portrait ? Theme.gap : 0
        clip: true
        spacing: Theme.gap
        bottomMargin: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        // None once the page has left the stack: the rows it still builds stop before the
        // shortlist empties (else "DelegateModel::cancel: index out range").
        model: page.StackView.index >= 0 ? page.kiosk.shortlist : null
        delegate: ShortlistRow {
            width: ListView.view.width
            onOpened: (productId) => page.kiosk.openProduct(productId)
            onRemoved: (productId) => page.kiosk.removeFromShortlist(productId)
        }
    }

    // One code for the whole list: a bottom band in portrait, a column in landscape.
    Rectangle {
        id: panel
        objectName: "shortlistPanel"
        visible: page.count > 0
        x: page.portrait ? 0 : page.width - width - Theme.margin
        y: page.portrait ? page.height - height : Theme.margin
        width: page.portrait ? page.width : Theme.shortlistPanel
        height: page.portrait ? Theme.shortlistPanel : page.height - 2 * Theme.margin
        color: page.portrait ? Theme.paperDeep : Theme.card
        radius: page.portrait ? 0 : Theme.radius
        border.color: Theme.line
        border.width: page.portrait ? 0 : Theme.hairline

        Rectangle {
            visible: page.portrait
            width: parent.width
            height: Theme.hairline
            color: Theme.line
        }

        Grid {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            columns: page.portrait ? 2 : 1
            spacing: page.portrait ? Theme.margin : Theme.gap * 1.5
            verticalItemAlignment: Grid.AlignVCenter

            QrCode {
                id: code
                objectName: "qr-shortlist"
                width: Theme.shortlistQrTile
                targetSize: Theme.shortlistQrSize
                content: page.kiosk.shortlistUrl
            }
            Column {
                width: page.portrait ? parent.width - code.width - parent.spacing : parent.width
                spacing: Theme.gap
                PlainText {
                    width: parent.width
                    text: qsTr("One code for your whole shortlist")
                    font.family: Theme.serif
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    maximumLineCount: 3
                }
                PlainText {
                    width: parent.width
                    text: qsTr("Scan it with your phone to open a buyer-enquiry page listing these products, ready to send to the makers.")
                    color: Theme.inkSoft
                    maximumLineCount: 5
                }
            }
        }
    }

    // Nothing collected yet: say how, and offer a way in.
    Column {
        objectName: "shortlistEmpty"
        visible: page.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        spacing: Theme.gap * 1.5
        PlainText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Your shortlist is empty")
            font.family: Theme.serif
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
        }
        PlainText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Tap “Add to shortlist” on any product to collect it here. When you are done, one QR code takes the whole list to your phone.")
            color: Theme.inkSoft
        }
        TouchButton {
            objectName: "shortlist-browse"
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("See featured crafts")
            highlighted: true
            onTapped: page.kiosk.openFeatured()
        }
    }
}
