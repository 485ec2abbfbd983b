import QtQuick

// One product on the shortlist: its photo, name and district, and a button to remove it.
Rectangle {
    id: row

    required property string productId
    required property string name
    required property string districtName
    required property string craftName
    required property string craftColour
    required property string thumb
    signal opened(string productId)
    signal removed(string productId)

    objectName: "shortlisted-" + productId
    implicitHeight: Theme.shortlistRowHeight
    radius: Theme.radius
    color: Theme.card
    border.color: tap.pressed ? Theme.gold : Theme.line
    border.width: Theme.hairline
    scale: tap.pressed ? Theme.pressScaleRow : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.description: districtName + " · " + craftName
    Accessible.onPressAction: row.opened(row.productId)

    TapHandler {
        id: tap
        onTapped: row.opened(row.productId)
    }

    Image {
        id: photo
        readonly property bool loaded: status === Image.Ready
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.rowInset
        width: height * 4 / 3
        source: row.thumb
        sourceSize.width: Theme.thumbDecode
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        Rectangle {
            anchors.fill: parent
            color: Theme.paperDeep
            visible: !photo.loaded
        }
    }
    Rectangle {
        anchors.left: photo.right
        anchors.leftMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.accentBarThickness
        height: parent.height - 2 * Theme.gap * 1.5
        radius: width / 2
        color: row.craftColour
    }
    Column {
        anchors.left: photo.right
        anchors.leftMargin: Theme.gap * 2
        anchors.right: remove.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.textSpacing
        PlainText {
            width: parent.width
            text: row.name
            font.family: Theme.serif
            font.pixelSize: Theme.subheadingSize
            font.weight: Font.DemiBold
            maximumLineCount: 2
        }
        PlainText {
            width: parent.width
            text: row.districtName + " · " + row.craftName
            color: Theme.inkSoft
            font.pixelSize: Theme.smallSize
            maximumLineCount: 1
        }
    }
    TouchButton {
        id: remove
        objectName: "remove"
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Remove")
        font.pixelSize: Theme.captionSize
        onTapped: row.removed(row.productId)
    }
}
