import QtQuick

// One key of the search keyboard: large, and pressed-looking in the frame of the touch
// (no animation on the press colour).
Rectangle {
    id: key

    property string label: ""
    property string action: "char"
    property bool on: false
    signal tapped()

    readonly property bool pressed: tap.pressed
    readonly property bool special: action !== "char"

    radius: Theme.keyRadius
    color: pressed ? Theme.maroonDeep
                   : on ? Theme.maroon
                        : special ? Theme.paperDeep : Theme.card
    border.color: on ? Theme.gold : Theme.line
    border.width: on ? 3 : 2

    Accessible.role: Accessible.Button
    Accessible.ignored: !visible  // a gap in a row of keys is no key
    Accessible.name: action === "space" ? qsTr("Space")
                   : action === "backspace" ? qsTr("Delete")
                   : action === "clear" ? qsTr("Clear") : label
    Accessible.onPressAction: key.tapped()

    PlainText {
        anchors.centerIn: parent
        width: parent.width - 8
        horizontalAlignment: Text.AlignHCenter
        text: key.label
        color: key.pressed || key.on ? Theme.onDark : Theme.ink
        font.pixelSize: key.label.length > 2 ? Theme.smallSize : Theme.subheadingSize
        font.weight: Font.DemiBold
        wrapMode: Text.NoWrap
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 14
    }

    // The space bar's mark.
    Rectangle {
        visible: key.action === "space"
        anchors.centerIn: parent
        width: parent.width * 0.5
        height: Theme.accentBarThickness
        radius: Theme.accentBarThickness / 2
        color: key.pressed ? Theme.onDark : Theme.inkSoft
    }

    TapHandler {
        id: tap
        onTapped: key.tapped()
    }
}
