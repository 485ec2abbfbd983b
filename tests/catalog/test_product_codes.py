"""Short product codes: given once, kept for good, never handed to another product, and
short enough that a whole shortlist fits one QR code."""

import sqlite3
from contextlib import closing

import pytest
from openpyxl import load_workbook

from kiosk.catalog.product_codes import LAST_CODE_KEY, SHORTLIST_LIMIT
from kiosk.catalog.schema import MIGRATIONS, migrate
from kiosk.catalog.store import load_catalog
from kiosk.qr.codes import MAX_VERSION, qr_matrix
from tests.catalog.spreadsheet_kit import admin, append_row, get, ok, put, rows_where


def codes(db) -> dict[str, str]:
    return {p.id: p.code for p in load_catalog(db).products.values()}


def last_code(db) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(
            conn.execute(
                "SELECT value FROM catalog_info WHERE key = ?", [LAST_CODE_KEY]
            ).fetchone()[0]
        )


@pytest.fixture
def exported(tmp_catalog, tmp_path):
    path = tmp_path / "catalogue.xlsx"
    ok(admin(tmp_catalog, "export", path))
    return path


def test_bundled_products_have_distinct_short_codes(catalog):
    all_codes = [p.code for p in catalog.products.values()]
    assert len(set(all_codes)) == len(all_codes)
    assert all(code.isdigit() and len(code) <= 5 for code in all_codes)


def test_a_full_shortlist_fits_one_qr_code_in_every_language(catalog):
    chosen = sorted(catalog.products, key=lambda pid: -len(catalog.products[pid].code))
    for lang in ("en", "hi", "ja"):
        link = catalog.enquiry_link(chosen[:SHORTLIST_LIMIT], lang)
        assert all(catalog.products[pid].code in link for pid in chosen[:SHORTLIST_LIMIT])
        assert (len(qr_matrix(link)) - 8 - 17) // 4 <= MAX_VERSION


def test_a_new_product_gets_the_next_code_never_one_used_before(tmp_catalog, tmp_path, exported):
    before = codes(tmp_catalog)
    book = load_workbook(exported)
    highest = max(before, key=lambda pid: int(before[pid]))
    book["products"].delete_rows(rows_where(book, "products", "id", highest)[0])
    book.save(tmp_path / "removed.xlsx")
    ok(admin(tmp_catalog, "import", tmp_path / "removed.xlsx"))

    book = load_workbook(tmp_path / "removed.xlsx")
    new_row = append_row(book, "products", 2, id="agra-new-brogues")
    assert get(book, "products", new_row, "code") is None
    book.save(tmp_path / "added.xlsx")
    ok(admin(tmp_catalog, "import", tmp_path / "added.xlsx"))

    after = codes(tmp_catalog)
    assert after["agra-new-brogues"] == str(int(before[highest]) + 1)  # not the removed one's
    assert {pid: code for pid, code in after.items() if pid != "agra-new-brogues"} == {
        pid: code for pid, code in before.items() if pid != highest
    }
    assert last_code(tmp_catalog) == int(before[highest]) + 1


def test_an_emptied_code_cell_keeps_the_products_code(tmp_catalog, tmp_path, exported):
    before = codes(tmp_catalog)
    book = load_workbook(exported)
    put(book, "products", 3, "code", None)
    book.save(tmp_path / "emptied.xlsx")
    result = ok(admin(tmp_catalog, "import", tmp_path / "emptied.xlsx"))
    assert codes(tmp_catalog) == before, result


def test_staff_may_choose_a_code(tmp_catalog, tmp_path, exported):
    book = load_workbook(exported)
    product = get(book, "products", 2, "id")
    put(book, "products", 2, "code", 777)  # a number cell, as Excel makes it
    book.save(tmp_path / "chosen.xlsx")
    ok(admin(tmp_catalog, "import", tmp_path / "chosen.xlsx"))
    assert codes(tmp_catalog)[product] == "777"
    assert last_code(tmp_catalog) == 777


@pytest.mark.parametrize(
    "value, words",
    [
        ("A12", "write a whole number from 1 to 99999"),
        ("012", "write a whole number from 1 to 99999"),
        (123456, "write a whole number from 1 to 99999"),
        ("3", "duplicate code '3' (first in row 4)"),
    ],
)
def test_bad_codes_are_refused_with_their_row(tmp_catalog, tmp_path, exported, value, words):
    book = load_workbook(exported)
    put(book, "products", 9, "code", value)
    book.save(tmp_path / "bad.xlsx")
    result = admin(tmp_catalog, "import", tmp_path / "bad.xlsx")
    assert result.returncode == 1
    assert f"bad.xlsx[products]:9:code: {words}" in result.stdout


def test_the_migration_numbers_existing_products_in_the_kiosks_order(tmp_path):
    from sqlite_utils import Database

    db = Database(tmp_path / "old.db")
    db["schema_migrations"].create({"version": int, "name": str, "applied_at": str}, pk="version")
    for version, name, step in MIGRATIONS[:2]:
        step(db)
        db["schema_migrations"].insert({"version": version, "name": name, "applied_at": "x"})
    db["districts"].insert({"code": "agra", "name_en": "Agra", "hq_lat": 27.2, "hq_lon": 78.0})
    db["crafts"].insert({"code": "leather", "name_en": "Leather", "colour": "#7a1f2b"})
    db["artisans"].insert({"id": "a", "kind": "cluster", "name_en": "A", "district": "agra"})
    db["catalog_info"].insert({"key": "version", "value": "x"})
    for pid, position in (("second", 1), ("first", 0), ("third", 2)):
        db["products"].insert(
            {
                "id": pid,
                "district": "agra",
                "craft": "leather",
                "artisan": "a",
                "name_en": pid,
                "position": position,
            }
        )
    migrate(db)
    assert {r["id"]: r["code"] for r in db["products"].rows} == {
        "first": "1",
        "second": "2",
        "third": "3",
    }
    assert db["catalog_info"].get(LAST_CODE_KEY)["value"] == "3"
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE products SET code = '1' WHERE id = 'third'")
