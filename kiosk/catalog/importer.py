"""Imports a staff spreadsheet (and its photos) into a catalogue, all or nothing.

A real import checks everything first, stores new photos, takes a backup, writes the new
catalogue beside the old one and swaps it in with one atomic rename: a kill at any moment
leaves the old catalogue or the new one, and every photo the new one names is on disk.
"""

import sqlite3
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kiosk import atomic
from kiosk.catalog import backups
from kiosk.catalog.export import catalogue_rows
from kiosk.catalog.images import (
    DISPLAY_DIR,
    MAX_FILE_BYTES,
    THUMB_DIR,
    PhotoError,
    check_photo_bytes,
    read_photo_file,
    store_photo_bytes,
    too_big,
)
from kiosk.catalog.layout import FILL_ORDER, SHEETS, Row, photo_alt_texts
from kiosk.catalog.product_codes import LAST_CODE_KEY
from kiosk.catalog.schema import migrate
from kiosk.catalog.sheets import Problem, read_spreadsheet
from kiosk.catalog.store import CatalogError, media_dir_of
from kiosk.catalog.validate import ValidTables, validate
from kiosk.catalog.versions import new_version
from kiosk.languages import LANGUAGES

PHOTO_COLUMNS = ("photos", "photo_credit", "photo_illustrative")


class ImportRefused(Exception):
    """The spreadsheet has problems; the catalogue was not touched."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class Change:
    added: int = 0
    changed: int = 0
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class ImportResult:
    changes: dict[str, Change] = field(default_factory=dict)
    photos_stored: int = 0
    backup: str | None = None

    @property
    def changed(self) -> bool:
        return any(self.changes.values())


class PhotoSource:
    """Photo files by name, from a folder or a ZIP (never outside either)."""

    def __init__(self, path: Path | None):
        """Raises zipfile.BadZipFile or OSError for a file that is not a readable ZIP."""
        self.path = path
        self._zip = zipfile.ZipFile(path) if path and path.is_file() else None
        self._names: dict[str, zipfile.ZipInfo] = {}
        if self._zip:
            for info in self._zip.infolist():
                if not info.is_dir():
                    self._names.setdefault(Path(info.filename).name, info)

    def read(self, name: str) -> bytes | None:
        if self.path is None:
            return None
        if self._zip:
            info = self._names.get(name)
            if info is not None and info.file_size > MAX_FILE_BYTES:
                raise PhotoError(too_big(info.file_size))  # before inflating any of it
            try:
                return self._zip.read(info) if info else None
            except (
                zipfile.BadZipFile,
                zlib.error,
                EOFError,
                NotImplementedError,
                RuntimeError,
            ):  # damaged, encrypted or packed in an unknown way
                raise PhotoError(
                    "it cannot be read from the ZIP (damaged, encrypted or "
                    "compressed in an unsupported way)"
                ) from None
        candidate = self.path / name
        if Path(name).name != name or not candidate.is_file() or candidate.is_symlink():
            return None
        return read_photo_file(candidate)


def import_spreadsheet(
    db_path: Path, source: Path, images: Path | None = None, dry_run: bool = False
) -> ImportResult:
    """Import `source` into the catalogue at `db_path`; ImportRefused lists every problem."""
    db_path = Path(db_path)
    sheets, problems = read_spreadsheet(source)
    current, last_product_code = _read_current(db_path)
    valid, more = validate(sheets, current, last_product_code)
    problems += more
    photo_source = None
    if images is not None and not Path(images).exists():
        problems.append(Problem(Path(images).name, "no such folder or ZIP of photos"))
    else:
        try:
            photo_source = PhotoSource(Path(images) if images else None)
        except (zipfile.BadZipFile, OSError):
            assert images is not None  # PhotoSource(None) opens nothing, so cannot fail
            problems.append(Problem(Path(images).name, "not a folder or a readable ZIP of photos"))
    if photo_source is None:
        raise ImportRefused(problems)

    media_dir = media_dir_of(db_path)
    result = ImportResult()
    # With problems found already the photos are only checked, never stored, so that staff
    # see every problem at once.
    media, created = _photos(
        valid, media_dir, photo_source, dry_run or bool(problems), problems, result
    )
    if problems:
        _remove(created)
        raise ImportRefused(problems)

    new_tables = {name: table_rows(name, valid) for name in valid.rows}
    old_tables = _read_tables(db_path, new_tables)
    if "products" in new_tables:
        new_tables["media"] = media
    result.changes = {
        name: _diff(name, old_tables[name], new_tables[name], old_tables["media"], media)
        for name in valid.rows
    }
    if dry_run or not result.changed:
        return result
    result.backup = backups.take(db_path, f"before importing {Path(source).name}")
    _write_catalogue(db_path, new_tables, valid.last_product_code)
    backups.record(db_path, Path(source).name, result.changes, result.backup)
    return result


def _read_current(db_path: Path) -> tuple[dict[str, list[Row]], int]:
    """The catalogue's rows as sheets, and the highest product code it has handed out."""
    try:
        rows = catalogue_rows(db_path)
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = conn.execute(
                "SELECT value FROM catalog_info WHERE key = ?", [LAST_CODE_KEY]
            ).fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, OSError) as error:
        raise CatalogError(f"{db_path}: cannot read the catalogue ({error})") from None
    return rows, int(found[0]) if found and str(found[0]).isdigit() else 0


def _photos(
    valid: ValidTables,
    media_dir: Path,
    source: PhotoSource,
    dry_run: bool,
    problems: list[Problem],
    result: ImportResult,
) -> tuple[list[Row], list[Path]]:
    """Media rows for every product; a photo already stored is reused by its name."""
    rows: list[Row] = []
    created: list[Path] = []
    products = {row["id"]: row for row in valid.rows.get("products", [])}
    sizes = _stored_sizes(media_dir)
    for product_id, names in valid.photos.items():
        product = products[product_id]
        file, number = valid.row_numbers["products"][product_id]
        credit = product.pop("photo_credit")
        illustrative = product.pop("photo_illustrative")
        alt = photo_alt_texts(
            {lang: product[f"name_{lang}"] for lang in LANGUAGES}, bool(illustrative)
        )
        for position, name in enumerate(names, start=1):
            if name in sizes:
                stored = (f"{DISPLAY_DIR}/{name}", f"{THUMB_DIR}/{name}", *sizes[name])
            else:
                try:
                    data = source.read(name)
                except PhotoError as error:
                    problems.append(Problem(file, f"photo {name!r}: {error}", number, "photos"))
                    continue
                if data is None:
                    where = (
                        f" in {source.path.name}"
                        if source.path
                        else " (give the folder or ZIP of photos with --images)"
                    )
                    problems.append(Problem(file, f"no photo {name!r}{where}", number, "photos"))
                    continue
                try:
                    if dry_run:
                        stored = (f"new/{name}", f"new/{name}", *check_photo_bytes(data))
                    else:
                        photo = store_photo_bytes(data, media_dir)
                        stored = (photo.display, photo.thumb, photo.width, photo.height)
                except PhotoError as error:
                    problems.append(Problem(file, f"photo {name!r}: {error}", number, "photos"))
                    continue
                if not dry_run and Path(stored[0]).name not in sizes:
                    created += [media_dir / stored[0], media_dir / stored[1]]
                    sizes[Path(stored[0]).name] = stored[2:]
                result.photos_stored += 1
            rows.append(
                {
                    "product": product_id,
                    "position": position,
                    "display": stored[0],
                    "thumb": stored[1],
                    "width": stored[2],
                    "height": stored[3],
                    "credit": credit,
                    **{f"alt_{lang}": alt[lang] for lang in LANGUAGES},
                    "illustrative": illustrative,
                }
            )
    return rows, created


def _stored_sizes(media_dir: Path) -> dict[str, tuple[int, int]]:
    """Display copies already in the media folder, by file name, with their sizes."""
    from PIL import Image

    sizes = {}
    folder = media_dir / DISPLAY_DIR
    if folder.is_dir():
        for path in folder.iterdir():
            if (media_dir / THUMB_DIR / path.name).is_file():
                try:
                    with Image.open(path) as image:
                        sizes[path.name] = image.size
                except OSError:
                    continue
    return sizes


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def table_rows(name: str, valid: ValidTables) -> list[Row]:
    """The catalogue table `name` as the validated sheet fills it (photos apart)."""
    rows = [{k: v for k, v in row.items() if k not in PHOTO_COLUMNS} for row in valid.rows[name]]
    if name in ("products", "crafts"):
        for position, row in enumerate(rows):
            row["position"] = position
    return rows


def _read_tables(db_path: Path, tables: dict[str, list[Row]]) -> dict[str, list[Row]]:
    db = Database(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True))
    try:
        old = {name: list(db[name].rows) for name in tables}
        old["media"] = list(db["media"].rows)
    finally:
        db.close()
    return old


def _diff(
    name: str, old: list[Row], new: list[Row], old_media: list[Row], new_media: list[Row]
) -> Change:
    """Rows added, changed and removed; a product whose photos changed has changed, and so
    has a row moved to another place among the rows kept (the kiosk shows that order)."""
    key = SHEETS[name].key
    before, after = {row[key]: row for row in old}, {row[key]: row for row in new}
    photos_before, photos_after = _photos_by_product(old_media), _photos_by_product(new_media)
    change = Change(
        added=len(after.keys() - before.keys()), removed=len(before.keys() - after.keys())
    )
    ordered = sorted(old, key=lambda row: (row.get("position") or 0, row[key]))
    rank_before = {k: i for i, k in enumerate(r[key] for r in ordered if r[key] in after)}
    rank_after = {k: i for i, k in enumerate(r[key] for r in new if r[key] in before)}
    for kept in after.keys() & before.keys():
        # A row that only moved (another was added or removed above it) has not changed.
        fields_differ = any(
            before[kept].get(column) != value
            for column, value in after[kept].items()
            if column != "position"
        )
        photos_differ = name == "products" and photos_before.get(kept) != photos_after.get(kept)
        moved = "position" in after[kept] and rank_before[kept] != rank_after[kept]
        change.changed += fields_differ or photos_differ or moved
    return change


def _photos_by_product(rows: list[Row]) -> dict[str, list[tuple[Any, ...]]]:
    grouped: dict[str, list[tuple[Any, ...]]] = {}
    for row in sorted(rows, key=lambda r: (r["product"], r["position"])):
        grouped.setdefault(row["product"], []).append(
            tuple(value for column, value in sorted(row.items()) if column != "product")
        )
    return grouped


def _write_catalogue(db_path: Path, tables: dict[str, list[Row]], last_product_code: int) -> None:
    """Copy the catalogue, bring its schema up to date, replace `tables` in one
    transaction, then swap the copy in. A write that fails (a full disk) leaves the
    catalogue as it was and no file beside it, and says so in one line."""
    try:
        with atomic.reserved(db_path, prefix=".import-", suffix=".db") as temp:
            try:
                _fill_copy(db_path, temp, tables, last_product_code)
            finally:  # an SQLite file left open keeps its journal on disk
                Path(f"{temp}-journal").unlink(missing_ok=True)
    except sqlite3.Error as error:
        raise CatalogError(
            f"cannot write the new catalogue beside {db_path}: {error} (is the disk full?); "
            "the catalogue was not changed"
        ) from error


def _fill_copy(
    db_path: Path, temp: Path, tables: dict[str, list[Row]], last_product_code: int
) -> None:
    source = sqlite3.connect(db_path)
    target = sqlite3.connect(temp)
    try:
        source.backup(target)
        source.close()
        migrate(Database(target))
        target.execute("PRAGMA foreign_keys = ON")
        target.execute("BEGIN IMMEDIATE")
        target.execute("PRAGMA defer_foreign_keys = ON")  # checked once, at COMMIT
        for name in reversed(("media", *FILL_ORDER)):
            if name in tables:
                target.execute(f"DELETE FROM [{name}]")
        db = Database(target)
        for name in (*FILL_ORDER, "media"):
            if tables.get(name):
                db.table(name).insert_all(tables[name])
        db.table("catalog_info").upsert({"key": "version", "value": new_version()}, pk="key")
        if "products" in tables:
            db.table("catalog_info").upsert(
                {"key": LAST_CODE_KEY, "value": str(last_product_code)}, pk="key"
            )
        target.execute("COMMIT")
        target.execute("VACUUM")
    finally:
        source.close()
        target.close()
