import QtQuick

// A QR code drawn pixel-exact (whole pixels per module, no smoothing) with its caption.
Column {
    id: qr

    property string url
    property string caption
    property string hint
    property int targetSize: 300

    spacing: 12

    // A fixed frame, so that codes of different versions line up with their captions.
    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        width: qr.targetSize + 12
        height: qr.targetSize + 12
        radius: 12
        color: "#ffffff"
        border.color: Theme.line
        border.width: 2
        Image {
            id: code
            objectName: "qrImage"
            anchors.centerIn: parent
            // The provider returns the code at its exact size: shown 1:1, never scaled.
            width: implicitWidth
            height: implicitHeight
            source: qr.url ? "image://qr/" + qr.targetSize + "/" + encodeURIComponent(qr.url) : ""
            smooth: false
            mipmap: false
        }
    }
    PlainText {
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        text: qr.caption
        font.family: Theme.serif
        font.pixelSize: Theme.bodySize + 2
        font.weight: Font.DemiBold
        maximumLineCount: 2
    }
    PlainText {
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        text: qr.hint
        color: Theme.inkSoft
        font.pixelSize: Theme.smallSize
        maximumLineCount: 2
    }
}
