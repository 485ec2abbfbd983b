"""The staff panel's state, called directly (tests/ui/test_staff_screens.py drives its
screens by taps): the gesture opens the PIN pad only where a PIN is set, wrong PINs wait,
and an unlocked panel hides and features products here at once, logged as the staff
panel's."""

import logging

import pytest

from kiosk.state.db import open_state, staff_log
from kiosk.state.pin import set_pin


@pytest.fixture
def running(qapp, qtbot, catalog, window_size, tmp_path):
    from kiosk.ui.app import start_kiosk

    kiosk = start_kiosk(catalog, window_size, state_dir=tmp_path / "state")
    yield kiosk
    kiosk.close()


def test_without_a_pin_the_gesture_does_nothing_but_say_how_to_set_one(running, caplog):
    with caplog.at_level(logging.WARNING):
        running.staff.requestAccess()
    assert not running.staff.pinPad and not running.staff.unlocked
    assert "kiosk-admin --state" in caplog.text and "set-pin" in caplog.text


def test_wrong_pins_wait_and_the_right_one_opens_the_panel(running, tmp_path):
    set_pin(open_state(tmp_path / "state"), "482913")
    staff = running.staff
    staff.enterPin("482913")
    assert not staff.unlocked  # no PIN pad asked for: nothing happens
    staff.requestAccess()
    assert staff.pinPad
    staff.enterPin("000000")
    staff.enterPin("000001")
    assert staff.message == "Wrong PIN." and staff.waitSeconds == 0
    staff.enterPin("000002")
    assert staff.waitSeconds == 5 and "Try again in 5 s" in staff.message
    staff.enterPin("482913")  # during the wait even the right PIN is not looked at
    assert not staff.unlocked
    staff.lock()
    staff.requestAccess()
    assert staff.waitSeconds >= 4  # closing the pad does not end the wait


def test_an_unlocked_panel_hides_a_product_at_once_and_logs_it(running, tmp_path, catalog):
    state = open_state(tmp_path / "state")
    set_pin(state, "482913")
    staff = running.staff
    product = catalog.featured()[0]
    assert not staff.setHidden(product.id, True)  # locked: refused
    staff.requestAccess()
    staff.enterPin("482913")
    assert staff.unlocked
    assert staff.setHidden(product.id, True)
    assert product.id not in featured_ids(running)
    assert staff.setFeatured(product.id, False)
    assert [(e["via"], e["action"]) for e in staff_log(state)][-2:] == [
        ("staff panel", "hide"),
        ("staff panel", "unfeature"),
    ]
    assert staff.todayLines[0].endswith("0 visits, average 0 s")
    running.idle.timedOut.emit()  # the idle reset locks the panel
    assert not staff.unlocked


def featured_ids(kiosk) -> list[str]:
    model = kiosk.controller.featured
    role = next(r for r, name in model.roleNames().items() if bytes(name) == b"productId")
    return [model.data(model.index(row, 0), role) for row in range(model.rowCount())]
