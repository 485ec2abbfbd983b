pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The visitors' search keyboard: large keys in rows at the bottom of the screen. The pages
// (QWERTY, the 五十音 kana grid, Devanagari), the text typed and what each key does live
// in KeyboardInput (kiosk/ui/keyboard.py); this only draws its rows and passes taps on.
Rectangle {
    id: keyboard

    // The visitor's language chooses the page the keyboard opens on.
    property alias language: input.language
    readonly property alias text: input.text
    // What to search for: the romaji as typed while only romaji was typed, else `text`.
    readonly property alias query: input.query
    readonly property alias input: input
    property real keyHeight: Theme.touchTarget

    implicitWidth: 1080
    implicitHeight: rows.implicitHeight + 2 * Theme.gap
    color: Theme.paperDeep

    KeyboardInput {
        id: input
    }

    Column {
        id: rows
        objectName: "keyboardRows"
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.keyGap

        readonly property real unit: width / Math.max(1, input ? input.columns : 1)

        Repeater {
            model: input ? input.rows : []

            Row {
                id: keyRow
                required property var modelData
                anchors.horizontalCenter: parent.horizontalCenter

                Repeater {
                    model: keyRow.modelData

                    Item {
                        id: cell
                        required property var modelData
                        width: rows.unit * cell.modelData.span
                        height: keyboard.keyHeight

                        KeyboardKey {
                            visible: cell.modelData.action !== "gap"
                            objectName: cell.modelData.name
                            anchors.fill: parent
                            anchors.margins: Theme.keyGap / 2
                            label: cell.modelData.label
                            action: cell.modelData.action
                            on: cell.modelData.on
                            onTapped: input.act(cell.modelData.action, cell.modelData.value)
                        }
                    }
                }
            }
        }
    }
}
