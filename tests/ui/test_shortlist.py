"""The visitor's shortlist: collected on product pages, shown with one enquiry code for all
of its products, reachable from Home and every product page, forgotten at idle reset."""

import pytest
from PySide6.QtCore import QPointF, QSize

from kiosk.catalog.product_codes import SHORTLIST_LIMIT
from kiosk.languages import localized
from kiosk.qr.codes import MAX_VERSION, qr_matrix
from tests.site.site_kit import SiteVisitor
from tests.ui.test_product_qr import decoded_codes


def shortlisted_names(kiosk) -> list[str]:
    rows = kiosk.visible_items_named(
        lambda name: name.startswith("shortlisted-"), within="shortlistList"
    )
    rows.sort(key=lambda row: row.mapToScene(QPointF(0, 0)).y())
    return [row.property("name") for row in rows]


def add_on_product_page(kiosk, product_id: str) -> None:
    kiosk.controller.openProduct(product_id)
    kiosk.settle()
    kiosk.tap("shortlist-toggle")


def test_a_visitor_collects_products_and_takes_them_away_in_one_code(kiosk, catalog, site_server):
    chosen = [p.id for p in catalog.featured()[:3]]
    kiosk.wake()
    for product_id in chosen:
        add_on_product_page(kiosk, product_id)
        assert kiosk.item("shortlist-toggle").property("checked")
    kiosk.tap("home")
    assert "3 products saved: take them with you in one QR code" in kiosk.texts()
    kiosk.tap("tile-shortlist")
    assert kiosk.page().objectName() == "shortlistPage"
    assert shortlisted_names(kiosk) == [catalog.products[pid].name["en"] for pid in chosen]
    codes = decoded_codes(kiosk)
    assert codes == {catalog.enquiry_link(chosen, "en")}
    assert SiteVisitor(site_server).products_named(codes.pop()) == {
        pid: catalog.products[pid].name["en"] for pid in chosen
    }


def test_a_tap_on_the_button_again_takes_the_product_off(kiosk, catalog):
    product = catalog.featured()[0]
    kiosk.wake()
    add_on_product_page(kiosk, product.id)
    # The number the shortlist's link carries is on the page, as on the printed label.
    assert kiosk.item("productCode").property("text") == f"Product no. {product.code}"
    kiosk.tap("shortlist-toggle")
    assert not kiosk.item("shortlist-toggle").property("checked")
    assert kiosk.controller.shortlistIds == []


def test_removing_rows_on_the_shortlist_page_down_to_empty(kiosk, catalog):
    first, second = (p.id for p in catalog.featured()[:2])
    kiosk.wake()
    add_on_product_page(kiosk, first)
    add_on_product_page(kiosk, second)
    kiosk.tap("shortlist-view")
    kiosk.tap("remove", within=f"shortlisted-{first}")
    assert shortlisted_names(kiosk) == [catalog.products[second].name["en"]]
    assert decoded_codes(kiosk) == {catalog.enquiry_link([second], "en")}
    kiosk.tap("remove", within=f"shortlisted-{second}")
    assert not decoded_codes(kiosk)
    assert "Your shortlist is empty" in kiosk.texts()
    kiosk.tap("shortlist-browse")
    assert kiosk.page().objectName() == "galleryPage"


def test_from_the_shortlist_to_a_product_and_back_without_piling_up_pages(kiosk, catalog):
    product = catalog.featured()[1]
    kiosk.wake()
    add_on_product_page(kiosk, product.id)
    kiosk.tap("shortlist-view")
    depth = kiosk.controller.depth
    kiosk.tap(f"shortlisted-{product.id}")
    assert kiosk.page().objectName() == "productPage"
    assert kiosk.item("productName").property("text") == product.name["en"]
    kiosk.tap("shortlist-view")
    assert kiosk.page().objectName() == "shortlistPage"
    assert kiosk.controller.depth == depth


def test_a_full_shortlist_takes_no_more_and_its_code_still_fits(kiosk, catalog, site_server):
    products = list(catalog.products.values())
    longest = sorted(products, key=lambda p: -len(p.code))[:SHORTLIST_LIMIT]
    kiosk.wake()
    for product in longest:
        kiosk.controller.addToShortlist(product.id)
    extra = next(p for p in products if p not in longest)
    kiosk.controller.openProduct(extra.id)
    kiosk.settle()
    toggle = kiosk.item("shortlist-toggle")
    assert not toggle.property("enabled")
    assert "Shortlist full" in toggle.property("text")
    kiosk.tap("shortlist-toggle")
    assert extra.id not in kiosk.controller.shortlistIds
    assert len(kiosk.controller.shortlistIds) == SHORTLIST_LIMIT

    kiosk.controller.openShortlist()
    kiosk.settle()
    link = catalog.enquiry_link([p.id for p in longest], "en")
    assert (len(qr_matrix(link)) - 8 - 17) // 4 <= MAX_VERSION
    assert decoded_codes(kiosk) == {link}
    image = kiosk.item("qrImage", within="qr-shortlist")
    assert image.width() // len(qr_matrix(link)) >= 6 and image.property("smooth") is False
    assert set(SiteVisitor(site_server).products_named(link)) == {p.id for p in longest}


@pytest.mark.parametrize("window_size", [QSize(1920, 1080)], ids=["landscape"], indirect=True)
def test_switching_language_keeps_the_shortlist_and_relabels_its_code(kiosk, catalog):
    chosen = [p.id for p in catalog.featured()[:4]]
    kiosk.wake()
    for product_id in chosen:
        kiosk.controller.addToShortlist(product_id)
    kiosk.tap("tile-shortlist")
    kiosk.tap("language-ja")
    assert shortlisted_names(kiosk) == [localized(catalog.products[p].name, "ja") for p in chosen]
    assert decoded_codes(kiosk) == {catalog.enquiry_link(chosen, "ja")}
    for name in ("shortlistList", "shortlistPanel"):  # side by side, both on screen
        item = kiosk.item(name)
        assert item.width() > 0 and item.height() > 0
        corner = item.mapToScene(item.boundingRect().bottomRight())
        assert corner.x() <= 1920 and corner.y() <= 1080 - kiosk.item("navBar").height()


def test_idle_reset_forgets_the_shortlist(kiosk, catalog):
    kiosk.wake()
    add_on_product_page(kiosk, catalog.featured()[0].id)
    kiosk.kiosk.idle.configure(idle_s=1, countdown_s=1)
    kiosk.kiosk.idle.poke()
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.attract, timeout=6000)
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.visible_items("attract")))  # a while later...
    kiosk.wake()  # ... the next visitor
    kiosk.qtbot.waitUntil(lambda: not kiosk.visible_items("attract"))
    assert kiosk.controller.shortlistIds == []
    assert "Collect products and take them with you in one QR code" in kiosk.texts()
    kiosk.tap("tile-shortlist")
    assert "Your shortlist is empty" in kiosk.texts()
