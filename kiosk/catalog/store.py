"""Reads a catalogue file into an immutable snapshot that the kiosk shows.

The kiosk loads the whole catalogue at once (10,000 products load in well under a second)
so that screens never wait on SQLite and a new catalogue can replace the old in one step.
"""

import logging
import sqlite3
import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kiosk.catalog.odop import ODOP_FIRST_YEAR
from kiosk.catalog.outlines import Ring, decode
from kiosk.catalog.schema import LATEST_VERSION, migrate
from kiosk.catalog.search import SearchIndex
from kiosk.catalog.settings import stored_settings
from kiosk.catalog.urls import UrlTemplateError, build_url
from kiosk.languages import LANGUAGES
from kiosk.machine import MachineConfig, effective_settings, load_machine
from kiosk.migrations import schema_version

log = logging.getLogger(__name__)


class CatalogError(Exception):
    """A catalogue file the kiosk cannot open or show."""


Texts = dict[str, str]


def _texts(row: Mapping[str, Any], name: str) -> Texts:
    return {lang: row[f"{name}_{lang}"] or "" for lang in LANGUAGES}


@dataclass(frozen=True, slots=True)
class District:
    code: str
    name: Texts
    division: str
    lat: float
    lon: float
    name_reading: str = ""  # the kana reading of name["ja"], for search
    outline: Ring = ()  # (lon, lat) points, first == last; empty if the catalogue has none


@dataclass(frozen=True, slots=True)
class Craft:
    code: str
    name: Texts
    blurb: Texts
    colour: str
    name_reading: str = ""  # the kana reading of name["ja"], for search


@dataclass(frozen=True, slots=True)
class Artisan:
    id: str
    kind: str
    name: Texts
    district: str
    bio: Texts
    phone: str
    email: str
    website: str
    contact_consent: bool


class LongTexts:
    """Products' descriptions and materials, and their photos' alt texts, in every language:
    the texts of a catalogue that only a product page, the search index being built or a
    published site needs, read when asked for. Held in memory they took 24 MB of a
    10,000-product kiosk."""

    def get(self, product_id: str) -> tuple[Texts, Texts]:
        """(description, materials) of the product; empty texts for one it does not know."""
        raise NotImplementedError

    def alts(self, product_id: str) -> Mapping[int, Texts]:
        """The alt texts of the product's photos by position; {} for one it does not know."""
        raise NotImplementedError


class HeldTexts(LongTexts):
    """Texts kept in memory: a catalogue migrated in memory (see _brought_up_to_date), or
    products made by hand (benchmarks, tests)."""

    def __init__(
        self,
        texts: Mapping[str, tuple[Texts, Texts]] | None = None,
        alts: Mapping[str, Mapping[int, Texts]] | None = None,
    ):
        self._texts = dict(texts or {})
        self._alts = dict(alts or {})

    def update(self, texts: Mapping[str, tuple[Texts, Texts]]) -> None:
        self._texts.update(texts)

    def get(self, product_id: str) -> tuple[Texts, Texts]:
        return self._texts.get(product_id) or (_EMPTY, _EMPTY)

    def alts(self, product_id: str) -> Mapping[int, Texts]:
        return self._alts.get(product_id, {})


_EMPTY: Texts = {lang: "" for lang in LANGUAGES}
_LONG_COLUMNS = [f"{name}_{lang}" for name in ("description", "materials") for lang in LANGUAGES]
_ALT_COLUMNS = [f"alt_{lang}" for lang in LANGUAGES]


def _language_texts(values: Sequence[str | None]) -> Texts:
    return dict(zip(LANGUAGES, (text or "" for text in values), strict=True))


@dataclass(frozen=True, slots=True)
class Photo:
    """A product's photo. Its files' paths are made when asked for: held as Path objects,
    two per photo took about 8 MB of a 10,000-product kiosk. Its alt text is read when asked
    for (LongTexts)."""

    media_dir: Path  # the one folder of the catalogue's photos, shared by all of them
    display_name: str  # the display copy, relative to media_dir
    thumb_name: str  # the thumbnail, relative to media_dir
    width: int
    height: int
    credit: str
    illustrative: bool
    product: str  # the product's id and the photo's position in the catalogue file
    position: int
    long_texts: LongTexts = field(repr=False, compare=False)

    @property
    def display(self) -> Path:
        return self.media_dir / self.display_name

    @property
    def thumb(self) -> Path:
        return self.media_dir / self.thumb_name

    @property
    def alt(self) -> Texts:
        return self.long_texts.alts(self.product).get(self.position, _EMPTY)


class FileTexts(LongTexts):
    """Texts read from the catalogue file a snapshot was read from, through the snapshot's
    own read-only connection: a catalogue is only ever replaced whole (an atomic rename), and
    the open connection goes on reading the file it opened, so a text read after a new
    catalogue arrived is still the old snapshot's. The connection closes with this object
    (when the snapshot is let go); any thread may read through it."""

    _SQL = f"SELECT {', '.join(_LONG_COLUMNS)} FROM products WHERE id = ?"
    _ALTS_SQL = f"SELECT position, {', '.join(_ALT_COLUMNS)} FROM media WHERE product = ?"
    CACHE_PAGES = 32  # SQLite's page cache for these look-ups (its default: 2 MB)

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn = conn
        self._path = path
        self._lock = threading.Lock()
        # The rows last read by each query: a page asks for its texts more than once.
        self._last: dict[str, tuple[str, list[tuple[Any, ...]]]] = {}
        weakref.finalize(self, conn.close)

    def get(self, product_id: str) -> tuple[Texts, Texts]:
        rows = self._read(self._SQL, product_id, "texts")
        if not rows:
            return _EMPTY, _EMPTY
        n = len(LANGUAGES)
        return _language_texts(rows[0][:n]), _language_texts(rows[0][n:])

    def alts(self, product_id: str) -> Mapping[int, Texts]:
        return {
            row[0]: _language_texts(row[1:])
            for row in self._read(self._ALTS_SQL, product_id, "alt texts")
        }

    def _read(self, sql: str, product_id: str, what: str) -> list[tuple[Any, ...]]:
        """The rows `sql` finds for the product; [] if the file cannot be read."""
        with self._lock:
            last = self._last.get(sql)
            if last is not None and last[0] == product_id:
                return last[1]
            try:
                rows = self._conn.execute(sql, (product_id,)).fetchall()
            except sqlite3.DatabaseError as error:
                # The file was read whole moments before; only a failing disk gets here.
                log.error("%s: cannot read the %s of %s: %s", self._path, what, product_id, error)
                return []
            self._last[sql] = (product_id, rows)
            return rows


_NO_TEXTS = HeldTexts()


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    code: str  # the short code a shortlist's enquiry link carries (product_codes.py)
    district: str
    craft: str
    artisan: str
    name: Texts
    gi_tag: bool
    featured: bool
    photos: tuple[Photo, ...]
    name_reading: str = ""  # the kana readings of name["ja"] and materials["ja"], for search
    materials_reading: str = ""
    odop_year: int = ODOP_FIRST_YEAR  # the year its line joined the district's ODOP list
    # Where its description and materials are read from when asked for (LongTexts).
    long_texts: LongTexts = field(default=_NO_TEXTS, repr=False, compare=False)

    @property
    def description(self) -> Texts:
        return self.long_texts.get(self.id)[0]

    @property
    def materials(self) -> Texts:
        return self.long_texts.get(self.id)[1]

    @property
    def odop_added(self) -> int | None:
        """The year the product's line was added to its district's ODOP list, or None for
        the district's original (2018) product."""
        return self.odop_year if self.odop_year > ODOP_FIRST_YEAR else None


@dataclass(frozen=True)
class Catalog:
    path: Path
    version: str
    districts: dict[str, District]
    crafts: dict[str, Craft]
    artisans: dict[str, Artisan]
    products: dict[str, Product]
    url_templates: dict[str, str]
    settings: dict[str, int | str]  # in force: the machine file's over the catalogue's
    setting_sources: dict[str, str] = field(default_factory=dict, repr=False)
    machine: MachineConfig | None = field(default=None, repr=False)
    _by_craft: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _by_district: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def products_of_craft(self, code: str) -> list[Product]:
        return [self.products[pid] for pid in self._by_craft.get(code, [])]

    def products_of_district(self, code: str) -> list[Product]:
        """The district's products: its original ODOP product first, then the products
        added to its list later, by year (see _read)."""
        return [self.products[pid] for pid in self._by_district.get(code, [])]

    def products_of_artisan(self, artisan_id: str) -> list[Product]:
        return [p for p in self.products.values() if p.artisan == artisan_id]

    def featured(self) -> list[Product]:
        """Featured products, taking one craft after another so that neighbours differ."""
        by_craft: dict[str, list[Product]] = {}
        for product in self.products.values():
            if product.featured:
                by_craft.setdefault(product.craft, []).append(product)
        queues = [by_craft[code] for code in self.crafts if code in by_craft]
        return [
            queue[i]
            for i in range(max(map(len, queues), default=0))
            for queue in queues
            if i < len(queue)
        ]

    @cached_property
    def search_index(self) -> SearchIndex:
        """Built once per snapshot (0.1 s for the bundled catalogue): the kiosk builds it in its
        loader thread (kiosk/ui/catalog_watcher.py), anything else on the first search."""
        return SearchIndex(self)

    def search(self, query: str, language: str = "en") -> list[str]:
        """Ids of the products a visitor's search for `query` shows, best first (search.py)."""
        return self.search_index.search(query, language)

    def product(self, product_id: str) -> Product:
        try:
            return self.products[product_id]
        except KeyError:
            raise CatalogError(f"no product with id {product_id!r}") from None

    def product_links(self, product_id: str, language: str) -> dict[str, str]:
        """The QR links of a product page: the artisan's page and the buyer enquiry."""
        product = self.product(product_id)
        return {
            "artisan": self._link("artisan", language, product, [product]),
            "enquiry": self.enquiry_link([product_id], language),
        }

    def artisan_link(self, artisan_id: str, language: str) -> str:
        """The QR link of an artisan's page: the one their first product's page shows (a
        template may name {product_id}, and a product's values are what the import checked)."""
        products = self.products_of_artisan(artisan_id)
        if not products:
            raise CatalogError(f"no product of artisan {artisan_id!r} to link their page from")
        return self._link("artisan", language, products[0], products[:1])

    def enquiry_link(self, product_ids: Sequence[str], language: str) -> str:
        """The buyer enquiry link for one product or a visitor's whole shortlist."""
        products = [self.product(product_id) for product_id in product_ids]
        if not products:
            raise CatalogError("an enquiry names at least one product")
        return self._link("enquiry", language, products[0], products)

    def _link(self, kind: str, language: str, product: Product, products: Sequence[Product]) -> str:
        if kind not in self.url_templates:
            raise UrlTemplateError(f"the catalogue has no {kind!r} URL template")
        return build_url(
            self.url_templates[kind],
            {
                "artisan_id": product.artisan,
                "product_id": product.id,
                "product_ids": [p.code for p in products],
                "kiosk_id": str(self.settings["kiosk_id"]),
                "lang": language,
            },
        )


def load_catalog(
    path: Path, machine: MachineConfig | None = None, home: Path | None = None
) -> Catalog:
    """Read the catalogue at `path`, its settings in force with this `machine`'s (default: the
    machine file's, see kiosk/machine.py); CatalogError says why it cannot be shown. `home`
    is the folder its photos are relative to when it is not its own (a backup's)."""
    path = Path(path)
    machine = machine if machine is not None else load_machine()
    if not path.is_file():
        raise CatalogError(f"{path}: no catalogue file there")
    conn = _open_read_only(path)
    db = Database(conn)
    kept = False
    try:
        db = _brought_up_to_date(db)
        if db.conn is not conn:  # migrated in memory: its texts are kept, it goes
            return _read(db, path, machine, home or path.parent, _held_texts(db))
        catalog = _read(db, path, machine, home or path.parent, FileTexts(conn, path))
        conn.execute(f"PRAGMA cache_size = {FileTexts.CACHE_PAGES}")
        kept = True  # the snapshot's texts are read through it from now on
        return catalog
    except sqlite3.DatabaseError as error:
        raise CatalogError(f"{path}: damaged catalogue ({error})") from None
    finally:
        if not kept:
            db.close()


def _brought_up_to_date(db: Database) -> Database:
    """`db`, or, for a catalogue of an older schema, an in-memory copy migrated to this
    kiosk's: a kiosk updated to a new build keeps showing the catalogue staff installed (the
    file itself is migrated by the next import). A newer schema is left to `_read` to refuse."""
    version = schema_version(db)
    if not 0 < version < LATEST_VERSION:
        return db
    copy = sqlite3.connect(":memory:")
    db.conn.backup(copy)
    db.close()
    migrated = Database(copy)
    migrate(migrated)
    return migrated


def _media_dir(path: Path, info: dict[str, str]) -> Path:
    return (path.parent / info.get("media_dir", "media")).resolve()


def media_dir_of(path: Path) -> Path:
    """The folder holding the photos of the catalogue at `path`."""
    db = Database(_open_read_only(Path(path)))
    try:
        return _media_dir(Path(path), {r["key"]: r["value"] for r in db["catalog_info"].rows})
    except sqlite3.DatabaseError as error:
        raise CatalogError(f"{path}: damaged catalogue ({error})") from None
    finally:
        db.close()


def _held_texts(db: Database) -> HeldTexts:
    """Every product's long texts from `db` (a catalogue migrated in memory, soon gone)."""
    n = len(LANGUAGES)
    alts: dict[str, dict[int, Texts]] = {}
    for r in db.execute(f"SELECT product, position, {', '.join(_ALT_COLUMNS)} FROM media"):
        alts.setdefault(r[0], {})[r[1]] = _language_texts(r[2:])
    return HeldTexts(
        {
            r[0]: (_language_texts(r[1 : n + 1]), _language_texts(r[n + 1 :]))
            for r in db.execute(f"SELECT id, {', '.join(_LONG_COLUMNS)} FROM products")
        },
        alts,
    )


def _open_read_only(path: Path) -> sqlite3.Connection:
    try:
        # Any thread: a snapshot loaded off the UI thread reads its texts on it (FileTexts).
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise CatalogError(f"{path}: not a readable catalogue ({error})") from None
    return conn


def _read(
    db: Database, path: Path, machine: MachineConfig, home: Path, long_texts: LongTexts
) -> Catalog:
    version = schema_version(db)
    if version != LATEST_VERSION:
        raise CatalogError(
            f"{path}: catalogue schema version {version}, this kiosk reads {LATEST_VERSION}"
        )
    info = {row["key"]: row["value"] for row in db["catalog_info"].rows}
    media_dir = (home / info.get("media_dir", "media")).resolve()

    rings = {r["district"]: r["ring"] for r in db["district_outlines"].rows}
    districts = {
        r["code"]: District(
            r["code"],
            _texts(r, "name"),
            r["division_en"] or "",
            r["hq_lat"],
            r["hq_lon"],
            r["name_ja_reading"] or "",
            decode(rings[r["code"]]) if r["code"] in rings else (),
        )
        for r in db["districts"].rows_where(order_by="code")
    }
    crafts = {
        r["code"]: Craft(
            r["code"],
            _texts(r, "name"),
            _texts(r, "blurb"),
            r["colour"],
            r["name_ja_reading"] or "",
        )
        for r in db["crafts"].rows_where(order_by="position, code")
    }
    artisans = {
        r["id"]: Artisan(
            r["id"],
            r["kind"],
            _texts(r, "name"),
            r["district"],
            _texts(r, "bio"),
            r["phone"] or "",
            r["email"] or "",
            r["website"] or "",
            bool(r["contact_consent"]),
        )
        for r in db["artisans"].rows_where(order_by="id")
    }
    photos: dict[str, list[Photo]] = {}
    # The same short texts recur on thousands of rows (codes, credits, product ids): keep one
    # copy of each (a 10,000-product catalogue is held in memory while the kiosk shows it).
    # Not sys.intern: an interned copy outlives its snapshot while the next one uses it, and
    # pins the memory around it (Python frees its small-object arenas only when empty).
    copies: dict[str, str] = {}

    def one(text: str) -> str:
        return copies.setdefault(text, text)

    media = [c for c in (c.name for c in db["media"].columns) if c not in _ALT_COLUMNS]
    for r in db["media"].rows_where(select=", ".join(media), order_by="product, position"):
        photo = Photo(
            media_dir,
            r["display"],
            r["thumb"],
            r["width"],
            r["height"],
            one(r["credit"] or ""),
            bool(r["illustrative"]),
            one(r["product"]),
            r["position"],
            long_texts,
        )
        if not (photo.display.is_file() and photo.thumb.is_file()):
            # A missing file must not leave a blank frame on screen: show the others.
            log.error("%s: photo %s of %s is missing; not shown", path, r["display"], r["product"])
            continue
        photos.setdefault(r["product"], []).append(photo)
    products: dict[str, Product] = {}
    by_craft: dict[str, list[str]] = {}
    by_district: dict[str, list[str]] = {}
    # The long texts are left in the file (LongTexts): read every column but those.
    columns = [c.name for c in db["products"].columns if c.name not in _LONG_COLUMNS]
    for r in db["products"].rows_where(select=", ".join(columns), order_by="position, id"):
        product = Product(
            one(r["id"]),
            r["code"] or "",
            one(r["district"]),
            one(r["craft"]),
            one(r["artisan"]),
            _texts(r, "name"),
            bool(r["gi_tag"]),
            bool(r["featured"]),
            tuple(photos.get(r["id"], ())),
            r["name_ja_reading"] or "",
            r["materials_ja_reading"] or "",
            r["odop_year"],
            long_texts,
        )
        products[product.id] = product
        by_craft.setdefault(product.craft, []).append(product.id)
        by_district.setdefault(product.district, []).append(product.id)
    settings = effective_settings(stored_settings(db), machine)
    for ids in by_district.values():  # stable: catalogue order within a year
        ids.sort(key=lambda pid: products[pid].odop_year)
    return Catalog(
        path=path,
        version=info.get("version", ""),
        districts=districts,
        crafts=crafts,
        artisans=artisans,
        products=products,
        url_templates={r["name"]: r["template"] for r in db["url_templates"].rows},
        settings={name: value for name, (value, _) in settings.items()},
        setting_sources={name: source for name, (_, source) in settings.items()},
        machine=machine,
        _by_craft=by_craft,
        _by_district=by_district,
    )
