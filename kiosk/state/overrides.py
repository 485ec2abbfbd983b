"""Local product overrides: staff hide a product ("sold out at this stand") or feature it
on this kiosk, on top of whatever catalogue is installed, so a new central bundle does not
undo them. Kept in the kiosk's state, never in the catalogue."""

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
    """Drop the overrides (of one product, or all); return how many were dropped."""
    products = [product] if product else list(read_overrides(db))
    dropped = 0
    for pid in products:
        if pid in read_overrides(db):
            _change(db, pid, via, "clear", hidden=False, featured=None)
            dropped += 1
    return dropped


def apply_overrides(catalog: Catalog, overrides: dict[str, Override]) -> Catalog:
    """A new snapshot of `catalog` without the hidden products and with the featured flags
    staff set; overrides of products the catalogue lacks wait for one that has them."""
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

    def apply(self, catalog: Catalog) -> Catalog:
        self._base = catalog
        if self._db is None:
            return catalog
        self._applied = read_overrides(self._db)
        return apply_overrides(catalog, self._applied)

    def refresh(self) -> Catalog | None:
        """The last catalogue with the overrides as they are now, if they changed."""
        if self._db is None or self._base is None or read_overrides(self._db) == self._applied:
            return None
        return self.apply(self._base)
