"""The issue's cross-user test: a catalogue shared at 0640 with a staff group keeps its mode
and group through an import, a restore and a bundle install, and a kiosk running as another
uid, reading it through that group only, loads each new catalogue live.

Runs as root (it changes owners and drops to another uid); skipped elsewhere.

What is real and what is arranged: the kiosk is the real kiosk (kiosk.ui.app.start_kiosk, its
QML offscreen, its CatalogWatcher polling the file every second), running as uid `nobody`
with one supplementary group, `odop-test-staff`, the catalogue's group; the catalogue, its
photos and backups are root's, 0640, so that group is the only way in (the kiosk first checks
it cannot read a root-only 0640 file). It reads the world-readable copy of what it reads from
the checkout at run time (the kiosk package, the bundled catalogue and photos) in a 0755
folder under /tmp, since /root and pytest's tmp_path are 0700. One workaround: the Python
interpreter and its standard library are under /root/.pyenv (0700), which another uid can
neither exec nor read, so the kiosk process starts as root, imports all it needs and loads
its QML once, then drops to the other uid before it opens the catalogue
(tests/machine/kiosk_as_other_user.py). Everything it reads after that, it reads as `nobody`.
"""

import csv
import grp
import os
import queue
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from kiosk.catalog import backups
from kiosk.catalog.bundles import install_bundle, make_bundle
from kiosk.catalog.export import export_catalogue
from kiosk.catalog.importer import import_spreadsheet
from kiosk.catalog.store import load_catalog
from kiosk.machine import MachineConfig
from kiosk.paths import BUNDLED_CATALOG, BUNDLED_MEDIA, PACKAGE_DIR

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0, reason="changes files' owners and drops to another uid: needs root"
)

GROUP = "odop-test-staff"
KIOSK_USER = 65534  # nobody
KIOSK_GROUP = 65534  # nogroup: the kiosk's own group, not the catalogue's
CHILD = Path(__file__).with_name("kiosk_as_other_user.py")
WAIT_S = 90


def _mode_and_group(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return stat.S_IMODE(info.st_mode), info.st_gid


def _staff_gid() -> int:
    if shutil.which("groupadd"):
        subprocess.run(["groupadd", "-f", GROUP], check=True)
    try:
        return grp.getgrnam(GROUP).gr_gid
    except KeyError:
        pytest.skip(f"cannot create the group {GROUP} (no groupadd)")


@pytest.fixture
def shared():
    """A 0755 folder under /tmp holding: a copy of the kiosk package and of the bundled
    catalogue and photos (world-readable, for the warm-up), and `shared/catalog.db` with
    its photos, root's and 0640 in group odop-test-staff."""
    gid = _staff_gid()
    root = Path(tempfile.mkdtemp(prefix="odop-across-users-"))
    try:
        os.chmod(root, 0o755)
        shutil.copytree(PACKAGE_DIR, root / "kiosk", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(BUNDLED_CATALOG, root / "catalog.db")
        shutil.copytree(BUNDLED_MEDIA, root / "assets" / "media")
        home = root / "shared"
        shutil.copytree(BUNDLED_MEDIA, home / "media")
        shutil.copy(BUNDLED_CATALOG, home / "catalog.db")
        from sqlite_utils import Database

        db = Database(home / "catalog.db")
        db["catalog_info"].upsert({"key": "media_dir", "value": "media"}, pk="key")
        db.close()
        for folder, _, files in os.walk(root):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(Path(folder) / name, 0o644)
        for folder, _, files in os.walk(home):
            for name in files:
                os.chown(Path(folder) / name, 0, gid)
                os.chmod(Path(folder) / name, 0o640)
        control = root / "root-only"
        control.write_text("root's")
        os.chown(control, 0, 0)
        os.chmod(control, 0o640)
        yield home / "catalog.db", gid
    finally:
        shutil.rmtree(root)


class Kiosk:
    """The kiosk process as `nobody`; `next()` is its next line on stdout."""

    def __init__(self, catalog: Path, gid: int):
        root = catalog.parent.parent
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QT_QUICK_BACKEND": "software",
            "PYTHONPATH": str(root),
            "PYTHONDONTWRITEBYTECODE": "1",
            "ODOP_KIOSK_CONFIG": str(root / "no-machine-file.json"),
            "HOME": str(root),
            "XDG_RUNTIME_DIR": str(root),
        }
        env.pop("ODOP_KIOSK_DB", None)
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(catalog), str(KIOSK_USER), str(KIOSK_GROUP)]
            + [str(gid), str(root / "catalog.db"), str(root / "root-only")],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue = queue.Queue()
        self.log: list[str] = []
        self.readers = [
            threading.Thread(target=self._read, args=(self.process.stdout, True), daemon=True),
            threading.Thread(target=self._read, args=(self.process.stderr, False), daemon=True),
        ]
        for reader in self.readers:
            reader.start()

    def _read(self, stream, events: bool) -> None:
        for line in stream:
            self.log.append(line)
            if events:
                self.lines.put(line.split())
        if events:
            self.lines.put(None)

    def next(self) -> list[str]:
        deadline = time.monotonic() + WAIT_S
        while True:
            try:
                words = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                words = None
            if words is None:
                raise AssertionError("the kiosk said nothing more:\n" + "".join(self.log))
            assert words[0] != "QTWARN", "".join(self.log)
            return words

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        for reader in self.readers:
            reader.join(timeout=10)
        self.process.stdout.close()
        self.process.stderr.close()


def _sheet_with_a_change(catalog: Path, folder: Path) -> Path:
    sheet = folder / "districts.csv"
    export_catalogue(catalog, sheet)
    with sheet.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["name_en"] += " District"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return sheet


def _version(catalog: Path) -> str:
    return load_catalog(catalog, MachineConfig(catalog.parent / "none.json")).version


def test_a_kiosk_of_another_uid_follows_import_restore_and_bundle_through_the_group(
    shared, tmp_path
):
    catalog, gid = shared
    first = _version(catalog)
    kiosk = Kiosk(catalog, gid)
    try:
        assert kiosk.next() == ["READY", str(KIOSK_USER), first]

        result = import_spreadsheet(catalog, _sheet_with_a_change(catalog, tmp_path))
        assert result.changes["districts"].changed == 1
        imported = _version(catalog)
        assert imported != first
        assert _mode_and_group(catalog) == (0o640, gid)
        words = kiosk.next()
        assert words[:3] == ["SHOWN", str(KIOSK_USER), imported] and int(words[3]) > 0

        bundle = tmp_path / "bundle.zip"
        make_bundle(catalog, bundle)

        backups.restore(catalog, result.backup)
        assert _version(catalog) == first
        assert _mode_and_group(catalog) == (0o640, gid)
        for backup in backups.backup_dir(catalog).glob("*.db"):
            assert _mode_and_group(backup) == (0o640, gid), backup
        assert kiosk.next()[:3] == ["SHOWN", str(KIOSK_USER), first]

        install_bundle(catalog, bundle, force=True)
        assert _version(catalog) == imported
        assert _mode_and_group(catalog) == (0o640, gid)
        words = kiosk.next()
        assert words[:3] == ["SHOWN", str(KIOSK_USER), imported] and int(words[3]) > 0
        assert kiosk.process.poll() is None, "".join(kiosk.log)
    finally:
        kiosk.stop()
    log = "".join(kiosk.log)
    assert "Traceback" not in log and "Permission denied" not in log and "QTWARN" not in log, log
    assert f"new catalogue {catalog}" in log
