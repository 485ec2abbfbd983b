"""Tests of importing staff photo files: what is accepted, what is refused, and that a refusal
writes nothing."""

import io
import os
import struct
import time
import warnings
import zlib

import pytest
from PIL import ExifTags, Image, ImageFile

from kiosk.catalog.images import (
    DISPLAY_LONG_SIDE,
    DRAFT_FLOOR,
    MAX_FILE_BYTES,
    THUMB_LONG_SIDE,
    PhotoError,
    store_photo_bytes,
    store_photo_file,
)

ROTATE_90_CW = 6  # EXIF Orientation: the stored pixels must be turned 90° clockwise


def _two_tone(size, mode="RGB"):
    """Left half red, right half blue: shows which way an image was turned."""
    image = Image.new("RGB", size, (220, 30, 30))
    image.paste((30, 30, 220), (size[0] // 2, 0, size[0], size[1]))
    return image.convert(mode)


def _write(path, image, fmt, **save_args):
    image.save(path, fmt, **save_args)
    return path


def _files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _blank_png(width, height):
    """A valid 1-bit black PNG, built row by row: a 20000x20000 one is only ~50 KB."""
    row = b"\0" * (1 + (width + 7) // 8)  # filter byte, then the packed bits
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


def _refused(path, media):
    """The staff message for importing `path`; checks that no warning escaped, the message
    names no path, and nothing at all was written."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(PhotoError) as refusal:
            store_photo_file(path, media)
    message = str(refusal.value)
    assert [str(w.message) for w in caught] == []
    assert path.name not in message and str(path.parent) not in message
    assert message and "\n" not in message
    assert not media.exists()
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    return message


@pytest.mark.parametrize(
    ("fmt", "suffix", "mode"),
    [("JPEG", "jpg", "RGB"), ("PNG", "png", "RGBA"), ("WEBP", "webp", "RGB")],
)
def test_jpeg_png_and_webp_are_imported(tmp_path, fmt, suffix, mode):
    source = _two_tone((900, 600), mode)
    if mode == "RGBA":
        source.putalpha(Image.new("L", source.size, 255))
        source.paste((0, 0, 0, 0), (0, 0, 100, 100))  # a transparent corner
    media = tmp_path / "media"

    photo = store_photo_file(_write(tmp_path / f"photo.{suffix}", source, fmt), media)

    assert (photo.width, photo.height) == (900, 600)
    assert _files(media) == sorted([photo.display, photo.thumb])
    with Image.open(media / photo.display) as display:
        assert (display.format, display.mode, display.size) == ("JPEG", "RGB", (900, 600))
        red, _, blue = display.getpixel((350, 300))
        assert red > 180 and blue < 80
        if mode == "RGBA":
            assert min(display.getpixel((40, 40))) > 240  # transparency laid on white


def test_multi_picture_camera_jpeg_is_imported(tmp_path):
    # Many cameras and phones append a second picture; Pillow calls such a JPEG "MPO".
    path = tmp_path / "DSCF0001.JPG"
    _two_tone((800, 600)).save(path, "MPO", save_all=True, append_images=[_two_tone((160, 120))])
    with Image.open(path) as opened:
        assert opened.format == "MPO"

    photo = store_photo_file(path, tmp_path / "media")

    assert (photo.width, photo.height) == (800, 600)


@pytest.mark.parametrize(
    ("size", "display_size"), [((4000, 3000), (2000, 1500)), ((6000, 4000), (2160, 1440))]
)
def test_camera_jpeg_gets_full_size_display_copy_and_thumbnail(tmp_path, size, display_size):
    path = _write(tmp_path / "IMG_0001.JPG", _two_tone(size), "JPEG", quality=90)
    media = tmp_path / "media"

    photo = store_photo_file(path, media)

    assert (photo.width, photo.height) == display_size
    assert DRAFT_FLOOR * DISPLAY_LONG_SIDE <= max(display_size) <= DISPLAY_LONG_SIDE
    with Image.open(media / photo.display) as display:
        assert display.size == display_size
        # The red/blue border stays in the middle: decoding at reduced scale kept the framing.
        assert display.getpixel((display_size[0] // 2 - 8, 10))[0] > 180
        assert display.getpixel((display_size[0] // 2 + 8, 10))[2] > 180
    with Image.open(media / photo.thumb) as thumb:
        assert max(thumb.size) == THUMB_LONG_SIDE
        assert thumb.size == (THUMB_LONG_SIDE, round(THUMB_LONG_SIDE * size[1] / size[0]))


@pytest.mark.parametrize(("fmt", "suffix"), [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")])
def test_exif_orientation_is_applied_and_exif_and_gps_are_dropped(tmp_path, fmt, suffix):
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = ROTATE_90_CW
    exif[ExifTags.Base.Make] = "Test camera maker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (26.0, 50.0, 12.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (80.0, 56.0, 4.25)
    path = _write(tmp_path / f"turned.{suffix}", _two_tone((600, 400)), fmt, exif=exif.tobytes())
    with Image.open(path) as source:
        assert source.getexif()[ExifTags.Base.Orientation] == ROTATE_90_CW
        assert source.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    media = tmp_path / "media"

    photo = store_photo_file(path, media)

    assert (photo.width, photo.height) == (400, 600)
    for relative in (photo.display, photo.thumb):
        data = (media / relative).read_bytes()
        assert b"Exif" not in data and b"Test camera maker" not in data
        with Image.open(media / relative) as stored:
            assert len(stored.getexif()) == 0
            assert not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
            assert "exif" not in stored.info
    with Image.open(media / photo.display) as display:
        # Turned clockwise, the red left half of the sensor is now on top.
        red, _, blue = display.getpixel((200, 100))
        assert red > 180 and blue < 80
        red, _, blue = display.getpixel((200, 500))
        assert blue > 180 and red < 80


def test_photo_with_unreadable_exif_is_still_imported(tmp_path):
    # A real-world kind of damage: an EXIF block whose TIFF header is garbage, on which
    # Pillow's ImageOps.exif_transpose raises SyntaxError. The pixels are fine.
    path = _write(
        tmp_path / "odd.webp", _two_tone((300, 200)), "WEBP", exif=b"Exif\0\0MD\0*" + bytes(20)
    )

    photo = store_photo_file(path, tmp_path / "media")

    assert (photo.width, photo.height) == (300, 200)


def test_pillow_warnings_about_odd_metadata_do_not_escape(tmp_path):
    # A JPEG with a garbled multi-picture (MPF) segment: Pillow warns that it is a malformed
    # MPO and reads it as a plain JPEG, which it is.
    plain = io.BytesIO()
    _two_tone((300, 200)).save(plain, "JPEG")
    segment = b"MPF\0XX" + bytes(30)
    marker = b"\xff\xe2" + struct.pack(">H", len(segment) + 2) + segment
    path = tmp_path / "odd.jpg"
    path.write_bytes(plain.getvalue()[:2] + marker + plain.getvalue()[2:])

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        photo = store_photo_file(path, tmp_path / "media")

    assert [str(w.message) for w in caught] == []
    assert (photo.width, photo.height) == (300, 200)


def test_same_photo_twice_is_stored_once(tmp_path):
    path = _write(tmp_path / "photo.jpg", _two_tone((1200, 900)), "JPEG", quality=90)
    media = tmp_path / "media"
    first = store_photo_file(path, media)
    written = {p: p.stat().st_mtime_ns for p in media.rglob("*")}

    second = store_photo_file(path, media)
    third = store_photo_bytes(path.read_bytes(), media)

    assert second == first and third == first
    assert {p: p.stat().st_mtime_ns for p in media.rglob("*")} == written
    assert _files(media) == sorted([first.display, first.thumb])


@pytest.mark.parametrize(
    "side",
    [
        8_000,  # 64 MP: over our limit, under Pillow's own
        10_000,  # 100 MP: Pillow would only warn (DecompressionBombWarning)
        20_000,  # 400 MP: Pillow raises DecompressionBombError
    ],
)
@pytest.mark.parametrize("complete", [True, False])
def test_decompression_bomb_is_refused_from_its_header(tmp_path, side, complete):
    data = _blank_png(side, side)
    if not complete:
        # Cut inside the pixel data: the refusal must still be "too large", not "damaged",
        # which shows that it came from the header and nothing was decoded.
        data = data[: len(data) // 2]
    path = tmp_path / "bomb.png"
    path.write_bytes(data)

    started = time.perf_counter()
    message = _refused(path, tmp_path / "media")

    assert time.perf_counter() - started < 0.5  # decoding 400 MP would take far longer
    assert "too large" in message and "megapixels; at most 60" in message
    if side == 8_000:
        assert "64 megapixels" in message


def test_truncated_jpeg_is_refused(tmp_path):
    noise = Image.merge("RGB", [Image.effect_noise((800, 600), 60)] * 3)
    whole = io.BytesIO()
    noise.save(whole, "JPEG", quality=90)
    path = tmp_path / "cut.jpg"
    path.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])

    assert _refused(path, tmp_path / "media") == "the image data is damaged or truncated"


def test_text_file_named_jpg_is_refused(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("Chikankari kurta, Lucknow: photo to follow\n" * 20, encoding="utf-8")

    assert _refused(path, tmp_path / "media") == "not a JPEG, PNG or WebP image"


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.jpg"
    path.touch()

    assert _refused(path, tmp_path / "media") == "the file is empty"
    with pytest.raises(PhotoError, match=r"^the file is empty$"):
        store_photo_bytes(b"", tmp_path / "media")
    assert not (tmp_path / "media").exists()


@pytest.mark.parametrize(("fmt", "suffix"), [("GIF", "gif"), ("BMP", "bmp"), ("TIFF", "tif")])
def test_other_image_formats_are_refused_by_name(tmp_path, fmt, suffix):
    path = _write(tmp_path / f"photo.{suffix}", _two_tone((300, 200)), fmt)

    message = _refused(path, tmp_path / "media")

    assert message.startswith(f"{fmt} images cannot be imported")
    assert "JPEG, PNG or WebP" in message


def test_oversized_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.jpg"
    with open(path, "wb") as sparse:
        sparse.truncate(MAX_FILE_BYTES + 1)  # no disk blocks, just a size
    # Set the access time before the modification time: reading the file would then move it
    # (Linux's relatime does so), unless the filesystem keeps no access times at all.
    modified = path.stat().st_mtime_ns
    os.utime(path, ns=(modified - 10**12, modified))
    with open(path, "rb") as probe:
        probe.read(1)
    tracks_reads = path.stat().st_atime_ns != modified - 10**12
    os.utime(path, ns=(modified - 10**12, modified))

    message = _refused(path, tmp_path / "media")

    assert message == "the file is too big (40.1 MB; at most 40 MB)"
    if tracks_reads:
        assert path.stat().st_atime_ns == modified - 10**12
    with pytest.raises(PhotoError, match=r"too big \(40\.1 MB; at most 40 MB\)"):
        store_photo_bytes(bytes(MAX_FILE_BYTES + 1), tmp_path / "media")
    assert not (tmp_path / "media").exists()


def test_unreadable_path_is_refused(tmp_path):
    folder = tmp_path / "not-a-file.jpg"
    folder.mkdir()

    assert _refused(folder, tmp_path / "media") == "the file cannot be read"
