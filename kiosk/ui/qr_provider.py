"""Serves QR codes to QML as `image://qr/<pixels>/<percent-encoded text>` (any UTF-8 text).

Synchronous on the GUI thread on purpose: Python image providers that QML calls from its
loader threads can deadlock (QT-NOTES hazard 2), and a cached code takes microseconds.
"""

from PIL import Image
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.qr.codes import QrTooLongError, qr_image, qr_modules

MIN_MODULE_PX = 6


def module_px_for(text: str, target_px: int) -> int:
    """The largest whole number of pixels per module that fits `target_px`, at least 6."""
    return max(MIN_MODULE_PX, target_px // len(qr_modules(text)))


class QrImageProvider(QQuickImageProvider):
    def __init__(self):
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested_size: QSize) -> QImage:
        target, _, encoded = image_id.partition("/")
        # Qt hands over the id half decoded: letters beyond ASCII and spaces as themselves,
        # the rest (line breaks, '%', '/', ...) still percent-encoded. As UTF-8 bytes both
        # kinds decode to the text QML encoded (a vCard with a Hindi name, say).
        text = QUrl.fromPercentEncoding(encoded.encode("utf-8"))
        try:
            image = qr_image(text, module_px_for(text, int(target) if target.isdigit() else 0))
        except (QrTooLongError, ValueError):
            image = Image.new("L", (1, 1), 0xFF)
        qimage = QImage(
            image.tobytes(), image.width, image.height, image.width, QImage.Format.Format_Grayscale8
        ).copy()
        size.setWidth(qimage.width())
        size.setHeight(qimage.height())
        return qimage
