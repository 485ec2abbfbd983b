"""The photo pipeline: every catalogue picture becomes a display copy and a thumbnail, once."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

DISPLAY_LONG_SIDE = 2160
THUMB_LONG_SIDE = 512
# JPEG quality (libjpeg scale) of brightness and of colour. Colour detail is halved by 4:2:0
# subsampling anyway and the eye barely sees its quantisation, so it gets the coarser table:
# that keeps the ~130-product bundled catalogue's photos under its 22 MB budget.
DISPLAY_QUALITY = (75, 42)
THUMB_QUALITY = (66, 38)
DISPLAY_DIR = "display"
THUMB_DIR = "thumbs"
_NAME_HEX_CHARS = 20


@dataclass(frozen=True)
class StoredPhoto:
    display: str  # path relative to media_dir, e.g. "display/<hash>.jpg"
    thumb: str  # e.g. "thumbs/<hash>.jpg"
    width: int  # display copy size
    height: int


def store_image(image: Image.Image, media_dir: Path) -> StoredPhoto:
    """Write the display copy and thumbnail of `image` under `media_dir`, named by content.

    Storing the same picture again writes nothing: both names come from the display JPEG's
    SHA-256, and a file that already exists is left as it is.
    """
    display = _fit(_flatten_rgb(ImageOps.exif_transpose(image)), DISPLAY_LONG_SIDE)
    display_bytes = _jpeg(display, DISPLAY_QUALITY)
    thumb_bytes = _jpeg(_fit(display, THUMB_LONG_SIDE), THUMB_QUALITY)
    name = hashlib.sha256(display_bytes).hexdigest()[:_NAME_HEX_CHARS] + ".jpg"
    display_rel = f"{DISPLAY_DIR}/{name}"
    thumb_rel = f"{THUMB_DIR}/{name}"
    _write_once(Path(media_dir) / display_rel, display_bytes)
    _write_once(Path(media_dir) / thumb_rel, thumb_bytes)
    return StoredPhoto(display_rel, thumb_rel, display.width, display.height)


def _flatten_rgb(image: Image.Image) -> Image.Image:
    """An RGB copy with no metadata; transparency is laid on white, not on black."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        rgb = Image.new("RGB", rgba.size, (255, 255, 255))
        rgb.paste(rgba, mask=rgba.getchannel("A"))
    else:
        rgb = image.convert("RGB")
    rgb.info.clear()  # EXIF, ICC, XMP and comments must not reach the saved copies
    return rgb


def _fit(image: Image.Image, long_side: int) -> Image.Image:
    """`image` scaled down (never up) so that its longer side is at most `long_side`."""
    width, height = image.size
    scale = long_side / max(width, height)
    if scale >= 1:
        return image
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    # reducing_gap lets camera-size photos shrink by whole factors first: much faster,
    # and indistinguishable from a pure LANCZOS at these ratios.
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


# The example tables of the JPEG standard (ITU T.81, K.1 and K.2), in natural order
_LUMA_TABLE = (
    16,
    11,
    10,
    16,
    24,
    40,
    51,
    61,
    12,
    12,
    14,
    19,
    26,
    58,
    60,
    55,
    14,
    13,
    16,
    24,
    40,
    57,
    69,
    56,
    14,
    17,
    22,
    29,
    51,
    87,
    80,
    62,
    18,
    22,
    37,
    56,
    68,
    109,
    103,
    77,
    24,
    35,
    55,
    64,
    81,
    104,
    113,
    92,
    49,
    64,
    78,
    87,
    103,
    121,
    120,
    101,
    72,
    92,
    95,
    98,
    112,
    100,
    103,
    99,
)
_CHROMA_TABLE = (
    17,
    18,
    24,
    47,
    99,
    99,
    99,
    99,
    18,
    21,
    26,
    66,
    99,
    99,
    99,
    99,
    24,
    26,
    56,
    99,
    99,
    99,
    99,
    99,
    47,
    66,
    99,
    99,
    99,
    99,
    99,
    99,
) + (99,) * 32


def _scaled(table: tuple[int, ...], quality: int) -> list[int]:
    """A table scaled as libjpeg's `quality` scales it (so (q, q) equals quality=q)."""
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return [min(255, max(1, (v * scale + 50) // 100)) for v in table]


def _jpeg(image: Image.Image, quality: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    image.save(
        buffer,
        "JPEG",
        qtables=[_scaled(_LUMA_TABLE, quality[0]), _scaled(_CHROMA_TABLE, quality[1])],
        subsampling="4:2:0",
        optimize=True,
        progressive=True,
    )
    return buffer.getvalue()


def _write_once(path: Path, data: bytes) -> None:
    """Write `data` to `path` unless it exists, through a temporary file and a rename, so
    that a crash leaves either no file or the whole file."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
