"""Staff imports at pavilion scale: 10,000 product rows with 2,000 camera-size photos, and
a dry run of 10,000 rows (DESIGN §7: at most 3 minutes and 5 seconds)."""

import csv
import os
import random
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw

from kiosk.catalog.export import catalogue_rows
from kiosk.catalog.importer import import_spreadsheet
from kiosk.catalog.layout import SHEETS
from kiosk.paths import BUNDLED_CATALOG, BUNDLED_MEDIA

ROWS = 10_000
PHOTOS = 2_000
CAMERA = (4000, 3000)
CACHE = Path(os.environ.get("ODOP_BENCH_CACHE", Path.home() / ".cache" / "odop-kiosk-bench"))


def _camera_photo(index: int, size: tuple[int, int] = CAMERA, prefix: str = "camera") -> Path:
    """A distinct JPEG (12 megapixels by default, like a phone's), made once and kept in
    the cache."""
    path = CACHE / f"{prefix}-{index:04d}.jpg"
    if not path.is_file():
        rng = random.Random(index if prefix == "camera" else f"{prefix}-{index}")
        image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
        draw = ImageDraw.Draw(image)
        scale = size[0] / CAMERA[0]
        for _ in range(40):
            x, y = rng.randrange(size[0]), rng.randrange(size[1])
            r = int(rng.randrange(80, 900) * scale) + 1
            draw.ellipse(
                (x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3))
            )
        partial = path.with_suffix(".part")
        image.save(partial, "JPEG", quality=88)
        os.replace(partial, path)
    return path


def _photos() -> list[Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_camera_photo, range(PHOTOS), chunksize=20))


def _sheet(folder: Path, new_photos: list[Path] | None) -> Path:
    """10,000 products over the bundled districts, crafts and artisans; with `new_photos`
    the first 2,000 name one new camera photo each, the others an already stored photo."""
    current = catalogue_rows(BUNDLED_CATALOG)["products"]
    path = folder / ("products.csv" if new_photos else "dry-run.csv")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=SHEETS["products"].names)
        writer.writeheader()
        for index in range(ROWS):
            row = dict(current[index % len(current)])
            row["id"] = f"bench-{index:05d}"
            row["code"] = ""  # new products: the import numbers them
            row["name_en"] = f"{row['name_en'][:48]} {index}"
            if new_photos and index < len(new_photos):
                row["photos"] = new_photos[index].name
            writer.writerow(row)
    return path


def _fresh_catalogue(folder: Path) -> Path:
    shutil.copy(BUNDLED_CATALOG, folder / "catalog.db")
    shutil.copytree(BUNDLED_MEDIA, folder / "media", copy_function=os.link)
    import sqlite3

    db = sqlite3.connect(folder / "catalog.db")
    db.execute("UPDATE catalog_info SET value = 'media' WHERE key = 'media_dir'")
    db.commit()
    db.close()
    return folder / "catalog.db"


def run() -> dict[str, str]:
    photos = _photos()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db_path = _fresh_catalogue(folder)
        started = time.perf_counter()
        dry = import_spreadsheet(db_path, _sheet(folder, None), dry_run=True)
        dry_s = time.perf_counter() - started
        sheet = _sheet(folder, photos)
        started = time.perf_counter()
        result = import_spreadsheet(db_path, sheet, images=CACHE)
        import_s = time.perf_counter() - started
    return {
        f"dry run, {ROWS:,} rows": f"{dry_s:.2f} s ({dry.changes['products'].added:,} to add)",
        f"import, {ROWS:,} rows + {PHOTOS:,} photos": f"{import_s:.1f} s "
        f"({result.photos_stored:,} photos stored, {os.cpu_count()} cores)",
    }
