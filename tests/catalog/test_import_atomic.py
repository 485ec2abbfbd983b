"""An import is all or nothing, even when it is killed.

A real import of several camera-size photos runs as `kiosk-admin import` and is killed with
SIGKILL at moments from its start to its end (by the clock, and at the moments it stores the
first photo, takes its backup and writes the new catalogue). After every kill the catalogue
opens, holds exactly the old or exactly the new rows, and every photo it names is on disk and
decodes to the last pixel (the repository's own photos, hard links in the private copies, are
decoded by the doctor's test of the bundled catalogue; here: unchanged, by time and size).
"""

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_MEDIA
from tests.catalog.spreadsheet_kit import (
    KIOSK_ADMIN,
    admin,
    append_row,
    assert_decodes,
    camera_jpegs,
    copy_catalogue,
    dump,
    named_photos,
    ok,
    private_catalogue,
    put,
    repository_state,
)

NEW_PHOTOS = 8  # camera-size: the import takes seconds, long enough to be killed midway


def media_times() -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in BUNDLED_MEDIA.rglob("*")}


@pytest.fixture(scope="module", autouse=True)
def repository_untouched():
    before = repository_state(), media_times()
    yield
    after = repository_state(), media_times()
    assert after == before, "a test changed the bundled catalogue or photos"


def _repository_photo(path: Path, relative: str) -> bool:
    """`path` is a hard link to the repository's own photo `relative` (the private copies'
    photos are): repository_untouched sees any write to it."""
    theirs = BUNDLED_MEDIA / relative
    if not theirs.is_file():
        return False  # a new photo
    mine, theirs_stat = path.stat(), theirs.stat()
    return (mine.st_ino, mine.st_dev) == (theirs_stat.st_ino, theirs_stat.st_dev)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """An edited workbook adding products with new camera photos, the catalogue before it
    and the catalogue after it (imported once, undisturbed), and how long that import took."""
    folder = tmp_path_factory.mktemp("scenario")
    original = private_catalogue(folder / "original")
    workbook_path = folder / "expo-update.xlsx"
    ok(admin(original, "export", workbook_path))
    workbook = load_workbook(workbook_path)
    photos = folder / "camera"
    photos.mkdir()
    names = [f"IMG_{2041 + index}.JPG" for index in range(NEW_PHOTOS)]
    camera_jpegs(photos, names, (4032, 3024), seed=100)
    for index, name in enumerate(names):
        append_row(
            workbook,
            "products",
            2 + index,
            id=f"expo-new-product-{index}",
            name_en=f"Expo New Product {index}",
            photos=name,
            photo_credit="Photo: pavilion staff",
            photo_illustrative="no",
        )
    put(workbook, "products", 3, "name_en", "Renamed during the Expo")
    workbook["products"].delete_rows(6)
    workbook.save(workbook_path)

    reference = copy_catalogue(original, folder / "reference")
    started = time.monotonic()
    out = ok(admin(reference, "import", workbook_path, "--images", photos))
    duration = time.monotonic() - started
    assert f"products: {NEW_PHOTOS} added, 1 changed, 1 removed" in out, out
    old, new = dump(original, version=False), dump(reference, version=False)
    assert old != new
    return {
        "workbook": workbook_path,
        "photos": photos,
        "old": old,
        "new": new,
        "duration": duration,
        "products": len(load_catalog(reference).products),
    }


def _new_display_photo(db: Path, before: set[str]) -> bool:
    return any(
        not name.startswith(".") and name not in before
        for name in os.listdir(db.parent / "media" / "display")
    )


def _backup_taken(db: Path) -> bool:
    folder = db.parent / "backups"
    return folder.is_dir() and any(name.endswith(".db") for name in os.listdir(folder))


def _writing_catalogue(db: Path) -> bool:
    return any(name.startswith(".import-") for name in os.listdir(db.parent))


def _swapped(db: Path, inode: int) -> bool:
    return os.stat(db).st_ino != inode  # the rename put another file in its place


EVENTS = {
    "first photo stored": _new_display_photo,
    "backup taken": _backup_taken,
    "new catalogue being written": _writing_catalogue,
    "catalogue swapped": _swapped,
}
# When to kill: seconds after the start, a fraction of the undisturbed import's run time,
# or at the first sight of an event.
MOMENTS = [
    ("seconds", 0.05),
    ("seconds", 0.25),
    ("fraction", 0.35),
    ("fraction", 0.6),
    ("fraction", 0.85),
    ("event", "first photo stored"),
    ("event", "backup taken"),
    ("event", "new catalogue being written"),
    ("fraction", 0.97),
    ("event", "catalogue swapped"),
    ("end", None),
]


def _kill_at(process: subprocess.Popen, db: Path, kind: str, when, duration: float) -> None:
    started = time.monotonic()
    if kind == "end":
        process.wait(timeout=120)
        return
    before = {
        "first photo stored": set(os.listdir(db.parent / "media" / "display")),
        "catalogue swapped": os.stat(db).st_ino,
    }
    deadline = started + (
        when if kind == "seconds" else when * duration if kind == "fraction" else 120
    )
    while time.monotonic() < deadline and process.poll() is None:
        if kind == "event" and (
            EVENTS[when](db, before[when]) if when in before else EVENTS[when](db)
        ):
            break
        time.sleep(0.001)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def _check_catalogue(db: Path, scenario) -> str:
    """The catalogue opens and is the old or the new one, whole; which one."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    rows = dump(db, version=False)
    assert rows in (scenario["old"], scenario["new"]), "a catalogue half old, half new"
    outcome = "new" if rows == scenario["new"] else "old"
    catalog = load_catalog(db)
    assert len(catalog.products) == (
        scenario["products"] if outcome == "new" else len(scenario["old"]["products"])
    )
    media = db.parent / "media"
    for display, thumb, width, height in named_photos(db):
        assert (media / display).is_file() and (media / thumb).is_file(), display
        if _repository_photo(media / display, display) and _repository_photo(media / thumb, thumb):
            # The repository's photo, unchanged: tests/admin/test_doctor.py decodes them all.
            with Image.open(media / display) as image:
                assert image.size == (width, height)
            continue
        assert assert_decodes(media / display) == (width, height)
        assert_decodes(media / thumb)
    return outcome


@pytest.mark.parametrize(
    "kind, when", MOMENTS, ids=[f"{k}-{w}" if w is not None else k for k, w in MOMENTS]
)
def test_a_killed_import_leaves_the_old_or_the_new_catalogue(tmp_catalog, scenario, kind, when):
    process = subprocess.Popen(
        [
            KIOSK_ADMIN,
            "--db",
            str(tmp_catalog),
            "import",
            str(scenario["workbook"]),
            "--images",
            str(scenario["photos"]),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _kill_at(process, tmp_catalog, kind, when, scenario["duration"])
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert "Traceback" not in stderr

    outcome = _check_catalogue(tmp_catalog, scenario)

    if kind == "seconds" and when <= 0.05:
        assert outcome == "old"  # it cannot have finished that soon
    if kind == "end":
        assert process.returncode == 0 and outcome == "new"
    if kind == "event":
        assert process.returncode == -signal.SIGKILL, "the moment passed unseen"
    if kind == "event" and when == "first photo stored":
        assert outcome == "old"
    if kind == "event" and when == "catalogue swapped":
        assert outcome == "new"
    # Cut short while writing the new catalogue, the import still finishes when run again.
    if outcome == "old" and when == "new catalogue being written":
        ok(admin(tmp_catalog, "import", scenario["workbook"], "--images", scenario["photos"]))
        assert _check_catalogue(tmp_catalog, scenario) == "new"


def test_the_scenario_takes_long_enough_to_be_killed_midway(scenario):
    """The kill moments are only meaningful if the import is not over in an instant."""
    assert scenario["duration"] > 1.0, scenario["duration"]
