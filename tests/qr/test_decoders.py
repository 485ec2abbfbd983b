"""Every code reads the same with two independent decoders, zxing-cpp and ZBar (pyzbar), in
every language: a Save contact card that is not ASCII carries the ECI designator for UTF-8,
which ZBar needs (it reads UTF-8 Hindi and Japanese without it as Shift-JIS mojibake), and a
product or shortlist link, being ASCII, carries none (QT-NOTES "QR text that is not ASCII")."""

import pytest
import segno
import zxingcpp
from PIL import Image
from pyzbar import pyzbar

from kiosk.catalog.contact_card import artisan_card
from kiosk.catalog.product_codes import SHORTLIST_LIMIT
from kiosk.catalog.qr_capacity import MAX_VERSION, UTF8_ECI, qr_fits, qr_version
from kiosk.languages import LANGUAGES
from kiosk.qr.codes import DARK, LIGHT, QUIET_ZONE, qr_image, qr_matrix

MODULE_PX = 6  # the smallest module the kiosk draws
ECI_PREFIX = b"]Q2\\%06d" % UTF8_ECI  # how zxing-cpp's HexECI text shows the designator


def zxing_read(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def zbar_read(image: Image.Image) -> list[str]:
    """ZBar's texts: it hands back bytes, which must be UTF-8 (mojibake would be too)."""
    return [
        s.data.decode("utf-8") for s in pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
    ]


def has_eci(image: Image.Image) -> bool:
    """Whether the code carries the UTF-8 ECI designator, as zxing-cpp reads it."""
    (result,) = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.HexECI
    )
    raw = bytes.fromhex(result.text)
    assert raw.startswith((b"]Q1", ECI_PREFIX)), raw[:12]
    return raw.startswith(ECI_PREFIX)


def assert_both_read(text: str) -> None:
    image = qr_image(text, MODULE_PX)
    assert zxing_read(image) == [text]
    assert zbar_read(image) == [text]
    assert has_eci(image) == (not text.isascii())


@pytest.fixture(scope="module")
def cards(catalog) -> dict[str, list[tuple[str, str]]]:
    """Per language, every Save contact card the kiosk shows, with its maker's id."""
    first_product = {}
    for product in catalog.products.values():
        first_product.setdefault(product.artisan, product.id)
    found = {}
    for language in LANGUAGES:
        found[language] = []
        for artisan in catalog.artisans.values():
            if artisan.id not in first_product:
                continue
            page = catalog.product_links(first_product[artisan.id], language)["artisan"]
            card = artisan_card(artisan, language, page)
            if card:
                found[language].append((artisan.id, card))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_save_contact_card_reads_the_same_with_zxing_and_zbar(cards, language):
    assert len(cards[language]) > 20
    for artisan_id, card in cards[language]:
        image = qr_image(card, MODULE_PX)
        assert zxing_read(image) == [card], artisan_id
        assert zbar_read(image) == [card], artisan_id
        assert has_eci(image) == (not card.isascii()), artisan_id
    if language != "en":  # Devanagari and Japanese names: these cards need the designator
        assert not any(card.isascii() for _, card in cards[language])


def test_zbar_needs_the_designator(cards):
    """Why the designator is there: the same Japanese cards without it, ZBar misreads."""
    misread = 0
    for _, card in cards["ja"]:
        code = segno.make_qr(card, error="M", mode="byte", encoding="utf-8", boost_error=False)
        size = len(code.matrix) + 2 * QUIET_ZONE
        plain = Image.new("L", (size, size))
        plain.putdata(
            [DARK if m else LIGHT for row in code.matrix_iter(border=QUIET_ZONE) for m in row]
        )
        plain = plain.resize((size * MODULE_PX, size * MODULE_PX), Image.Resampling.NEAREST)
        assert zxing_read(plain) == [card]  # zxing-cpp guesses UTF-8 right
        misread += zbar_read_lossy(plain) != card
    assert misread > 0


def zbar_read_lossy(image: Image.Image) -> str:
    (symbol,) = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return symbol.data.decode("utf-8", "replace")


@pytest.mark.parametrize("language", LANGUAGES)
def test_product_and_shortlist_links_read_the_same_with_zxing_and_zbar(catalog, language):
    products = list(catalog.products)
    for product_id in products[:: max(1, len(products) // 25)]:  # about 25 across the list
        for url in catalog.product_links(product_id, language).values():
            assert_both_read(url)
    longest = sorted(products, key=lambda pid: -len(catalog.products[pid].code))
    for size in (1, 3, SHORTLIST_LIMIT):
        assert_both_read(catalog.enquiry_link(longest[:size], language))


@pytest.mark.parametrize(
    "text",
    [
        "https://odop-expo.example.org/hi/enquiry?products=12345",
        "बनारसी साड़ी",
        "西陣織",
        "café",  # Latin-1 would fit, but the code still says UTF-8
        "x" * 213,  # the most ASCII a version 10 code holds
        "é" + "x" * 210,  # with the ECI header, one byte less
    ],
)
def test_sample_texts_read_the_same_with_zxing_and_zbar(text):
    assert_both_read(text)


def test_the_eci_header_is_counted_at_version_10():
    assert qr_version("x" * 213) == MAX_VERSION and not qr_fits("x" * 214)
    assert qr_version("é" + "x" * 210) == MAX_VERSION and not qr_fits("é" + "x" * 211)
    for text in ("x" * 213, "é" + "x" * 210):
        assert (len(qr_matrix(text)) - 2 * QUIET_ZONE - 17) // 4 == MAX_VERSION
