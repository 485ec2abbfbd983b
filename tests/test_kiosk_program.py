"""End to end: the installed `kiosk` program starts, shows a catalogue, and survives a bad one."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

KIOSK = shutil.which("kiosk", path=str(Path(sys.executable).parent))


def start(*args: str, env: dict | None = None) -> str:
    """Start the kiosk and read its log until it says what it shows (or 60 s pass)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
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
    process.wait(timeout=30)
    process.stderr.close()
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
