"""The status file the kiosk rewrites each minute, and `kiosk-admin status` reading it."""

import json
import os
import subprocess
from datetime import timedelta

import pytest

from kiosk.status import (
    ErrorCollector,
    StatusBoard,
    StatusError,
    describe,
    is_running,
    now,
    read_status,
    write_status,
)
from tests.admin.test_cli import KIOSK_ADMIN


def board(tmp_path) -> StatusBoard:
    status = StatusBoard(
        "osaka-05", {"kiosk_id": {"value": "osaka-05", "source": "machine file x"}}, [tmp_path]
    )
    status.showing(tmp_path / "catalog.db", "20261206-1", 128, "configured")
    return status


def test_the_status_file_is_written_whole_and_read_back(tmp_path):
    status = board(tmp_path)
    status.event("installed bundle odop.zip (version 20261206-1)")
    status.error("inbox: refused bad.zip: checksum differs")
    written = write_status(status.snapshot(), tmp_path / "state", tmp_path / "outbox")
    assert written == [
        tmp_path / "state" / "status.json",
        tmp_path / "outbox" / "osaka-05.status.json",
    ]
    assert [p.name for p in (tmp_path / "state").iterdir()] == ["status.json"]  # no leftovers
    data = read_status(tmp_path / "state")
    assert data == json.loads(written[1].read_text(encoding="utf-8"))
    assert data["catalogue"]["version"] == "20261206-1"
    assert data["disk"][0]["free_bytes"] > 0
    assert is_running(data)
    text = "\n".join(describe(data, "Asia/Tokyo"))
    assert "kiosk osaka-05" in text and "running since" in text and "JST" in text
    assert "installed bundle odop.zip" in text
    assert "checksum differs" in text
    assert "kiosk_id = osaka-05  (machine file x)" in text


def test_a_stopped_stale_or_vanished_kiosk_is_not_running(tmp_path):
    data = board(tmp_path).snapshot(stopped=True)
    assert not is_running(data)
    assert "STOPPED at" in describe(data)[0]
    data = board(tmp_path).snapshot()
    assert not is_running(data, now() + timedelta(minutes=10))
    assert "NOT RUNNING" in describe(data, at=now() + timedelta(minutes=10))[0]
    child = subprocess.Popen(["true"])
    child.wait()
    assert not is_running({**data, "pid": child.pid})


def test_the_fallback_is_a_warning_in_the_status(tmp_path):
    status = board(tmp_path)
    status.showing(tmp_path / "b.db", "1", 3, "backup", "catalog.db: damaged; showing backup b")
    assert "  WARNING showing the backup catalogue: catalog.db: damaged; showing backup b" in (
        describe(status.snapshot())
    )


def test_errors_logged_reach_the_status_and_only_the_last_ten(tmp_path):
    import logging

    status = board(tmp_path)
    logger = logging.getLogger("test-status")
    handler = ErrorCollector(status)
    logger.addHandler(handler)
    try:
        logger.warning("not an error")
        for n in range(12):
            logger.error("problem %d", n)
    finally:
        logger.removeHandler(handler)
    assert [e["message"] for e in status.snapshot()["errors"]] == [
        f"problem {n}" for n in range(2, 12)
    ]


@pytest.fixture
def state_dir(tmp_path, monkeypatch):
    machine = tmp_path / "kiosk.json"
    machine.write_text(json.dumps({"state_dir": str(tmp_path / "state")}), encoding="utf-8")
    monkeypatch.setenv("ODOP_KIOSK_CONFIG", str(machine))
    return tmp_path / "state"


def status_command(*args):
    return subprocess.run([KIOSK_ADMIN, "status", *args], capture_output=True, text=True)


def test_kiosk_admin_status_of_a_running_kiosk(state_dir, tmp_path):
    write_status(board(tmp_path).snapshot(), state_dir)  # written by a live process: this one
    result = status_command()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"kiosk osaka-05 on {os.uname().nodename}: running since")
    assert "catalogue: version 20261206-1 (128 products)" in result.stdout
    data = json.loads(status_command("--json").stdout)
    assert data["running"] is True and data["kiosk_id"] == "osaka-05"


def test_kiosk_admin_status_of_a_stopped_kiosk(state_dir, tmp_path):
    write_status(board(tmp_path).snapshot(stopped=True), state_dir)
    result = status_command()
    assert result.returncode == 1
    assert ": STOPPED at" in result.stdout
    assert result.stderr == "kiosk-admin: kiosk osaka-05 is not running\n"
    result = status_command("--json")
    assert result.returncode == 1 and json.loads(result.stdout)["running"] is False


def test_kiosk_admin_status_with_no_status_file(state_dir):
    result = status_command()
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no status file" in result.stderr
    with pytest.raises(StatusError):
        read_status(state_dir)
