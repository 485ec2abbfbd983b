"""QR matrices and pixel-exact images that phones scan from a screen or a print.

Error correction M, at most version 10, a full four-module quiet zone, dark on light, and
each module drawn as a whole number of pixels with no smoothing (DESIGN §3).

Text goes in as UTF-8 bytes with no ECI designator (a vCard's Hindi or Japanese name, say).
The standard's default for bytes is ISO-8859-1, but the readers phones use (ZXing and
zxing-cpp, Google's ML Kit; the iPhone camera too, as widely reported) take valid UTF-8 as
UTF-8, whereas readers that pass an ECI on as text put "\\000026" before the data
(endroid/qr-code#309), and a vCard that no longer starts with BEGIN:VCARD is no contact card
to a phone. python-qrcode cannot write an ECI either.
"""

from functools import lru_cache

import qrcode
from PIL import Image
from qrcode.exceptions import DataOverflowError

MAX_VERSION = 10
QUIET_ZONE = 4
DARK, LIGHT = 0x1C, 0xFF  # near-black on white: full contrast without a harsh pure black


class QrTooLongError(ValueError):
    """The data needs a QR code larger than version 10."""


def _fitted(data: str) -> qrcode.QRCode:
    """The code for `data` (UTF-8 bytes, no ECI) with its version chosen, not yet drawn."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1
    )
    code.add_data(data.encode("utf-8"))
    try:
        code.best_fit()
    except DataOverflowError:
        raise QrTooLongError(f"{len(data)} characters do not fit a QR code") from None
    if code.version > MAX_VERSION:
        raise QrTooLongError(f"needs QR version {code.version}, more than {MAX_VERSION}")
    return code


def qr_fits(data: str) -> bool:
    """Whether `data` fits a code of version 10 or below: the same test as `qr_matrix`,
    without drawing the matrix (a fraction of a millisecond)."""
    try:
        _fitted(data)
    except QrTooLongError:
        return False
    return True


# A matrix held as tuples takes 18 KB (a product link) to 37 KB (version 10): 96 of them,
# the codes of the last 32 product pages, stay under 4 MB; 512 could take 19 MB.
@lru_cache(maxsize=96)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """Modules of the code for `data`, quiet zone included (True is dark)."""
    code = _fitted(data)
    code.make(fit=False)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_image(data: str, module_px: int) -> Image.Image:
    """A greyscale image of the code, each module `module_px` pixels square."""
    if module_px < 1:
        raise ValueError("module_px must be at least 1")
    matrix = qr_matrix(data)
    size = len(matrix)
    one_to_one = Image.new("L", (size, size))
    one_to_one.putdata([DARK if dark else LIGHT for row in matrix for dark in row])
    return one_to_one.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)
