"""QR codes decode with an independent decoder and follow the rules for scanning."""

import random

import pytest
import segno
import zxingcpp

from kiosk.catalog.qr_capacity import MAX_VERSION, qr_version
from kiosk.qr.codes import QUIET_ZONE, QrTooLongError, qr_image, qr_matrix

URL = "https://odop-expo.example.org/ja/enquiry?products=varanasi-brocade-saree&src=osaka-01"


def test_image_decodes_to_the_same_text():
    results = zxingcpp.read_barcodes(qr_image(URL, 6))
    assert [r.text for r in results] == [URL]
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode


def test_error_correction_m_and_small_version():
    result = zxingcpp.read_barcodes(qr_image(URL, 6))[0]
    assert result.ec_level in ("M", "Q", "H")
    modules = len(qr_matrix(URL)) - 2 * QUIET_ZONE
    assert (modules - 17) // 4 <= 10  # version = (size - 17) / 4


def test_pixel_exact_with_quiet_zone():
    image = qr_image(URL, 7)
    size = len(qr_matrix(URL))
    assert image.size == (size * 7, size * 7)
    assert set(image.tobytes()) == {0x1C, 0xFF}  # only dark and light: no smoothing
    border = QUIET_ZONE * 7
    for box in [
        (0, 0, image.width, border),
        (0, 0, border, image.height),
        (image.width - border, 0, image.width, image.height),
        (0, image.height - border, image.width, image.height),
    ]:
        assert set(image.crop(box).tobytes()) == {0xFF}
    # every module is a solid 7x7 block
    for y in range(0, image.height, 7):
        for x in range(0, image.width, 7):
            assert len(set(image.crop((x, y, x + 7, y + 7)).tobytes())) == 1


def test_too_long_for_version_10_is_refused():
    with pytest.raises(QrTooLongError):
        qr_matrix("https://example.org/" + "x" * 300)


def test_non_ascii_text_round_trips():
    text = "https://example.org/?q=%E0%A4%B5 बनारसी 西陣"
    assert zxingcpp.read_barcodes(qr_image(text, 6))[0].text == text


@pytest.mark.parametrize("filler", ["x", "ज"])
def test_the_capacity_check_agrees_with_segnos_own_version_choice(filler):
    """kiosk/catalog/qr_capacity.py counts the bits (ECI header too) without drawing; segno,
    left to choose, picks the same smallest version for every length up to version 10."""
    for length in range(1, 215):
        text = (filler * length)[: length if filler == "x" else length // 3 or 1]
        ours = qr_version(text)
        code = segno.make_qr(
            text,
            error="M",
            mode="byte",
            encoding="utf-8",
            eci=not text.isascii(),
            boost_error=False,
        )
        assert ours == (code.version if code.version <= MAX_VERSION else None), text


def test_the_codes_are_segnos_own_module_for_module():
    """codes.py lets segno encode with mask 0 and chooses the mask itself, faster: the code
    must be the one segno makes choosing for itself, for every version, mask and kind of
    text (ASCII, and UTF-8 with its ECI designator)."""
    letters = "abcdefghijklmnopqrstuvwxyz0123456789/:?=&-_.बनारसी西陣真鍮"
    pick = random.Random(14)
    versions, masks = set(), set()
    for number in range(48):
        ascii_only = number % 3 != 0
        text = "".join(
            pick.choice(letters[:45] if ascii_only else letters)
            for _ in range(pick.randint(1, 60 if ascii_only else 25) * (1 + number % 4))
        )
        version = qr_version(text)
        if version is None:
            continue
        code = segno.make_qr(
            text,
            error="M",
            version=version,
            mode="byte",
            encoding="utf-8",
            eci=not text.isascii(),
            boost_error=False,
        )
        segnos = tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(border=QUIET_ZONE))
        assert qr_matrix(text) == segnos, text
        versions.add(version)
        masks.add(code.mask)
    assert versions == set(range(1, MAX_VERSION + 1)) and masks == set(range(8))
