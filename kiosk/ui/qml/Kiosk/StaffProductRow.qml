import QtQuick

// One product on the staff panel's products screen: its name and district, whether it is
// hidden or featured here, and the buttons that change that (or undo this kiosk's change).
Rectangle {
    id: row

    required property string productId
    required property string name
    required property string place
    required property bool hidden
    required property bool featured
    required property bool overridden
    signal hide(bool hidden)
    signal feature(bool featured)
    signal undo()

    objectName: "staffProduct-" + productId
    height: Theme.staffRowHeight
    radius: Theme.radius
    color: hidden ? Theme.paperDeep : Theme.card
    border.color: overridden ? Theme.gold : Theme.line
    border.width: overridden ? Theme.borderBold : Theme.hairline

    Column {
        anchors.left: parent.left
        anchors.right: buttons.left
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.lineSpacing
        PlainText {
            width: parent.width
            text: row.name
            font.weight: Font.DemiBold
            font.pixelSize: Theme.captionSize
            maximumLineCount: 2
        }
        PlainText {
            width: parent.width
            text: [row.place,
                   row.hidden ? qsTr("Hidden here") : "",
                   row.featured ? qsTr("Featured") : ""].filter(t => t.length > 0).join(" · ")
            color: row.hidden ? Theme.fail : Theme.inkSoft
            font.pixelSize: Theme.captionSize
            maximumLineCount: 1
        }
    }

    Row {
        id: buttons
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gap / 2

        TouchButton {
            objectName: "undo"
            visible: row.overridden
            text: qsTr("Undo")
            onTapped: row.undo()
        }
        TouchButton {
            objectName: "hide"
            text: row.hidden ? qsTr("Show") : qsTr("Hide")
            onTapped: row.hide(!row.hidden)
        }
        TouchButton {
            objectName: "feature"
            text: row.featured ? qsTr("Unfeature") : qsTr("Feature")
            highlighted: row.featured
            onTapped: row.feature(!row.featured)
        }
    }
}
