"""Visitors' search in the kiosk: they type with the on-screen keys, as a visitor would, in
each language, and the products found appear in the grid above the keyboard as they type."""

import pytest
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QAccessible

from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_CATALOG
from kiosk.ui.catalog_watcher import load_for_kiosk


def open_search(kiosk, language: str = "en") -> None:
    kiosk.wake()
    if language != "en":
        kiosk.tap(f"language-{language}")
    kiosk.tap("tile-search")
    assert kiosk.page().objectName() == "searchPage"


def type_keys(kiosk, *keys: str) -> None:
    """Tap the keys named key-<key> where they are drawn, one after another."""
    for key in keys:
        kiosk.tap(f"key-{key}", within="searchKeyboard")


def typed(kiosk) -> str:
    return kiosk.item("searchText").property("text")


def shown_results(kiosk) -> list[str]:
    """The ids of the product cards a visitor sees in the search grid, in grid order."""
    cards = kiosk.visible_items_named(lambda name: name.startswith("product-"), "searchGrid")
    cards.sort(
        key=lambda card: (round(card.mapToScene(QPointF()).y()), card.mapToScene(QPointF()).x())
    )
    return [card.objectName().removeprefix("product-") for card in cards]


def test_english_finds_chikankari_as_it_is_typed_and_back_keeps_the_text(kiosk, catalog):
    open_search(kiosk)
    assert "Results appear here as you type." in kiosk.texts()
    type_keys(kiosk, "c", "h", "i")
    assert kiosk.controller.searchIds == catalog.search("chi", "en")
    type_keys(kiosk, "k", "a", "n")
    assert typed(kiosk) == "chikan"
    found = catalog.search("chikan", "en")
    assert found and kiosk.controller.searchIds == found
    assert all("Chikankari" in catalog.products[pid].name["en"] for pid in found[:5])
    shown = shown_results(kiosk)
    assert shown and shown == found[: len(shown)]
    assert f"{len(found)} products found" in kiosk.texts()
    kiosk.tap(f"product-{found[0]}")
    assert kiosk.page().objectName() == "productPage"
    assert kiosk.item("productName").property("text") == catalog.products[found[0]].name["en"]
    kiosk.tap("back")
    assert kiosk.page().objectName() == "searchPage"
    assert typed(kiosk) == "chikan"
    assert shown_results(kiosk)[: len(shown)] == shown
    type_keys(kiosk, "backspace-⌫")  # the search carries on from where it was
    assert typed(kiosk) == "chika"
    assert kiosk.controller.searchIds == catalog.search("chika", "en")


def test_the_kana_grid_finds_brass(kiosk, catalog):
    open_search(kiosk, "ja")
    type_keys(kiosk, "し", "ん", "ち", "ゆ", "small-小", "う")
    assert typed(kiosk) == "しんちゅう"
    found = catalog.search("しんちゅう", "ja")
    assert kiosk.controller.searchIds == found
    assert sum("brass" in pid for pid in found) >= 8  # 真鍮, brass, by its reading
    assert shown_results(kiosk)[0] == found[0]
    assert catalog.products[found[0]].name["ja"] in kiosk.texts()


def test_romaji_on_the_japanese_qwerty_page_becomes_kana_and_finds_the_same(kiosk, catalog):
    open_search(kiosk, "ja")
    type_keys(kiosk, "page-qwerty", "s", "h", "i", "n", "c", "h", "u", "u")
    assert typed(kiosk) == "しんちゅう"
    assert kiosk.controller.searchIds == catalog.search("しんちゅう", "ja")
    assert kiosk.controller.searchIds


def test_devanagari_with_a_matra_and_a_virama(kiosk, catalog):
    open_search(kiosk, "hi")
    type_keys(kiosk, "प", "ी", "त", "ल")  # पीतल, brass: a matra
    assert typed(kiosk) == "पीतल"
    assert kiosk.controller.searchIds == catalog.search("पीतल", "hi")
    assert all("brass" in pid for pid in kiosk.controller.searchIds[:4])
    type_keys(kiosk, "clear-✕", "म", "ि", "ट", "्", "ट", "ी")  # मिट्टी, clay: a virama
    assert typed(kiosk) == "मिट्टी"
    found = catalog.search("मिट्टी", "hi")
    assert "azamgarh-black-pottery-diyas" in found
    assert kiosk.controller.searchIds == found
    assert shown_results(kiosk)[0] == found[0]


def test_nothing_found_says_so_and_offers_the_crafts(kiosk, catalog):
    open_search(kiosk)
    type_keys(kiosk, "z", "q", "x", "z")
    assert catalog.search("zqxz", "en") == []
    assert kiosk.controller.searchIds == []
    assert not shown_results(kiosk)
    assert "Nothing found for “zqxz”." in kiosk.texts()
    assert "0 products found" not in kiosk.texts()
    craft = next(iter(catalog.crafts.values()))  # the craft tiles, suggested
    assert kiosk.visible_items(f"craft-{craft.code}", within="searchCraftGrid")
    kiosk.tap("searchCrafts")
    assert kiosk.page().objectName() == "craftsPage"
    kiosk.tap("back")
    assert typed(kiosk) == "zqxz"
    kiosk.tap(f"craft-{craft.code}", within="searchCraftGrid")
    assert kiosk.page().objectName() == "galleryPage"
    assert craft.name["en"] in kiosk.texts()


@pytest.mark.parametrize(
    "window_size",
    [QSize(1080, 1920), QSize(1920, 1080)],
    ids=["portrait", "landscape"],
    indirect=True,
)
@pytest.mark.parametrize("language", ["en", "hi", "ja"])
def test_the_keyboard_never_covers_the_first_row_of_results(kiosk, catalog, language):
    open_search(kiosk, language)
    word = {"en": "silk", "hi": "रेशम", "ja": "きぬ"}[language]
    for char in word:
        kiosk.tap(f"key-{char}", within="searchKeyboard")
    assert typed(kiosk) == word
    first = kiosk.item(f"product-{catalog.search(word, language)[0]}", within="searchGrid")
    keyboard, field = kiosk.item("searchKeyboard"), kiosk.item("searchText")
    card_bottom = first.mapToScene(QPointF(first.width(), first.height()))
    keyboard_top = keyboard.mapToScene(QPointF(0, 0))
    field_top = field.mapToScene(QPointF(0, 0))
    assert card_bottom.y() <= field_top.y() or card_bottom.x() <= keyboard_top.x()
    assert field_top.y() < keyboard_top.y()  # the text typed stays above the keyboard
    bar = kiosk.item("navBar")
    assert keyboard_top.y() + keyboard.height() <= bar.mapToScene(QPointF(0, 0)).y() + 1
    assert keyboard_top.y() + keyboard.height() >= kiosk.window.height() - bar.height() - 1


@pytest.mark.parametrize("language", ["en", "hi", "ja"])
def test_under_low_reach_the_results_stay_in_reach_above_the_keyboard(kiosk, catalog, language):
    """A seated visitor on a portrait totem: the pages start low, so the results come as
    one row that flicks sideways between the band and the keyboard, and a tap opens one."""
    open_search(kiosk, language)
    kiosk.tap("lowReach")
    word = {"en": "silk", "hi": "रेशम", "ja": "きぬ"}[language]
    for char in word:
        kiosk.tap(f"key-{char}", within="searchKeyboard")
    found = catalog.search(word, language)
    assert len(found) > 3
    cards = kiosk.visible_items_named(lambda name: name.startswith("product-"), "searchGrid")
    assert len(cards) >= 3
    band = kiosk.item("lowReachBand")
    field = kiosk.item("searchText")
    tops = {round(card.mapToScene(QPointF(0, 0)).y()) for card in cards}
    assert len(tops) == 1  # one row
    top = tops.pop()
    assert top >= band.height() - 1
    assert top + cards[0].height() <= field.mapToScene(QPointF(0, 0)).y()
    assert min(card.height() for card in cards) >= 3 * 48  # a card, not a sliver
    first = kiosk.item(f"product-{found[0]}", within="searchGrid")
    kiosk.tap_at(first.mapToScene(QPointF(first.width() / 2, first.height() / 2)).toPoint())
    assert kiosk.page().objectName() == "productPage"
    assert kiosk.controller.product.property("productId") == found[0]


def test_the_keyboard_follows_the_language_and_its_pages_can_be_switched(kiosk):
    open_search(kiosk)
    assert kiosk.visible_items("key-q", within="searchKeyboard")
    kiosk.tap("language-ja")
    assert kiosk.visible_items("key-あ", within="searchKeyboard")
    type_keys(kiosk, "page-devanagari", "क")
    assert typed(kiosk) == "क"
    kiosk.tap("language-hi")
    assert kiosk.visible_items("key-क", within="searchKeyboard")
    assert typed(kiosk) == "क"


def test_the_nav_bar_opens_search_and_returns_to_it_from_a_result(kiosk, catalog):
    kiosk.wake()
    kiosk.tap("tile-featured")
    kiosk.tap("search")  # the magnifier beside Back and Home
    assert kiosk.page().objectName() == "searchPage"
    type_keys(kiosk, "s", "i", "l", "k")
    found = kiosk.controller.searchIds
    kiosk.tap(f"product-{found[0]}")
    kiosk.tap("search")
    assert kiosk.page().objectName() == "searchPage"
    assert typed(kiosk) == "silk"
    assert kiosk.controller.history == ["home", "gallery", "search"]
    kiosk.tap("home")
    kiosk.tap("tile-search")  # a new search starts empty
    assert typed(kiosk) == ""
    assert kiosk.controller.searchIds == []


def test_idle_reset_clears_the_search(kiosk):
    open_search(kiosk)
    type_keys(kiosk, "s", "i", "l", "k")
    assert kiosk.controller.searchIds
    kiosk.kiosk.idle.configure(idle_s=1, countdown_s=1)
    kiosk.kiosk.idle.poke()
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.attract, timeout=6000)
    kiosk.settle()
    assert kiosk.controller.searchQuery == ""
    assert kiosk.controller.searchIds == []
    assert kiosk.controller.searchResults.rowCount() == 0
    kiosk.wake()
    kiosk.tap("tile-search")
    assert typed(kiosk) == ""
    assert not shown_results(kiosk)


def test_a_keystroke_that_finds_the_same_keeps_the_grid(kiosk, catalog):
    assert catalog.search("chikanka", "en") == catalog.search("chikankar", "en")
    open_search(kiosk)
    type_keys(kiosk, "c", "h", "i", "k", "a", "n", "k", "a")
    resets = []
    kiosk.controller.searchResults.modelReset.connect(lambda: resets.append(1))
    type_keys(kiosk, "r")
    assert kiosk.controller.searchQuery == "chikankar"
    assert resets == []
    type_keys(kiosk, "z")
    assert resets == [1] and kiosk.controller.searchIds == []


class TestTheIndex:
    @pytest.fixture
    def kiosk_catalog(self):
        """A catalogue of its own: nothing has searched it yet."""
        return load_catalog(BUNDLED_CATALOG)

    def test_it_is_built_off_the_ui_before_the_first_keystroke(self, kiosk, kiosk_catalog):
        kiosk.qtbot.waitUntil(lambda: "search_index" in vars(kiosk_catalog), timeout=5000)
        assert kiosk.controller.searchQuery == ""  # no search made it

    def test_a_new_catalogue_is_loaded_with_its_index(self):
        assert "search_index" in vars(load_for_kiosk(BUNDLED_CATALOG, None))


def test_the_magnifier_and_the_keys_are_named_buttons(kiosk):
    from tests.ui.test_accessibility import announced, press

    button = QAccessible.Role.Button
    open_search(kiosk, "ja")
    assert announced(kiosk, "search") == (button, "検索")
    assert announced(kiosk, "key-あ") == (button, "あ")
    assert announced(kiosk, "key-backspace-⌫") == (button, "1文字消す")
    press(kiosk, "key-あ")
    assert typed(kiosk) == "あ"
