"""Everything a visitor can tap is announced to assistive technology as a button with a
name, and its press action does what a tap does; walking the accessibility tree of every
screen (through QAccessible: there is no AT-SPI bus here) finds no control without a name."""

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface

from kiosk.languages import LANGUAGES
from kiosk.state.db import open_state
from kiosk.state.pin import set_pin

STAFF_PIN = "2468"


@pytest.fixture
def kiosk_state(tmp_path):
    """A state folder with a staff PIN, so that the staff panel's screens can be opened."""
    state = tmp_path / "state"
    set_pin(open_state(state), STAFF_PIN)
    return state


def announced(kiosk, object_name: str) -> tuple[QAccessible.Role, str]:
    QAccessible.setActive(True)
    face = QAccessible.queryAccessibleInterface(kiosk.item(object_name))
    return face.role(), face.text(QAccessible.Text.Name)


def press(kiosk, object_name: str) -> None:
    QAccessible.setActive(True)
    face = QAccessible.queryAccessibleInterface(kiosk.item(object_name))
    face.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    kiosk.settle()


def test_tiles_cards_rows_and_buttons_are_named_buttons(kiosk, catalog):
    button = QAccessible.Role.Button
    kiosk.wake()
    assert announced(kiosk, "tile-crafts") == (button, "Explore by craft")
    assert announced(kiosk, "language-ja") == (button, "日本語")
    press(kiosk, "tile-crafts")
    assert kiosk.page().objectName() == "craftsPage"
    craft = next(iter(catalog.crafts.values()))
    assert announced(kiosk, f"craft-{craft.code}") == (button, craft.name["en"])
    assert announced(kiosk, "back") == (button, "‹ Back")
    press(kiosk, f"craft-{craft.code}")
    assert kiosk.page().objectName() == "galleryPage"
    product = catalog.products_of_craft(craft.code)[0]
    assert announced(kiosk, f"product-{product.id}") == (button, product.name["en"])
    press(kiosk, f"product-{product.id}")
    assert announced(kiosk, "shortlist-toggle") == (button, "Add to shortlist")
    press(kiosk, "shortlist-toggle")
    assert kiosk.controller.shortlistIds == [product.id]
    kiosk.controller.openShortlist()
    kiosk.settle()
    assert announced(kiosk, f"shortlisted-{product.id}") == (button, product.name["en"])
    assert announced(kiosk, "remove") == (button, "Remove")
    kiosk.tap("home")
    district = next(iter(catalog.districts.values()))
    kiosk.controller.openDistricts()
    kiosk.settle()
    assert announced(kiosk, f"district-{district.code}") == (button, district.name["en"])


# Roles a visitor acts on: each of them needs a name to be announced by.
INTERACTIVE = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Slider,
    QAccessible.Role.EditableText,
    QAccessible.Role.Link,
    QAccessible.Role.MenuItem,
    QAccessible.Role.PageTab,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.ButtonDropDown,
}
SCREENS = (
    "attract",
    "home",
    "crafts",
    "districts",
    "gallery",
    "product",
    "viewer",
    "artisan",
    "shortlist",
    # the staff panel (kiosk/ui/staff.py): the PIN pad, then each screen
    "staff-pin",
    "staff-menu",
    "staff-products",
    "staff-timeout",
    "staff-install",
    "staff-stats",
    "staff-doctor",
    "staff-leave",
)


def tree(face):
    """`face` and every accessible interface under it, depth first."""
    yield face
    for index in range(face.childCount()):
        child = face.child(index)
        if child is not None and child.isValid():
            yield from tree(child)


def announced_controls(kiosk) -> list[tuple]:
    """(item, role, name) of every control in the window's accessibility tree. The interfaces
    themselves are not kept: Qt deletes them with their items, and a Python wrapper that
    outlived one could be handed out again for a new object at the same address."""
    found = []
    for face in tree(QAccessible.queryAccessibleInterface(kiosk.window)):
        if face.role() in INTERACTIVE:
            found.append((face.object(), face.role(), face.text(QAccessible.Text.Name)))
    return found


def open_screen(kiosk, catalog, screen: str, language: str) -> None:
    controller = kiosk.controller
    product = next(p for p in catalog.products.values() if len(p.photos) >= 2)
    kiosk.kiosk.staff.close()
    controller.resetToAttract()
    kiosk.settle()
    if screen.startswith("staff-"):
        staff = kiosk.kiosk.staff
        staff.requestAccess()
        controller.setLanguage(language)
        if screen != "staff-pin":
            staff.enterPin(STAFF_PIN)
            staff.show(screen.removeprefix("staff-"))
        kiosk.settle()
        return
    if screen == "attract":
        controller.setLanguage(language)
    else:
        controller.wake(language)
    {
        "attract": lambda: None,
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_of_every_screen_has_a_name(kiosk, catalog, language):
    """The whole accessibility tree of each screen, from the window down: every control is
    named, and every item a finger can tap (it has a TapHandler) is such a control or inside
    one."""
    QAccessible.setActive(True)
    for screen in SCREENS:
        open_screen(kiosk, catalog, screen, language)
        controls = announced_controls(kiosk)
        unnamed = [(role, item.objectName()) for item, role, name in controls if not name]
        assert unnamed == [], (screen, unnamed)
        assert len(controls) >= 4, screen  # the walk reached the page and the nav bar
        announced = {item for item, _, _ in controls}
        for item in kiosk.visible_items_named(lambda name: True):
            if any(child.inherits("QQuickTapHandler") for child in item.children()):
                control = item  # the tappable item, or the card or tile it is the face of
                while control is not None and control not in announced:
                    control = control.parentItem()
                assert control is not None, (screen, item.objectName() or item)
        if screen == "viewer":
            names = {name for _, _, name in controls}
            assert kiosk.item("viewerClose").property("text") in names
        if screen == "artisan":
            assert kiosk.item("artisanDistrict") in announced
