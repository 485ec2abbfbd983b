"""Catalogue text is shown exactly as typed: never read as markup, never loading anything."""

import pytest
from sqlite_utils import Database

from kiosk.catalog.store import load_catalog

MARKUP = '<b>Bold</b> <img src="file:///etc/hostname"> &amp; <a href="x">link</a>'


@pytest.fixture
def kiosk_catalog(tmp_catalog):
    db = Database(tmp_catalog)
    first = db.execute("SELECT id FROM products ORDER BY position LIMIT 1").fetchone()[0]
    db["products"].update(first, {"name_en": MARKUP, "description_en": MARKUP})
    db.close()
    return load_catalog(tmp_catalog)


def test_markup_in_catalogue_text_is_shown_literally(kiosk, kiosk_catalog):
    product = next(iter(kiosk_catalog.products.values()))
    assert product.name["en"] == MARKUP
    kiosk.wake()
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    text = kiosk.item("productDescription")
    assert text.property("text") == MARKUP
    shown_width = text.property("implicitWidth")
    # Drawn as plain text the tags take room; read as markup only "Bold & link" would show.
    text.setProperty("text", "Bold  & link")
    assert shown_width > 3 * text.property("implicitWidth")
