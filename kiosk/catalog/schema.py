"""The catalogue's schema as numbered migrations, each applied once in its own transaction."""

from sqlite_utils import Database

from kiosk.catalog.odop import ODOP_FIRST_YEAR
from kiosk.catalog.product_codes import LAST_CODE_KEY
from kiosk.languages import LANGUAGES
from kiosk.migrations import Migration, apply_migrations


def _per_language(*fields: str) -> dict[str, type]:
    return {f"{field}_{lang}": str for field in fields for lang in LANGUAGES}


def _create_catalogue(db: Database) -> None:
    db.table("districts").create(
        {
            "code": str,
            **_per_language("name"),
            "division_en": str,
            "hq_lat": float,
            "hq_lon": float,
        },
        pk="code",
        not_null={"name_en"},
    )
    db.table("crafts").create(
        {"code": str, **_per_language("name", "blurb"), "colour": str, "position": int},
        pk="code",
        not_null={"name_en", "colour"},
    )
    db.table("artisans").create(
        {
            "id": str,
            "kind": str,
            **_per_language("name"),
            "district": str,
            **_per_language("bio"),
            "phone": str,
            "email": str,
            "website": str,
            "contact_consent": int,
        },
        pk="id",
        not_null={"name_en", "district", "kind"},
        foreign_keys=[("district", "districts", "code")],
    )
    db.table("products").create(
        {
            "id": str,
            "district": str,
            "craft": str,
            "artisan": str,
            **_per_language("name", "description", "materials"),
            "gi_tag": int,
            "featured": int,
            "position": int,
        },
        pk="id",
        not_null={"name_en", "district", "craft", "artisan"},
        foreign_keys=[
            ("district", "districts", "code"),
            ("craft", "crafts", "code"),
            ("artisan", "artisans", "id"),
        ],
    )
    db.table("media").create(
        {
            "product": str,
            "position": int,
            "display": str,
            "thumb": str,
            "width": int,
            "height": int,
            "credit": str,
            **_per_language("alt"),
            "illustrative": int,
        },
        pk=("product", "position"),
        not_null={"display", "thumb"},
        foreign_keys=[("product", "products", "id")],
    )
    db.table("url_templates").create(
        {"name": str, "template": str}, pk="name", not_null={"template"}
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("catalog_info").create({"key": str, "value": str}, pk="key")
    for table, column in [
        ("products", "district"),
        ("products", "craft"),
        ("products", "artisan"),
        ("artisans", "district"),
    ]:
        db.table(table).create_index([column])


def _create_search_index(db: Database) -> None:
    """FTS5 over product names and descriptions in every language.

    The trigram tokenizer matches inside words, which Japanese (no spaces between words) and
    Hindi need; an external-content table with triggers keeps it in step with `products`.
    """
    columns = [f"{field}_{lang}" for field in ("name", "description") for lang in LANGUAGES]
    listed = ", ".join(columns)
    new_values = ", ".join(f"new.{c}" for c in columns)
    old_values = ", ".join(f"old.{c}" for c in columns)
    db.execute(
        f"CREATE VIRTUAL TABLE products_fts USING fts5({listed}, "
        "content='products', content_rowid='rowid', tokenize='trigram')"
    )
    db.execute(
        f"CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN "
        f"INSERT INTO products_fts(rowid, {listed}) VALUES (new.rowid, {new_values}); END"
    )
    db.execute(
        f"CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN "
        f"INSERT INTO products_fts(products_fts, rowid, {listed}) "
        f"VALUES ('delete', old.rowid, {old_values}); END"
    )
    db.execute(
        f"CREATE TRIGGER products_fts_au AFTER UPDATE ON products BEGIN "
        f"INSERT INTO products_fts(products_fts, rowid, {listed}) "
        f"VALUES ('delete', old.rowid, {old_values}); "
        f"INSERT INTO products_fts(rowid, {listed}) VALUES (new.rowid, {new_values}); END"
    )


def _add_product_codes(db: Database) -> None:
    """Short product codes for the shortlist's enquiry link (see product_codes.py),
    numbered in the kiosk's order for the products already there."""
    db.table("products").add_column("code", str)
    ids = [row[0] for row in db.execute("SELECT id FROM products ORDER BY position, id")]
    db.conn.executemany(
        "UPDATE products SET code = ? WHERE id = ?",
        [(str(number), pid) for number, pid in enumerate(ids, start=1)],
    )
    db.table("products").create_index(["code"], unique=True)
    db.table("catalog_info").upsert({"key": LAST_CODE_KEY, "value": str(len(ids))}, pk="key")


# The kana readings of Japanese texts that visitors' search finds them by (search.py).
READING_COLUMNS = {
    "products": ("name_ja_reading", "materials_ja_reading"),
    "districts": ("name_ja_reading",),
    "crafts": ("name_ja_reading",),
}


def _add_readings(db: Database) -> None:
    for table, columns in READING_COLUMNS.items():
        for column in columns:
            db.table(table).add_column(column, str)


def _add_odop_years(db: Database) -> None:
    """The year each product's line joined its district's ODOP list (see odop.py); the
    products already there are the districts' original products."""
    db.table("products").add_column("odop_year", int, not_null_default=ODOP_FIRST_YEAR)


def _add_district_outlines(db: Database) -> None:
    """The outline of each district for the map: one ring of [lon, lat] points as JSON.

    Keyed by district code with no foreign key, so that an import replacing the districts
    sheet keeps them; `doctor` checks that every district has one.
    """
    db.table("district_outlines").create(
        {"district": str, "ring": str}, pk="district", not_null={"ring"}
    )


MIGRATIONS: list[Migration] = [
    (1, "create catalogue tables", _create_catalogue),
    (2, "full-text search over products", _create_search_index),
    (3, "short product codes", _add_product_codes),
    (4, "kana readings of Japanese texts for search", _add_readings),
    (5, "ODOP year of products", _add_odop_years),
    (6, "district outlines", _add_district_outlines),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def migrate(db: Database) -> int:
    """Apply every catalogue migration the database has not had yet; the schema version."""
    db.execute("PRAGMA foreign_keys = ON")
    return apply_migrations(db, MIGRATIONS)
