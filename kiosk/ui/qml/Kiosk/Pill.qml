import QtQuick

// A rounded label: a craft's name, the GI tag, a product number, "Illustrative image".
Rectangle {
    id: pill

    property alias text: label.text
    property alias textColor: label.color
    property alias font: label.font
    property alias labelName: label.objectName
    property int paddingX: Theme.pillPaddingX
    property int paddingY: Theme.pillPaddingY

    implicitWidth: label.implicitWidth + 2 * paddingX
    implicitHeight: label.implicitHeight + 2 * paddingY
    width: implicitWidth
    height: implicitHeight
    radius: height / 2
    border.width: 0

    PlainText {
        id: label
        anchors.centerIn: parent
        font.pixelSize: Theme.smallSize
        font.weight: Font.DemiBold
    }
}
