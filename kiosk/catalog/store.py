"""Reads a catalogue file into an immutable snapshot that the kiosk shows.

The kiosk loads the whole catalogue at once (10,000 products load in well under a second)
so that screens never wait on SQLite and a new catalogue can replace the old in one step.
"""

import logging
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from kiosk.catalog.schema import LATEST_VERSION, schema_version
from kiosk.catalog.settings import read_settings
from kiosk.catalog.urls import UrlTemplateError, build_url
from kiosk.languages import LANGUAGES

log = logging.getLogger(__name__)


class CatalogError(Exception):
    """A catalogue file the kiosk cannot open or show."""


Texts = dict[str, str]


def _texts(row: dict, name: str) -> Texts:
    return {lang: row[f"{name}_{lang}"] or "" for lang in LANGUAGES}


@dataclass(frozen=True)
class District:
    code: str
    name: Texts
    division: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Craft:
    code: str
    name: Texts
    blurb: Texts
    colour: str


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Photo:
    """A product's photo. Its files' paths are made when asked for: held as Path objects,
    two per photo took about 8 MB of a 10,000-product kiosk."""

    media_dir: Path  # the one folder of the catalogue's photos, shared by all of them
    display_name: str  # the display copy, relative to media_dir
    thumb_name: str  # the thumbnail, relative to media_dir
    width: int
    height: int
    credit: str
    alt: Texts
    illustrative: bool

    @property
    def display(self) -> Path:
        return self.media_dir / self.display_name

    @property
    def thumb(self) -> Path:
        return self.media_dir / self.thumb_name


@dataclass(frozen=True)
class Product:
    id: str
    code: str  # the short code a shortlist's enquiry link carries (product_codes.py)
    district: str
    craft: str
    artisan: str
    name: Texts
    description: Texts
    materials: Texts
    gi_tag: bool
    featured: bool
    photos: tuple[Photo, ...]


@dataclass(frozen=True)
class Catalog:
    path: Path
    version: str
    districts: dict[str, District]
    crafts: dict[str, Craft]
    artisans: dict[str, Artisan]
    products: dict[str, Product]
    url_templates: dict[str, str]
    settings: dict[str, int | str]
    _by_craft: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _by_district: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def products_of_craft(self, code: str) -> list[Product]:
        return [self.products[pid] for pid in self._by_craft.get(code, [])]

    def products_of_district(self, code: str) -> list[Product]:
        return [self.products[pid] for pid in self._by_district.get(code, [])]

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


def load_catalog(path: Path) -> Catalog:
    """Read the catalogue at `path`; CatalogError says why one cannot be shown."""
    path = Path(path)
    if not path.is_file():
        raise CatalogError(f"{path}: no catalogue file there")
    db = Database(_open_read_only(path))
    try:
        return _read(db, path)
    except sqlite3.DatabaseError as error:
        raise CatalogError(f"{path}: damaged catalogue ({error})") from None
    finally:
        db.close()


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


def _open_read_only(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise CatalogError(f"{path}: not a readable catalogue ({error})") from None
    return conn


def _read(db: Database, path: Path) -> Catalog:
    version = schema_version(db)
    if version != LATEST_VERSION:
        raise CatalogError(
            f"{path}: catalogue schema version {version}, this kiosk reads {LATEST_VERSION}"
        )
    info = {row["key"]: row["value"] for row in db["catalog_info"].rows}
    media_dir = _media_dir(path, info)

    districts = {
        r["code"]: District(
            r["code"], _texts(r, "name"), r["division_en"] or "", r["hq_lat"], r["hq_lon"]
        )
        for r in db["districts"].rows_where(order_by="code")
    }
    crafts = {
        r["code"]: Craft(r["code"], _texts(r, "name"), _texts(r, "blurb"), r["colour"])
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
    # The same short texts recur on thousands of rows (codes, credits, a product's alt texts
    # on each of its photos): keep one copy of each (a 10,000-product catalogue is held in
    # memory for as long as the kiosk shows it).
    alts: dict[tuple[str, ...], Texts] = {}
    for r in db["media"].rows_where(order_by="product, position"):
        alt = _texts(r, "alt")
        photo = Photo(
            media_dir,
            r["display"],
            r["thumb"],
            r["width"],
            r["height"],
            sys.intern(r["credit"] or ""),
            alts.setdefault(tuple(alt.values()), alt),
            bool(r["illustrative"]),
        )
        if not (photo.display.is_file() and photo.thumb.is_file()):
            # A missing file must not leave a blank frame on screen: show the others.
            log.error("%s: photo %s of %s is missing; not shown", path, r["display"], r["product"])
            continue
        photos.setdefault(r["product"], []).append(photo)
    products: dict[str, Product] = {}
    by_craft: dict[str, list[str]] = {}
    by_district: dict[str, list[str]] = {}
    for r in db["products"].rows_where(order_by="position, id"):
        product = Product(
            r["id"],
            r["code"] or "",
            sys.intern(r["district"]),
            sys.intern(r["craft"]),
            sys.intern(r["artisan"]),
            _texts(r, "name"),
            _texts(r, "description"),
            _texts(r, "materials"),
            bool(r["gi_tag"]),
            bool(r["featured"]),
            tuple(photos.get(r["id"], ())),
        )
        products[product.id] = product
        by_craft.setdefault(product.craft, []).append(product.id)
        by_district.setdefault(product.district, []).append(product.id)
    return Catalog(
        path=path,
        version=info.get("version", ""),
        districts=districts,
        crafts=crafts,
        artisans=artisans,
        products=products,
        url_templates={r["name"]: r["template"] for r in db["url_templates"].rows},
        settings=read_settings(db),
        _by_craft=by_craft,
        _by_district=by_district,
    )
