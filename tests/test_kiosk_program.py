"""End to end: the installed `kiosk` program starts, shows a catalogue, and survives a bad one."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from kiosk.catalog import backups
from tests.admin.test_cli import KIOSK_ADMIN

KIOSK = shutil.which("kiosk", path=str(Path(sys.executable).parent))


@contextmanager
def running(*args: str, env: dict | None = None, state: Path | None = None):
    """Start the kiosk and read its log until it says what it shows (or 60 s pass); yield the
    process and its log so far (a list the rest is added to); stop it at the end as systemd
    does (SIGTERM), adding what it logged then and "exit N". Its state goes to `state`
    (default: a new folder, removed afterwards)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-state-") as scratch:
        yield from _running(args, env, state or Path(scratch))


def _running(args: tuple[str, ...], env: dict | None, state: Path):
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STATE_DIRECTORY": str(state),
        **(env or {}),
    }
    process = subprocess.Popen(
        [KIOSK, "--window", "1080x1920", *args], env=environment, stderr=subprocess.PIPE, text=True
    )
    log = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            log.append(line)
            if "kiosk showing" in line:
                break
        yield process, log
    finally:
        process.terminate()
        log.append(process.stderr.read())
        process.wait(timeout=30)
        process.stderr.close()
        log.append(f"exit {process.returncode}\n")


def start(*args: str, env: dict | None = None, state: Path | None = None) -> str:
    """The kiosk's whole log, from its start until it ended on SIGTERM."""
    with running(*args, env=env, state=state) as (_, log):
        pass
    return "".join(log)


def test_the_kiosk_starts_on_the_bundled_catalogue(catalog):
    log = start()
    assert f"kiosk showing {catalog.path}" in log
    assert "OpenType" not in log and "cannot render" not in log
    assert "Traceback" not in log


def test_a_damaged_configured_catalogue_falls_back_to_the_bundled_one(tmp_path, catalog):
    damaged = tmp_path / "catalog.db"
    damaged.write_text("not a catalogue")
    log = start(env={"ODOP_KIOSK_DB": str(damaged)})
    assert "not a readable catalogue" in log or "damaged catalogue" in log
    assert f"kiosk showing {catalog.path}" in log


def test_a_missing_catalogue_asked_for_by_name_falls_back_too(tmp_path, catalog):
    log = start("--db", str(tmp_path / "nowhere.db"))
    assert "no catalogue file there" in log
    assert f"kiosk showing {catalog.path}" in log


def test_a_damaged_catalogue_with_a_backup_shows_the_backup(tmp_catalog):
    backup = backups.take(tmp_catalog, "test")
    tmp_catalog.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    log = start("--db", str(tmp_catalog))
    assert f"showing backup {backup}" in log
    assert f"kiosk showing {backups.backup_dir(tmp_catalog) / backup}.db" in log


def test_the_kiosk_reads_the_machine_file_and_staff_read_its_status(tmp_catalog, tmp_path):
    machine = tmp_path / "etc" / "kiosk.json"
    machine.parent.mkdir()
    state, logs = tmp_path / "state", tmp_path / "logs"
    machine.write_text(
        json.dumps({"kiosk_id": "osaka-09", "catalog": str(tmp_catalog), "state_dir": str(state)}),
        encoding="utf-8",
    )
    env = {"ODOP_KIOSK_CONFIG": str(machine), "LOGS_DIRECTORY": str(logs)}
    admin_env = {**os.environ, "ODOP_KIOSK_CONFIG": str(machine)}
    with running(env=env) as (_, log):
        assert f"kiosk showing {tmp_catalog}" in "".join(log)
        result = subprocess.run(
            [KIOSK_ADMIN, "status", "--json"], capture_output=True, text=True, env=admin_env
        )
        assert result.returncode == 0, result.stdout + result.stderr
        status = json.loads(result.stdout)
        assert status["running"] is True
        assert status["kiosk_id"] == "osaka-09"
        assert status["catalogue"]["path"] == str(tmp_catalog)
        assert status["catalogue"]["shown"] == "configured"
        assert status["machine_settings"]["kiosk_id"]["source"] == f"machine file {machine}"
    result = subprocess.run([KIOSK_ADMIN, "status"], capture_output=True, text=True, env=admin_env)
    assert result.returncode == 1
    assert "kiosk osaka-09" in result.stdout and "running since" not in result.stdout
    assert f"kiosk showing {tmp_catalog}" in (logs / "kiosk.log").read_text(encoding="utf-8")


def test_a_malformed_machine_file_is_reported_and_the_kiosk_still_shows(tmp_path, catalog):
    machine = tmp_path / "kiosk.json"
    machine.write_text('{"kiosk_id": ', encoding="utf-8")
    log = start(env={"ODOP_KIOSK_CONFIG": str(machine)})
    assert f"{machine}: not valid JSON" in log and "using the default machine settings" in log


def test_the_kiosk_keeps_its_state_apart_and_ends_cleanly_on_sigterm(tmp_path, catalog):
    """The state folder is made at start (statistics, PIN, overrides) and a SIGTERM ends the
    event loop, so the last statistics are written, rather than killing the process."""
    from kiosk.state.db import open_state, staff_log
    from kiosk.state.overrides import hide, read_overrides

    state = tmp_path / "state"
    hide(open_state(state), next(iter(catalog.products)), "test")
    log = start(state=state)
    assert f"kiosk showing {catalog.path}" in log
    assert log.endswith("exit 0\n"), log
    assert "Traceback" not in log
    assert len(read_overrides(open_state(state))) == 1
    assert [e["action"] for e in staff_log(open_state(state))] == ["hide"]


def test_an_unusable_state_folder_is_reported_and_the_kiosk_runs_on(tmp_path, catalog):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    log = start(state=blocked / "state")
    assert "no statistics or staff panel: state folder" in log
    assert f"kiosk showing {catalog.path}" in log


def test_systemd_stopping_the_kiosk_leaves_it_marked_stopped(tmp_catalog, tmp_path):
    """systemd stops the service with SIGTERM: the kiosk quits cleanly (exit code 0) and
    writes the stopped mark, so staff see STOPPED and not a kiosk that stopped writing."""
    machine = tmp_path / "kiosk.json"
    machine.write_text(
        json.dumps(
            {
                "kiosk_id": "osaka-10",
                "catalog": str(tmp_catalog),
                "state_dir": str(tmp_path / "state"),
            }
        ),
        encoding="utf-8",
    )
    admin_env = {**os.environ, "ODOP_KIOSK_CONFIG": str(machine)}
    with running(env={"ODOP_KIOSK_CONFIG": str(machine)}) as (process, log):
        assert f"kiosk showing {tmp_catalog}" in "".join(log)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        rest = process.stderr.read()
    assert "SIGTERM received: stopping" in rest and "Traceback" not in rest
    result = subprocess.run([KIOSK_ADMIN, "status"], capture_output=True, text=True, env=admin_env)
    assert result.returncode == 1
    assert re.match(r"kiosk osaka-10 on \S+: STOPPED at ", result.stdout), result.stdout
    assert "NOT RUNNING" not in result.stdout
    status = subprocess.run(
        [KIOSK_ADMIN, "status", "--json"], capture_output=True, text=True, env=admin_env
    )
    assert json.loads(status.stdout)["stopped"]
