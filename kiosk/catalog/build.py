"""Builds a catalogue file from the CSV sources in the repo (the bundled sample catalogue)."""

import hashlib
import os
from pathlib import Path

from sqlite_utils import Database

from kiosk import atomic
from kiosk.catalog import outlines
from kiosk.catalog.importer import table_rows
from kiosk.catalog.layout import FILL_ORDER, SHEETS, Row
from kiosk.catalog.product_codes import CODE_RULE, LAST_CODE_KEY
from kiosk.catalog.schema import migrate
from kiosk.catalog.sheets import Problem, RawSheet, read_csv_table
from kiosk.catalog.validate import ValidTables, validate
from kiosk.catalog.versions import BUILT_VERSION_PREFIX
from kiosk.languages import LANGUAGES

SOURCE_FILES = ("districts", "crafts", "artisans", "products", "media", "settings", "url_templates")
# The sources keep the photos apart, in media.csv, as the stored copies the catalogue names
# (display/..., thumbs/...), not as the staff sheet's photo file names.
MEDIA_COLUMNS = (
    "product",
    "position",
    "display",
    "thumb",
    "width",
    "height",
    "credit",
    *(f"alt_{lang}" for lang in LANGUAGES),
    "illustrative",
)
PHOTO_COLUMNS = ("photos", "photo_credit", "photo_illustrative")


class SourceError(ValueError):
    """Source files that do not make a valid catalogue; one line per problem, each naming
    FILE:ROW:COLUMN."""

    SHOWN = 30  # problems in the message; the rest are counted

    def __init__(self, problems: list[Problem]):
        lines = [str(problem) for problem in problems[: self.SHOWN]]
        if len(problems) > self.SHOWN:
            lines.append(f"... and {len(problems) - self.SHOWN} more problem(s)")
        super().__init__("\n".join(lines))
        self.problems = problems


def read_sources(source_dir: Path, media_dir: Path) -> tuple[ValidTables, list[Row]]:
    """The source CSVs checked as an import checks the staff spreadsheet (validate.py), and
    media.csv by its own small check; SourceError lists every problem."""
    raw: dict[str, RawSheet] = {}
    problems: list[Problem] = []
    for name in SOURCE_FILES:
        path = source_dir / f"{name}.csv"
        if not path.is_file():
            raise SourceError([Problem(str(path), "missing source file")])
        sheet, found = read_csv_table(path, name)
        problems += found
        if sheet is not None:
            raw[name] = sheet
    if problems or len(raw) != len(SOURCE_FILES):
        raise SourceError(problems)
    media = raw.pop("media")
    products = raw["products"]
    for number, row in products.rows:
        if "code" in row and not row["code"].strip():
            # An import gives a new product the next free code; the sources name each one.
            problems.append(Problem(products.file, f"write {CODE_RULE}", number, "code"))
    if not set(PHOTO_COLUMNS) & set(products.header):  # empty: the photos are in media.csv
        products.header += PHOTO_COLUMNS
        for _, row in products.rows:
            row.update(dict.fromkeys(PHOTO_COLUMNS, ""))
    valid, found = validate({name: raw[name] for name in SHEETS}, {})
    problems += found
    keys = {row["id"] for row in valid.rows.get("products", [])}
    rows = _check_media(media, keys, media_dir, problems)
    if problems:
        raise SourceError(problems)
    return valid, rows


def _check_media(
    sheet: RawSheet, products: set[str], media_dir: Path, problems: list[Problem]
) -> list[Row]:
    missing = [column for column in MEDIA_COLUMNS if column not in sheet.header]
    for column in missing:
        problems.append(Problem(sheet.file, "missing column", 1, column))
    if missing:
        return []
    rows: list[Row] = []
    seen: dict[tuple[str, str], int] = {}
    for number, cells in sheet.rows:

        def problem(column: str, message: str, number: int = number) -> None:
            problems.append(Problem(sheet.file, message, number, column))

        if cells["product"] not in products:
            problem("product", f"unknown product {cells['product']!r}")
        for column in ("position", "width", "height"):
            if not (cells[column].isdigit() and int(cells[column]) > 0):
                problem(column, "write a whole number from 1")
        for column in ("display", "thumb"):
            if not cells[column] or not (media_dir / cells[column]).is_file():
                problem(column, f"no file {cells[column]!r} in {media_dir}")
        if cells["illustrative"].strip().lower() not in ("yes", "no"):
            problem("illustrative", "write yes or no")
        if not cells["alt_en"].strip():
            problem("alt_en", "empty; this column must be filled")
        place = (cells["product"], cells["position"])
        if place in seen:
            problem("position", f"a second photo at this position (first in row {seen[place]})")
        seen[place] = number
        if problems:
            continue
        rows.append(
            {
                "product": cells["product"],
                "position": int(cells["position"]),
                "display": cells["display"],
                "thumb": cells["thumb"],
                "width": int(cells["width"]),
                "height": int(cells["height"]),
                "credit": cells["credit"],
                **{f"alt_{lang}": cells[f"alt_{lang}"].strip() for lang in LANGUAGES},
                "illustrative": int(cells["illustrative"].strip().lower() == "yes"),
            }
        )
    return rows


def _version(source_dir: Path) -> str:
    """A version that sorts before any import's (see versions.py) and names the sources."""
    digest = hashlib.sha256()
    for name in SOURCE_FILES:
        digest.update((source_dir / f"{name}.csv").read_bytes())
    digest.update((source_dir / outlines.OUTLINES_FILE).read_bytes())
    return f"{BUILT_VERSION_PREFIX}{digest.hexdigest()[:16]}"


def build_catalog(source_dir: Path, media_dir: Path, out: Path) -> Path:
    """Write the catalogue of `source_dir` (photos in `media_dir`) to `out`, atomically."""
    source_dir, media_dir = Path(source_dir), Path(media_dir)
    valid, media = read_sources(source_dir, media_dir)
    outlines_file = source_dir / outlines.OUTLINES_FILE
    try:
        rings = outlines.read_outlines(
            outlines_file, (row["code"] for row in valid.rows["districts"])
        )
    except outlines.OutlineError as error:
        raise SourceError([Problem(str(outlines_file), str(error))]) from None
    out = Path(out).resolve()
    with atomic.reserved(out, prefix=".catalog-", suffix=".db") as temp:
        db = Database(temp, recreate=True)
        migrate(db)
        for name in FILL_ORDER:
            db.table(name).insert_all(table_rows(name, valid))
        db.table("media").insert_all(media)
        db.table("district_outlines").insert_all(
            {"district": code, "ring": outlines.encode(ring)} for code, ring in rings.items()
        )
        db.table("catalog_info").insert_all(
            [
                {"key": "version", "value": _version(source_dir)},
                {"key": "media_dir", "value": os.path.relpath(media_dir.resolve(), out.parent)},
            ]
        )
        db.table("catalog_info").upsert(
            {"key": LAST_CODE_KEY, "value": str(valid.last_product_code)}, pk="key"
        )
        db.execute("VACUUM")
        db.close()
    return out
