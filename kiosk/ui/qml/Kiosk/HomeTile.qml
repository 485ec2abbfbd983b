import QtQuick

// A big entry tile on Home: a photo, a title and a line of what lies behind it.
Rectangle {
    id: tile

    property string title
    property string subtitle
    property string photo
    property color accent: Theme.maroon
    signal tapped()

    radius: Theme.radius
    color: accent
    clip: true
    scale: tap.pressed ? Theme.pressScale : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: subtitle
    Accessible.onPressAction: tile.tapped()

    Image {
        anchors.fill: parent
        source: tile.photo
        sourceSize.width: Theme.thumbDecode
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        opacity: 0.9
    }
    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: Theme.tileShadeText }
            GradientStop { position: 0.65; color: Theme.tileShadeMiddle }
            GradientStop { position: 1.0; color: Theme.clear }
        }
    }
    Rectangle { width: Theme.stripe; height: parent.height; color: tile.accent }

    Column {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width * 0.66
        spacing: Theme.inset
        PlainText {
            width: parent.width
            text: tile.title
            color: Theme.onDark
            font.family: Theme.serif
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            maximumLineCount: 2
        }
        PlainText {
            width: parent.width
            text: tile.subtitle
            color: Theme.onDark
            opacity: 0.85
            maximumLineCount: 2
        }
    }
    PlainText {
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        text: "›"
        color: Theme.onDark
        font.pixelSize: Theme.displaySize
    }
    TapHandler {
        id: tap
        onTapped: tile.tapped()
    }
}
