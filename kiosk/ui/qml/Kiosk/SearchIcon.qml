import QtQuick

// A magnifying glass, drawn (no font has to carry it): a ring and its handle.
Item {
    id: icon

    property color color: Theme.onDark
    property real stroke: Math.max(3, width / 9)

    implicitWidth: 40
    implicitHeight: 40

    Rectangle {
        width: icon.width * 0.68
        height: width
        radius: width / 2
        color: Theme.clear
        border.color: icon.color
        border.width: icon.stroke
    }
    Rectangle {
        x: icon.width * 0.56
        y: icon.height * 0.70
        width: icon.width * 0.46
        height: icon.stroke * 1.2
        radius: height / 2
        color: icon.color
        rotation: 45
        transformOrigin: Item.Left
    }
}
