"""Writes the catalogue back out as the spreadsheet staff edit (see layout.py)."""

import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kiosk.catalog.layout import SHEETS
from kiosk.catalog.settings import SETTINGS
from kiosk.catalog.sheets import sheet_name_for_csv, write_spreadsheet


def _text(value: object, kind: str) -> str:
    if kind == "yesno":
        return "yes" if value else "no"
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _catalogue_setting(key: str) -> bool:
    return key not in SETTINGS or SETTINGS[key].in_catalogue


def catalogue_rows(db_path: Path) -> dict[str, list[dict[str, str]]]:
    """Every sheet's rows as staff see them (all values as text), in the kiosk's order."""
    db = Database(sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True))
    try:
        photos: dict[str, list[dict[str, Any]]] = {}
        for row in db["media"].rows_where(order_by="product, position"):
            photos.setdefault(row["product"], []).append(row)
        sheets = {}
        for name, sheet in SHEETS.items():
            order = (
                "position, id"
                if name == "products"
                else "position, code"
                if name == "crafts"
                else sheet.key
            )
            rows = []
            for record in db[name].rows_where(order_by=order):
                if name == "settings" and not _catalogue_setting(record["key"]):
                    continue  # an old catalogue's machine setting: the machine file decides it
                if name == "products":
                    pictures = photos.get(record["id"], [])
                    record["photos"] = ";".join(Path(p["display"]).name for p in pictures)
                    record["photo_credit"] = pictures[0]["credit"] if pictures else ""
                    record["photo_illustrative"] = bool(pictures and pictures[0]["illustrative"])
                rows.append({c.name: _text(record.get(c.name), c.kind) for c in sheet.columns})
            sheets[name] = rows
        return sheets
    finally:
        db.close()


def export_catalogue(db_path: Path, out: Path) -> dict[str, int]:
    """Write the catalogue to `out` (.xlsx: every sheet; .csv: products, or the sheet the
    file is named after, like artisans.csv); rows per sheet written."""
    sheets = catalogue_rows(db_path)
    write_spreadsheet(out, sheets)
    if Path(out).suffix.lower() == ".csv":
        sheet = sheet_name_for_csv(Path(out).stem)
        return {sheet: len(sheets[sheet])}
    return {name: len(rows) for name, rows in sheets.items()}
