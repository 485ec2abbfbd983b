"""Fills the kana readings of the bundled catalogue's Japanese texts (build time only).

    .venv/bin/pip install -e ".[readings]"   # fugashi, unidic-lite (MIT/BSD); not shipped
    .venv/bin/python -m tools.make_readings [--force]

For every Japanese text with kanji in assets/catalog/{products,districts,crafts}.csv whose
reading cell is empty (every one with --force), writes the reading the dictionary gives: kanji
words in hiragana, kana as written. A dictionary guesses: check every reading by eye and list
the doubtful ones in assets/catalog/README.md. Texts in kana only need no reading.
"""

import argparse
import csv
import sys
from pathlib import Path

import fugashi
import jaconv

from kiosk.catalog.layout import KANJI

SOURCES = Path(__file__).resolve().parent.parent / "assets" / "catalog"
FIELDS = {"products": ("name", "materials"), "districts": ("name",), "crafts": ("name",)}


def reading(tagger: fugashi.Tagger, text: str) -> str:
    parts = []
    for word in tagger(text):
        kana = word.feature.kana
        if KANJI.search(word.surface) and kana and kana != "*":
            parts.append(jaconv.kata2hira(kana))
        else:
            parts.append(word.surface)
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="replace readings already there")
    args = parser.parse_args()
    tagger = fugashi.Tagger()
    for sheet, fields in FIELDS.items():
        path = SOURCES / f"{sheet}.csv"
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        header = list(rows[0])
        for field in fields:
            column = f"{field}_ja_reading"
            if column not in header:
                header.insert(header.index(f"{field}_ja") + 1, column)
            for row in rows:
                text = row[f"{field}_ja"]
                if KANJI.search(text) and (args.force or not row.get(column)):
                    row[column] = reading(tagger, text)
                    print(f"{sheet}: {text} → {row[column]}", file=sys.stderr)
                row.setdefault(column, "")
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


if __name__ == "__main__":
    main()
