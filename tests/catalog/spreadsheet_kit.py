"""Shared tools of the spreadsheet import tests: the installed `kiosk-admin`, real files
(XLSX through openpyxl, photos through Pillow) and ways to compare catalogues by their table
contents and file hashes. Nothing of the kiosk's own code is mocked."""

import hashlib
import random
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image

from kiosk.paths import BUNDLED_CATALOG, BUNDLED_MEDIA
from tests.admin_runner import kiosk_admin

KIOSK_ADMIN = shutil.which("kiosk-admin", path=str(Path(sys.executable).parent))
SUMMARY = re.compile(r"kiosk-admin: (\d+) problem\(s\) in (.+); the catalogue was not changed")


def admin(db: Path, *args: str | Path) -> subprocess.CompletedProcess:
    """`kiosk-admin --db DB ARGS...`, called in this process (tests/admin_runner.py)."""
    return kiosk_admin("--db", db, *args)


def ok(result: subprocess.CompletedProcess) -> str:
    """The stdout of a command that must have succeeded."""
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


# --- comparing catalogues -------------------------------------------------------------------


def dump(db: Path, version: bool = True) -> dict[str, list[tuple]]:
    """Every table's rows, sorted; `version=False` leaves out the stamp each import sets."""
    conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'products_fts%' ORDER BY name"
            )
        ]
        tables = {}
        for name in names:
            rows = conn.execute(f"SELECT * FROM [{name}]").fetchall()
            if name == "catalog_info" and not version:
                rows = [r for r in rows if r[0] != "version"]
            if name == "schema_migrations":
                rows = [r[:2] for r in rows]  # not when they were applied
            tables[name] = sorted(rows, key=repr)
        return tables
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def file_state(path: Path) -> tuple[str, int]:
    return sha256(path), Path(path).stat().st_mtime_ns


def tree(folder: Path) -> dict[str, int]:
    """Every file under `folder` (hidden ones too) with its size."""
    folder = Path(folder)
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.stat().st_size for p in folder.rglob("*") if p.is_file()
    }


def snapshot(db: Path) -> dict:
    """What a refused import must leave exactly as it was."""
    db = Path(db)
    return {
        "catalogue": file_state(db),
        "media": tree(db.parent / "media"),
        "backups": tree(db.parent / "backups"),
        "beside": sorted(p.name for p in db.parent.iterdir()),
    }


def repository_state() -> tuple:
    """The bundled catalogue and photo folder, which no test may change."""
    return file_state(BUNDLED_CATALOG), tree(BUNDLED_MEDIA)


def private_catalogue(folder: Path) -> Path:
    """What the `tmp_catalog` fixture makes, in `folder` (for module-scoped references)."""
    import os

    from sqlite_utils import Database

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "catalog.db"
    shutil.copy(BUNDLED_CATALOG, path)
    shutil.copytree(BUNDLED_MEDIA, folder / "media", copy_function=os.link)
    db = Database(path)
    db["catalog_info"].upsert({"key": "media_dir", "value": "media"}, pk="key")
    db.close()
    return path


def copy_catalogue(db: Path, folder: Path) -> Path:
    """Another private copy of the catalogue at `db` (photos hard-linked)."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db, folder / db.name)
    shutil.copytree(db.parent / "media", folder / "media", copy_function=os.link)
    return folder / db.name


# --- workbooks ------------------------------------------------------------------------------


def cells(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's cell values, row by row (trailing empty rows dropped)."""
    workbook = load_workbook(path, read_only=True)
    try:
        result = {}
        for sheet in workbook.worksheets:
            rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
            while rows and all(v is None for v in rows[-1]):
                rows.pop()
            result[sheet.title] = rows
        return result
    finally:
        workbook.close()


def column(worksheet, name: str) -> int:
    """The 1-based index of the column headed `name`."""
    for cell in worksheet[1]:
        if cell.value == name:
            return cell.column
    raise KeyError(name)


def put(workbook, sheet: str, row: int, name: str, value):
    """Type `value` into `sheet`, row `row` (as staff number rows), column `name`."""
    worksheet = workbook[sheet]
    cell = worksheet.cell(row, column(worksheet, name))
    cell.value = value
    return cell


def get(workbook, sheet: str, row: int, name: str):
    worksheet = workbook[sheet]
    return worksheet.cell(row, column(worksheet, name)).value


def append_row(workbook, sheet: str, like: int, **values) -> int:
    """Add a row copied from row `like` with `values` changed; return its row number.
    A new product's code is left empty (the import gives it one) unless `values` has one."""
    worksheet = workbook[sheet]
    header = [c.value for c in worksheet[1]]
    row = {name: worksheet.cell(like, i).value for i, name in enumerate(header, start=1)}
    if sheet == "products":
        row["code"] = None
    row.update(values)
    worksheet.append([row[name] for name in header])
    return worksheet.max_row


def rows_where(workbook, sheet: str, name: str, value) -> list[int]:
    worksheet = workbook[sheet]
    index = column(worksheet, name)
    return [r for r in range(2, worksheet.max_row + 1) if worksheet.cell(r, index).value == value]


# --- photos ---------------------------------------------------------------------------------


def camera_image(size=(4032, 3024), seed: int = 0) -> Image.Image:
    """A smooth, photo-like picture whose content depends on `seed`."""
    rnd = random.Random(seed)
    small = Image.frombytes("RGB", (48, 36), rnd.randbytes(48 * 36 * 3))
    return small.resize(size, Image.Resampling.BICUBIC)


def camera_jpeg(
    path: Path, size=(4032, 3024), seed: int = 0, orientation: int | None = None, quality: int = 90
) -> Path:
    image = camera_image(size, seed)
    exif = Image.Exif()
    exif[0x010F] = "Expo test camera"  # Make
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=quality, exif=exif)
    return Path(path)


def camera_jpegs(folder: Path, names: list[str], size=(4032, 3024), seed: int = 0) -> None:
    """Camera-size JPEGs, each a different picture, made quickly from one base picture."""
    base = camera_image(size, seed)
    rnd = random.Random(seed)
    for name in names:
        image = base.copy()
        for _ in range(6):
            x, y = rnd.randrange(size[0] - 400), rnd.randrange(size[1] - 300)
            image.paste(tuple(rnd.randbytes(3)), (x, y, x + 400, y + 300))
        image.save(Path(folder) / name, "JPEG", quality=92)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def blank_png(width: int, height: int) -> bytes:
    """A valid 1-bit PNG built row by row: a 20000x20000 one (a decompression bomb for a
    photo pipeline) is only ~50 KB."""
    row = b"\0" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", idat)
        + _chunk(b"IEND", b"")
    )


_DECODED: set[tuple] = set()


def assert_decodes(path: Path) -> tuple[int, int]:
    """`path` is a whole image (decoded to the last pixel); its size. Files already decoded
    (same inode, size and time) are not decoded again."""
    stat = Path(path).stat()
    with Image.open(path) as image:
        size = image.size
        key = (stat.st_ino, stat.st_dev, stat.st_size, stat.st_mtime_ns)
        if key not in _DECODED:
            image.load()
            _DECODED.add(key)
    return size


def named_photos(db: Path) -> list[tuple[str, str, int, int]]:
    conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT display, thumb, width, height FROM media").fetchall()
    finally:
        conn.close()
