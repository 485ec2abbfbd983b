"""Local overrides: hidden and featured on this kiosk, over any catalogue installed."""

from kiosk.catalog.store import load_catalog
from kiosk.state import overrides
from kiosk.state.db import open_state, staff_log
from kiosk.state.overrides import apply_overrides, read_overrides
from tests.admin_runner import kiosk_admin


def test_hidden_products_vanish_and_featured_flags_change(tmp_path, catalog):
    db = open_state(tmp_path)
    hidden = catalog.featured()[0]
    plain = next(p for p in catalog.products.values() if not p.featured)
    overrides.hide(db, hidden.id, "test")
    overrides.feature(db, plain.id, "test")
    shown = apply_overrides(catalog, read_overrides(db))
    assert hidden.id not in shown.products
    assert hidden not in shown.featured()
    assert hidden.id not in [p.id for p in shown.products_of_craft(hidden.craft)]
    assert hidden.id not in [p.id for p in shown.products_of_district(hidden.district)]
    assert shown.products[plain.id].featured and plain.id in [p.id for p in shown.featured()]
    assert len(shown.products) == len(catalog.products) - 1
    assert catalog.products[hidden.id] is hidden  # the catalogue snapshot itself is untouched


def test_a_new_catalogue_does_not_undo_them(tmp_catalog, tmp_path):
    state = open_state(tmp_path / "state")
    catalog = load_catalog(tmp_catalog)
    product = next(iter(catalog.products))
    overrides.hide(state, product, "test")
    bundle = tmp_path / "bundle.zip"
    assert kiosk_admin("--db", tmp_catalog, "bundle", bundle).returncode == 0
    assert kiosk_admin("--db", tmp_catalog, "import", bundle, "--force").returncode == 0
    assert product not in apply_overrides(load_catalog(tmp_catalog), read_overrides(state)).products


def test_the_command_lists_sets_and_clears_them_and_logs_each_change(tmp_path, catalog):
    product = next(iter(catalog.products))
    state = ["--state", tmp_path]
    assert kiosk_admin(*state, "overrides", "hide", product).returncode == 0
    listed = kiosk_admin(*state, "overrides")
    assert listed.stdout.startswith(f"{product}\thidden\t-\t")
    assert kiosk_admin(*state, "overrides", "unfeature", product).returncode == 0
    assert "\thidden\tnot featured\t" in kiosk_admin(*state, "overrides", "list").stdout
    cleared = kiosk_admin(*state, "overrides", "clear")
    assert cleared.stdout == "cleared 1 override(s)\n"
    assert kiosk_admin(*state, "overrides").stdout == ""
    log = staff_log(open_state(tmp_path))
    assert [(e["via"], e["action"], e["detail"]) for e in log] == [
        ("kiosk-admin", "hide", product),
        ("kiosk-admin", "unfeature", product),
        ("kiosk-admin", "clear", product),
    ]
    history = kiosk_admin(*state, "history").stdout
    assert f"kiosk-admin\thide {product}" in history


def test_an_unknown_product_is_refused(tmp_path):
    result = kiosk_admin("--state", tmp_path, "overrides", "hide", "no-such-product")
    assert result.returncode == 1
    assert "no product 'no-such-product'" in result.stderr
    assert read_overrides(open_state(tmp_path)) == {}


def test_the_panels_idle_timeout_wins_until_cleared_and_config_says_so(tmp_path, catalog):
    state = tmp_path / "state"
    db = open_state(state)
    overrides.set_setting(db, "idle_timeout_s", 240, "staff panel")
    shown = apply_overrides(catalog, {}, overrides.read_setting_overrides(db))
    assert shown.settings["idle_timeout_s"] == 240
    assert shown.setting_sources["idle_timeout_s"] == overrides.PANEL_SOURCE
    result = kiosk_admin("--state", state, "config", "--get", "idle_timeout_s")
    assert result.stdout == "240\n", result.stderr
    config = kiosk_admin("--state", state, "config").stdout
    assert f"staff panel (the kiosk's state) {state}" in config
    try:
        overrides.set_setting(db, "idle_timeout_s", 5, "staff panel")  # below its minimum
    except ValueError as error:
        assert "at least 10" in str(error)
    else:
        raise AssertionError("5 s was accepted")
    assert kiosk_admin("--state", state, "overrides", "clear").stdout == "cleared 1 override(s)\n"
    assert overrides.read_setting_overrides(db) == {}
    assert kiosk_admin("--state", state, "config", "--get", "idle_timeout_s").stdout == "90\n"
    assert [e["detail"] for e in staff_log(db)] == [
        "idle_timeout_s=240",
        "idle_timeout_s=(cleared)",
    ]
