"""The staff panel driven by taps on the real QML: the hidden gesture, the PIN pad (right,
wrong, a lockout across a restart), each screen's action, closing (by hand and after the
panel's own timeout), and the exit codes of Restart and Leave.

One kiosk serves the module (over a copy of the bundled catalogue, with its own state
folder); the tests run in file order and each leaves the panel closed. The gesture's long
press and the panel's 2-minute timeout are shortened (StaffPanel.set_timings).
"""

import logging
import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest

from kiosk.catalog.export import export_catalogue
from kiosk.catalog.store import load_catalog
from kiosk.exit_codes import LEAVE_KIOSK_EXIT_CODE, RESTART_EXIT_CODE
from kiosk.paths import BUNDLED_CATALOG, BUNDLED_MEDIA
from kiosk.state.db import open_state, staff_log
from kiosk.state.overrides import read_overrides
from kiosk.state.pin import LOCKOUT_S, set_pin
from kiosk.state.stats import read_counts
from kiosk.ui.app import start_kiosk
from tests.ui.driver import Visitor

PIN = "4829"  # four digits: fewer taps
HOLD_MS = 500  # the gesture's long press, shortened from 3 s (a busy machine needs the margin)
CORNER = 20  # px from the screen's corner: inside the gesture's corners
SIZE = QSize(1080, 1920)


def copy_catalogue(folder: Path) -> Path:
    """A copy of the bundled catalogue that an install may replace (photos hard-linked)."""
    from sqlite_utils import Database

    folder.mkdir()
    path = folder / "catalog.db"
    shutil.copy(BUNDLED_CATALOG, path)
    shutil.copytree(BUNDLED_MEDIA, folder / "media", copy_function=os.link)
    db = Database(path)
    db["catalog_info"].upsert({"key": "media_dir", "value": "media"}, pk="key")
    db.close()
    return path


def started(catalog_path: Path, state: Path) -> tuple[Visitor, list[str]]:
    kiosk = start_kiosk(load_catalog(catalog_path), SIZE, state_dir=state)
    warnings: list[str] = []
    kiosk.engine.warnings.connect(lambda errors: warnings.extend(e.toString() for e in errors))
    kiosk.staff.set_timings(hold_ms=HOLD_MS)
    assert QTest.qWaitForWindowExposed(kiosk.window)
    return Visitor(kiosk, None), warnings


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("staff-screens")


@pytest.fixture(scope="module")
def kiosk(qapp, place):
    visitor, warnings = started(copy_catalogue(place / "catalogue"), place / "state")
    yield visitor
    visitor.kiosk.close()
    assert warnings == []


@pytest.fixture(scope="module")
def pin(kiosk, place):
    set_pin(open_state(place / "state"), PIN)
    return PIN


def gesture(kiosk: Visitor, hold_ms: int = HOLD_MS + 200, taps: int = 3) -> None:
    """A long press on the top-left corner, then taps on the top-right corner."""
    window = kiosk.window
    left, right = QPoint(CORNER, CORNER), QPoint(window.width() - CORNER, CORNER)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, left)
    QTest.qWait(hold_ms)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, left)
    for _ in range(taps):
        kiosk.tap_at(right)
    kiosk.settle()


def reset(kiosk: Visitor) -> None:
    """The visitor's idle reset; then the attract loop fades in (a tap before its first
    frame would reach the page beneath)."""
    kiosk.controller.resetToAttract()
    wait_until(kiosk, lambda: kiosk.visible_items("attract"))


def type_pin(kiosk: Visitor, pin: str) -> None:
    for digit in pin:
        kiosk.tap(f"pin-{digit}")
    kiosk.tap("pin-ok")


def unlock(kiosk: Visitor) -> None:
    gesture(kiosk)
    type_pin(kiosk, PIN)
    assert kiosk.kiosk.staff.unlocked
    assert kiosk.item("staffMenuPage")


def close(kiosk: Visitor) -> None:
    kiosk.tap("staffClose")
    assert not kiosk.visible_items("staffOverlay")


def visits(place: Path, kiosk: Visitor) -> int:
    kiosk.kiosk.stats.flush()
    return sum(c.count for c in read_counts(open_state(place / "state")) if c.metric == "visits")


def test_without_a_pin_the_gesture_shows_nothing_and_the_log_says_how(kiosk, caplog):
    with caplog.at_level(logging.WARNING):
        gesture(kiosk)
    assert not kiosk.visible_items("staffOverlay")
    assert "no staff PIN is set" in caplog.text and "set-pin" in caplog.text
    assert kiosk.controller.attract  # the corner's touches did not wake the kiosk


def test_touches_a_visitor_makes_are_not_the_gesture(kiosk, pin):
    for _ in range(3):  # the taps alone: the first wakes the kiosk, as anywhere
        kiosk.tap_at(QPoint(kiosk.window.width() - CORNER, CORNER))
    assert not kiosk.controller.attract
    reset(kiosk)
    kiosk.kiosk.staff.set_timings(hold_ms=3000)  # the real hold: 20 ms is short, whatever the load
    try:
        gesture(kiosk, hold_ms=20)  # a short press, then the taps
    finally:
        kiosk.kiosk.staff.set_timings(hold_ms=HOLD_MS)
    assert not kiosk.visible_items("staffOverlay")
    gesture(kiosk, taps=2)  # the long press, then too few taps
    assert not kiosk.visible_items("staffOverlay")
    assert not kiosk.kiosk.staff.pinPad
    reset(kiosk)


def test_the_gesture_and_the_pin_pad_open_the_panel(kiosk, pin, place):
    before = visits(place, kiosk)
    kiosk.wake()  # a visitor browsing, who has gone: the panel starts on a clean attract loop
    assert not kiosk.controller.attract
    assert visits(place, kiosk) == before + 1
    kiosk.controller.openCrafts()
    gesture(kiosk)
    assert kiosk.item("staffPinPage")
    assert kiosk.controller.attract and kiosk.controller.history == ["home"]
    assert not kiosk.controller.idle.countingDown
    for digit in "1111":
        kiosk.tap(f"pin-{digit}")
    assert len(kiosk.item("pinDots").childItems()) == 5  # 4 dots and the Repeater
    kiosk.tap("pin-ok")
    assert kiosk.item("pinMessage").property("text") == "Wrong PIN. Try again."
    assert not kiosk.visible_items("staffMenuPage")  # nothing of the panel without the PIN
    kiosk.tap("pin-1")
    kiosk.tap("pin-delete")  # a slip of the finger, taken back
    type_pin(kiosk, PIN)
    assert kiosk.item("staffMenuPage")
    # the visitor's idle watcher is stopped under the panel: no countdown, no reset
    assert not kiosk.controller.idle._quiet.isActive() and not kiosk.controller.idle.countingDown
    close(kiosk)
    assert visits(place, kiosk) == before + 1  # the visitor's visit; the staff's touches none


def test_products_hide_feature_and_undo(kiosk, pin, place):
    state = open_state(place / "state")
    unlock(kiosk)
    kiosk.tap("staff-products")
    first = kiosk.kiosk.staff.products[0]["productId"]
    row = f"staffProduct-{first}"
    kiosk.tap("hide", within=row)
    assert first not in kiosk.controller.current_catalog().products  # gone from the kiosk
    kiosk.tap("feature", within=row)
    assert read_overrides(state)[first].hidden and read_overrides(state)[first].featured
    assert [(e["via"], e["action"], e["detail"]) for e in staff_log(state)][-2:] == [
        ("staff panel", "hide", first),
        ("staff panel", "feature", first),
    ]
    kiosk.tap("hide", within=row)  # Show
    assert first in kiosk.controller.current_catalog().products
    assert kiosk.controller.current_catalog().products[first].featured
    second = kiosk.kiosk.staff.products[1]["productId"]
    kiosk.tap("hide", within=f"staffProduct-{second}")
    kiosk.tap("staffChangedProducts")  # the overrides, listed
    assert [r["productId"] for r in kiosk.kiosk.staff.overrideRows] == sorted([first, second])
    kiosk.tap("undo", within=f"staffProduct-{second}")
    assert set(read_overrides(state)) == {first}
    kiosk.tap("staffClearOverrides")
    assert read_overrides(state) == {}
    assert staff_log(state)[-1] == {**staff_log(state)[-1], "via": "staff panel", "action": "clear"}
    kiosk.tap("staffAllProducts")
    for key in ("key-s", "key-i", "key-l", "key-k"):  # the kiosk's keyboard finds products
        kiosk.tap(key, within="staffKeyboard")
    found = [p["productId"] for p in kiosk.kiosk.staff.products]
    assert found == kiosk.controller.current_catalog().search("silk")
    assert kiosk.item("staffQuery").property("text") == "Search: silk"
    close(kiosk)


def test_idle_timeout(kiosk, pin, place):
    unlock(kiosk)
    kiosk.tap("staff-timeout")
    assert kiosk.item("staffIdleValue").property("text") == "90 seconds"
    kiosk.tap("idle-120")
    assert kiosk.item("staffIdleValue").property("text") == "120 seconds"
    assert kiosk.item("staffIdleSource").property("text").startswith("Set in this panel")
    close(kiosk)  # the visitor's idle watcher now waits 120 s
    kiosk.wake()
    assert kiosk.controller.idle._quiet.interval() == 120_000
    reset(kiosk)
    assert staff_log(open_state(place / "state"))[-1]["detail"] == "idle_timeout_s=120"
    unlock(kiosk)
    kiosk.tap("staff-timeout")
    kiosk.tap("staffIdleClear")
    assert kiosk.item("staffIdleValue").property("text") == "90 seconds"
    assert kiosk.controller.current_catalog().settings["idle_timeout_s"] == 90
    close(kiosk)


def test_install_from_a_stick_after_a_dry_run(kiosk, pin, place):
    catalogue = place / "catalogue" / "catalog.db"
    root = place / "media" / "odop-usb"
    stick = root / "sdb1"
    stick.mkdir(parents=True)
    table = place / "mounts"
    table.write_text(f"/dev/sdb1 {stick} vfat ro,noexec 0 0\n", encoding="utf-8")
    folder = place / "install"
    folder.mkdir()
    kiosk.kiosk.staff.use_folders(folder, root, table)
    # On the stick: the catalogue's products but three; a note; a sheet with a misspelt column.
    export_catalogue(catalogue, stick / "products.csv")
    lines = (stick / "products.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = 4
    (stick / "products.csv").write_text("".join(lines[: kept + 1]), encoding="utf-8")
    (stick / "notes.txt").write_text("from the office\n", encoding="utf-8")
    (folder / "broken.csv").write_text(lines[0].replace("name_en", "name_english"), "utf-8")
    before = catalogue.read_bytes()

    unlock(kiosk)
    kiosk.tap("staff-install")
    assert [f["name"] for f in kiosk.kiosk.staff.offered] == [
        "notes.txt",
        "products.csv",
        "broken.csv",
    ]
    kiosk.tap("offered-notes.txt")
    headline = kiosk.item("staffReportHeadline").property("text")
    assert headline.startswith("notes.txt is not a catalogue: the kiosk installs bundles")
    assert not kiosk.visible_items("staffInstall")
    kiosk.tap("offered-broken.csv")
    wait_until(kiosk, lambda: kiosk.kiosk.staff.report.get("outcome"))
    assert kiosk.item("staffReportHeadline").property("text").startswith("broken.csv was refused")
    assert any("name_english" in text for text in kiosk.texts())
    assert not kiosk.visible_items("staffInstall")
    kiosk.tap("offered-products.csv")
    wait_until(kiosk, lambda: kiosk.kiosk.staff.report.get("outcome"))
    assert kiosk.item("staffReportHeadline").property("text") == "products.csv can be installed."
    removed = len(load_catalog(catalogue).products) - kept
    assert f"products: 0 added, 0 changed, {removed} removed" in kiosk.texts()
    assert catalogue.read_bytes() == before  # the dry run changed nothing
    kiosk.tap("staffInstall")  # the confirm tap
    wait_until(kiosk, lambda: kiosk.kiosk.staff.report.get("installed"))
    assert kiosk.item("staffReportHeadline").property("text") == "Installed products.csv."
    # the running kiosk's live reload shows the new catalogue
    wait_until(kiosk, lambda: len(kiosk.controller.current_catalog().products) == kept)
    close(kiosk)


def test_doctor_one_line_per_check(kiosk, pin):
    unlock(kiosk)
    kiosk.tap("staff-doctor")
    assert kiosk.kiosk.staff.doctorLines == []  # it runs when asked: it takes seconds
    kiosk.tap("staffDoctorRun")
    wait_until(kiosk, lambda: kiosk.kiosk.staff.doctorLines, timeout_s=60)
    lines = kiosk.kiosk.staff.doctorLines
    names = [line["name"] for line in lines]
    assert names[:3] == ["integrity", "foreign keys", "schema version"]
    assert names[-3:] == ["fonts en", "fonts hi", "fonts ja"]
    shown = kiosk.texts()
    assert "integrity: ok" in shown
    assert kiosk.visible_items(f"doctor-{names[0]}")
    close(kiosk)


def test_statistics_of_the_day_as_charts(kiosk, pin, place):
    product = next(iter(kiosk.controller.current_catalog().products.values()))
    kiosk.wake()
    kiosk.controller.openProduct(product.id)
    reset(kiosk)
    unlock(kiosk)
    kiosk.tap("staff-stats")
    counted = visits(place, kiosk)
    assert counted >= 2
    assert kiosk.item("staffVisits").property("text").startswith(f"{counted} visits today")
    charts = {c["chart"]: c["bars"] for c in kiosk.kiosk.staff.charts}
    assert {"label": product.name["en"], "value": 1} in charts["products"]
    assert kiosk.visible_items("chart-products") and product.name["en"] in kiosk.texts()
    close(kiosk)


def test_the_panel_closes_itself_after_its_timeout(kiosk, pin):
    unlock(kiosk)
    kiosk.kiosk.staff.set_timings(close_ms=1500)  # from now on, 1.5 s instead of 2 min
    try:
        kiosk.controller.setLanguage("ja")
        kiosk.tap("staff-leave")
        kiosk.tap_at(QPoint(kiosk.window.width() // 2, kiosk.window.height() - 100))
        assert kiosk.kiosk.staff.unlocked  # a touch keeps it open
        wait_until(kiosk, lambda: not kiosk.kiosk.staff.unlocked, timeout_s=10)
    finally:
        kiosk.kiosk.staff.set_timings(close_ms=120_000)
    kiosk.settle()
    assert not kiosk.visible_items("staffOverlay")
    # back on the attract loop, clean: English, Home, nothing of the panel
    assert kiosk.controller.attract and kiosk.controller.language == "en"
    assert kiosk.controller.history == ["home"]


def test_close_restart_and_leave(kiosk, pin, qtbot):
    exits: list[int] = []
    kiosk.kiosk.staff.exitRequested.connect(exits.append)
    unlock(kiosk)
    kiosk.tap("staff-leave")
    kiosk.tap("staffLeaveClose")
    assert not kiosk.visible_items("staffOverlay") and exits == []
    unlock(kiosk)
    kiosk.tap("staff-leave")
    kiosk.tap("staffRestart")
    assert exits == [RESTART_EXIT_CODE] == [0]
    kiosk.kiosk.staff.close()
    unlock(kiosk)
    kiosk.tap("staff-leave")
    kiosk.tap("staffLeave")
    assert kiosk.item("staffPinPage")  # the PIN again
    assert kiosk.item("pinMessage").property("text").startswith("Enter the staff PIN again")
    type_pin(kiosk, "0000")
    assert exits == [0]
    type_pin(kiosk, PIN)
    assert exits == [0, LEAVE_KIOSK_EXIT_CODE] == [0, 4]
    kiosk.kiosk.staff.close()
    kiosk.settle()


def test_a_lockout_holds_across_a_restart(qapp, tmp_path):
    state = tmp_path / "state"
    set_pin(open_state(state), PIN)
    first, warnings = started(BUNDLED_CATALOG, state)
    try:
        gesture(first)
        for wrong in ("1111", "2222", "3333"):
            type_pin(first, wrong)
        assert first.item("pinMessage").property("text") == "Wrong PIN. Try again in 0:05."
        assert not first.item("pin-1").isEnabled()  # the keys wait too
        # Six more wrong tries, waited out, as the state file has them after a morning of
        # guesses: the tenth wrong PIN locks the pad for 15 minutes.
        db = open_state(state)
        db.execute("UPDATE pin_failures SET failures = 9, failed_at = failed_at - 10000")
        first.kiosk.staff.refreshWait()
        first.settle()
        type_pin(first, "4444")
        assert first.item("pinMessage").property("text") == "Wrong PIN. Try again in 15:00."
    finally:
        first.kiosk.close()
    assert warnings == []

    second, warnings = started(BUNDLED_CATALOG, state)  # the kiosk restarted
    try:
        gesture(second)
        wait_s = second.kiosk.staff.waitSeconds
        assert LOCKOUT_S - 30 < wait_s <= LOCKOUT_S
        assert second.item("pinMessage").property("text").startswith("Wrong PIN. Try again in 1")
        type_pin_anyway(second, PIN)
        assert not second.kiosk.staff.unlocked  # the right PIN is not even looked at
    finally:
        second.kiosk.close()
    assert warnings == []


def type_pin_anyway(kiosk: Visitor, pin: str) -> None:
    """Taps on the keys of a waiting pad (which ignore them)."""
    for key in [*pin, "ok"]:
        kiosk.tap(f"pin-{key}")


def wait_until(kiosk: Visitor, condition, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QTest.qWait(50)
    kiosk.settle()
