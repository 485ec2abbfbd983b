"""build-catalog checks its CSV sources as an import checks the staff spreadsheet
(validate.py), and media.csv with its own check; every problem names FILE:ROW:COLUMN and no
catalogue is written."""

import csv
from pathlib import Path

import pytest

from kiosk.catalog.build import SourceError, build_catalog
from kiosk.paths import BUNDLED_MEDIA, CATALOG_SOURCES


def _sources(tmp_path: Path, name: str, row: int, column: str, value: str) -> Path:
    """A copy of the bundled sources with one cell of `name`.csv changed (`row` counted as
    staff see it, the header being row 1)."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for source in CATALOG_SOURCES.glob("*.csv"):
        (folder / source.name).write_bytes(source.read_bytes())
    path = folder / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[row - 2][column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder


@pytest.mark.parametrize(
    ("name", "row", "column", "value", "message"),
    [
        # Checks that build-catalog had none of before it used the import's validation:
        ("crafts", 3, "name_en", "x" * 61, r"crafts\.csv:3:name_en: 61 characters; at most 60"),
        ("districts", 5, "hq_lat", "north", r"districts\.csv:5:hq_lat: not a number"),
        ("artisans", 2, "email", "nobody", r"artisans\.csv:2:email: not an e-mail address"),
        ("products", 6, "gi_tag", "maybe", r"products\.csv:6:gi_tag: write yes or no"),
        # and the ones it kept:
        ("products", 4, "code", "", r"products\.csv:4:code: write a whole number from 1"),
        ("products", 4, "code", "1", r"products\.csv:4:code: duplicate code '1'"),
        ("settings", 2, "key", "volume", r"settings\.csv:2:key: unknown setting"),
        ("media", 7, "display", "display/none.jpg", r"media\.csv:7:display: no file"),
        ("media", 3, "product", "atlantis", r"media\.csv:3:product: unknown product 'atlantis'"),
        ("media", 3, "width", "wide", r"media\.csv:3:width: write a whole number"),
    ],
)
def test_a_bad_source_cell_names_file_row_and_column(tmp_path, name, row, column, value, message):
    sources = _sources(tmp_path, name, row, column, value)
    with pytest.raises(SourceError, match=message) as refused:
        build_catalog(sources, BUNDLED_MEDIA, tmp_path / "out.db")
    assert len(refused.value.problems) == 1, str(refused.value)
    assert not (tmp_path / "out.db").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["sources"]  # no temporary file left


def test_a_missing_column_is_reported(tmp_path):
    folder = _sources(tmp_path, "crafts", 2, "colour", "#123456")
    text = (folder / "crafts.csv").read_text(encoding="utf-8")
    (folder / "crafts.csv").write_text(text.replace(",colour\n", ",color\n", 1), encoding="utf-8")
    with pytest.raises(SourceError, match=r"crafts\.csv:1:colour: missing column"):
        build_catalog(folder, BUNDLED_MEDIA, tmp_path / "out.db")
