"""The photo pipeline: every catalogue picture becomes a display copy and a thumbnail, once."""

from __future__ import annotations

import hashlib
import io
import math
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, UnidentifiedImageError

from kiosk import atomic

DISPLAY_LONG_SIDE = 2160
DRAFT_FLOOR = 0.9  # a camera JPEG's display copy may be this much shorter (see below)
THUMB_LONG_SIDE = 512
# JPEG quality (libjpeg scale) of brightness and of colour. Colour detail is halved by 4:2:0
# subsampling anyway and the eye barely sees its quantisation, so it gets the coarser table:
# that keeps the ~150-product bundled catalogue's photos (23.3 MB) under its 25 MiB budget.
DISPLAY_QUALITY = (75, 42)
THUMB_QUALITY = (66, 38)
DISPLAY_DIR = "display"
THUMB_DIR = "thumbs"
_NAME_HEX_CHARS = 20

MAX_FILE_BYTES = 40 * 1024 * 1024  # a camera JPEG is 5-15 MB
MAX_PIXELS = 60_000_000  # 60 MP; larger is refused as a possible decompression bomb
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
# Pillow names a JPEG that carries a multi-picture index (as many cameras and phones write)
# "MPO"; its first picture is an ordinary JPEG.
_SAME_AS = {"MPO": "JPEG"}
_MIB = 1024 * 1024
# What Pillow raises, at open or at load, on data that is cut short or corrupt
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, struct.error)


class PhotoError(ValueError):
    """A photo that cannot be imported; str() is one clear sentence for staff (no path in it)."""


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
    display = _fit(_flatten_rgb(_upright(image)), DISPLAY_LONG_SIDE)
    display_bytes = _jpeg(display, DISPLAY_QUALITY)
    thumb_bytes = _jpeg(_fit(display, THUMB_LONG_SIDE), THUMB_QUALITY)
    name = hashlib.sha256(display_bytes).hexdigest()[:_NAME_HEX_CHARS] + ".jpg"
    display_rel = f"{DISPLAY_DIR}/{name}"
    thumb_rel = f"{THUMB_DIR}/{name}"
    _write_once(Path(media_dir) / display_rel, display_bytes)
    _write_once(Path(media_dir) / thumb_rel, thumb_bytes)
    return StoredPhoto(display_rel, thumb_rel, display.width, display.height)


def read_photo_file(path: Path) -> bytes:
    """The bytes of the photo file at `path`; a file over the size limit is refused from its
    size alone, before any of it is read."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise PhotoError(too_big(size))
        with open(path, "rb") as file:
            return file.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as error:
        raise PhotoError("the file cannot be read") from error


def store_photo_file(path: Path, media_dir: Path) -> StoredPhoto:
    """Import the photo file at `path` as `store_photo_bytes` does."""
    return store_photo_bytes(read_photo_file(path), media_dir)


def store_photo_bytes(data: bytes, media_dir: Path) -> StoredPhoto:
    """Check that `data` is a whole JPEG, PNG or WebP photo of sane size and store it with
    `store_image`; anything else raises PhotoError and writes nothing."""
    with _checked_image(data) as image:
        return store_image(image, media_dir)


def check_photo_bytes(data: bytes) -> tuple[int, int]:
    """Make every check `store_photo_bytes` makes, decoding included, but store nothing;
    return the photo's size (for a dry run)."""
    with _checked_image(data) as image:
        return image.size


@contextmanager
def _checked_image(data: bytes) -> Iterator[Image.Image]:
    """The decoded photo in `data`, or PhotoError.

    The pixel count is checked from the header, before anything is decoded. Pillow's own
    decompression-bomb warning is turned into a refusal, and its warnings about odd metadata
    (which is stripped anyway) are silenced, so that no warning escapes an import.
    """
    if not data:
        raise PhotoError("the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(too_big(len(data)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except UnidentifiedImageError:
            raise PhotoError("not a JPEG, PNG or WebP image") from None
        except Image.DecompressionBombError:
            raise PhotoError(_too_many_pixels(2 * _pillow_limit(), over=True)) from None
        except Image.DecompressionBombWarning:
            raise PhotoError(_too_many_pixels(_pillow_limit(), over=True)) from None
        except _DAMAGED:
            raise PhotoError("the image data is damaged or truncated") from None
        with image:
            kind = _SAME_AS.get(image.format or "", image.format)
            if kind not in ACCEPTED_FORMATS:
                raise PhotoError(
                    f"{image.format} images cannot be imported, only JPEG, PNG or WebP"
                )
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise PhotoError(_too_many_pixels(width * height))
            if kind == "JPEG" and max(width, height) > DISPLAY_LONG_SIDE:
                # libjpeg decodes at 1/2, 1/4 or 1/8 scale far faster than in full, and
                # Pillow picks the smallest scale that still covers the box. Letting the
                # display copy fall to 90% of DISPLAY_LONG_SIDE (2000 px for a 4000x3000
                # phone photo, still sharper than any kiosk screen needs) skips both the
                # full decode and the resize: three times faster imports.
                scale = DRAFT_FLOOR * DISPLAY_LONG_SIDE / max(width, height)
                image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
            try:
                image.load()
            except _DAMAGED:
                raise PhotoError("the image data is damaged or truncated") from None
            yield image


def too_big(size: int) -> str:
    limit = MAX_FILE_BYTES // _MIB
    return f"the file is too big ({_tenths_up(size / _MIB)} MB; at most {limit} MB)"


def _pillow_limit() -> int:
    """Pillow's pixel limit; set whenever Pillow reports a decompression bomb."""
    limit = Image.MAX_IMAGE_PIXELS
    assert limit is not None, "Pillow warns of decompression bombs only with a limit set"
    return limit


def _too_many_pixels(pixels: int, over: bool = False) -> str:
    count = f"more than {pixels // 1_000_000}" if over else _tenths_up(pixels / 1_000_000)
    return f"the image is too large ({count} megapixels; at most {MAX_PIXELS // 1_000_000})"


def _tenths_up(value: float) -> str:
    """`value` rounded up to a tenth, so that just over a limit never reads as the limit."""
    return f"{math.ceil(value * 10) / 10:.1f}".removesuffix(".0")


_TURN = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _upright(image: Image.Image) -> Image.Image:
    """`image` turned as its EXIF (or XMP) orientation says, like ImageOps.exif_transpose
    but without rewriting metadata that `_flatten_rgb` drops anyway: imported photos can
    carry broken EXIF, on which Pillow raises. Orientation that cannot be read counts as none.
    """
    try:
        turn = _TURN.get(image.getexif().get(ExifTags.Base.Orientation, 1))
    except Exception:  # any failure to parse untrusted metadata
        turn = None
    return image.transpose(turn) if turn is not None else image


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
    atomic.write_bytes(path, data)
