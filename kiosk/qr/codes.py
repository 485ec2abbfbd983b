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

Speed (DESIGN §7: a code's first draw within 20 ms): segno spends nine tenths of a code's
time choosing its data mask, in pure Python (eight masked matrices, each scored module by
module: 40-80 ms on a busy kiosk). Here segno encodes with mask 0, and the choice is made
again with numpy: the same eight candidates, segno's own penalty rules (ISO/IEC 18004 7.8.3,
as segno reads them), the same first lowest score. The codes are segno's own, module for
module (tests/qr/test_codes.py compares them with segno's choosing for itself).
"""

from collections.abc import Callable
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import segno
from PIL import Image
from segno import consts as segno_consts
from segno import encoder as segno_encoder

from kiosk.catalog.qr_capacity import ERROR_LEVEL, MAX_VERSION, needs_eci, qr_version, too_long

__all__ = [
    "DARK",
    "LIGHT",
    "MAX_VERSION",
    "QUIET_ZONE",
    "QrTooLongError",
    "qr_image",
    "qr_matrix",
    "qr_modules",
]

QUIET_ZONE = 4
DARK, LIGHT = 0x1C, 0xFF  # near-black on white: full contrast without a harsh pure black

Modules = npt.NDArray[np.uint8]
_GREYS = np.array([LIGHT, DARK], dtype=np.uint8)
_N3_PATTERN = bytes((1, 0, 1, 1, 1, 0, 1))  # 1:1:3:1:1, dark first

# The steps of segno's own encoding that lay out a matrix and write its format information
# (segno.encoder, untyped): typed here as codes.py calls them.
_Rows = tuple[bytearray, ...]
_matrix_size: Callable[[int], int] = segno_encoder.calc_matrix_size
_make_matrix: Callable[[int, int], _Rows] = segno_encoder.make_matrix
_add_finder_patterns: Callable[[_Rows, int, int], None] = segno_encoder.add_finder_patterns
_add_alignment_patterns: Callable[[_Rows, int, int], None] = segno_encoder.add_alignment_patterns
_add_format_info: Callable[[_Rows, int, int, int], None] = segno_encoder.add_format_info


class QrTooLongError(ValueError):
    """The data needs a QR code larger than version 10."""


@lru_cache(maxsize=MAX_VERSION)
def _layout(version: int) -> tuple[Modules, npt.NDArray[np.bool_], Modules]:
    """For a version: its function patterns as segno lays them out before masking (finder,
    separators, timing, alignment; format and version areas still light), where the data
    goes (the encoding region), and the eight data masks there (1: flip)."""
    width = _matrix_size(version)
    matrix = _make_matrix(width, width)
    _add_finder_patterns(matrix, width, width)
    _add_alignment_patterns(matrix, width, width)
    laid = np.frombuffer(b"".join(matrix), dtype=np.uint8).reshape(width, width)
    region = laid == 0x2  # segno's is_encoding_region: never written by a function pattern
    i, j = np.indices((width, width))
    patterns = (  # ISO/IEC 18004:2015 Table 10, i the row and j the column
        (i + j) % 2 == 0,
        i % 2 == 0,
        j % 3 == 0,
        (i + j) % 3 == 0,
        (i // 2 + j // 3) % 2 == 0,
        (i * j) % 2 + (i * j) % 3 == 0,
        ((i * j) % 2 + (i * j) % 3) % 2 == 0,
        ((i + j) % 2 + (i * j) % 3) % 2 == 0,
    )
    masks = np.stack([p & region for p in patterns]).astype(np.uint8)
    return np.where(region, 0, laid).astype(np.uint8), region, masks


def _n3(rows: bytes, width: int) -> int:
    """Penalty N3 of rows of `width` modules (each followed by one separator byte), counted
    as segno counts it: the 1:1:3:1:1 pattern at an edge, or with four light modules (as
    many as there are) before or after it, 40 points; the search goes on after it, or
    from its middle when it was not counted."""
    score = 0
    stride = width + 1
    at = rows.find(_N3_PATTERN)
    while at != -1:
        start = at - at % stride  # the row's first module
        col = at - start
        after = at + 7
        if (
            col in (0, width - 7)
            or not any(rows[start + max(col - 4, 0) : at])
            or not any(rows[after : start + min(col + 11, width)])
        ):
            score += 40
        else:
            after = at + 4
        at = rows.find(_N3_PATTERN, after)
    return score


def _penalties(candidates: Modules) -> list[int]:
    """segno's penalty score (N1 + N2 + N3 + N4) of each of the candidate matrices."""
    count, width, _ = candidates.shape
    scores = []
    for lines in (candidates, candidates.transpose(0, 2, 1)):
        same = lines[..., 1:] == lines[..., :-1]  # module equal to the one before
        # N1: a run of 5 + k equal modules scores 3 + k: one per window of five in it, and
        # two more per run.
        windows = width - 4
        five = same[..., 0:windows] & same[..., 1 : windows + 1]
        five &= same[..., 2 : windows + 2] & same[..., 3 : windows + 3]
        starts = five[..., 1:] & ~same[..., : windows - 1]  # not the run's first window
        runs = five[..., 0].sum(axis=1) + starts.sum(axis=(1, 2))
        scores.append(five.sum(axis=(1, 2)) + 2 * runs)
    n1 = scores[0] + scores[1]
    top = candidates[:, :-1, :-1]
    n2 = 3 * (
        (top == candidates[:, 1:, :-1])
        & (top == candidates[:, :-1, 1:])
        & (top == candidates[:, 1:, 1:])
    ).sum(axis=(1, 2))
    separated = np.full((count, width, width + 1), 2, dtype=np.uint8)
    result = []
    for k in range(count):
        n3 = 0
        for lines in (candidates[k], candidates[k].T):
            separated[k, :, :width] = lines
            n3 += _n3(separated[k].tobytes(), width)
        percent = float(int(candidates[k].sum())) / (width**2)
        n4 = 10 * int(abs(percent * 100 - 50) / 5)
        result.append(int(n1[k]) + int(n2[k]) + n3 + n4)
    return result


@lru_cache(maxsize=96)
def qr_modules(data: str) -> Modules:
    """Modules of the code for `data`, quiet zone included (1 is dark), read-only. 96 of
    them, the codes of the last 32 product pages, take under half a megabyte."""
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
        mask=0,  # chosen below, as segno would, faster
    )
    width = len(code.matrix)
    masked = np.frombuffer(b"".join(code.matrix), dtype=np.uint8).reshape(width, width)
    function, region, masks = _layout(version)
    data_bits = np.where(region, masked ^ masks[0], 0).astype(np.uint8)
    candidates = (function | data_bits)[np.newaxis] ^ masks
    scores = _penalties(candidates)
    best = scores.index(min(scores))
    chosen = np.where(region, data_bits ^ masks[best], masked).astype(np.uint8)
    rows = tuple(bytearray(row.tobytes()) for row in chosen)
    _add_format_info(rows, version, segno_consts.ERROR_LEVEL_M, best)
    modules = np.pad(
        np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(width, width), QUIET_ZONE
    )
    modules.flags.writeable = False
    return modules


def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """Modules of the code for `data`, quiet zone included (True is dark)."""
    return tuple(tuple(row) for row in qr_modules(data).astype(bool).tolist())


def qr_image(data: str, module_px: int) -> Image.Image:
    """A greyscale image of the code, each module `module_px` pixels square."""
    if module_px < 1:
        raise ValueError("module_px must be at least 1")
    modules = qr_modules(data)
    size = len(modules)
    one_to_one = Image.frombytes("L", (size, size), _GREYS[modules].tobytes())
    return one_to_one.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)
