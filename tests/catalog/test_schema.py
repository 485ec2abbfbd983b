"""Migrations: numbered, recorded, applied once; full-text search in every language."""

import contextlib

from sqlite_utils import Database

from kiosk.catalog.schema import LATEST_VERSION, MIGRATIONS, migrate
from kiosk.migrations import schema_version


def test_fresh_database_gets_every_migration_once(tmp_path):
    db = Database(tmp_path / "c.db")
    assert schema_version(db) == 0
    assert migrate(db) == LATEST_VERSION
    assert migrate(db) == LATEST_VERSION
    recorded = [(r["version"], r["name"]) for r in db["schema_migrations"].rows]
    assert recorded == [(v, name) for v, name, _ in MIGRATIONS]
    for table in (
        "districts",
        "crafts",
        "artisans",
        "products",
        "media",
        "url_templates",
        "settings",
        "catalog_info",
        "products_fts",
    ):
        assert db[table].exists(), table


def test_a_partly_migrated_database_is_brought_up_to_date(tmp_path):
    db = Database(tmp_path / "c.db")
    db["schema_migrations"].create({"version": int, "name": str, "applied_at": str}, pk="version")
    db.execute("BEGIN")
    MIGRATIONS[0][2](db)
    db.execute("INSERT INTO schema_migrations VALUES (1, 'create catalogue tables', 'x')")
    db.execute("COMMIT")
    assert migrate(db) == LATEST_VERSION
    assert db["products_fts"].exists()


def test_products_of_an_older_catalogue_become_original_odop_products(tmp_path):
    """Migration 4 gives every product already there the year of the first ODOP list."""
    db = Database(tmp_path / "c.db")
    db["schema_migrations"].create({"version": int, "name": str, "applied_at": str}, pk="version")
    db.execute("BEGIN")
    for version, name, step in MIGRATIONS[:3]:
        step(db)
        db.execute("INSERT INTO schema_migrations VALUES (?, ?, 'x')", [version, name])
    db.execute("COMMIT")
    db.execute("PRAGMA foreign_keys = OFF")
    db["products"].insert(
        {"id": "old", "district": "d", "craft": "c", "artisan": "a", "name_en": "n"}
    )
    db.conn.commit()
    assert "odop_year" not in db["products"].columns_dict
    assert migrate(db) == LATEST_VERSION
    assert db.execute("SELECT odop_year FROM products").fetchall() == [(2018,)]


def test_a_failing_migration_leaves_nothing_behind(tmp_path, monkeypatch):
    db = Database(tmp_path / "c.db")

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(
        "kiosk.catalog.schema.MIGRATIONS", [*MIGRATIONS, (LATEST_VERSION + 1, "broken", broken)]
    )
    with contextlib.suppress(RuntimeError):
        migrate(db)
    assert schema_version(db) == LATEST_VERSION
    assert not db["half_done"].exists()


def test_full_text_search_finds_every_language(catalog):
    db = Database(catalog.path)
    product = next(p for p in catalog.products.values() if len(p.name["ja"]) >= 3)
    for language in ("en", "hi", "ja"):
        needle = product.name[language][:3]
        rows = db.execute(
            "SELECT products.id FROM products_fts JOIN products "
            "ON products.rowid = products_fts.rowid WHERE products_fts MATCH ?",
            [f'"{needle}"'],
        ).fetchall()
        assert product.id in {r[0] for r in rows}, language


def test_a_catalogue_of_an_older_schema_is_shown_migrated_in_memory(tmp_catalog):
    """A kiosk updated to a new build keeps showing the catalogue staff installed before: the
    file is left as it is (an import migrates it) and its snapshot has the new columns."""
    import sqlite3
    from contextlib import closing

    from kiosk.catalog.store import load_catalog

    # schema 3: before readings, years and outlines
    with closing(sqlite3.connect(tmp_catalog)) as conn:
        for column in ("name_ja_reading", "materials_ja_reading", "odop_year"):
            conn.execute(f"ALTER TABLE products DROP COLUMN {column}")
        for table in ("districts", "crafts"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN name_ja_reading")
        conn.execute("DROP TABLE district_outlines")
        conn.execute("DELETE FROM schema_migrations WHERE version > 3")
        conn.commit()
    before = tmp_catalog.read_bytes()
    catalog = load_catalog(tmp_catalog)
    assert tmp_catalog.read_bytes() == before
    assert len(catalog.products) > 100
    assert {product.odop_year for product in catalog.products.values()} == {2018}
    assert catalog.search("brass", "en")  # the search index needs no reading to work
    # Its descriptions and materials are held in memory (the copy they were read from goes).
    with closing(sqlite3.connect(tmp_catalog)) as conn:
        stored = {
            r[0]: (r[1] or "", r[2] or "")
            for r in conn.execute("SELECT id, description_ja, materials_hi FROM products")
        }
    assert {
        p.id: (p.description["ja"], p.materials["hi"]) for p in catalog.products.values()
    } == stored
    # And so are its photos' alt texts.
    with closing(sqlite3.connect(tmp_catalog)) as conn:
        alts = {
            (r[0], r[1]): r[2] or ""
            for r in conn.execute("SELECT product, position, alt_hi FROM media")
        }
    assert {
        (photo.product, photo.position): photo.alt["hi"]
        for p in catalog.products.values()
        for photo in p.photos
    } == alts
    assert any(alts.values())
