"""The running kiosk's hold on its state database (kiosk/state/db.py, LiveState): a damaged
file moved aside beside a fresh one, a lock reported once and its counts kept, bounded."""

import logging
import sqlite3
from datetime import UTC, datetime

from kiosk.state import stats as stats_module
from kiosk.state.db import STATE_FILE, LiveState, move_aside, open_state
from kiosk.state.stats import StatsRecorder, read_counts

LOCKED = "is locked by another program"


def test_move_aside_takes_the_wal_and_shm_files_along_and_never_overwrites(tmp_path):
    path = tmp_path / STATE_FILE
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"{STATE_FILE}{suffix}").write_bytes(suffix.encode() or b"db")
    at = datetime(2026, 5, 1, 12, 0, 5, tzinfo=UTC)
    first = move_aside(path, at)
    assert first.name == "state.db.corrupt-20260501T120005Z"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "state.db.corrupt-20260501T120005Z",
        "state.db.corrupt-20260501T120005Z-shm",
        "state.db.corrupt-20260501T120005Z-wal",
    ]
    path.write_bytes(b"again")
    assert move_aside(path, at).name == "state.db.corrupt-20260501T120005Z-2"
    assert first.read_bytes() == b"db"


def test_a_lock_is_said_once_then_again_after_a_while_and_when_it_ends(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    now = [0.0]
    live = LiveState(tmp_path, "k1", busy_ms=10, repeat_s=600, clock=lambda: now[0])
    stats = StatsRecorder(live.db, on_error=live.failed)
    other = sqlite3.connect(tmp_path / STATE_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    for minute in range(12):  # a flush every minute for 12 minutes
        now[0] = minute * 60.0
        stats.count("map_tap")
        assert stats.flush() == 0
    locked = [r.getMessage() for r in caplog.records if LOCKED in r.getMessage()]
    assert len(locked) == 2, locked  # at 0 and again at 10 minutes
    other.execute("ROLLBACK")
    assert stats.flush() == 1
    live.succeeded()
    assert [c.count for c in read_counts(live.db)] == [12]
    assert caplog.records[-1].getMessage().endswith("written again")


def test_counts_waiting_for_a_locked_file_are_bounded(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(stats_module, "MAX_PENDING", 3)
    live = LiveState(tmp_path, "k1", busy_ms=10)
    stats = StatsRecorder(live.db, on_error=live.failed)
    other = sqlite3.connect(tmp_path / STATE_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    for product in ("a", "b", "c", "d", "e"):
        stats.count("product", product)
        stats.count("product", "a")  # a counter already waiting still counts
        stats.flush()
    assert stats.pending == 3
    assert len([r for r in caplog.records if "new ones are not counted" in r.getMessage()]) == 1
    other.execute("ROLLBACK")
    stats.flush()
    assert {c.key: c.count for c in read_counts(live.db)} == {"a": 6, "b": 1, "c": 1}


def test_a_damaged_file_met_by_a_write_is_replaced_and_the_write_goes_to_the_fresh_one(
    tmp_path, caplog
):
    live = LiveState(tmp_path, "k1")
    stats = StatsRecorder(live.db, on_error=live.failed)
    stats.count("map_tap")
    error = sqlite3.DatabaseError("database disk image is malformed")
    assert live.failed(error, "statistics") is True  # as a write would meet it
    assert stats.flush() == 1
    assert [r.levelno for r in caplog.records] == [logging.ERROR]
    assert "kiosk-admin set-pin" in caplog.records[0].getMessage()
    assert [c.kiosk for c in read_counts(open_state(tmp_path))] == ["k1"]  # its name kept


def test_a_file_locked_at_start_opens_and_its_counts_wait(tmp_path, caplog):
    open_state(tmp_path, "k1").close()
    other = sqlite3.connect(tmp_path / STATE_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    live = LiveState(tmp_path, busy_ms=10)  # reads only: the lock does not stop it
    stats = StatsRecorder(live.db, on_error=live.failed)
    stats.count("map_tap")
    assert stats.flush() == 0 and stats.pending == 1
    other.execute("ROLLBACK")
    assert stats.flush() == 1
    assert [c.kiosk for c in read_counts(live.db)] == ["k1"]
