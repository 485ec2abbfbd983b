"""Tests of the photo pipeline on real files."""

import io

from PIL import Image

from kiosk.catalog.images import DISPLAY_LONG_SIDE, THUMB_LONG_SIDE, store_image

ORIENTATION = 0x0112
ROTATE_90_CW = 6  # the camera was turned: the stored pixels must be rotated 90° clockwise


def _two_tone(size):
    """Left half red, right half blue: shows which way an image was turned."""
    image = Image.new("RGB", size, (220, 30, 30))
    image.paste((30, 30, 220), (size[0] // 2, 0, size[0], size[1]))
    return image


def _reopen_jpeg(image, **save_args):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, **save_args)
    buffer.seek(0)
    return Image.open(buffer)


def _files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_large_photo_gets_display_copy_and_thumbnail(tmp_path):
    photo = store_image(_two_tone((4000, 3000)), tmp_path)

    assert (photo.width, photo.height) == (DISPLAY_LONG_SIDE, 1620)
    with Image.open(tmp_path / photo.display) as display:
        assert display.format == "JPEG"
        assert display.size == (2160, 1620)
    with Image.open(tmp_path / photo.thumb) as thumb:
        assert thumb.format == "JPEG"
        assert thumb.size == (THUMB_LONG_SIDE, 384)
    assert photo.display.startswith("display/") and photo.thumb.startswith("thumbs/")
    assert photo.display.removeprefix("display/") == photo.thumb.removeprefix("thumbs/")
    assert _files(tmp_path) == sorted([photo.display, photo.thumb])


def test_exif_orientation_is_applied_and_metadata_stripped(tmp_path):
    exif = Image.Exif()
    exif[ORIENTATION] = ROTATE_90_CW
    exif[0x010F] = "Test camera maker"
    source = _reopen_jpeg(_two_tone((600, 400)), exif=exif.tobytes(), icc_profile=b"\0" * 128)
    assert source.getexif()[ORIENTATION] == ROTATE_90_CW

    photo = store_image(source, tmp_path)

    assert (photo.width, photo.height) == (400, 600)
    for relative in (photo.display, photo.thumb):
        with Image.open(tmp_path / relative) as stored:
            assert len(stored.getexif()) == 0
            assert "exif" not in stored.info and "icc_profile" not in stored.info
    with Image.open(tmp_path / photo.display) as display:
        # Turned clockwise, the red left half of the sensor is now on top.
        red, _, blue = display.getpixel((200, 100))
        assert red > 180 and blue < 80
        red, _, blue = display.getpixel((200, 500))
        assert blue > 180 and red < 80


def test_same_picture_twice_is_stored_once(tmp_path):
    first = store_image(_two_tone((800, 600)), tmp_path)
    written = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}

    second = store_image(_two_tone((800, 600)), tmp_path)

    assert second == first
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == written
    assert len(list((tmp_path / "display").iterdir())) == 1
    assert len(list((tmp_path / "thumbs").iterdir())) == 1


def test_different_pictures_get_different_names(tmp_path):
    first = store_image(_two_tone((800, 600)), tmp_path)
    second = store_image(_two_tone((800, 600)).transpose(Image.Transpose.FLIP_LEFT_RIGHT), tmp_path)
    assert first.display != second.display and first.thumb != second.thumb


def test_small_picture_is_never_upscaled(tmp_path):
    photo = store_image(_two_tone((300, 200)), tmp_path)

    assert (photo.width, photo.height) == (300, 200)
    with Image.open(tmp_path / photo.thumb) as thumb:
        assert thumb.size == (300, 200)


def test_portrait_and_transparent_pictures(tmp_path):
    transparent = Image.new("RGBA", (1000, 3000), (0, 0, 0, 0))
    photo = store_image(transparent, tmp_path)

    assert (photo.width, photo.height) == (720, DISPLAY_LONG_SIDE)
    with Image.open(tmp_path / photo.display) as display:
        assert display.mode == "RGB"
        assert min(display.getpixel((360, 1080))) > 245  # laid on white, not black
    with Image.open(tmp_path / photo.thumb) as thumb:
        assert thumb.size == (171, THUMB_LONG_SIDE)


def test_no_temporary_files_are_left(tmp_path):
    store_image(_two_tone((640, 480)), tmp_path)
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")]
