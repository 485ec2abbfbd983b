"""Local overrides: staff hide a product ("sold out at this stand") or feature it on this
kiosk, on top of whatever catalogue is installed, so a new central bundle does not undo
them; and the staff panel's idle timeout. Kept in the kiosk's state, never in the catalogue.

The idle timeout is a machine setting, but the machine file belongs to root and the kiosk's
user cannot write it; so the panel keeps its value here, and it wins over the machine file
and the catalogue until staff clear it (in the panel, or `kiosk-admin overrides clear`)."""

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from kiosk.catalog.store import Catalog
from kiosk.state.db import log_change


@dataclass(frozen=True)
class Override:
    product: str
    hidden: bool
    featured: bool | None  # None: as the catalogue says
    changed_at: str


def read_overrides(db: Database) -> dict[str, Override]:
    return {
        product: Override(product, bool(hidden), None if featured is None else bool(featured), at)
        for product, hidden, featured, at in db.execute(
            "SELECT product, hidden, featured, changed_at FROM overrides ORDER BY product"
        ).fetchall()
    }


def _change(db: Database, product: str, via: str, action: str, **values) -> None:
    current = read_overrides(db).get(product)
    hidden = values.get("hidden", current.hidden if current else False)
    featured = values.get("featured", current.featured if current else None)
    db.execute("BEGIN IMMEDIATE")
    try:
        if not hidden and featured is None:
            db.execute("DELETE FROM overrides WHERE product = ?", [product])
        else:
            db.execute(
                "INSERT OR REPLACE INTO overrides (product, hidden, featured, changed_at) "
                "VALUES (?, ?, ?, ?)",
                [
                    product,
                    int(hidden),
                    None if featured is None else int(featured),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ],
            )
        log_change(db, via, action, product)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def hide(db: Database, product: str, via: str) -> None:
    _change(db, product, via, "hide", hidden=True)


def show(db: Database, product: str, via: str) -> None:
    _change(db, product, via, "show", hidden=False)


def feature(db: Database, product: str, via: str, featured: bool = True) -> None:
    _change(db, product, via, "feature" if featured else "unfeature", featured=featured)


def clear(db: Database, via: str, product: str | None = None) -> int:
    """Drop the overrides (of one product, or all: the panel's settings too); return how
    many were dropped."""
    products = [product] if product else list(read_overrides(db))
    dropped = 0
    if product is None:  # all of them: the panel's settings too
        for name in read_setting_overrides(db):
            set_setting(db, name, None, via)
            dropped += 1
    for pid in products:
        if pid in read_overrides(db):
            _change(db, pid, via, "clear", hidden=False, featured=None)
            dropped += 1
    return dropped


# Settings the staff panel may set, kept in state_info under SETTING_PREFIX + name.
PANEL_SETTINGS = ("idle_timeout_s",)
SETTING_PREFIX = "panel:"
PANEL_SOURCE = "staff panel (the kiosk's state)"


def read_setting_overrides(db: Database) -> dict[str, int]:
    return {
        key.removeprefix(SETTING_PREFIX): int(value)
        for key, value in db.execute(
            "SELECT key, value FROM state_info WHERE key LIKE ? ORDER BY key",
            [SETTING_PREFIX + "%"],
        ).fetchall()
        if key.removeprefix(SETTING_PREFIX) in PANEL_SETTINGS
    }


def set_setting(db: Database, name: str, value: int | None, via: str) -> None:
    """Set (or, with None, clear) the panel's value of setting `name`; ValueError if the
    value is out of the setting's limits."""
    from kiosk.catalog.settings import SETTINGS

    if name not in PANEL_SETTINGS:
        raise ValueError(f"{name} is not set from the staff panel")
    if value is not None:
        value = int(SETTINGS[name].parse(str(value)))
    db.execute("BEGIN IMMEDIATE")
    try:
        if value is None:
            db.execute("DELETE FROM state_info WHERE key = ?", [SETTING_PREFIX + name])
        else:
            db.execute(
                "INSERT OR REPLACE INTO state_info (key, value) VALUES (?, ?)",
                [SETTING_PREFIX + name, str(value)],
            )
        log_change(db, via, "setting", f"{name}={'(cleared)' if value is None else value}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def apply_overrides(
    catalog: Catalog, overrides: dict[str, Override], settings: dict[str, int] | None = None
) -> Catalog:
    """A new snapshot of `catalog` without the hidden products and with the featured flags
    and settings staff set; overrides of products the catalogue lacks wait for one that has
    them."""
    if settings:
        same_products = catalog
        catalog = dataclasses.replace(
            catalog,
            settings={**catalog.settings, **settings},
            setting_sources={**catalog.setting_sources, **dict.fromkeys(settings, PANEL_SOURCE)},
        )
        if "search_index" in same_products.__dict__:  # the same products: the same index
            catalog.__dict__["search_index"] = same_products.__dict__["search_index"]
    if not any(pid in catalog.products for pid in overrides):
        return catalog
    products = {}
    for pid, product in catalog.products.items():
        override = overrides.get(pid)
        if override is None:
            products[pid] = product
        elif not override.hidden:
            featured = product.featured if override.featured is None else override.featured
            products[pid] = dataclasses.replace(product, featured=featured)
    return dataclasses.replace(
        catalog,
        products=products,
        _by_craft={k: [p for p in v if p in products] for k, v in catalog._by_craft.items()},
        _by_district={k: [p for p in v if p in products] for k, v in catalog._by_district.items()},
    )


class LocalOverrides:
    """The overrides as the running kiosk applies them: to each catalogue it loads, and again
    when staff change them (`refresh`, polled by the kiosk). `db=None`: none."""

    def __init__(self, db: Database | None):
        self._db = db
        self._base: Catalog | None = None
        self._applied: dict[str, Override] = {}
        self._settings: dict[str, int] = {}

    def apply(self, catalog: Catalog) -> Catalog:
        self._base = catalog
        if self._db is None:
            return catalog
        self._applied = read_overrides(self._db)
        self._settings = read_setting_overrides(self._db)
        return apply_overrides(catalog, self._applied, self._settings)

    def base(self) -> Catalog | None:
        """The last catalogue given, before the overrides (hidden products included)."""
        return self._base

    def refresh(self) -> Catalog | None:
        """The last catalogue with the overrides as they are now, if they changed."""
        if self._db is None or self._base is None:
            return None
        if (read_overrides(self._db), read_setting_overrides(self._db)) == (
            self._applied,
            self._settings,
        ):
            return None
        return self.apply(self._base)
