"""`kiosk-admin doctor`: one PASS/FAIL (or WARN) line per check, exit 1 on any FAIL, on real
files.

Every damage is done to `catalogue`, a private copy; its photos are hard links to the
repository's, so a test removes a link or writes a new file but never changes a photo. The
copy lists the photos of its first three products only: the photo check decodes every photo
it lists (about 10 s for all of them); the test of the bundled catalogue checks them all.
"""

import sqlite3
from contextlib import closing

import pytest

from kiosk.catalog.doctor import CheckResult, run_checks
from kiosk.catalog.schema import LATEST_VERSION
from kiosk.paths import BUNDLED_CATALOG
from tests.admin.test_cli import run

CATALOGUE_CHECKS = [
    "integrity",
    "foreign keys",
    "schema version",
    "photos",
    "QR links",
    "contact cards",
    "settings",
    "readings",
    "ODOP products",
    "ODOP lines",
    "district outlines",
]
ALL_CHECKS = CATALOGUE_CHECKS + ["fonts en", "fonts hi", "fonts ja"]


KEPT_PHOTOS = 3  # products whose photos the copy keeps


@pytest.fixture
def catalogue(tmp_catalog):
    """The bundled catalogue's private catalogue, with the photos of its first three products."""
    edit(
        tmp_catalog,
        (
            "DELETE FROM media WHERE product NOT IN "
            "(SELECT DISTINCT product FROM media ORDER BY product LIMIT ?)",
            [KEPT_PHOTOS],
        ),
    )
    return tmp_catalog


def doctor(db) -> tuple[int, dict[str, tuple[str, str]], str]:
    """Exit code, {check name: (PASS|FAIL|WARN, detail)} and stderr of `kiosk-admin doctor`."""
    result = run("--db", str(db), "doctor")
    assert "Traceback" not in result.stderr
    lines = {}
    for line in result.stdout.splitlines():
        verdict, _, rest = line.partition("  ")
        name, _, detail = rest.partition(": ")
        assert verdict in ("PASS", "FAIL", "WARN"), line
        lines[name] = (verdict, detail)
    assert list(lines) == ALL_CHECKS, result.stdout
    return result.returncode, lines, result.stderr


def assert_fails_only(db, failing: set[str]) -> dict[str, str]:
    """Run doctor on `db`: exactly `failing` FAIL, exit 1, one summary line on stderr."""
    code, lines, stderr = doctor(db)
    assert {name for name, (verdict, _) in lines.items() if verdict == "FAIL"} == failing, lines
    assert code == 1
    summary = stderr.strip().splitlines()
    assert len(summary) == 1 and summary[0].startswith("kiosk-admin: "), stderr
    assert f"{len(failing)} of {len(ALL_CHECKS)} checks failed" in summary[0]
    return {name: detail for name, (_, detail) in lines.items()}


def edit(db, *statements: tuple[str, list]) -> None:
    with closing(sqlite3.connect(db)) as conn, conn:
        for sql, params in statements:
            conn.execute(sql, params)


def first_photo(db) -> tuple[str, int, str]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT product, position, display FROM media ORDER BY product, position LIMIT 1"
        ).fetchone()


def test_the_bundled_catalogue_passes_every_check():
    code, lines, stderr = doctor(BUNDLED_CATALOG)
    assert all(verdict == "PASS" for verdict, _ in lines.values()), lines
    assert code == 0 and stderr == ""
    assert lines["integrity"][1] == "ok"
    assert lines["schema version"][1] == f"version {LATEST_VERSION}"
    with closing(sqlite3.connect(BUNDLED_CATALOG)) as conn:
        total, later, gi = conn.execute(
            "SELECT count(*), sum(odop_year > 2018), sum(gi_tag) FROM products"
        ).fetchone()
    assert lines["ODOP products"][1] == (
        f"{total} products: {total - later} original (2018), {later} later additions "
        f"(2022: 10, 2025: 14); {gi} with a GI tag"
    )
    assert lines["ODOP lines"][1].startswith("each of the 99 ODOP lines (2018, 2022, 2025)")


def test_a_missing_odop_line_is_a_warning_not_a_failure(catalogue):
    """Agra without its petha (a 2025 addition): doctor names the line and still passes."""
    edit(
        catalogue,
        ("DELETE FROM media WHERE product = ?", ["agra-petha"]),
        ("DELETE FROM products WHERE id = ?", ["agra-petha"]),
    )
    code, lines, stderr = doctor(catalogue)
    assert code == 0 and stderr == ""
    assert {name for name, (verdict, _) in lines.items() if verdict != "PASS"} == {"ODOP lines"}
    verdict, detail = lines["ODOP lines"]
    assert verdict == "WARN"
    assert detail.startswith("1 of 99 ODOP lines have no product")
    assert "agra 2025 Petha (ash-gourd sweet) (food-and-agro)" in detail
    assert "(2022: 10, 2025: 13)" in lines["ODOP products"][1]


def test_a_deleted_photo_fails_the_photo_check(catalogue):
    product, _, display = first_photo(catalogue)
    (catalogue.parent / "media" / display).unlink()  # only the copy's link goes
    detail = assert_fails_only(catalogue, {"photos"})["photos"]
    assert detail.startswith("1 of ")
    assert f"{product}: {display} is missing" in detail


def test_a_truncated_photo_fails_the_photo_check(catalogue):
    product, position, display = first_photo(catalogue)
    whole = (catalogue.parent / "media" / display).read_bytes()
    (catalogue.parent / "media" / "display" / "half.jpg").write_bytes(
        whole[: len(whole) // 2]
    )  # a new file: the repository's photo stays whole
    edit(
        catalogue,
        (
            "UPDATE media SET display = 'display/half.jpg' WHERE product = ? AND position = ?",
            [product, position],
        ),
    )
    detail = assert_fails_only(catalogue, {"photos"})["photos"]
    assert detail.startswith("1 of ")
    assert f"{product}: display/half.jpg does not decode" in detail


def test_a_product_of_an_unknown_district_fails_the_foreign_key_check(catalogue):
    with closing(sqlite3.connect(catalogue)) as conn:
        craft, artisan = conn.execute("SELECT craft, artisan FROM products LIMIT 1").fetchone()
    edit(
        catalogue,
        ("PRAGMA foreign_keys = OFF", []),
        (
            "INSERT INTO products (id, district, craft, artisan, name_en, position) "
            "VALUES ('lost-product', 'atlantis', ?, ?, 'Lost product', 999)",
            [craft, artisan],
        ),
    )
    detail = assert_fails_only(catalogue, {"foreign keys"})["foreign keys"]
    assert detail == (
        "1 broken reference(s): products 'lost-product': district 'atlantis' is not in districts"
    )


def test_an_enquiry_template_too_long_for_a_qr_code_fails_the_link_check(catalogue):
    edit(
        catalogue,
        (
            "UPDATE url_templates SET template = template || '&note=' || ? WHERE name = 'enquiry'",
            ["x" * 150],
        ),
    )
    detail = assert_fails_only(catalogue, {"QR links"})["QR links"]
    with closing(sqlite3.connect(catalogue)) as conn:
        products = conn.execute("SELECT count(*) FROM products").fetchone()[0]
    # Every product's enquiry link in three languages, and a full shortlist's in each.
    assert detail.startswith(f"{products * 3 + 3} of {products * 6 + 3} links fail: ")
    assert " en enquiry: URL is " in detail and "bytes long" in detail
    assert " artisan:" not in detail


def test_an_invalid_setting_fails_the_settings_check(catalogue):
    edit(catalogue, ("UPDATE settings SET value = '2' WHERE key = 'idle_timeout_s'", []))
    detail = assert_fails_only(catalogue, {"settings"})["settings"]
    assert "idle_timeout_s must be at least 10" in detail


def test_text_no_font_can_draw_fails_that_languages_font_check(catalogue):
    edit(
        catalogue,
        (
            "UPDATE products SET name_ja = ? || name_ja WHERE rowid = "
            "(SELECT min(rowid) FROM products)",
            ["\u0d80"],
        ),
    )  # unassigned
    detail = assert_fails_only(catalogue, {"fonts ja"})["fonts ja"]
    assert detail.startswith("no glyph for U+0D80 in 1 of ")
    assert "first '\\u0d80" in detail  # the text it is in, named


def test_an_older_schema_fails_the_version_check(catalogue):
    edit(catalogue, ("DELETE FROM schema_migrations WHERE version > 1", []))
    details = assert_fails_only(catalogue, {"schema version", "QR links", "contact cards"})
    assert details["schema version"] == f"version 1; this kiosk reads version {LATEST_VERSION}"


def corrupt_products_page(db) -> None:
    """Overwrite the first page of the products table with garbage."""
    with closing(sqlite3.connect(db)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'products'"
        ).fetchone()[0]
    with open(db, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def corrupt_header(db) -> None:
    with open(db, "r+b") as file:
        file.write(b"this is no database, sorry!" * 4)


@pytest.mark.parametrize("damage", [corrupt_products_page, corrupt_header])
def test_a_damaged_catalogue_file_fails_without_a_traceback(catalogue, damage):
    damage(catalogue)
    code, lines, stderr = doctor(catalogue)
    assert code == 1
    verdict, detail = lines["integrity"]
    assert verdict == "FAIL"
    assert (
        "integrity_check" in detail or "malformed" in detail or "not a readable catalogue" in detail
    ), detail
    assert len(stderr.strip().splitlines()) == 1


def test_a_missing_catalogue_file_fails_every_catalogue_check(tmp_path):
    missing = tmp_path / "missing.db"
    results = run_checks(missing)
    assert [r.name for r in results] == CATALOGUE_CHECKS
    assert all(isinstance(r, CheckResult) and not r.ok for r in results)
    assert results[0].detail == f"no catalogue file at {missing}"
    code, lines, stderr = doctor(missing)
    assert code == 1
    assert all(lines[name][0] == "FAIL" for name in CATALOGUE_CHECKS)
    assert len(stderr.strip().splitlines()) == 1 and "missing.db" in stderr


def test_a_template_too_long_only_for_a_full_shortlist_fails_the_link_check(catalogue):
    edit(
        catalogue,
        (
            "UPDATE url_templates SET template = template || '&note=' || ? WHERE name = 'enquiry'",
            ["x" * 60],
        ),
    )
    detail = assert_fails_only(catalogue, {"QR links"})["QR links"]
    assert detail.startswith("3 of ") and "a shortlist of 20 en enquiry: URL is" in detail


def test_a_name_too_long_for_the_save_contact_card_fails_the_card_check(catalogue):
    with closing(sqlite3.connect(catalogue)) as conn:
        maker = conn.execute(
            "SELECT id FROM artisans WHERE contact_consent = 1 ORDER BY id LIMIT 1"
        ).fetchone()[0]
    edit(catalogue, ("UPDATE artisans SET name_ja = ? WHERE id = ?", ["長" * 60, maker]))
    detail = assert_fails_only(catalogue, {"contact cards"})["contact cards"]
    assert detail.startswith("1 of ") and f"{maker} ja: the name" in detail


def test_a_japanese_name_with_kanji_and_no_reading_fails_the_readings_check(catalogue):
    brass = "aligarh-brass-lever-padlock"
    edit(
        catalogue,
        ("UPDATE products SET name_ja_reading = '' WHERE id = ?", [brass]),
        ("UPDATE crafts SET name_ja_reading = NULL WHERE code = 'metalcraft'", []),
        # A name in kana only is its own reading: not reported.
        ("UPDATE districts SET name_ja_reading = '' WHERE code = 'agra'", []),
    )
    detail = assert_fails_only(catalogue, {"readings"})["readings"]
    assert detail.startswith("2 Japanese name(s) with kanji and no reading: ")
    assert f"products {brass} 真鍮製レバー式南京錠" in detail
    assert "crafts metalcraft 金属工芸" in detail


def test_a_district_without_an_outline_fails_the_outline_check(catalogue):
    edit(catalogue, ("DELETE FROM district_outlines WHERE district = ?", ["hapur"]))
    details = assert_fails_only(catalogue, {"district outlines"})
    assert details["district outlines"] == "1 of 75 districts: hapur: no outline"


def test_an_outline_away_from_its_headquarters_fails_the_outline_check(catalogue):
    with closing(sqlite3.connect(catalogue)) as conn:
        ring = conn.execute(
            "SELECT ring FROM district_outlines WHERE district = 'agra'"
        ).fetchone()[0]
    edit(
        catalogue,
        ("UPDATE district_outlines SET ring = ? WHERE district = 'varanasi'", [ring]),
        (
            "UPDATE district_outlines SET ring = '[[80,25],[80.1,25],[80,25]]' "
            "WHERE district = 'lucknow'",
            [],
        ),
    )
    details = assert_fails_only(catalogue, {"district outlines"})
    assert details["district outlines"].startswith(
        "2 of 75 districts: lucknow: the outline has fewer than 3 points; "
        "varanasi: the headquarters lie "
    ), details
