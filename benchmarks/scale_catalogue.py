"""The 10,000-product benchmark catalogue, built once through the real import and cached.

Every product has its own photo (a distinct 960x720 JPEG, turned into a display copy and a
thumbnail by the import as staff photos are), names and texts in all three languages taken
from the bundled catalogue with a number added (names of realistic length), and the bundled
products' districts, crafts and artisans in turn, so that every craft and district gallery
fills. Every product is featured, so the featured gallery holds all 10,000 cards (and the
attract loop cycles through all of them).

The result lives in `$ODOP_BENCH_CACHE` (default ~/.cache/odop-kiosk-bench) under a folder
named by GENERATOR_VERSION: change the version whenever the rows or photos made here change.
"""

import csv
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from sqlite_utils import Database

from benchmarks.catalogue_import import CACHE, _camera_photo, _fresh_catalogue
from kiosk.catalog.export import catalogue_rows
from kiosk.catalog.importer import import_spreadsheet
from kiosk.catalog.layout import SHEETS
from kiosk.catalog.schema import LATEST_VERSION, migrate
from kiosk.migrations import schema_version
from kiosk.paths import BUNDLED_CATALOG

GENERATOR_VERSION = 1
PRODUCTS = 10_000
PHOTO_SIZE = (960, 720)
FOLDER = CACHE / f"scale-v{GENERATOR_VERSION}"
PHOTOS = CACHE / "scale-photos"


def _photos() -> list[Path]:
    PHOTOS.mkdir(parents=True, exist_ok=True)
    make = partial(_photo, size=PHOTO_SIZE)
    with ProcessPoolExecutor() as pool:
        return list(pool.map(make, range(PRODUCTS), chunksize=50))


def _photo(index: int, size: tuple[int, int]) -> Path:
    made = _camera_photo(index, size, prefix="scale")
    target = PHOTOS / made.name
    if not target.exists():
        os.replace(made, target)
    return target


def _sheet(path: Path, photos: list[Path]) -> Path:
    current = catalogue_rows(BUNDLED_CATALOG)["products"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=SHEETS["products"].names)
        writer.writeheader()
        for index in range(PRODUCTS):
            row = dict(current[index % len(current)])
            row["id"] = f"scale-{index:05d}"
            row["code"] = ""
            for lang in ("en", "hi", "ja"):
                row[f"name_{lang}"] = f"{row[f'name_{lang}'][:52]} {index + 1}"
            row["featured"] = "yes"
            row["photos"] = photos[index].name
            writer.writerow(row)
    return path


def _bring_up_to_date(db_path: Path) -> None:
    """Migrate a cached catalogue of an older schema on disk, as the next staff import does
    a kiosk's: the kiosk would otherwise show it migrated in a copy in memory, which is
    neither what a pavilion kiosk runs nor what it costs. (The migrations add empty columns
    and tables: rebuild, with a new GENERATOR_VERSION, for kana readings and outlines.)"""
    with Database(db_path) as db:
        if schema_version(db) >= LATEST_VERSION:
            return
    migrating = db_path.with_name(".migrating-" + db_path.name)
    shutil.copyfile(db_path, migrating)
    with Database(migrating) as db:
        migrate(db)
    os.replace(migrating, db_path)


def catalogue() -> Path:
    """The cached benchmark catalogue's path, built first if it is not there yet."""
    db_path = FOLDER / "catalog.db"
    if db_path.is_file():
        _bring_up_to_date(db_path)
        return db_path
    started = time.perf_counter()
    print(f"building the {PRODUCTS:,}-product benchmark catalogue in {FOLDER} (once)", flush=True)
    photos = _photos()
    print(f"  {len(photos):,} photos made in {time.perf_counter() - started:.0f} s", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix="scale-building-", dir=CACHE))
    try:
        db = _fresh_catalogue(building)
        result = import_spreadsheet(db, _sheet(building / "products.csv", photos), images=PHOTOS)
        shutil.rmtree(building / "backups", ignore_errors=True)
        (building / "products.csv").unlink()
        os.replace(building, FOLDER)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    print(
        f"  imported ({result.photos_stored:,} photos stored) in "
        f"{time.perf_counter() - started:.0f} s",
        flush=True,
    )
    return db_path


if __name__ == "__main__":
    print(catalogue())
