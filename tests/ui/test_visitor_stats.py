"""A visitor's session, driven with taps on the real QML, appears exactly in
`kiosk-admin stats --csv`; the visit's length leaves out the idle wait."""

import csv
import time
from collections import Counter

import pytest

from kiosk.catalog.contact_card import product_card
from kiosk.state.db import kiosk_id, open_state
from kiosk.state.overrides import hide
from tests.admin_runner import kiosk_admin


@pytest.fixture
def kiosk_state(tmp_path):
    return tmp_path / "state"


def stats_rows(state, tmp_path) -> list[dict]:
    out = tmp_path / "stats.csv"
    result = kiosk_admin("--state", state, "stats", "--csv", out)
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_visit_appears_exactly_in_the_csv(kiosk, catalog, kiosk_state, tmp_path):
    craft = next(iter(catalog.crafts))
    from_craft = catalog.products_of_craft(craft)[0]
    district = next(d for d in catalog.districts if catalog.products_of_district(d))
    from_district = catalog.products_of_district(district)[0]

    woke = time.monotonic()
    kiosk.tap("language-hi", within="attract")  # wakes the kiosk straight into Hindi
    assert not kiosk.controller.attract
    kiosk.tap("tile-crafts")
    kiosk.tap(f"craft-{craft}")
    kiosk.tap(f"product-{from_craft.id}")
    kiosk.tap("shortlist-toggle")
    kiosk.tap("home")
    kiosk.tap("language-ja", within="navBar")
    kiosk.tap("tile-districts")
    kiosk.tap("districts-list")
    kiosk.tap(f"district-{district}")
    kiosk.tap(f"product-{from_district.id}")
    kiosk.tap("home")
    kiosk.tap("tile-shortlist")
    last_touch = time.monotonic()
    kiosk.kiosk.idle.configure(idle_s=3, countdown_s=2)
    kiosk.qtbot.waitUntil(lambda: kiosk.controller.attract, timeout=10_000)
    reset = time.monotonic()
    kiosk.kiosk.stats.flush()

    rows = stats_rows(kiosk_state, tmp_path)
    got = Counter({(r["metric"], r["key"]): int(r["count"]) for r in rows})
    seconds = got.pop(("visit_seconds", ""))
    expected = Counter(
        {
            ("visits", ""): 1,
            ("language", "hi"): 1,
            ("language", "ja"): 1,
            ("page", "crafts"): 1,
            ("page", "gallery-craft"): 1,
            ("page", "map"): 1,
            ("page", "districts"): 1,
            ("page", "gallery-district"): 1,
            ("page", "product"): 2,
            ("page", "shortlist"): 1,
            ("craft_page", craft): 1,
            ("district_page", district): 1,
            ("qr", "shortlist"): 1,
            ("shortlist_size", "1"): 1,
        }
    )
    # views of a craft or district: its gallery plus the product pages of it
    expected[("craft", craft)] += 1
    expected[("district", district)] += 1
    for product, language in ((from_craft, "hi"), (from_district, "ja")):
        expected[("product", product.id)] += 1
        expected[("craft", product.craft)] += 1
        expected[("district", product.district)] += 1
        expected[("qr", "artisan")] += 1
        expected[("qr", "enquiry")] += 1
        if product_card(catalog, product.id, language):
            expected[("qr", "contact")] += 1
    assert got == expected
    assert len({r["hour_utc"] for r in rows}) in (1, 2)  # a visit across the hour's end
    assert {r["kiosk"] for r in rows} == {kiosk_id(open_state(kiosk_state))}
    # The length runs from the waking touch to the last touch, not through the idle wait.
    assert round(last_touch - woke) - 1 <= seconds <= round(last_touch - woke) + 1
    assert reset - woke >= seconds + 4


def test_nothing_is_counted_without_a_state_folder(qapp, qtbot, catalog, window_size):
    from kiosk.ui.app import start_kiosk

    running = start_kiosk(catalog, window_size)
    running.controller.wake()
    running.controller.openCrafts()
    assert not running.stats.enabled
    assert running.stats.flush() == 0
    running.close()


def test_a_hidden_product_is_not_shown(qapp, qtbot, catalog, window_size, tmp_path):
    from kiosk.ui.app import start_kiosk

    hidden = catalog.featured()[0]
    hide(open_state(tmp_path / "state"), hidden.id, "test")
    running = start_kiosk(catalog, window_size, state_dir=tmp_path / "state")
    try:
        assert hidden.id not in [p["productId"] for p in model_rows(running.controller.featured)]
        running.controller.openProduct(hidden.id)
        assert running.controller.page == "home"
        running.controller.openCraft(hidden.craft)
        assert hidden.id not in [p["productId"] for p in model_rows(running.controller.gallery)]
    finally:
        running.close()


def model_rows(model) -> list[dict]:
    names = {role: bytes(name).decode() for role, name in model.roleNames().items()}
    return [
        {name: model.data(model.index(row, 0), role) for role, name in names.items()}
        for row in range(model.rowCount())
    ]


def test_a_product_hidden_by_staff_leaves_the_screen_at_the_next_poll(
    qapp, qtbot, catalog, window_size, tmp_path
):
    from kiosk.ui.app import start_kiosk

    running = start_kiosk(catalog, window_size, state_dir=tmp_path / "state")
    try:
        product = catalog.featured()[0]
        running.controller.wake()
        running.controller.openProduct(product.id)
        assert running.controller.page == "product"
        hide(open_state(tmp_path / "state"), product.id, "kiosk-admin")  # sold out
        running.poll_state()
        assert running.controller.page == "home"
        assert product.id not in [p["productId"] for p in model_rows(running.controller.featured)]
        running.poll_state()  # nothing new: nothing offered
        assert running.controller.page == "home"
    finally:
        running.close()
