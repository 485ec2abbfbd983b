"""A visitor's walk through the kiosk, with taps and swipes on the real QML."""

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, QSize, Qt
from PySide6.QtTest import QTest

from kiosk.catalog.store import Catalog
from kiosk.ui.preview import scene_items


def product_with_photos(catalog: Catalog, minimum: int):
    return next(p for p in catalog.products.values() if len(p.photos) >= minimum)


def test_attract_loop_shows_banner_until_touched(kiosk):
    assert kiosk.controller.attract
    assert any("Admired by the World!" in text for text in kiosk.texts())
    kiosk.wake()
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible_items("attract"))
    assert kiosk.page().objectName() == "homePage"
    assert any("Crafted in Uttar Pradesh" in text for text in kiosk.texts())


def test_waking_touch_does_not_press_what_lies_beneath(kiosk):
    tile = kiosk.window.findChild(type(kiosk.window.contentItem()), "tile-crafts")
    point = tile.mapToScene(QPointF(tile.width() / 2, tile.height() / 2)).toPoint()
    kiosk.tap_at(point)  # lands on the attract loop, above the "Explore by craft" tile
    assert not kiosk.controller.attract
    assert kiosk.page().objectName() == "homePage"
    kiosk.tap_at(point)  # the second touch is the visitor's choice
    kiosk.qtbot.waitUntil(lambda: kiosk.page().objectName() == "craftsPage")


def test_browse_by_craft_to_a_product_and_back(kiosk, catalog):
    kiosk.wake()
    kiosk.tap("tile-crafts")
    assert kiosk.page().objectName() == "craftsPage"
    craft = next(iter(catalog.crafts.values()))
    kiosk.tap(f"craft-{craft.code}")
    assert kiosk.page().objectName() == "galleryPage"
    assert craft.name["en"] in kiosk.texts()
    first = catalog.products_of_craft(craft.code)[0]
    card = kiosk.item(f"product-{first.id}")
    assert card.findChild(type(card), "thumb").property("progress") == 1.0
    kiosk.tap(f"product-{first.id}")
    assert kiosk.page().objectName() == "productPage"
    assert kiosk.item("productName").property("text") == first.name["en"]
    kiosk.tap("back")
    assert kiosk.page().objectName() == "galleryPage"
    kiosk.tap("home")
    assert kiosk.page().objectName() == "homePage"


def hq_on_screen(kiosk, code: str) -> QPoint:
    """Where district `code`'s headquarters are on the map page now."""
    area = kiosk.item("district-map-area")
    hq = kiosk.controller.districtMap.headquartersOf(code)
    return area.childItems()[0].mapToScene(QPointF(hq["x"], hq["y"])).toPoint()


@pytest.mark.parametrize(
    "window_size",
    [QSize(1080, 1920), QSize(1920, 1080)],
    ids=["portrait", "landscape"],
    indirect=True,
)
@pytest.mark.parametrize("language", ["en", "hi", "ja"])
def test_explore_by_district_opens_the_map_and_a_tap_opens_a_districts_products(
    kiosk, catalog, language
):
    kiosk.wake()
    if language != "en":
        kiosk.tap(f"language-{language}", within="navBar")
    kiosk.tap("tile-districts")
    assert kiosk.page().objectName() == "mapPage"
    kiosk.tap_at(hq_on_screen(kiosk, "varanasi"))
    assert kiosk.page().objectName() == "galleryPage"
    assert kiosk.controller.galleryTitle == catalog.districts["varanasi"].name[language]
    names = {p.name[language] or p.name["en"] for p in catalog.products_of_district("varanasi")}
    assert names & set(kiosk.texts())
    kiosk.tap("back")
    assert kiosk.page().objectName() == "mapPage"


def test_browse_by_district(kiosk, catalog):
    kiosk.wake()
    kiosk.tap("tile-districts")
    kiosk.tap("districts-list")  # the A-Z list, one tap from the map
    assert kiosk.page().objectName() == "districtsPage"
    district = next(iter(catalog.districts.values()))
    kiosk.tap(f"district-{district.code}")
    assert kiosk.page().objectName() == "galleryPage"
    names = {p.name["en"] for p in catalog.products_of_district(district.code)}
    assert names <= set(kiosk.texts())


def test_featured_gallery_from_home(kiosk, catalog):
    kiosk.wake()
    kiosk.tap("tile-featured")
    assert "Featured crafts" in kiosk.texts()
    assert kiosk.visible_items(f"product-{catalog.featured()[0].id}")


def test_swiping_the_gallery_scrolls_it(kiosk, catalog):
    kiosk.wake()
    kiosk.controller.openDistricts()
    kiosk.settle()
    grid = kiosk.item("districtGrid")
    x = int(kiosk.window.width() / 2)
    kiosk.swipe(QPoint(x, 1500), QPoint(x, 700))
    assert grid.property("contentY") > 300


def test_swiping_the_carousel_shows_the_next_photo(kiosk, catalog):
    product = product_with_photos(catalog, 2)
    kiosk.wake()
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    carousel = kiosk.item("carousel")
    assert carousel.property("currentIndex") == 0
    y = int(carousel.mapToScene(QPointF(0, carousel.height() / 2)).y())
    kiosk.swipe(QPoint(900, y), QPoint(200, y))
    kiosk.qtbot.waitUntil(lambda: carousel.property("currentIndex") == 1)


def test_language_switch_changes_everything_at_once(kiosk, catalog):
    kiosk.wake()
    product = next(iter(catalog.products.values()))
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    kiosk.tap("language-ja")
    texts = kiosk.texts()
    assert product.name["ja"] in texts
    assert "戻る" in " ".join(texts)  # the nav bar's "Back"
    assert catalog.districts[product.district].name["ja"] in " ".join(texts)
    assert kiosk.page().objectName() == "productPage"  # the visitor stays where they are
    kiosk.tap("language-hi")
    assert product.name["hi"] in kiosk.texts()
    assert product.name["ja"] not in kiosk.texts()


def test_choosing_a_language_on_the_attract_loop_wakes_into_it(kiosk):
    kiosk.tap("language-ja", within="attractLanguages")
    assert not kiosk.controller.attract
    assert kiosk.controller.language == "ja"
    assert "クラフトから探す" in kiosk.texts()


def test_idle_reset_forgets_the_visitor(kiosk, catalog):
    kiosk.wake()
    kiosk.tap("language-hi")
    kiosk.tap("tile-crafts")
    craft = next(iter(catalog.crafts.values()))
    kiosk.tap(f"craft-{craft.code}")
    kiosk.kiosk.idle.configure(idle_s=1, countdown_s=3)
    kiosk.kiosk.idle.poke()
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.visible_items("idleOverlay")), timeout=3000)
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.attract, timeout=6000)
    kiosk.settle()
    assert kiosk.controller.language == "en"
    assert kiosk.controller.depth == 1
    assert kiosk.controller.galleryCount == 0
    assert kiosk.controller.product.property("name") == ""
    assert kiosk.page().objectName() == "homePage"
    assert any("Admired by the World!" in text for text in kiosk.texts())


def test_a_touch_during_the_countdown_keeps_the_visit(kiosk):
    kiosk.wake()
    kiosk.tap("tile-crafts")
    kiosk.kiosk.idle.configure(idle_s=1, countdown_s=5)
    kiosk.kiosk.idle.poke()
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.visible_items("idleOverlay")), timeout=3000)
    kiosk.tap("idleSeconds")
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible_items("idleOverlay"), timeout=2000)
    assert not kiosk.controller.attract
    assert kiosk.page().objectName() == "craftsPage"


@pytest.mark.parametrize("window_size", [QSize(1920, 1080)], ids=["landscape"], indirect=True)
def test_landscape_product_page_fits_the_screen(kiosk, catalog):
    product = product_with_photos(catalog, 1)
    kiosk.wake()
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    for name in ("qr-artisan", "qr-enquiry", "productName", "carousel"):
        item = kiosk.item(name)
        corner = item.mapToScene(QPointF(item.width(), item.height()))
        assert corner.x() <= 1920 and corner.y() <= 1080, name


def test_a_double_tap_opens_a_page_once(kiosk):
    kiosk.wake()
    tile = kiosk.item("tile-crafts")
    point = tile.mapToScene(QPointF(tile.width() / 2, tile.height() / 2)).toPoint()
    stack = kiosk.window.findChild(QObject, "stack")
    left, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(kiosk.window, left, no_keys, point)
    QTest.qWait(40)
    assert stack.property("busy")  # the second tap lands while the page slides in
    QTest.mouseClick(kiosk.window, left, no_keys, point)
    kiosk.settle()
    assert kiosk.controller.history == ["home", "crafts"]
    assert stack.property("depth") == 2
    kiosk.tap("back")
    assert kiosk.page().objectName() == "homePage"


def test_the_stack_follows_the_history(kiosk, catalog):
    """Every way of moving (push, back, back to the shortlist, a new gallery, Home, a new
    visitor) leaves the StackView showing exactly the controller's history."""
    stack = kiosk.window.findChild(QObject, "stack")

    def shown() -> tuple[str, list[str]]:
        """The page on top, and every page the stack holds (in no particular order)."""
        kiosk.settle()
        held = [
            item.objectName() for item in scene_items(stack) if item.objectName().endswith("Page")
        ]
        assert len(held) == stack.property("depth")
        return kiosk.page().objectName(), sorted(held)

    controller = kiosk.controller
    product = next(iter(catalog.products.values()))
    kiosk.wake()
    for move in (
        controller.openFeatured,
        lambda: controller.openProduct(product.id),
        lambda: controller.addToShortlist(product.id),
        controller.openShortlist,
        lambda: controller.openProduct(product.id),
        controller.openShortlist,
        controller.openFeatured,
        controller.back,
        controller.openCrafts,
        controller.home,
        controller.resetToAttract,
    ):
        move()
        top, held = shown()
        assert top == controller.page + "Page"
        assert held == sorted(page + "Page" for page in controller.history)
    assert controller.history == ["home"]


def test_pages_left_faster_than_they_slide_do_not_pile_up(kiosk, catalog):
    """A visitor opening products and going back faster than the pages slide: each change
    made during a slide goes at once, so no half-slid page is kept (each holds its photos)."""
    kiosk.wake()
    kiosk.controller.openFeatured()
    kiosk.settle()
    for product in list(catalog.products.values())[:12]:
        kiosk.controller.openProduct(product.id)
        kiosk.qtbot.wait(40)
        kiosk.controller.back()
        kiosk.qtbot.wait(40)
    pages = [
        item
        for item in scene_items(kiosk.window.contentItem())
        if item.objectName() == "productPage"
    ]
    assert len(pages) <= 1
    kiosk.settle()
    assert kiosk.page().objectName() == "galleryPage"


def test_idle_reset_while_a_page_still_builds_its_cards_warns_nothing(kiosk, catalog):
    """The restless visitor's find: the visitor leaves (idle reset) while a gallery or the
    shortlist still builds its cards; the page leaves the stack before its model empties, so
    no view cancels a card the model no longer has (a Qt warning fails this test)."""
    controller = kiosk.controller
    crafts = list(catalog.crafts)
    for round_ in range(24):
        controller.wake()
        if round_ % 2:
            for product in list(catalog.products)[:12]:
                controller.addToShortlist(product)
            controller.openShortlist()
        else:
            controller.openCraft(crafts[round_ % len(crafts)])
        kiosk.qtbot.wait(round_ % 7 * 3)
        controller.resetToAttract()
        kiosk.qtbot.wait(round_ % 5 * 4)
    kiosk.settle()
    assert controller.attract and controller.history == ["home"]
