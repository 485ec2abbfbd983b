"""Every writer replaces a file whole, and the file keeps who may read it (kiosk/atomic.py):
a catalogue shared at 0640 with a staff group stays so through import, restore and bundle
install. The tests run as root where they change a file's group (tests of the kiosk run as
root in the development container); elsewhere those are skipped."""

import csv
import grp
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from kiosk import atomic
from kiosk.catalog import backups
from kiosk.catalog.bundles import install_bundle, make_bundle
from kiosk.catalog.export import export_catalogue
from kiosk.catalog.importer import import_spreadsheet

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's group needs root")


@pytest.fixture
def other_gid() -> int:
    """A group that is not the one new files get here."""
    gid = grp.getgrnam("nogroup").gr_gid
    assert gid != os.getegid()
    return gid


@pytest.fixture
def umask():
    def set_to(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    yield set_to
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _shared(path: Path, gid: int) -> None:
    """The catalogue as the kiosk's user and the staff group share it."""
    os.chown(path, -1, gid)
    os.chmod(path, 0o640)


@as_root
def test_a_replaced_file_keeps_its_mode_and_group(tmp_path, other_gid):
    path = tmp_path / "catalog.db"
    path.write_bytes(b"old")
    _shared(path, other_gid)
    atomic.write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert (_mode(path), path.stat().st_gid) == (0o640, other_gid)


@as_root
def test_a_reserved_temp_filled_by_sqlite_keeps_mode_and_group(tmp_path, other_gid):
    path = tmp_path / "catalog.db"
    sqlite3.connect(path).close()
    _shared(path, other_gid)
    with atomic.reserved(path, prefix=".import-", suffix=".db") as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".import-")
        db = sqlite3.connect(temp)
        db.execute("CREATE TABLE t (x)")
        db.commit()
        db.close()
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    assert (_mode(path), path.stat().st_gid) == (0o640, other_gid)
    assert os.listdir(tmp_path) == ["catalog.db"]


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o640)])
def test_a_new_file_takes_the_umask_but_stays_group_readable(tmp_path, umask, mask, mode):
    umask(mask)
    atomic.write_text(tmp_path / "new.txt", "text")
    assert _mode(tmp_path / "new.txt") == mode


@as_root
def test_a_new_file_takes_the_group_of_a_setgid_folder(tmp_path, other_gid):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chown(folder, -1, other_gid)
    os.chmod(folder, 0o2775)
    atomic.write_bytes(folder / "labels.pdf", b"%PDF")
    assert (folder / "labels.pdf").stat().st_gid == other_gid


def test_a_failure_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "catalog.db"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    with pytest.raises(RuntimeError), atomic.atomic_write(path) as handle:
        handle.write(b"half of it")
        raise RuntimeError("the writer failed")
    with pytest.raises(RuntimeError), atomic.reserved(path) as temp:
        temp.write_bytes(b"half of it")
        raise RuntimeError("the writer failed")
    assert path.read_bytes() == b"old" and _mode(path) == 0o640
    assert os.listdir(tmp_path) == ["catalog.db"]


def test_a_replaced_folder_keeps_its_mode_and_the_old_one_goes(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old")
    os.chmod(site, 0o750)
    staging = tmp_path / ".site.new"
    staging.mkdir()
    (staging / "index.html").write_text("new")
    atomic.replace_folder(staging, site)
    assert os.listdir(site) == ["index.html"] and _mode(site) == 0o750
    assert sorted(os.listdir(tmp_path)) == ["site"]


# --- the kiosk-admin operations on a shared catalogue ----------------------------------------


@as_root
def test_an_import_keeps_a_shared_catalogue_shared(tmp_catalog, tmp_path, other_gid):
    _shared(tmp_catalog, other_gid)
    sheet = tmp_path / "districts.csv"
    export_catalogue(tmp_catalog, sheet)
    with sheet.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["name_en"] += " District"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = import_spreadsheet(tmp_catalog, sheet)
    assert result.changes["districts"].changed == 1
    assert (_mode(tmp_catalog), tmp_catalog.stat().st_gid) == (0o640, other_gid)
    backup = backups.backup_dir(tmp_catalog) / f"{result.backup}.db"
    assert (_mode(backup), backup.stat().st_gid) == (0o640, other_gid)  # as private


@as_root
def test_a_restore_keeps_a_shared_catalogue_shared(tmp_catalog, other_gid):
    backups.take(tmp_catalog, "a test")
    _shared(tmp_catalog, other_gid)
    backups.restore(tmp_catalog)
    assert (_mode(tmp_catalog), tmp_catalog.stat().st_gid) == (0o640, other_gid)


@as_root
def test_a_bundle_install_keeps_a_shared_catalogue_shared(tmp_catalog, tmp_path, other_gid):
    bundle = tmp_path / "bundle.zip"
    make_bundle(tmp_catalog, bundle)
    _shared(tmp_catalog, other_gid)
    install_bundle(tmp_catalog, bundle, force=True)
    assert (_mode(tmp_catalog), tmp_catalog.stat().st_gid) == (0o640, other_gid)
