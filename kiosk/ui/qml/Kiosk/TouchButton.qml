import QtQuick

// A large touch target with press feedback in the same frame as the touch, announced to
// assistive technology as a button named by its text.
Rectangle {
    id: button

    property alias text: label.text
    property alias textColor: label.color
    property alias font: label.font
    property color baseColor: Theme.card
    property bool highlighted: false
    signal tapped()

    implicitWidth: Math.max(Theme.touchTarget * 1.6, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: tap.pressed ? Qt.darker(baseColor, 1.15) : baseColor
    border.color: highlighted ? Theme.gold : Theme.line
    border.width: highlighted ? Theme.borderBold : Theme.hairline
    scale: tap.pressed ? Theme.pressScaleButton : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.fast / 2 } }

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (enabled) button.tapped()

    PlainText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - 2 * Theme.buttonLabelPadding)
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.subheadingSize
        font.weight: Font.DemiBold
        wrapMode: Text.NoWrap
    }

    TapHandler {
        id: tap
        onTapped: button.tapped()
    }
}
