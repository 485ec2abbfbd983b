"""The kiosk's state database (state.db: statistics, staff PIN, local overrides) damaged or
locked, at start and under a running kiosk: the kiosk keeps showing, says so in one log line,
and goes on in a fresh state file beside the bad one, or keeps its counts in memory until a
lock is gone. Real files, a real second SQLite connection, the real QML."""

import logging
import os
import sqlite3
import time
from collections import Counter

import pytest
from PySide6.QtCore import QSize

from kiosk.state.db import STATE_FILE, open_state
from kiosk.state.pin import pin_is_set, set_pin
from kiosk.state.stats import add_counts, read_counts

FRESH = "staff PIN must be set again with kiosk-admin set-pin"
LOCKED = "is locked by another program"


def damaged_lines(records) -> list[str]:
    return [
        r.getMessage() for r in records if r.levelno == logging.ERROR and FRESH in r.getMessage()
    ]


def aside_files(state_dir) -> list[str]:
    """The damaged database files moved aside (without their -wal and -shm files)."""
    return sorted(
        p.name
        for p in state_dir.iterdir()
        if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm"))
    )


def make_state(state_dir, rows: int = 2400) -> bytes:
    """A real state file with a PIN and `rows` counters, all in the main file; its bytes."""
    db = open_state(state_dir, "k1")
    set_pin(db, "482916")
    counts = Counter({(f"2026-05-01T{i % 24:02d}:00Z", "product", f"p{i}"): 1 for i in range(rows)})
    add_counts(db, "k1", counts)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return (state_dir / STATE_FILE).read_bytes()


@pytest.fixture
def kiosk_state(request, tmp_path):
    """A state folder whose state.db is garbage, or a real one cut in half."""
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    if request.param == "garbage":
        bad = os.urandom(48 * 1024)
    else:
        bad = make_state(state_dir)
        bad = bad[: len(bad) // 2]
    (state_dir / STATE_FILE).write_bytes(bad)
    request.node.bad_bytes = bad
    return state_dir


@pytest.mark.parametrize("kiosk_state", ["garbage", "truncated"], indirect=True)
def test_a_damaged_state_file_at_start_is_moved_aside_and_the_kiosk_starts(
    kiosk, kiosk_state, request, caplog
):
    lines = damaged_lines(caplog.get_records("setup"))
    assert len(lines) == 1, lines
    [aside] = aside_files(kiosk_state)
    assert str(kiosk_state / STATE_FILE) in lines[0] and str(kiosk_state / aside) in lines[0]
    assert (kiosk_state / aside).read_bytes() == request.node.bad_bytes  # kept as it was
    # the visitor sees the attract loop, as on any start
    assert kiosk.controller.attract and kiosk.visible_items("attract")
    # a fresh state file: counting works, and there is no PIN any more
    fresh = open_state(kiosk_state)
    assert not pin_is_set(fresh)
    kiosk.wake()
    kiosk.kiosk.poll_state()
    assert read_counts(fresh)  # the visit counted in the fresh file
    assert damaged_lines(caplog.records) == []  # said once


@pytest.fixture
def running_state(tmp_path):
    state_dir = tmp_path / "state"
    make_state(state_dir, rows=10)
    return state_dir


def visits(state_dir) -> int:
    db = open_state(state_dir)
    try:
        return sum(c.count for c in read_counts(db) if c.metric == "visits")
    finally:
        db.close()


def test_a_locked_state_file_keeps_the_counts_until_it_is_free(
    qapp, qtbot, catalog, running_state, caplog
):
    from kiosk.ui.app import start_kiosk
    from tests.ui.driver import Visitor

    caplog.set_level(logging.INFO)
    running = start_kiosk(catalog, QSize(1080, 1920), state_dir=running_state, state_poll_ms=60)
    kiosk = Visitor(running, qtbot)
    try:
        qtbot.waitExposed(running.window)
        other = sqlite3.connect(running_state / STATE_FILE, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # e.g. a careless sqlite3 shell of a member of staff
        kiosk.controller.wake()  # a visit starts: counted in memory
        kiosk.controller.resetToAttract()
        started = time.monotonic()
        running.poll_state()
        assert time.monotonic() - started < 1.0  # the GUI thread waited a moment, no more
        qtbot.wait(400)  # several polls from the kiosk's own timer while the lock holds
        locked = [r.getMessage() for r in caplog.records if LOCKED in r.getMessage()]
        assert len(locked) == 1, locked  # one line, not one per poll or per tap
        assert str(running_state / STATE_FILE) in locked[0]
        assert running.stats.pending > 0
        kiosk.tap("language-hi", within="attract")  # the kiosk still answers a touch
        assert not kiosk.controller.attract
        other.execute("ROLLBACK")
        other.close()
        qtbot.waitUntil(lambda: running.stats.pending == 0, timeout=3000)
        assert visits(running_state) == 2  # both visits, kept in memory, now written
        assert any("written again" in r.getMessage() for r in caplog.records)
        assert damaged_lines(caplog.records) == []
    finally:
        running.close()


@pytest.mark.parametrize("how", ["written in place", "renamed over"])
def test_a_state_file_overwritten_under_the_running_kiosk_is_moved_aside(
    qapp, qtbot, catalog, running_state, caplog, how, tmp_path
):
    from kiosk.ui.app import start_kiosk
    from tests.ui.driver import Visitor

    running = start_kiosk(catalog, QSize(1080, 1920), state_dir=running_state, state_poll_ms=60)
    kiosk = Visitor(running, qtbot)
    try:
        qtbot.waitExposed(running.window)
        kiosk.controller.wake()
        garbage = os.urandom(32 * 1024)
        path = running_state / STATE_FILE
        if how == "written in place":
            path.write_bytes(garbage)
        else:
            (tmp_path / "garbage").write_bytes(garbage)
            os.replace(tmp_path / "garbage", path)
        qtbot.waitUntil(lambda: bool(damaged_lines(caplog.records)), timeout=3000)
        qtbot.wait(300)  # more polls: the fresh file is not moved aside again
        lines = damaged_lines(caplog.records)
        assert len(lines) == 1, lines
        [aside] = aside_files(running_state)
        assert str(running_state / aside) in lines[0] and str(path) in lines[0]
        assert (running_state / aside).read_bytes()[: len(garbage)] == garbage
        assert visits(running_state) == 1  # the visit counted before went to the fresh file
        assert not pin_is_set(open_state(running_state))
        kiosk.controller.resetToAttract()
        kiosk.settle()
        assert kiosk.visible_items("attract")
    finally:
        running.close()


def test_the_kiosk_program_moves_a_damaged_state_file_aside_and_shows_its_catalogue(tmp_path):
    """End to end, as systemd starts it: the `kiosk` program with a garbage state.db."""
    from tests.test_kiosk_program import start

    state_dir = tmp_path / "state"
    state_dir.mkdir()
    (state_dir / STATE_FILE).write_bytes(os.urandom(8192))
    log = start(state=state_dir)
    lines = [line for line in log.splitlines() if FRESH in line]
    assert len(lines) == 1, log
    [aside] = aside_files(state_dir)
    assert str(state_dir / aside) in lines[0]
    assert "kiosk showing" in log and "no statistics or staff panel" not in log
    assert "Traceback" not in log and log.rstrip().endswith("exit 0"), log
