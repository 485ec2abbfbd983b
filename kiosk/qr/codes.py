"""QR matrices and pixel-exact images that phones scan from a screen or a print.

Error correction M, at most version 10, a full four-module quiet zone, dark on light, and
each module drawn as a whole number of pixels with no smoothing (DESIGN §3).

Text goes in as one byte segment of UTF-8. Text that is not plain ASCII (a vCard's Hindi
or Japanese name, say) carries the ECI designator for UTF-8 (assignment 26) before it, as
the standard asks: without it a reader must guess, since the default for bytes is
ISO-8859-1, and not every reader guesses UTF-8 (ZBar, inside many Linux and Android apps,
reads Japanese UTF-8 as Shift-JIS mojibake; zxing-cpp guesses right). With the designator
both read it right (QT-NOTES "QR text that is not ASCII", DESIGN §7). ASCII text (every
product link) has no ECI, so no reader can stumble on it. The codes are drawn by segno,
which writes an ECI (python-qrcode cannot); the version comes from
kiosk/catalog/qr_capacity.py, the one place that counts a code's bits, and segno refuses
data that would not fit it, so the two cannot disagree unnoticed.
"""

from functools import lru_cache

import segno
from PIL import Image

from kiosk.catalog.qr_capacity import ERROR_LEVEL, MAX_VERSION, needs_eci, qr_version, too_long

__all__ = ["DARK", "LIGHT", "MAX_VERSION", "QUIET_ZONE", "QrTooLongError", "qr_image", "qr_matrix"]

QUIET_ZONE = 4
DARK, LIGHT = 0x1C, 0xFF  # near-black on white: full contrast without a harsh pure black


class QrTooLongError(ValueError):
    """The data needs a QR code larger than version 10."""


# A matrix held as tuples takes 18 KB (a product link) to 37 KB (version 10): 96 of them,
# the codes of the last 32 product pages, stay under 4 MB; 512 could take 19 MB.
@lru_cache(maxsize=96)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """Modules of the code for `data`, quiet zone included (True is dark)."""
    version = qr_version(data)
    if version is None:
        raise QrTooLongError(too_long(data))
    code = segno.make_qr(
        data,
        error=ERROR_LEVEL,
        version=version,
        mode="byte",
        encoding="utf-8",  # else segno would write ISO-8859-1 or Shift-JIS where they fit
        eci=needs_eci(data),
        boost_error=False,  # level M exactly, as the capacity check counted
    )
    rows = code.matrix_iter(border=QUIET_ZONE)
    return tuple(tuple(bool(module) for module in row) for row in rows)


def qr_image(data: str, module_px: int) -> Image.Image:
    """A greyscale image of the code, each module `module_px` pixels square."""
    if module_px < 1:
        raise ValueError("module_px must be at least 1")
    matrix = qr_matrix(data)
    size = len(matrix)
    one_to_one = Image.new("L", (size, size))
    one_to_one.putdata([DARK if dark else LIGHT for row in matrix for dark in row])
    return one_to_one.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)
