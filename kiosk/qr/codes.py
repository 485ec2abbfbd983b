"""QR matrices and pixel-exact images that phones scan from a screen or a print.

Error correction M, at most version 10, a full four-module quiet zone, dark on light, and
each module drawn as a whole number of pixels with no smoothing (DESIGN §3).
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


@lru_cache(maxsize=512)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """Modules of the code for `data`, quiet zone included (True is dark)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M,
                         border=QUIET_ZONE, box_size=1)
    code.add_data(data.encode("utf-8"))
    try:
        code.make(fit=True)
    except DataOverflowError:
        raise QrTooLongError(f"{len(data)} characters do not fit a QR code") from None
    if code.version > MAX_VERSION:
        raise QrTooLongError(f"needs QR version {code.version}, more than {MAX_VERSION}")
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
