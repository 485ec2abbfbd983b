"""A closer look and a kiosk everyone can reach: the full-screen photo viewer (pinch, pan,
swipe, Close), the artisan page (district, products, codes) and low-reach mode, driven by
taps and touch gestures in every language and both orientations."""

import pytest
from PIL import Image
from PySide6.QtCore import QObject, QPoint, QPointF, QSize
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from kiosk.catalog.contact_card import artisan_card
from kiosk.languages import LANGUAGES
from kiosk.ui.preview import render_screens, scene_items
from tests.ui.driver import touch_device
from tests.ui.test_product_qr import decoded_codes

ORIENTATIONS = pytest.mark.parametrize(
    "window_size",
    [QSize(1080, 1920), QSize(1920, 1080)],
    ids=["portrait", "landscape"],
    indirect=True,
)
IN_EVERY_LANGUAGE = pytest.mark.parametrize("language", LANGUAGES)
WORDS = {  # a few words of the new screens as each language shows them
    "en": {"close": "Close", "illustrative": "Illustrative image", "products": "Their products"},
    "hi": {"close": "बंद करें", "illustrative": "सांकेतिक चित्र", "products": "इनके उत्पाद"},
    "ja": {"close": "閉じる", "illustrative": "イメージ図", "products": "この作り手の製品"},
}


def product_with_photos(catalog, minimum: int):
    return next(p for p in catalog.products.values() if len(p.photos) >= minimum)


def scroll_to_end(kiosk, flickable: str) -> None:
    """Swipe a page's story up until its end is in view, as a visitor does."""
    story = kiosk.item(flickable)
    top = story.mapToScene(QPointF(story.width() / 2, 0))
    x, y = round(top.x()), round(top.y() + story.height() * 0.8)
    for _ in range(3):
        kiosk.swipe(QPoint(x, y), QPoint(x, max(0, y - round(story.height() * 0.7))))


def open_makers_page(kiosk) -> None:
    scroll_to_end(kiosk, "productStory")
    kiosk.tap("artisanCard")


def open_product(kiosk, language: str, product_id: str) -> None:
    kiosk.wake()
    kiosk.tap(f"language-{language}")
    kiosk.controller.openProduct(product_id)
    kiosk.settle()


def centre_of(item) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def pinch(kiosk, centre: QPoint, start: int, end: int, steps: int = 10) -> None:
    """Two fingers on either side of `centre`, `start` px apart, move to `end` px apart."""
    window, device = kiosk.window, touch_device()

    def fingers(gap: float) -> tuple[QPoint, QPoint]:
        half = QPoint(round(gap / 2), 0)
        return centre - half, centre + half

    a, b = fingers(start)
    QTest.touchEvent(window, device).press(0, a, window).press(1, b, window).commit()
    for step in range(1, steps + 1):
        QTest.qWait(16)
        a, b = fingers(start + (end - start) * step / steps)
        QTest.touchEvent(window, device).move(0, a, window).move(1, b, window).commit()
    QTest.touchEvent(window, device).release(0, a, window).release(1, b, window).commit()
    kiosk.settle()


def current_slide(kiosk):
    photos = kiosk.item("viewerPhotos")
    return photos.property("currentItem")


@ORIENTATIONS
@IN_EVERY_LANGUAGE
def test_photo_viewer_zooms_pans_swipes_and_closes(kiosk, catalog, language, window_size):
    product = product_with_photos(catalog, 2)
    open_product(kiosk, language, product.id)
    kiosk.tap("slide-0", within="carousel")  # a tap on the product's photo
    assert kiosk.controller.page == "viewer"
    assert kiosk.page().objectName() == "viewerPage"
    assert not kiosk.visible_items("navBar")  # the viewer has the whole screen
    close = kiosk.item("viewerClose")
    assert close.mapToScene(QPointF(0, close.height())).y() >= window_size.height() * 0.85
    assert close.height() >= 96 and close.property("text") == WORDS[language]["close"]
    photo = product.photos[0]
    texts = kiosk.texts()
    assert photo.credit in texts
    assert (WORDS[language]["illustrative"] in texts) == photo.illustrative

    slide = current_slide(kiosk)
    image = next(i for i in scene_items(slide) if i.objectName() == "viewerImage")
    kiosk.qtbot.waitUntil(lambda: image.property("loaded"))
    assert image.property("sourceSize").width() == photo.width  # the display copy, whole
    fitted = image.width()
    # The bundled display copies are 1440x1080: a portrait screen shows them smaller than
    # that, so they zoom; a 1920x1080 screen shows them whole at their real pixels already.
    zoomable = fitted < photo.width - 1
    middle = centre_of(slide)

    pinch(kiosk, middle, 300, 350)  # spread two fingers a little: zoom in a little
    if zoomable:
        assert fitted < image.width() < photo.width
    pinch(kiosk, middle, 100, 900)
    pinch(kiosk, middle, 100, 900)  # and more than the photo has: it stops at its pixels
    assert image.width() == pytest.approx(max(fitted, photo.width), abs=1)

    if zoomable:  # one finger pans the zoomed photo and does not turn to the next one
        before = (slide.property("contentX"), slide.property("contentY"))
        kiosk.swipe(middle, middle + QPoint(-300, -200))
        assert (slide.property("contentX"), slide.property("contentY")) != before
        assert kiosk.item("viewerPhotos").property("currentIndex") == 0

    pinch(kiosk, middle, 900, 100)  # squeeze: back to the whole photo
    pinch(kiosk, middle, 900, 100)
    assert image.width() == pytest.approx(fitted, abs=1)

    y = middle.y()
    kiosk.swipe(QPoint(round(window_size.width() * 0.85), y), QPoint(100, y))
    kiosk.qtbot.waitUntil(lambda: kiosk.item("viewerPhotos").property("currentIndex") == 1)
    assert product.photos[1].credit in kiosk.texts()  # the label and credit stay on screen

    kiosk.tap("viewerClose")
    assert kiosk.page().objectName() == "productPage"
    assert kiosk.visible_items("navBar")
    assert kiosk.controller.history[-1] == "product"


def artisan_with_products(catalog, consent: bool, minimum: int = 2):
    return next(
        a
        for a in catalog.artisans.values()
        if a.contact_consent == consent and len(catalog.products_of_artisan(a.id)) >= minimum
    )


@ORIENTATIONS
@IN_EVERY_LANGUAGE
def test_artisan_page_from_the_makers_card(kiosk, catalog, language, window_size):
    artisan = artisan_with_products(catalog, consent=True)
    first, second = catalog.products_of_artisan(artisan.id)[:2]
    open_product(kiosk, language, first.id)
    open_makers_page(kiosk)
    assert kiosk.page().objectName() == "artisanPage"
    texts = kiosk.texts()
    assert artisan.name[language] in texts
    assert artisan.bio[language] in texts
    assert WORDS[language]["products"] in texts
    district = catalog.districts[artisan.district]
    assert any(district.name[language] in text for text in texts)

    # Their codes: their page, and the contact card they agreed to, decoded from the screen.
    link = catalog.artisan_link(artisan.id, language)
    assert link == catalog.product_links(first.id, language)["artisan"]
    assert decoded_codes(kiosk) == {link, artisan_card(artisan, language, link)}

    # Their products, as a small gallery: each opens its page; Back returns to the artisan
    # and then to the product the visitor came from, showing that product still.
    shown = {p.id for p in catalog.products_of_artisan(artisan.id)}
    scroll_to_end(kiosk, "artisanStory")  # the gallery sits below the story
    gallery = {
        item.objectName().removeprefix("product-")
        for item in scene_items(kiosk.item("artisanProducts"))
        if item.objectName().startswith("product-")
    }
    assert gallery == shown
    kiosk.tap(f"product-{second.id}", within="artisanProducts")
    assert kiosk.page().objectName() == "productPage"
    assert kiosk.item("productName").property("text") == second.name[language]
    kiosk.tap("back")
    assert kiosk.page().objectName() == "artisanPage"
    kiosk.tap("back")
    assert kiosk.page().objectName() == "productPage"
    assert kiosk.controller.product.property("name") == first.name[language]

    # Their district: a tap leads to its products.
    open_makers_page(kiosk)
    kiosk.tap("artisanDistrict")
    assert kiosk.page().objectName() == "galleryPage"
    assert kiosk.controller.galleryTitle == district.name[language]
    assert kiosk.controller.history[-2:] == ["artisan", "gallery"]


def test_no_save_contact_without_consent(kiosk, catalog):
    artisan = artisan_with_products(catalog, consent=False, minimum=1)
    open_product(kiosk, "en", catalog.products_of_artisan(artisan.id)[0].id)
    open_makers_page(kiosk)
    assert not kiosk.visible_items("qr-contact")
    assert decoded_codes(kiosk) == {catalog.artisan_link(artisan.id, "en")}


def the_way_to(kiosk, catalog, screen: str) -> None:
    """Open `screen` (after Home) as a visitor would reach it."""
    controller = kiosk.controller
    product = product_with_photos(catalog, 2)
    {
        "home": lambda: None,
        "crafts": controller.openCrafts,
        "districts": controller.openDistricts,
        "gallery": controller.openFeatured,
        "product": lambda: controller.openProduct(product.id),
        "viewer": lambda: (controller.openProduct(product.id), controller.openViewer(0)),
        "artisan": lambda: controller.openArtisan(product.artisan),
        "shortlist": lambda: (controller.addToShortlist(product.id), controller.openShortlist()),
    }[screen]()
    kiosk.settle()


SCREENS = ("home", "crafts", "districts", "gallery", "product", "viewer", "artisan", "shortlist")


def pressable_items(kiosk) -> list:
    """Items on screen that assistive technology announces as buttons."""
    QAccessible.setActive(True)
    found = []
    for item in kiosk.visible_items_named(lambda name: True):
        face = QAccessible.queryAccessibleInterface(item)
        if face is not None and face.role() == QAccessible.Role.Button:
            found.append(item)
    return found


@ORIENTATIONS
def test_low_reach_brings_every_control_down_until_the_visitor_leaves(kiosk, catalog, window_size):
    height = window_size.height()
    kiosk.wake()
    kiosk.tap("lowReach")
    assert kiosk.controller.lowReach
    band = kiosk.item("lowReachBand")
    # On a portrait totem the pages start near half way up (Theme.lowReachPortrait).
    assert band.height() >= (0.4 if height > window_size.width() else 0.1) * height
    line = band.height()
    for screen in SCREENS:
        kiosk.controller.home()
        the_way_to(kiosk, catalog, screen)
        assert kiosk.controller.lowReach  # for the rest of the visit
        buttons = pressable_items(kiosk)
        assert buttons, screen
        for item in buttons:
            top = item.mapToScene(QPointF(0, 0)).y()
            assert top >= line - 1, (screen, item.objectName(), top)
    kiosk.controller.home()
    kiosk.settle()
    kiosk.tap("lowReach")  # and off again
    assert not kiosk.controller.lowReach
    assert not kiosk.visible_items("lowReachBand")
    kiosk.tap("lowReach")
    kiosk.kiosk.idle.configure(idle_s=1, countdown_s=1)
    kiosk.kiosk.idle.poke()
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.attract, timeout=8000)
    assert not kiosk.controller.lowReach  # idle reset turns it off for the next visitor
    kiosk.settle()
    assert not kiosk.visible_items("lowReachBand")


def test_the_history_keeps_each_product_page_its_product(kiosk, catalog):
    """product A → its artisan → product B → Back → Back shows A again, and the viewer and
    the artisan page leave the stack following the history."""
    artisan = artisan_with_products(catalog, consent=True)
    a, b = catalog.products_of_artisan(artisan.id)[:2]
    controller = kiosk.controller
    kiosk.wake()
    controller.openProduct(a.id)
    controller.openArtisan(artisan.id)
    controller.openProduct(b.id)
    controller.openArtisan(artisan.id)  # one artisan page at a time
    assert controller.history == ["home", "product", "artisan"]
    controller.openProduct(b.id)
    controller.openViewer(1)
    assert controller.history == ["home", "product", "artisan", "product", "viewer"]
    kiosk.settle()
    stack = kiosk.window.findChild(QObject, "stack")
    assert stack.property("depth") == 5
    controller.back()
    assert controller.page == "product"
    assert controller.product.property("productId") == b.id
    controller.back()
    assert controller.page == "artisan"
    assert controller.product.property("productId") == a.id  # the page behind it
    controller.back()
    assert controller.product.property("productId") == a.id
    controller.openViewer(0)
    controller.home()
    kiosk.settle()
    assert stack.property("depth") == 1


def test_preview_renders_the_new_screens_in_every_language_and_orientation(qapp, catalog, tmp_path):
    written = []
    for size in (QSize(1080, 1920), QSize(1920, 1080)):
        for language in LANGUAGES:
            written += render_screens(catalog, tmp_path, language, size, ["viewer", "artisan"])
    assert len(written) == 12
    looks = set()
    for path in written:
        with Image.open(path) as image:
            assert image.size in ((1080, 1920), (1920, 1080))
            small = image.convert("L").resize((48, 48))
            assert len(set(small.tobytes())) > 20, path.name  # not blank
            looks.add(small.tobytes())
    assert len(looks) == 12  # each language and orientation looks different
