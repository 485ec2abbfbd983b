import QtQuick

// A QR code drawn pixel-exact (whole pixels per module, no smoothing) with its caption.
// The frame hugs the code, which may be larger than `targetSize` (never fewer than 6 px a
// module); `slotSize` keeps the same height for every code of a row, so that codes of
// different versions stand on one line and their captions line up.
Column {
    id: qr

    property string content  // what the code carries: a link or a vCard
    property string caption
    property string hint
    property int targetSize: Theme.qrSize
    readonly property int framePadding: Theme.qrFramePadding
    readonly property int frameSize: (code.implicitWidth > 0 ? code.implicitWidth
                                                              : targetSize) + 2 * framePadding
    property int slotSize: frameSize

    spacing: Theme.captionGap

    Item {
        width: parent.width
        height: qr.slotSize
        Rectangle {
            // Frames of a row stand on one line, with their captions right below them.
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: qr.frameSize
            height: qr.frameSize
            radius: Theme.qrFrameRadius
            color: Theme.qrPaper
            border.color: Theme.line
            border.width: Theme.hairline
            Image {
                id: code
                objectName: "qrImage"
                anchors.centerIn: parent
                // The provider returns the code at its exact size: shown 1:1, never scaled.
                width: implicitWidth
                height: implicitHeight
                source: qr.content ? "image://qr/" + qr.targetSize + "/"
                                     + encodeURIComponent(qr.content) : ""
                smooth: false
                mipmap: false
            }
        }
    }
    PlainText {
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        text: qr.caption
        font.family: Theme.serif
        font.pixelSize: Theme.emphasisSize
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
