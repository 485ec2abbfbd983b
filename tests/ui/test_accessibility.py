"""Everything a visitor can tap is announced to assistive technology as a button with a
name, and its press action does what a tap does."""

from PySide6.QtGui import QAccessible, QAccessibleActionInterface


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
