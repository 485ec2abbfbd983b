"""A photo file that has gone missing never leaves a blank frame or a QML warning."""

import pytest
from sqlite_utils import Database

from kiosk.catalog.store import load_catalog


@pytest.fixture
def bare_product(tmp_catalog):
    """Every product's first photo file is gone, and all of this product's photos."""
    db = Database(tmp_catalog)
    product_id = db.execute("SELECT id FROM products ORDER BY position LIMIT 1").fetchone()[0]
    db.execute(
        "UPDATE media SET display = 'display/gone.jpg' WHERE position = 1 OR product = ?",
        [product_id],
    )
    db.close()
    return product_id


@pytest.fixture
def kiosk_catalog(tmp_catalog, bare_product):
    return load_catalog(tmp_catalog)


def test_missing_photos_are_left_out_and_logged(tmp_catalog, bare_product, caplog):
    catalog = load_catalog(tmp_catalog)
    assert "display/gone.jpg" in caplog.text and "missing" in caplog.text
    assert catalog.products[bare_product].photos == ()
    for product in catalog.products.values():
        assert all(photo.display.is_file() for photo in product.photos)


def test_products_with_missing_photos_still_show(kiosk, kiosk_catalog, bare_product):
    kiosk.wake()
    kiosk.tap("tile-featured")
    other = next(p for p in kiosk_catalog.products.values() if p.photos)
    kiosk.controller.openProduct(other.id)
    kiosk.settle()
    assert kiosk.visible_items("photo")
    kiosk.controller.back()
    kiosk.settle()
    kiosk.controller.openProduct(bare_product)
    kiosk.settle()
    assert (
        kiosk.item("productName").property("text")
        == kiosk_catalog.products[bare_product].name["en"]
    )
    assert kiosk.visible_items("noPhoto")
