"""End to end: the installed `kiosk` program starts, shows a catalogue, and survives a bad one."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KIOSK = shutil.which("kiosk", path=str(Path(sys.executable).parent))


def start(*args: str, env: dict | None = None, state: Path | None = None) -> str:
    """Start the kiosk and read its log until it says what it shows (or 60 s pass), then
    stop it as systemd does (SIGTERM). Its state goes to `state` (default: a new folder)."""
    state = state or Path(tempfile.mkdtemp(prefix="kiosk-state-"))
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ODOP_KIOSK_STATE": str(state),
        **(env or {}),
    }
    process = subprocess.Popen(
        [KIOSK, "--window", "1080x1920", *args], env=environment, stderr=subprocess.PIPE, text=True
    )
    log = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        log.append(line)
        if "kiosk showing" in line:
            break
    process.terminate()
    log.append(process.stderr.read())
    process.wait(timeout=30)
    process.stderr.close()
    log.append(f"exit {process.returncode}\n")
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
