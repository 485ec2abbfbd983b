"""A catalogue that cannot be shown gives way to its newest backup that opens, and only then
to the bundled catalogue; backups are kept to a number."""

import os
import sqlite3

import pytest
from sqlite_utils import Database

from kiosk.catalog import backups
from kiosk.catalog.backups import open_or_fall_back, prune
from kiosk.catalog.schema import LATEST_VERSION
from kiosk.catalog.store import CatalogError, load_catalog
from kiosk.paths import BUNDLED_CATALOG


def set_version(db_path, version: str) -> None:
    db = Database(db_path)
    db["catalog_info"].upsert({"key": "version", "value": version}, pk="key")
    db.close()


def corrupt(path):
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)


def newer_schema(path):
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO schema_migrations (version, name) VALUES (?, 'from the future')",
        (LATEST_VERSION + 1,),
    )
    conn.commit()
    conn.close()


def unreadable(path):
    path.chmod(0)


BREAKS = {
    "corrupt": corrupt,
    "missing": lambda path: path.unlink(),
    "newer-schema": newer_schema,
    "unreadable": unreadable,
}


@pytest.fixture
def with_backups(tmp_catalog):
    """Two backups: an older good one, then a newer good one; each with its own version."""
    set_version(tmp_catalog, "1-older")
    backups.take(tmp_catalog, "test")
    set_version(tmp_catalog, "2-newer")
    backups.take(tmp_catalog, "test")
    set_version(tmp_catalog, "3-current")
    return tmp_catalog


@pytest.mark.parametrize("damage", BREAKS, ids=list(BREAKS))
def test_a_broken_catalogue_shows_its_newest_backup(with_backups, damage):
    if damage == "unreadable" and _root():
        pytest.skip("root reads any file")
    BREAKS[damage](with_backups)
    shown = open_or_fall_back(with_backups, bundled=BUNDLED_CATALOG)
    assert shown.shown == "backup"
    assert shown.catalog.version == "2-newer"
    assert "showing backup catalog-" in shown.note
    # its photos are the catalogue's own, beside it
    photo = next(p for product in shown.catalog.products.values() for p in product.photos)
    assert photo.display.is_file() and photo.display.parent.parent == with_backups.parent / "media"


def test_a_backup_that_does_not_open_is_passed_over(with_backups):
    newest = backups.list_backups(with_backups)[-1]["id"]
    corrupt(backups.backup_dir(with_backups) / f"{newest}.db")
    corrupt(with_backups)
    shown = open_or_fall_back(with_backups, bundled=BUNDLED_CATALOG)
    assert (shown.shown, shown.catalog.version) == ("backup", "1-older")


@pytest.mark.parametrize("damage", ["corrupt", "missing", "newer-schema"])
def test_without_a_backup_that_opens_the_bundled_catalogue_is_shown(tmp_catalog, damage):
    BREAKS[damage](tmp_catalog)
    shown = open_or_fall_back(tmp_catalog, bundled=BUNDLED_CATALOG)
    assert shown.shown == "bundled"
    assert shown.catalog.path == BUNDLED_CATALOG
    assert "has no backup; showing the bundled catalogue" in shown.note


def test_a_good_catalogue_is_shown_as_it_is(with_backups):
    shown = open_or_fall_back(with_backups, bundled=BUNDLED_CATALOG)
    assert (shown.shown, shown.catalog.version, shown.note) == ("configured", "3-current", "")


def test_the_bundled_catalogue_broken_is_an_error(tmp_catalog):
    corrupt(tmp_catalog)
    with pytest.raises(CatalogError, match="has no backup"):
        open_or_fall_back(tmp_catalog, bundled=tmp_catalog)


def test_backups_are_kept_to_a_number(tmp_catalog):
    taken = [backups.take(tmp_catalog, f"test {n}", keep=3) for n in range(5)]
    kept = [b["id"] for b in backups.list_backups(tmp_catalog)]
    assert kept == taken[-3:]
    folder = backups.backup_dir(tmp_catalog)
    assert sorted(p.name for p in folder.iterdir() if p.name != "history.jsonl") == sorted(
        [f"{i}.db" for i in kept] + [f"{i}.json" for i in kept]
    )
    assert prune(tmp_catalog, 1) == kept[:2]
    load_catalog(folder / f"{kept[-1]}.db", home=tmp_catalog.parent)


def test_backups_kept_comes_from_the_machine_file(tmp_catalog, tmp_path, monkeypatch):
    machine = tmp_path / "kiosk.json"
    machine.write_text('{"backups_kept": 2}', encoding="utf-8")
    monkeypatch.setenv("ODOP_KIOSK_CONFIG", str(machine))
    for n in range(4):
        backups.take(tmp_catalog, f"test {n}")
    assert len(backups.list_backups(tmp_catalog)) == 2


def test_restoring_the_oldest_kept_backup_survives_pruning(tmp_catalog, tmp_path, monkeypatch):
    machine = tmp_path / "kiosk.json"
    machine.write_text('{"backups_kept": 2}', encoding="utf-8")
    monkeypatch.setenv("ODOP_KIOSK_CONFIG", str(machine))
    set_version(tmp_catalog, "1-oldest")
    first = backups.take(tmp_catalog, "test", keep=2)
    set_version(tmp_catalog, "2-later")
    backups.take(tmp_catalog, "test", keep=2)
    backups.restore(tmp_catalog, first)  # its own backup first, which prunes `first`
    assert load_catalog(tmp_catalog).version == "1-oldest"
    assert first not in [b["id"] for b in backups.list_backups(tmp_catalog)]


def _root() -> bool:
    return os.geteuid() == 0
