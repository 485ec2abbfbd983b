"""A staff health check of a catalogue file: each check is one PASS or FAIL line (or WARN:
something staff should look at that does not stop the kiosk, and does not fail doctor).

`run_checks` never raises on a missing or damaged file: that is what it is there to find.
Font coverage needs Qt, so the staff CLI checks it; `language_texts` gathers what it checks.
"""

import logging
import sqlite3
import struct
import warnings
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image
from sqlite_utils import Database

from kiosk.catalog.contact_card import artisan_card
from kiosk.catalog.layout import KANJI
from kiosk.catalog.odop import ODOP_FIRST_YEAR, lines_without_product, odop_lines
from kiosk.catalog.outlines import check_outlines
from kiosk.catalog.product_codes import SHORTLIST_LIMIT
from kiosk.catalog.qr_capacity import MAX_VERSION, qr_fits, too_long
from kiosk.catalog.schema import LATEST_VERSION
from kiosk.catalog.settings import CATALOGUE_SETTINGS, SETTINGS
from kiosk.catalog.store import Catalog, CatalogError, load_catalog
from kiosk.catalog.urls import UrlTemplateError
from kiosk.languages import LANGUAGES, NATIVE_NAMES, localized
from kiosk.machine import MachineConfigError, effective_settings, ignored_in_catalogue, load_machine
from kiosk.migrations import schema_version
from kiosk.translations import ui_texts

LINK_KINDS = ("artisan", "enquiry")  # the two QR codes of a product page
_GOOD_TEMPLATE = "https://example.org/"
SHOWN = 3  # problems named in a FAIL line; the rest are counted
# What Pillow raises, at open or at load, on data that is missing, cut short or corrupt
_BROKEN_IMAGE = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    Image.DecompressionBombError,
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    warn: bool = False  # passed, but with something to look at

    def line(self) -> str:
        verdict = "FAIL" if not self.ok else "WARN" if self.warn else "PASS"
        return f"{verdict}  {self.name}: {self.detail}"


class _Unreadable(Exception):
    """The catalogue cannot be opened at all; str() says why."""


# A check's verdict and detail; a third value True marks a pass with something to look at.
Outcome = tuple[bool, str] | tuple[bool, str, bool]
Check = Callable[[sqlite3.Connection, Path], Outcome]


def run_checks(db_path: Path) -> list[CheckResult]:
    """Every catalogue check of the file at `db_path`, in order, one result each."""
    db_path = Path(db_path)
    checks: list[tuple[str, Check]] = [
        ("integrity", _integrity),
        ("foreign keys", _foreign_keys),
        ("schema version", _schema_version),
        ("photos", _photos),
        ("QR links", _qr_links),
        ("contact cards", _contact_cards),
        ("settings", _settings),
        ("readings", _readings),
        ("ODOP products", _odop_products),
        ("ODOP lines", _odop_lines),
        ("district outlines", lambda conn, path: check_outlines(conn)),
    ]
    try:
        conn = _connect(db_path)
    except _Unreadable as error:
        return [CheckResult(checks[0][0], False, str(error))] + [
            CheckResult(name, False, "not checked: the catalogue cannot be opened")
            for name, _ in checks[1:]
        ]
    results = []
    with closing(conn):
        for name, check in checks:
            warn = False
            try:
                outcome = check(conn, db_path)
                ok, detail = outcome[0], outcome[1]
                warn = len(outcome) == 3 and outcome[2]
            except CatalogError as error:
                ok, detail = False, _reason(error)
            except sqlite3.DatabaseError as error:
                ok, detail = False, f"cannot read the catalogue ({error})"
            results.append(CheckResult(name, ok, detail, warn))
    return results


def _connect(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise _Unreadable(f"no catalogue file at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _Unreadable(f"{path} cannot be opened ({error})") from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        conn.close()
        raise _Unreadable(f"{path} is not a readable catalogue ({error})") from None
    conn.row_factory = sqlite3.Row
    return conn


def _reason(error: Exception) -> str:
    """The message of `error` without the path that CatalogError puts in front."""
    text = str(error)
    return text.split(": ", 1)[1] if isinstance(error, CatalogError) and ": " in text else text


def _named(problems: list[str], total_word: str) -> str:
    shown = "; ".join(problems[:SHOWN])
    more = f"; and {len(problems) - SHOWN} more" if len(problems) > SHOWN else ""
    return f"{len(problems)} {total_word}: {shown}{more}"


def _integrity(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    messages = [
        line.strip()
        for row in conn.execute("PRAGMA integrity_check")
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    if messages == ["ok"]:
        return True, "ok"
    return False, _named(messages, "problem(s) found by PRAGMA integrity_check")


def _foreign_keys(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    broken = []
    for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check"):
        column = next(
            (
                fk["from"]
                for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")')
                if fk["id"] == fkid
            ),
            "?",
        )
        row = conn.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', [rowid]).fetchone()
        keys = [
            info["name"] for info in conn.execute(f'PRAGMA table_info("{table}")') if info["pk"]
        ]
        key = "/".join(str(row[k]) for k in keys) if row is not None and keys else f"#{rowid}"
        # sqlite3.Row has keys() but no `in`
        value = row[column] if row is not None and column in row.keys() else "?"  # noqa: SIM118
        broken.append(f"{table} {key!r}: {column} {value!r} is not in {parent}")
    if not broken:
        return True, "every reference points at an existing row"
    return False, _named(broken, "broken reference(s)")


def _schema_version(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    version = schema_version(Database(conn))
    if version == LATEST_VERSION:
        return True, f"version {version}"
    return False, f"version {version}; this kiosk reads version {LATEST_VERSION}"


def _photos(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    info = {row["key"]: row["value"] for row in conn.execute("SELECT key, value FROM catalog_info")}
    media_dir = (path.parent / (info.get("media_dir") or "media")).resolve()
    verdicts: dict[Path, str | None] = {}  # a file shared by several rows is decoded once
    problems, files = [], 0
    rows = conn.execute(
        "SELECT product, position, display, thumb FROM media ORDER BY product, position"
    )
    for row in rows:
        for kind in ("display", "thumb"):
            files += 1
            relative = row[kind] or ""
            file = media_dir / relative
            if file not in verdicts:
                verdicts[file] = _photo_problem(file)
            if verdicts[file]:
                problems.append(
                    f"{row['product']}: {relative or f'(no {kind} file named)'} {verdicts[file]}"
                )
    if problems:
        return False, (
            _named(problems, f"of {files} photo files missing or broken")
            + f" (photo folder {media_dir})"
        )
    return True, f"{files} photo files (display and thumbnail) present and decodable"


def _photo_problem(file: Path) -> str | None:
    """Why the photo `file` cannot be shown, or None if it decodes."""
    if not file.is_file():
        return "is missing"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(file) as image:
                image.load()
        except _BROKEN_IMAGE as error:
            return f"does not decode ({error})"
    return None


@contextmanager
def _quiet_store_log() -> Iterator[None]:
    """load_catalog logs each missing photo; the photos check reports them instead."""
    logger = logging.getLogger("kiosk.catalog.store")

    def drop(record: logging.LogRecord) -> bool:
        return False

    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)


def open_catalog_quietly(path: Path) -> Catalog:
    """`load_catalog(path)` without its log lines about missing photos."""
    with _quiet_store_log():
        return load_catalog(path)


def _qr_links(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    catalog = open_catalog_quietly(path)
    problems, count = [], 0
    for product_id in catalog.products:
        for language in LANGUAGES:
            count += len(LINK_KINDS)
            try:
                links = catalog.product_links(product_id, language)
            except UrlTemplateError as error:
                problems += _failing_links(catalog, product_id, language, error)
                continue
            for kind, url in links.items():
                if not qr_fits(url):
                    problems.append(f"{product_id} {language} {kind}: {too_long(url)}")
    # A full shortlist's one code, with the longest product codes there are.
    longest = sorted(catalog.products, key=lambda pid: -len(catalog.products[pid].code))
    for language in LANGUAGES if longest else ():
        count += 1
        name = f"a shortlist of {SHORTLIST_LIMIT} {language} enquiry"
        try:
            url = catalog.enquiry_link(longest[:SHORTLIST_LIMIT], language)
        except UrlTemplateError as error:
            problems.append(f"{name}: {error}")
            continue
        if not qr_fits(url):
            problems.append(f"{name}: {too_long(url)}")
    if problems:
        return False, _named(problems, f"of {count} links fail")
    return True, (
        f"{count} links (artisan and enquiry in {'/'.join(LANGUAGES)}, and a "
        f"shortlist of {SHORTLIST_LIMIT}) build and fit QR version {MAX_VERSION} "
        "or below"
    )


def _contact_cards(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    """Every maker who agreed to give out their contact, and has a way to be reached, gets a
    Save contact card that fits its code, in every language."""
    catalog = open_catalog_quietly(path)
    problems, count = [], 0
    for artisan in catalog.artisans.values():
        if not (artisan.contact_consent and (artisan.phone or artisan.email or artisan.website)):
            continue
        for language in LANGUAGES:
            count += 1
            if not artisan_card(artisan, language):
                problems.append(
                    f"{artisan.id} {language}: the name with a way to reach them "
                    f"does not fit a QR code of version {MAX_VERSION}"
                )
    if problems:
        return False, _named(problems, f"of {count} cards do not fit")
    return True, (
        f"{count} Save contact cards ({'/'.join(LANGUAGES)}) fit QR version {MAX_VERSION} or below"
    )


def _failing_links(
    catalog: Catalog, product_id: str, language: str, error: UrlTemplateError
) -> list[str]:
    """Which of a product's links fail to build, each with why: `product_links` stops at the
    first, so each kind is built again with the other kinds' templates replaced by one that
    always builds."""
    failing = []
    for kind in LINK_KINDS:
        templates = {other: _GOOD_TEMPLATE for other in LINK_KINDS if other != kind}
        if kind in catalog.url_templates:
            templates[kind] = catalog.url_templates[kind]
        try:
            replace(catalog, url_templates=templates).product_links(product_id, language)
        except UrlTemplateError as kind_error:
            failing.append(f"{product_id} {language} {kind}: {kind_error}")
    return failing or [f"{product_id} {language}: {error}"]


def _settings(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    stored = {
        row["key"]: row["value"] if row["value"] is not None else ""
        for row in conn.execute("SELECT key, value FROM settings")
    }
    problems = []
    for key, raw in stored.items():
        setting = SETTINGS.get(key)
        if setting is None:
            problems.append(f"unknown setting {key!r}")
            continue
        if not setting.in_catalogue or raw == str(setting.default):
            continue  # a machine setting is the machine file's; an empty default is fine
        try:
            setting.parse(raw)
        except ValueError as error:
            problems.append(str(error))
    if problems:
        return False, _named(problems, "invalid setting(s)")
    try:
        machine = load_machine()
    except MachineConfigError as error:
        return False, str(error)
    values = ", ".join(
        f"{name}={stored[name]}"
        for name in SETTINGS
        if name in stored and SETTINGS[name].in_catalogue
    )
    defaults = [name for name in CATALOGUE_SETTINGS if name not in stored]
    detail = (values or "no stored settings") + (
        f"; default for {', '.join(defaults)}" if defaults else ""
    )
    ignored = ignored_in_catalogue(stored, machine)
    if ignored:
        in_force = effective_settings(stored, machine)
        detail += "; the machine file decides " + ", ".join(
            f"{name} (the catalogue's {stored[name]!r} is ignored, "
            f"{in_force[name][0]!r} from {in_force[name][1]} is used)"
            for name in ignored
        )
    return True, detail


def _readings(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    """Every Japanese name with kanji has a kana reading, which visitors' search finds it
    by (a name in kana only is its own reading)."""
    problems, count = [], 0
    for table, key in (("products", "id"), ("districts", "code"), ("crafts", "code")):
        rows = conn.execute(f"SELECT {key}, name_ja, name_ja_reading FROM {table} ORDER BY {key}")
        for row in rows:
            if row[1] and KANJI.search(row[1]):
                count += 1
                if not (row[2] or "").strip():
                    problems.append(f"{table} {row[0]} {row[1]}")
    if problems:
        return False, _named(problems, "Japanese name(s) with kanji and no reading")
    return True, f"{count} Japanese names with kanji have a reading (search finds them by it)"


def _odop_rows(conn: sqlite3.Connection, path: Path) -> list[sqlite3.Row]:
    columns = {row["name"] for row in conn.execute("PRAGMA table_info(products)")}
    if "odop_year" not in columns:
        raise CatalogError(f"{path}: not checked: the products have no ODOP year (older schema)")
    return conn.execute("SELECT district, craft, gi_tag, odop_year FROM products").fetchall()


def _odop_products(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    """How many products are their district's original ODOP product and how many were added
    to the list later, and how many carry a GI tag."""
    rows = _odop_rows(conn, path)
    added: dict[int, int] = {}
    for row in rows:
        if row["odop_year"] > ODOP_FIRST_YEAR:
            added[row["odop_year"]] = added.get(row["odop_year"], 0) + 1
    later = sum(added.values())
    by_year = ", ".join(f"{year}: {count}" for year, count in sorted(added.items()))
    return True, (
        f"{len(rows)} products: {len(rows) - later} original ({ODOP_FIRST_YEAR}), "
        f"{later} later additions" + (f" ({by_year})" if by_year else "") + "; "
        f"{sum(1 for row in rows if row['gi_tag'])} with a GI tag"
    )


def _odop_lines(conn: sqlite3.Connection, path: Path) -> Outcome:
    """A warning, not a failure, for each line of the ODOP list (kiosk/catalog/odop.py) of a
    district of the catalogue that no product stands for."""
    rows = _odop_rows(conn, path)
    districts = [row["code"] for row in conn.execute("SELECT code FROM districts")]
    missing = lines_without_product(
        districts, ((row["district"], row["craft"], row["odop_year"]) for row in rows)
    )
    asked = [line for line in odop_lines() if line.district in set(districts)]
    if missing:
        return (
            True,
            _named(
                [line.describe() for line in missing],
                f"of {len(asked)} ODOP lines have no product of that district, craft and year",
            ),
            True,
        )
    years = sorted({line.year for line in asked})
    return True, (
        f"each of the {len(asked)} ODOP lines ({', '.join(map(str, years))}) of the "
        f"catalogue's {len(districts)} districts has a product"
    )


def language_texts(catalog: Catalog | None) -> dict[str, list[str]]:
    """Every text the kiosk may draw in each language: its UI words, its own name, and the
    catalogue's texts as shown in that language (English where a translation is missing)."""
    texts: dict[str, list[str]] = {}
    for language in LANGUAGES:
        found = [NATIVE_NAMES[language], *ui_texts(language)]
        if catalog is not None:
            shown = [d.name for d in catalog.districts.values()]
            for craft in catalog.crafts.values():
                shown += [craft.name, craft.blurb]
            for artisan in catalog.artisans.values():
                shown += [artisan.name, artisan.bio]
            for product in catalog.products.values():
                shown += [product.name, product.description, product.materials]
                shown += [photo.alt for photo in product.photos]
                found += [photo.credit for photo in product.photos]
            found += [localized(each, language) for each in shown]
        texts[language] = list(dict.fromkeys(text for text in found if text.strip()))
    return texts
