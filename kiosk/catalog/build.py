"""Builds a catalogue file from the CSV sources in the repo (the bundled sample catalogue)."""

import csv
import hashlib
import os
import tempfile
from pathlib import Path

from sqlite_utils import Database

from kiosk.catalog import outlines
from kiosk.catalog.layout import FORM_TEMPLATE_NAME, URL_TEMPLATE_NAMES
from kiosk.catalog.product_codes import CODE_RULE, LAST_CODE_KEY, highest_code, is_code
from kiosk.catalog.schema import migrate
from kiosk.catalog.settings import SETTINGS
from kiosk.catalog.urls import build_url, check_form_template
from kiosk.catalog.versions import BUILT_VERSION_PREFIX
from kiosk.languages import LANGUAGES

SOURCE_FILES = ("districts", "crafts", "artisans", "products", "media", "settings", "url_templates")


class SourceError(ValueError):
    """A source file that does not make a valid catalogue; the message names file and row."""


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _yes(value: str) -> int:
    return 1 if value.strip().lower() == "yes" else 0


def _check_references(sources: dict[str, list[dict]], media_dir: Path) -> None:
    keys = {
        "districts": {r["code"] for r in sources["districts"]},
        "crafts": {r["code"] for r in sources["crafts"]},
        "artisans": {r["id"] for r in sources["artisans"]},
        "products": {r["id"] for r in sources["products"]},
    }
    checks = [
        ("artisans", "district", "districts"),
        ("products", "district", "districts"),
        ("products", "craft", "crafts"),
        ("products", "artisan", "artisans"),
        ("media", "product", "products"),
    ]
    for table, column, target in checks:
        for number, row in enumerate(sources[table], start=2):
            if row[column] not in keys[target]:
                raise SourceError(f"{table}.csv:{number}:{column}: unknown {row[column]!r}")
    codes: dict[str, int] = {}
    for number, row in enumerate(sources["products"], start=2):
        if not is_code(row["code"]):
            raise SourceError(f"products.csv:{number}:code: write {CODE_RULE}")
        if row["code"] in codes:
            raise SourceError(
                f"products.csv:{number}:code: {row['code']!r} is also the code "
                f"in row {codes[row['code']]}"
            )
        codes[row["code"]] = number
    for number, row in enumerate(sources["media"], start=2):
        for column in ("display", "thumb"):
            if not (media_dir / row[column]).is_file():
                raise SourceError(f"media.csv:{number}:{column}: no file {row[column]!r}")
    for number, row in enumerate(sources["settings"], start=2):
        if row["key"] not in SETTINGS:
            raise SourceError(f"settings.csv:{number}:key: unknown setting {row['key']!r}")
        try:
            SETTINGS[row["key"]].parse(row["value"])
        except ValueError as error:
            raise SourceError(f"settings.csv:{number}:value: {error}") from None
    sample = {
        "artisan_id": "a",
        "product_id": "p",
        "product_ids": ["1"],
        "kiosk_id": "k",
        "lang": "en",
    }
    for number, row in enumerate(sources["url_templates"], start=2):
        if row["name"] not in URL_TEMPLATE_NAMES:
            raise SourceError(f"url_templates.csv:{number}:name: unknown {row['name']!r}")
        try:
            if row["name"] == FORM_TEMPLATE_NAME:
                check_form_template(row["template"])
            else:
                build_url(row["template"], sample)
        except ValueError as error:
            raise SourceError(f"url_templates.csv:{number}:template: {error}") from None


def _version(source_dir: Path) -> str:
    """A version that sorts before any import's (see versions.py) and names the sources."""
    digest = hashlib.sha256()
    for name in SOURCE_FILES:
        digest.update((source_dir / f"{name}.csv").read_bytes())
    digest.update((source_dir / outlines.OUTLINES_FILE).read_bytes())
    return f"{BUILT_VERSION_PREFIX}{digest.hexdigest()[:16]}"


def build_catalog(source_dir: Path, media_dir: Path, out: Path) -> Path:
    """Write the catalogue of `source_dir` (photos in `media_dir`) to `out`, atomically."""
    sources = {}
    for name in SOURCE_FILES:
        path = source_dir / f"{name}.csv"
        if not path.is_file():
            raise SourceError(f"{path}: missing source file")
        sources[name] = _read_csv(path)
    _check_references(sources, media_dir)
    try:
        rings = outlines.read_outlines(
            source_dir / outlines.OUTLINES_FILE, (r["code"] for r in sources["districts"])
        )
    except outlines.OutlineError as error:
        raise SourceError(str(error)) from None

    out = Path(out).resolve()
    handle, temp_name = tempfile.mkstemp(prefix=".catalog-", suffix=".db", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        db = Database(temp, recreate=True)
        migrate(db)
        _fill(db, sources)
        db["district_outlines"].insert_all(
            {"district": code, "ring": outlines.encode(ring)} for code, ring in rings.items()
        )
        db["catalog_info"].insert_all(
            [
                {"key": "version", "value": _version(source_dir)},
                {"key": "media_dir", "value": os.path.relpath(media_dir.resolve(), out.parent)},
            ]
        )
        db["catalog_info"].upsert(
            {
                "key": LAST_CODE_KEY,
                "value": str(highest_code(row["code"] for row in sources["products"])),
            },
            pk="key",
        )
        db.execute("VACUUM")
        db.close()
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return out


def _fill(db: Database, sources: dict[str, list[dict]]) -> None:
    def texts(row: dict, *fields: str) -> dict[str, str]:
        return {f"{f}_{lang}": row[f"{f}_{lang}"].strip() for f in fields for lang in LANGUAGES}

    db["districts"].insert_all(
        {
            "code": r["code"],
            **texts(r, "name"),
            "division_en": r["division_en"],
            "hq_lat": float(r["hq_lat"]),
            "hq_lon": float(r["hq_lon"]),
        }
        for r in sources["districts"]
    )
    db["crafts"].insert_all(
        {"code": r["code"], **texts(r, "name", "blurb"), "colour": r["colour"], "position": i}
        for i, r in enumerate(sources["crafts"])
    )
    db["artisans"].insert_all(
        {
            "id": r["id"],
            "kind": r["kind"],
            **texts(r, "name"),
            "district": r["district"],
            **texts(r, "bio"),
            "phone": r["phone"],
            "email": r["email"],
            "website": r["website"],
            "contact_consent": _yes(r["contact_consent"]),
        }
        for r in sources["artisans"]
    )
    db["products"].insert_all(
        {
            "id": r["id"],
            "code": r["code"],
            "district": r["district"],
            "craft": r["craft"],
            "artisan": r["artisan"],
            **texts(r, "name", "description", "materials"),
            "gi_tag": _yes(r["gi_tag"]),
            "featured": _yes(r["featured"]),
            "position": i,
        }
        for i, r in enumerate(sources["products"])
    )
    db["media"].insert_all(
        {
            "product": r["product"],
            "position": int(r["position"]),
            "display": r["display"],
            "thumb": r["thumb"],
            "width": int(r["width"]),
            "height": int(r["height"]),
            "credit": r["credit"],
            **texts(r, "alt"),
            "illustrative": _yes(r["illustrative"]),
        }
        for r in sources["media"]
    )
    db["settings"].insert_all({"key": r["key"], "value": r["value"]} for r in sources["settings"])
    db["url_templates"].insert_all(
        {"name": r["name"], "template": r["template"]} for r in sources["url_templates"]
    )
