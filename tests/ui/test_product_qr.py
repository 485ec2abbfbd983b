"""The QR codes on the product screen, grabbed from the window, decode to the product's links
(which open a page of the published site naming the product) and, for a maker who agreed
to it, to their "Save contact" vCard."""

import json

import pytest
import vobject
import zxingcpp
from PIL import Image
from PySide6.QtCore import QRectF, QSize
from pyzbar import pyzbar

from kiosk.catalog.contact_card import artisan_card
from kiosk.qr.codes import qr_matrix
from tests.admin_runner import kiosk_admin
from tests.site.site_kit import ORIGIN, SiteVisitor

VCARD = "BEGIN:VCARD\r\n"


def screen(kiosk) -> Image.Image:
    image = kiosk.grab().convertToFormat(kiosk.grab().Format.Format_RGB888)
    return Image.frombuffer(
        "RGB",
        (image.width(), image.height()),
        bytes(image.constBits()),
        "raw",
        "RGB",
        image.bytesPerLine(),
    )


def decoded_codes(kiosk) -> set[str]:
    pil = screen(kiosk)
    return {r.text for r in zxingcpp.read_barcodes(pil, formats=zxingcpp.BarcodeFormat.QRCode)}


def decoded_by_both(kiosk) -> set[str]:
    """The codes on screen, read by zxing-cpp and by ZBar, which must read the same."""
    pil = screen(kiosk)
    zxing = [r.text for r in zxingcpp.read_barcodes(pil, formats=zxingcpp.BarcodeFormat.QRCode)]
    zbar = [s.data.decode("utf-8") for s in pyzbar.decode(pil, [pyzbar.ZBarSymbol.QRCODE])]
    assert sorted(zbar) == sorted(zxing)
    return set(zxing)


def cli_urls(product_id: str, language: str) -> set[str]:
    result = kiosk_admin("urls", product_id, "--lang", language)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout).values())


def show(kiosk, product_id: str, language: str = "en") -> None:
    kiosk.wake()
    if language != "en":
        kiosk.tap(f"language-{language}")
    kiosk.controller.openProduct(product_id)
    kiosk.settle()


def product_of(catalog, consent: bool):
    """A product whose maker did (or did not) agree to give out their contact; of those who
    did, the one with the longest Japanese name (the largest card)."""
    products = [
        p
        for p in catalog.products.values()
        if catalog.artisans[p.artisan].contact_consent == consent
    ]
    return max(products, key=lambda p: len(catalog.artisans[p.artisan].name["ja"].encode()))


def codes_on_screen(kiosk) -> list:
    return [item for item in kiosk.visible_items("qrImage") if item.property("source").toString()]


@pytest.mark.parametrize("language", ["en", "hi", "ja"])
@pytest.mark.parametrize("consent", [True, False], ids=["card", "no-card"])
def test_codes_on_screen_equal_kiosk_admin_urls(kiosk, catalog, language, consent):
    product = product_of(catalog, consent)
    show(kiosk, product.id, language)
    assert decoded_codes(kiosk) == cli_urls(product.id, language)


@pytest.mark.parametrize("language", ["en", "hi", "ja"])
def test_a_consenting_makers_product_shows_a_third_code_with_their_card(kiosk, catalog, language):
    product = product_of(catalog, consent=True)
    artisan = catalog.artisans[product.artisan]
    show(kiosk, product.id, language)
    assert len(codes_on_screen(kiosk)) == 3
    texts = decoded_by_both(kiosk)  # the card is Devanagari or Japanese in hi and ja
    cards = [text for text in texts if text.startswith(VCARD)]
    assert len(cards) == 1 and len(texts) == 3
    assert cards[0] == kiosk.controller.product.property("contactCard")
    assert texts == cli_urls(product.id, language)
    card = vobject.readOne(cards[0], validate=True)
    assert card.fn.value == artisan.name[language]  # Devanagari and Japanese intact
    assert card.email.value == artisan.email
    caption = {"en": "Save contact", "hi": "संपर्क सहेजें", "ja": "連絡先を保存"}[language]
    assert caption in kiosk.texts()


def test_a_declining_makers_product_shows_two_codes(kiosk, catalog):
    product = product_of(catalog, consent=False)
    assert catalog.artisans[product.artisan].email, "a maker with an e-mail, who declined"
    show(kiosk, product.id, "ja")
    assert len(codes_on_screen(kiosk)) == 2
    assert not kiosk.visible_items("qr-contact")
    assert kiosk.controller.product.property("contactCard") == ""
    assert decoded_codes(kiosk) == cli_urls(product.id, "ja")


def test_every_products_codes_carry_its_links_and_open_a_page_naming_it(
    kiosk, catalog, site_server
):
    """For every product the page's codes carry what the URL builder makes (read from the
    page's own properties: plain calls, no drawing), and each link, followed on the published
    site (served on 127.0.0.1), opens a page that names the product; so does the URL in a
    card when it is the maker's page there. A sample is decoded on screen below."""
    site = SiteVisitor(site_server)
    detail = kiosk.controller.product
    for product in catalog.products.values():
        kiosk.controller.openProduct(product.id)
        links = catalog.product_links(product.id, "en")
        card = artisan_card(catalog.artisans[product.artisan], "en", links["artisan"])
        shown = {detail.property("artisanUrl"), detail.property("enquiryUrl")}
        assert shown == set(links.values()), product.id
        assert detail.property("contactCard") == card, product.id
        followed = set(links.values())
        card_urls = (
            [line.value for line in vobject.readOne(card).contents.get("url", [])] if card else []
        )
        followed |= {url for url in card_urls if url.startswith(ORIGIN + "/")}
        for url in followed:
            named = site.products_named(url)
            assert named.get(product.id) == product.name["en"], (product.id, url, named)


def test_a_sample_of_products_shows_codes_that_scan(kiosk, catalog):
    """Every ninth product, and the last, on screen: its codes decode to its links and card."""
    products = list(catalog.products.values())
    kiosk.wake()
    for product in [*products[::9], products[-1]]:
        kiosk.controller.openProduct(product.id)
        kiosk.settle()
        links = catalog.product_links(product.id, "en")
        card = artisan_card(catalog.artisans[product.artisan], "en", links["artisan"])
        assert decoded_codes(kiosk) == set(links.values()) | ({card} if card else set()), product.id


def assert_three_codes_fit_apart(kiosk, window_size: QSize) -> None:
    """The product page shows three codes, each whole on the screen, at least 24 px apart,
    drawn at a whole number (6 or more) of pixels a module, and all of them scan."""
    detail = kiosk.controller.product
    screen = QRectF(0, 0, window_size.width(), window_size.height())
    boxes = []
    for name, text in (
        ("qr-artisan", detail.property("artisanUrl")),
        ("qr-enquiry", detail.property("enquiryUrl")),
        ("qr-contact", detail.property("contactCard")),
    ):
        image = kiosk.item("qrImage", within=name)
        modules = len(qr_matrix(text))
        assert image.width() == image.height()
        assert image.width() % modules == 0 and image.width() // modules >= 6, name
        assert image.property("smooth") is False
        box = image.mapRectToScene(QRectF(0, 0, image.width(), image.height()))
        tile = kiosk.item(name)
        assert screen.contains(box), name
        assert screen.contains(tile.mapRectToScene(QRectF(0, 0, tile.width(), tile.height())))
        boxes.append(box.adjusted(-12, -12, 12, 12))
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert len(decoded_codes(kiosk)) == 3


BOTH_ORIENTATIONS = pytest.mark.parametrize(
    "window_size",
    [QSize(1080, 1920), QSize(1920, 1080)],
    ids=["portrait", "landscape"],
    indirect=True,
)


@BOTH_ORIENTATIONS
def test_three_codes_fit_apart_on_screen_at_six_pixels_a_module(kiosk, catalog, window_size):
    show(kiosk, product_of(catalog, consent=True).id, "ja")
    assert_three_codes_fit_apart(kiosk, window_size)


class TestLinksAsLongAsTheyMayBe:
    """Templates may make links of up to 200 bytes, each a code of version 10 (390 px): three
    such codes still fit in both orientations (landscape narrows the photo, portrait puts
    the third code on a second row)."""

    @pytest.fixture
    def kiosk_catalog(self, tmp_catalog):
        from sqlite_utils import Database

        from kiosk.catalog.store import load_catalog
        from kiosk.catalog.urls import MAX_URL_LENGTH

        catalog = load_catalog(tmp_catalog)
        db = Database(tmp_catalog)
        for kind in ("artisan", "enquiry"):
            longest = max(
                len(catalog.product_links(p, lang)[kind])
                for p in catalog.products
                for lang in ("en", "ja")
            )
            template = catalog.url_templates[kind]
            db["url_templates"].update(
                kind, {"template": template + "&x=" + "x" * (MAX_URL_LENGTH - longest - 3)}
            )
        db.close()
        return load_catalog(tmp_catalog)

    @BOTH_ORIENTATIONS
    def test_three_largest_codes_fit_apart(self, kiosk, kiosk_catalog, window_size):
        product = product_of(kiosk_catalog, consent=True)
        show(kiosk, product.id, "ja")
        links = kiosk_catalog.product_links(product.id, "ja")
        assert {len(qr_matrix(link)) for link in links.values()} == {65}, "version 10"
        assert_three_codes_fit_apart(kiosk, window_size)


def test_codes_are_drawn_at_six_pixels_per_module_or_more(kiosk, catalog):
    product = next(iter(catalog.products.values()))
    show(kiosk, product.id)
    for name, kind in (("qr-artisan", "artisan"), ("qr-enquiry", "enquiry")):
        image = kiosk.item("qrImage", within=name)
        modules = len(qr_matrix(catalog.product_links(product.id, "en")[kind]))
        assert image.width() % modules == 0 and image.width() // modules >= 6
        assert image.property("smooth") is False


@pytest.mark.parametrize("window_size", [QSize(1920, 1080)], ids=["landscape"], indirect=True)
def test_in_landscape_the_card_leaves_the_story_readable_beside_the_codes(
    kiosk, catalog, window_size
):
    """With three codes the links stand side by side over the card, in a column: the whole
    description is on screen at once, beside it."""
    show(kiosk, product_of(catalog, consent=True).id, "hi")

    def box(name):
        item = kiosk.item(name)
        return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))

    story, panel = box("productDescription"), box("qrPanel")
    assert story.bottom() <= window_size.height() - kiosk.item("navBar").height()
    assert story.right() <= panel.left()
    artisan, enquiry, contact = (box(name) for name in ("qr-artisan", "qr-enquiry", "qr-contact"))
    assert artisan.bottom() <= contact.top() and enquiry.bottom() <= contact.top()
    assert panel.contains(artisan) and panel.contains(contact)
