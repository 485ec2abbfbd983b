"""The committed catalog.db is exactly what its sources build, and covers what it must."""

import csv
import json
import re
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.catalog.build import SourceError, build_catalog
from kiosk.catalog.odop import ODOP_FIRST_YEAR, odop_lines
from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_CATALOG, BUNDLED_MEDIA, CATALOG_SOURCES

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "up_odop_districts.csv"
ADDITIONS = REFERENCE.with_name("up_odop_additions.csv")
DEVANAGARI = re.compile("[\u0900-\u097f]")
JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, ignoring when the migrations ran."""
    db = Database(path)
    tables = {}
    for table in db.table_names():
        if table == "schema_migrations":
            rows = db.execute("SELECT version, name FROM schema_migrations").fetchall()
        else:
            rows = db.execute(f"SELECT * FROM [{table}]").fetchall()
        tables[table] = sorted(rows, key=repr)
    db.close()
    return tables


def test_committed_catalogue_matches_its_sources(tmp_path):
    rebuilt = build_catalog(CATALOG_SOURCES, BUNDLED_MEDIA, tmp_path / "catalog.db")
    committed, fresh = dump(BUNDLED_CATALOG), dump(rebuilt)
    media_dir = {"catalog_info"}
    for table in committed.keys() - media_dir:
        assert committed[table] == fresh[table], f"{table} differs: run kiosk-admin build-catalog"
    info = dict(committed["catalog_info"])
    assert info["media_dir"] == "assets/media"
    assert info["version"] == dict(fresh["catalog_info"])["version"]


@pytest.mark.skipif(not REFERENCE.is_file(), reason="shared/data is not beside the repo")
def test_every_district_has_its_odop_product(catalog):
    with REFERENCE.open(encoding="utf-8") as handle:
        reference = {row["district_code"]: row for row in csv.DictReader(handle)}
    assert set(catalog.districts) == set(reference)
    for code, row in reference.items():
        products = catalog.products_of_district(code)
        assert products, code
        assert row["category"] in {p.craft for p in products}, code
        assert catalog.districts[code].name["hi"] == row["district_hi"]
        if row["gi_tag"] != "yes":
            assert not any(p.gi_tag for p in products), code


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.skipif(
    not (REFERENCE.is_file() and ADDITIONS.is_file()), reason="shared/data is not beside the repo"
)
def test_every_district_and_every_odop_addition_is_in_the_catalogue(catalog):
    """Both reference lists: each district's 2018 product comes first on its page, and each
    product the state added later is there with its year, after it."""
    originals, additions = _rows(REFERENCE), _rows(ADDITIONS)
    assert len(additions) == 24
    for row in originals:
        products = catalog.products_of_district(row["district_code"])
        assert products[0].odop_year == ODOP_FIRST_YEAR, row["district_code"]
        assert products[0].craft == row["category"] and products[0].odop_added is None
    for row in additions:
        products = catalog.products_of_district(row["district_code"])
        matching = [
            p
            for p in products
            if p.odop_year == int(row["year_added"]) and p.craft == row["category"]
        ]
        assert matching, f"no product for {row['district_code']} {row['product_en']}"
        assert all(p.odop_added == int(row["year_added"]) for p in matching)
    # and no product claims a later line that the state did not add
    lines = {(r["district_code"], int(r["year_added"]), r["category"]) for r in additions}
    for product in catalog.products.values():
        if product.odop_added:
            assert (product.district, product.odop_year, product.craft) in lines, product.id


@pytest.mark.skipif(
    not (REFERENCE.is_file() and ADDITIONS.is_file()), reason="shared/data is not beside the repo"
)
def test_the_packaged_odop_list_is_the_reference_data():
    """kiosk/catalog/odop_lines.csv (what doctor checks against) copies both lists."""
    expected = {
        (r["district_code"], ODOP_FIRST_YEAR, r["odop_product_en"], r["category"])
        for r in _rows(REFERENCE)
    } | {
        (r["district_code"], int(r["year_added"]), r["product_en"], r["category"])
        for r in _rows(ADDITIONS)
    }
    packaged = [(line.district, line.year, line.product, line.category) for line in odop_lines()]
    assert len(packaged) == len(expected) and set(packaged) == expected


def test_a_district_lists_its_original_product_first_then_additions_by_year(catalog):
    for code in catalog.districts:
        years = [p.odop_year for p in catalog.products_of_district(code)]
        assert years == sorted(years) and years[0] == ODOP_FIRST_YEAR, code
    agra = [p.id for p in catalog.products_of_district("agra")]
    assert agra.index("agra-petha") > agra.index("agra-hand-lasted-leather-shoes")
    assert catalog.products["banda-shajar-stone-cufflinks"].featured


def test_catalogue_is_rich_enough(catalog):
    assert len(catalog.districts) == 75
    assert len(catalog.products) >= 120
    per_district = {code: len(catalog.products_of_district(code)) for code in catalog.districts}
    for famous in (
        "varanasi",
        "lucknow",
        "moradabad",
        "firozabad",
        "bhadohi",
        "kannauj",
        "azamgarh",
        "gorakhpur",
        "banda",
        "bulandshahr",
        "saharanpur",
    ):
        assert per_district[famous] >= 3, famous
    assert catalog.featured()
    assert {p.artisan for p in catalog.products.values()} <= set(catalog.artisans)


def test_every_text_exists_in_every_language(catalog):
    for product in catalog.products.values():
        for field in (product.name, product.description, product.materials):
            assert all(field[lang].strip() for lang in ("en", "hi", "ja")), product.id
            assert DEVANAGARI.search(field["hi"]), product.id
            assert JAPANESE.search(field["ja"]), product.id
    for group in (catalog.districts, catalog.crafts, catalog.artisans):
        for item in group.values():
            assert JAPANESE.search(item.name["ja"]) and DEVANAGARI.search(item.name["hi"])


def test_photos_exist_are_illustrative_and_small_enough(catalog):
    for product in catalog.products.values():
        assert product.photos, product.id
        for photo in product.photos:
            assert photo.display.is_file() and photo.thumb.is_file()
            assert photo.illustrative and photo.alt["en"]
            assert max(photo.width, photo.height) <= 2160
    total = sum(f.stat().st_size for f in BUNDLED_MEDIA.rglob("*") if f.is_file())
    assert total < 25 * 1024 * 1024
    referenced = {
        p
        for product in catalog.products.values()
        for photo in product.photos
        for p in (photo.display, photo.thumb)
    }
    assert {f.resolve() for f in BUNDLED_MEDIA.rglob("*.jpg")} == referenced


def test_every_product_has_links_that_fit_a_qr_code(catalog):
    for product_id in catalog.products:
        for language in ("en", "hi", "ja"):
            links = catalog.product_links(product_id, language)
            assert all(url.startswith("https://") for url in links.values())


def test_every_district_has_its_outline_around_its_headquarters(catalog):
    from shapely.geometry import Point, Polygon

    assert "district_outlines" in dump(BUNDLED_CATALOG)
    for code, district in catalog.districts.items():
        assert len(district.outline) >= 4 and district.outline[0] == district.outline[-1]
        assert Polygon(district.outline).contains(Point(district.lon, district.lat)), code


def test_a_district_without_an_outline_is_refused(tmp_path):
    for name in CATALOG_SOURCES.iterdir():
        (tmp_path / name.name).write_bytes(name.read_bytes())
    source = tmp_path / "district_outlines.geojson"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["features"] = [
        f for f in data["features"] if f["properties"]["district_code"] != "bhadohi"
    ]
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SourceError, match=r"district_outlines\.geojson: no outline for bhadohi$"):
        build_catalog(tmp_path, BUNDLED_MEDIA, tmp_path / "out.db")
    data["features"][0]["geometry"]["type"] = "MultiPolygon"
    source.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SourceError, match=r"feature 1 \(agra\): the geometry must be one Polygon"):
        build_catalog(tmp_path, BUNDLED_MEDIA, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_a_broken_reference_names_file_row_and_column(tmp_path):
    for name in CATALOG_SOURCES.iterdir():
        (tmp_path / name.name).write_bytes(name.read_bytes())
    products = (tmp_path / "products.csv").read_text(encoding="utf-8").splitlines()
    header = products[0].split(",")
    row = next(csv.reader([products[3]]))
    row[header.index("district")] = "atlantis"
    with (tmp_path / "products.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for line in products[1:3]:
            writer.writerow(next(csv.reader([line])))
        writer.writerow(row)
    with pytest.raises(SourceError, match=r"products\.csv:4:district: unknown district 'atlantis'"):
        build_catalog(tmp_path, BUNDLED_MEDIA, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_a_bad_odop_year_names_file_row_and_column(tmp_path):
    for name in CATALOG_SOURCES.glob("*.csv"):
        (tmp_path / name.name).write_bytes(name.read_bytes())
    with (CATALOG_SOURCES / "products.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[4]["odop_year"] = "2016"
    with (tmp_path / "products.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(SourceError, match=r"products\.csv:6:odop_year: write the year"):
        build_catalog(tmp_path, BUNDLED_MEDIA, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()


def test_a_damaged_file_is_reported_not_shown(tmp_path):
    from kiosk.catalog.store import CatalogError

    damaged = tmp_path / "catalog.db"
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CatalogError, match=r"catalog\.db"):
        load_catalog(damaged)
