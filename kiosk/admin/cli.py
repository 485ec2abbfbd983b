"""`kiosk-admin [--db PATH] COMMAND`: the pavilion staff's tool for the catalogue.

Every failure is one line on stderr and a non-zero exit code, never a traceback.
"""

import argparse
import getpass
import json
import os
import sys
import time
from enum import IntEnum
from pathlib import Path
from typing import TextIO

from kiosk.catalog.build import SourceError, build_catalog
from kiosk.catalog.store import CatalogError, load_catalog
from kiosk.catalog.urls import UrlTemplateError
from kiosk.languages import LANGUAGES
from kiosk.machine import MachineConfigError, configured_catalog, load_machine
from kiosk.paths import BUNDLED_CATALOG, BUNDLED_MEDIA, CATALOG_SOURCES
from kiosk.state.db import StateError


class Exit(IntEnum):
    OK = 0
    FAILED = 1  # the command ran and found a problem
    USAGE = 2  # the command line itself is wrong (argparse uses 2 as well)


class CommandError(Exception):
    """A problem to report to staff in one line."""


class _Parser(argparse.ArgumentParser):
    """Reports a wrong command line in one line, like every other failure."""

    def error(self, message: str):
        self.exit(Exit.USAGE, f"{self.prog}: {message} (see --help)\n")


EXAMPLES = """examples:
  kiosk-admin products --json
  kiosk-admin urls varanasi-banarasi-brocade-saree --lang ja
  kiosk-admin search shinchuu --lang ja
  kiosk-admin preview --out previews --lang ja --size 1920x1080 --screen product
  kiosk-admin build-catalog
"""


def _products(args, out: TextIO) -> None:
    catalog = load_catalog(args.db)
    rows = [
        {
            "id": p.id,
            "name": p.name["en"],
            "district": p.district,
            "craft": p.craft,
            "artisan": p.artisan,
            "gi_tag": p.gi_tag,
            "featured": p.featured,
            "photos": len(p.photos),
        }
        for p in catalog.products.values()
    ]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for row in rows:
            out.write(f"{row['id']}\t{row['district']}\t{row['craft']}\t{row['name']}\n")


def _search(args, out: TextIO) -> None:
    from kiosk.catalog.search import RANK_NAMES

    catalog = load_catalog(args.db)
    rows = [
        {
            "id": product_id,
            "name": catalog.products[product_id].name[args.lang]
            or catalog.products[product_id].name["en"],
            "matched": RANK_NAMES[rank],
        }
        for product_id, rank in catalog.search_index.ranked(args.text, args.lang)
    ]
    if args.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for row in rows:
            out.write(f"{row['id']}\t{row['name']}\n")


def _urls(args, out: TextIO) -> None:
    from kiosk.catalog.contact_card import product_card

    catalog = load_catalog(args.db)
    codes = catalog.product_links(args.product_id, args.lang)
    card = product_card(catalog, args.product_id, args.lang)
    if card:
        codes["contact"] = card
    json.dump(codes, out, ensure_ascii=False)
    out.write("\n")


def _preview(args, out: TextIO) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtGui import QGuiApplication  # Qt only for the one command that draws

    from kiosk.ui.app import parse_size
    from kiosk.ui.preview import VISITOR_SCREENS, PreviewError, render_screens

    try:
        size = parse_size(args.size)
    except argparse.ArgumentTypeError as error:
        raise CommandError(str(error)) from None
    catalog = load_catalog(args.db)
    if args.product is not None:
        catalog.product(args.product)
    app = QGuiApplication.instance() or QGuiApplication(["kiosk-admin"])
    try:
        written = render_screens(
            catalog, args.out, args.lang, size, args.screen or list(VISITOR_SCREENS), args.product
        )
    except PreviewError as error:
        raise CommandError(str(error)) from None
    for path in written:
        out.write(f"{path}\n")
    del app


def _build_catalog(args, out: TextIO) -> None:
    path = build_catalog(args.source, args.media, args.out)
    catalog = load_catalog(path)
    out.write(
        f"{path}: {len(catalog.products)} products, {len(catalog.districts)} districts, "
        f"{len(catalog.crafts)} crafts, version {catalog.version}\n"
    )


def _export(args, out: TextIO) -> None:
    from kiosk.catalog.export import export_catalogue

    counts = export_catalogue(args.db, args.file)
    summary = ", ".join(f"{count} {sheet}" for sheet, count in counts.items())
    out.write(f"{args.file}: {summary}\n")


def _bundle(args, out: TextIO) -> None:
    from kiosk.catalog.bundles import make_bundle

    manifest = make_bundle(args.db, args.out)
    out.write(
        f"{args.out}: catalogue version {manifest['catalog_version']}, "
        f"{len(manifest['files']) - 1} photo files\n"
    )


def _import_bundle(args, out: TextIO) -> None:
    from kiosk.catalog.bundles import BundleError, install_bundle

    if args.dry_run or args.images:
        raise CommandError(
            "a bundle carries its own photos and is checked in full when "
            "installed: use it without --images and --dry-run"
        )
    try:
        installed = install_bundle(args.db, args.file, force=args.force)
    except BundleError as error:
        raise CommandError(str(error)) from None
    out.write(
        f"installed {args.file.name}: catalogue version {installed.version}, "
        f"{installed.photos_added} new photo file(s); backup {installed.backup}\n"
    )


def _import(args, out: TextIO) -> None:
    from kiosk.catalog.importer import ImportRefused, import_spreadsheet

    if args.file.suffix.lower() == ".zip":
        return _import_bundle(args, out)
    try:
        result = import_spreadsheet(args.db, args.file, args.images, dry_run=args.dry_run)
    except ImportRefused as refused:
        for problem in refused.problems:
            out.write(f"{problem}\n")
        raise CommandError(
            f"{len(refused.problems)} problem(s) in {args.file.name}; the catalogue was not changed"
        ) from None
    changes = (
        "; ".join(
            f"{sheet}: {c.added} added, {c.changed} changed, {c.removed} removed"
            for sheet, c in result.changes.items()
            if c
        )
        or "no row changes"
    )
    if args.dry_run:
        out.write(
            f"dry run, nothing changed. {changes}; {result.photos_stored} new photo(s) checked\n"
        )
    elif not result.changed:
        out.write("nothing to change: the catalogue already matches\n")
    else:
        out.write(
            f"imported {args.file.name}. {changes}; {result.photos_stored} new "
            f"photo(s); backup {result.backup}\n"
        )


def _backup(args, out: TextIO) -> None:
    from kiosk.catalog import backups

    out.write(f"{backups.take(args.db, 'by hand')}\n")


def _backups(args, out: TextIO) -> None:
    from kiosk.catalog import backups

    for backup in backups.list_backups(args.db):
        out.write(f"{backup['id']}\t{backup['reason']}\n")


def _restore(args, out: TextIO) -> None:
    from kiosk.catalog import backups

    try:
        restored = backups.restore(args.db, args.backup_id)
    except backups.BackupError as error:
        raise CommandError(str(error)) from None
    out.write(f"restored {restored}\n")


def _history(args, out: TextIO) -> None:
    from kiosk.catalog import backups

    for entry in backups.history(args.db):
        changes = "; ".join(
            f"{sheet}: +{c['added']} ~{c['changed']} -{c['removed']}"
            for sheet, c in entry["changes"].items()
            if any(c.values())
        )
        out.write(f"{entry['when']}\t{entry['source']}\t{changes or '-'}\n")
    from kiosk.state.db import STATE_FILE, open_state, staff_log

    if (args.state / STATE_FILE).is_file():  # the kiosk's own changes: PIN, overrides
        for entry in staff_log(open_state(args.state)):
            out.write(f"{entry['at']}\t{entry['via']}\t{entry['action']} {entry['detail']}\n")


def _doctor(args, out: TextIO) -> None:
    from kiosk.catalog.doctor import run_checks

    results = run_checks(args.db)
    for result in results:
        out.write(f"{result.line()}\n")
    out.flush()
    fonts = _doctor_fonts(args.db)
    for result in fonts:
        out.write(f"{result.line()}\n")
    failed = [r.name for r in results + fonts if not r.ok]
    if failed:
        raise CommandError(
            f"{len(failed)} of {len(results) + len(fonts)} checks failed "
            f"({', '.join(failed)}) for {args.db}"
        )


def _doctor_fonts(db: Path) -> list:
    from kiosk.ui.fonts import catalogue_font_checks  # Qt only for the checks that need it

    return catalogue_font_checks(db)


def _publish_site(args, out: TextIO) -> None:
    from kiosk.site.publish import publish_site
    from kiosk.site.routes import SiteError

    started = time.monotonic()
    catalog = load_catalog(args.db)
    try:
        site = publish_site(catalog, args.out_dir, args.base_url, args.contact_email)
    except SiteError as error:
        raise CommandError(str(error)) from None
    page, size = site.largest()
    out.write(
        f"{site.out}: {len(site.pages)} pages in {'/'.join(LANGUAGES)}, "
        f"{site.photo_files} photo files, largest page {page} ({size / 1024:.1f} KB), "
        f"in {time.monotonic() - started:.1f} s; serve it at {site.base_url}\n"
    )
    if site.qr_elsewhere:
        out.write(
            f"note: the kiosk's QR codes open {catalog.url_templates['artisan']}, "
            f"not {site.base_url}\n"
        )


def _qr_labels(args, out: TextIO) -> None:
    from kiosk.qr.labels import LabelError, write_labels

    catalog = load_catalog(args.db)
    for product_id in args.product or ():
        if product_id not in catalog.products:
            raise CommandError(f"qr-labels: no product {product_id!r} in the catalogue")
    try:
        written = write_labels(catalog, args.product or list(catalog.products), args.lang, args.out)
    except LabelError as error:
        raise CommandError(f"qr-labels: {error}") from None
    out.write(
        f"{written.path}: {written.labels} label(s) on {written.pages} A4 page(s) in {args.lang}\n"
    )


def _config(args, out: TextIO) -> None:
    from kiosk.machine import settings_in_force

    rows = _with_panel_settings(settings_in_force(args.db, args.machine), args.state)
    if args.get:
        value = next((row.value for row in rows if row.name == args.get), None)
        if value is None:
            raise CommandError(f"config: no setting {args.get!r} (see kiosk-admin config)")
        out.write(f"{value}\n")
        return
    if args.json:
        json.dump(
            {
                "machine_file": str(args.machine.path),
                "machine_file_exists": args.machine.exists,
                "settings": [vars(row) for row in rows],
            },
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return
    state = "" if args.machine.exists else " (not there: defaults in force)"
    out.write(f"machine file: {args.machine.path}{state}\n")
    width = max(len(row.name) for row in rows)
    for row in rows:
        value = "(none)" if row.value == "" else str(row.value)
        out.write(f"{row.name:<{width}}  {value:<30}  {row.source}\n")


def _with_panel_settings(rows: list, state: Path) -> list:
    """The settings the staff panel set (kept in the kiosk's state) win over the others."""
    import dataclasses

    from kiosk.state.db import STATE_FILE, open_state
    from kiosk.state.overrides import PANEL_SOURCE, read_setting_overrides

    if not (state / STATE_FILE).is_file():
        return rows
    panel = read_setting_overrides(open_state(state))
    return [
        dataclasses.replace(row, value=panel[row.name], source=f"{PANEL_SOURCE} {state}")
        if row.name in panel
        else row
        for row in rows
    ]


def _status(args, out: TextIO) -> None:
    from kiosk.status import StatusError, describe, is_running, read_status

    try:
        status = read_status(Path(str(args.machine.get("state_dir"))))
    except StatusError as error:
        raise CommandError(str(error)) from None
    running = is_running(status)
    if args.json:
        json.dump({**status, "running": running}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write("\n".join(describe(status, str(args.machine.get("time_zone")))) + "\n")
    if not running:
        out.flush()
        raise CommandError(f"kiosk {status['kiosk_id']} is not running")


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-05-01, not {text!r}") from None


def _time_zone(text: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            f"unknown time zone {text!r} (e.g. Asia/Tokyo, Asia/Kolkata, UTC)"
        ) from None
    return text


def _stats(args, out: TextIO) -> None:
    from kiosk.state import reports
    from kiosk.state.db import open_existing_state
    from kiosk.state.stats import StatsError, merge_snapshots, read_counts

    if args.merge:
        try:
            counts = merge_snapshots(args.merge)
        except StatsError as error:
            raise CommandError(str(error)) from None
    else:
        counts = read_counts(open_existing_state(args.state))
    try:
        catalog = load_catalog(args.db)
    except CatalogError:
        catalog = None  # names are a courtesy: the ids still say what was counted
    zone = args.time_zone or str(args.machine.get("time_zone") or "UTC")
    rows = reports.localize(counts, zone, args.date_from, args.date_to)
    for line in reports.summary(rows):
        out.write(f"{line}\n")
    if args.csv:
        lines = reports.write_csv(rows, catalog, args.csv)
        out.write(f"{args.csv}: {lines} rows\n")
    if args.charts:
        for path in reports.write_charts(rows, catalog, args.charts):
            out.write(f"{path}\n")


def _set_pin(args, out: TextIO) -> None:
    from kiosk.state.db import open_state
    from kiosk.state.pin import PinError, check_pin_format, set_pin

    first = getpass.getpass("New staff PIN (4 to 12 digits): ")
    try:
        check_pin_format(first)
    except PinError as error:
        raise CommandError(f"set-pin: {error}; the PIN was not changed") from None
    if getpass.getpass("The same PIN again: ") != first:
        raise CommandError("set-pin: the two PINs differ; the PIN was not changed")
    set_pin(open_state(args.state), first, via="kiosk-admin")
    out.write(f"staff PIN set in {args.state}\n")


def _overrides(args, out: TextIO) -> None:
    from kiosk.state import overrides
    from kiosk.state.db import open_state

    db = open_state(args.state)
    if args.action in ("hide", "show", "feature", "unfeature"):
        if not args.product:
            raise CommandError(f"overrides {args.action}: which product? (give its id)")
        if args.product not in load_catalog(args.db).products:
            raise CommandError(
                f"overrides {args.action}: no product {args.product!r} in the catalogue"
            )
        if args.action == "hide":
            overrides.hide(db, args.product, "kiosk-admin")
        elif args.action == "show":
            overrides.show(db, args.product, "kiosk-admin")
        else:
            overrides.feature(db, args.product, "kiosk-admin", args.action == "feature")
    elif args.action == "clear":
        dropped = overrides.clear(db, "kiosk-admin", args.product)
        out.write(f"cleared {dropped} override(s)\n")
        return
    for override in overrides.read_overrides(db).values():
        featured = {None: "-", True: "featured", False: "not featured"}[override.featured]
        hidden = "hidden" if override.hidden else "shown"
        out.write(f"{override.product}\t{hidden}\t{featured}\t{override.changed_at}\n")


def _command(commands, name: str, summary: str, example: str, run) -> argparse.ArgumentParser:
    """A sub-command whose help ends with an example that works on the bundled catalogue."""
    command = commands.add_parser(
        name,
        help=summary,
        description=f"{summary}.\n\nExample: kiosk-admin {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.set_defaults(run=run)
    return command


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kiosk-admin",
        description="Manage the ODOP kiosk's catalogue, statistics, staff PIN and local overrides.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="catalogue file (default: the kiosk's configured catalogue, "
        "else the bundled catalog.db)",
    )
    parser.add_argument(
        "--state",
        type=Path,
        default=None,
        metavar="DIR",
        help="the kiosk's state folder (statistics, PIN, overrides; default: the machine "
        "setting state_dir)",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    products = _command(commands, "products", "List the products", "products --json", _products)
    products.add_argument("--json", action="store_true", help="print a JSON list")

    search = _command(
        commands,
        "search",
        "Print the products the kiosk's search shows for TEXT, best first: id and name "
        "(--json: id, name and the field matched: name, district or craft, materials or "
        "description)",
        "search shinchuu --lang ja",
        _search,
    )
    search.add_argument(
        "text", metavar="TEXT", help="what a visitor types (begin with -- if it starts with -)"
    )
    search.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="the visitor's language (names shown)"
    )
    search.add_argument("--json", action="store_true", help="print a JSON list")

    urls = _command(
        commands,
        "urls",
        "Print what a product's QR codes carry as JSON: both links, and the Save contact card "
        "if its maker agreed to one",
        "urls lucknow-chikankari-mulmul-kurta --lang ja",
        _urls,
    )
    urls.add_argument("product_id")
    urls.add_argument("--lang", choices=LANGUAGES, default="en")

    preview = _command(
        commands,
        "preview",
        "Render screens offscreen to DIR/<screen>-<lang>-<W>x<H>.png, without a display",
        "preview --out previews --lang hi --size 1920x1080 --screen product",
        _preview,
    )
    preview.add_argument("--out", type=Path, required=True, metavar="DIR")
    preview.add_argument("--lang", choices=LANGUAGES, default="en")
    preview.add_argument("--size", default="1080x1920", metavar="WxH")
    preview.add_argument(
        "--screen",
        action="append",
        metavar="NAME",
        help="attract, home, crafts, gallery, product, viewer, artisan, map, districts, "
        "shortlist or search (repeatable; default: all of these), or the staff panel's staff, "
        "staff-pin, staff-products, staff-timeout, staff-install, staff-stats, staff-doctor, "
        "staff-leave",
    )
    preview.add_argument(
        "--product",
        metavar="ID",
        help="the product to show on 'product' and 'viewer', whose maker 'artisan' shows "
        "(and first on 'shortlist')",
    )

    build = _command(
        commands,
        "build-catalog",
        "Rebuild the bundled catalogue from its CSV sources and photos",
        "build-catalog",
        _build_catalog,
    )
    build.add_argument("--source", type=Path, default=CATALOG_SOURCES)
    build.add_argument("--media", type=Path, default=BUNDLED_MEDIA)
    build.add_argument("--out", type=Path, default=BUNDLED_CATALOG)

    export = _command(
        commands,
        "export",
        "Write the catalogue to a spreadsheet (.xlsx: every sheet; .csv: the products sheet)",
        "export catalogue.xlsx",
        _export,
    )
    export.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")

    imports = _command(
        commands,
        "import",
        "Check a spreadsheet (or a bundle) and, if it has no problem, make "
        "it the catalogue (all or nothing, after a backup)",
        "import catalogue.xlsx --images photos/ --dry-run",
        _import,
    )
    imports.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv|BUNDLE.zip")
    imports.add_argument(
        "--images",
        type=Path,
        metavar="DIR|ZIP",
        help="folder or ZIP holding the photos the sheet names",
    )
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help="report every problem and what would change; change nothing",
    )
    imports.add_argument(
        "--force",
        action="store_true",
        help="install a bundle even if it is not newer than the catalogue",
    )

    bundle = _command(
        commands,
        "bundle",
        "Pack the catalogue and its photos into one ZIP for other kiosks "
        "(install it there with kiosk-admin import BUNDLE.zip)",
        "bundle odop-catalogue.zip",
        _bundle,
    )
    bundle.add_argument("out", type=Path, metavar="OUT.zip")

    _command(commands, "backup", "Take a backup of the catalogue now", "backup", _backup)
    _command(commands, "backups", "List the backups", "backups", _backups)
    restore = _command(
        commands,
        "restore",
        "Put a backup back in place (default: the newest); the current "
        "catalogue is backed up first",
        "restore",
        _restore,
    )
    restore.add_argument("backup_id", nargs="?", metavar="ID")
    _command(
        commands,
        "history",
        "Show every import and restore: when, from which file, rows added (+), "
        "changed (~) and removed (-)",
        "history",
        _history,
    )

    site = _command(
        commands,
        "publish-site",
        "Publish the catalogue as a static website in English, Hindi and Japanese "
        "(artisan and enquiry pages where the QR codes point)",
        "publish-site site --base-url https://odop-expo.example.org",
        _publish_site,
    )
    site.add_argument(
        "out_dir",
        type=Path,
        metavar="OUT_DIR",
        help="folder to write (new, empty, or published to before)",
    )
    site.add_argument(
        "--base-url",
        required=True,
        metavar="URL",
        help="where the site will be served, e.g. https://odop-expo.example.org",
    )
    site.add_argument(
        "--contact-email",
        metavar="ADDRESS",
        help="e-mail address the enquiry page names when the catalogue has no 'form' URL template",
    )

    labels = _command(
        commands,
        "qr-labels",
        "Write exhibit labels as an A4 PDF, one landscape page per product: "
        "name, district, craft and both QR codes, scannable from 1 m",
        "qr-labels labels.pdf --lang hi --product lucknow-chikankari-mulmul-kurta",
        _qr_labels,
    )
    labels.add_argument("out", type=Path, metavar="OUT.pdf")
    labels.add_argument(
        "--product",
        action="append",
        metavar="ID",
        help="a product to label (repeatable, in order; default: every product in the catalogue)",
    )
    labels.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        help="language of the labels and of the pages the codes open",
    )

    config = _command(
        commands,
        "config",
        "Show every setting in force and where it comes from: the machine file "
        "(ODOP_KIOSK_CONFIG, default /etc/odop-kiosk/kiosk.json), the environment, the "
        "catalogue or the default",
        "config",
        _config,
    )
    config.add_argument("--json", action="store_true", help="print it as JSON")
    config.add_argument(
        "--get",
        metavar="NAME",
        help="print only the value in force of setting NAME (for scripts: the session "
        "reads `orientation` so)",
    )

    status = _command(
        commands,
        "status",
        "Show what the kiosk on this machine shows and what went wrong, from the status "
        "file it rewrites each minute (exit 1 if it is not running)",
        "status",
        _status,
    )
    status.add_argument("--json", action="store_true", help="print it as JSON, with 'running'")

    stats = _command(
        commands,
        "stats",
        "Report the anonymous visitor statistics (visits, languages, pages, products, "
        "QR codes shown) in the pavilion's time zone; --merge combines other kiosks' snapshots",
        "stats --from 2026-05-01 --to 2026-05-07 --csv stats.csv --charts charts",
        _stats,
    )
    stats.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    stats.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    stats.add_argument("--csv", type=Path, metavar="OUT.csv", help="every counter, per hour")
    stats.add_argument("--charts", type=Path, metavar="DIR", help="PNG charts for a report")
    stats.add_argument(
        "--merge",
        nargs="+",
        type=Path,
        metavar="FOLDER",
        help="report the kiosks' snapshots found in these folders instead of this kiosk",
    )
    stats.add_argument(
        "--time-zone",
        type=_time_zone,
        default=None,
        metavar="ZONE",
        help="the pavilion's time zone for days and hours (default: the machine setting "
        "time_zone, else UTC)",
    )

    _command(
        commands,
        "set-pin",
        "Set the staff panel's PIN (asked twice on the terminal, stored only as a salted "
        "hash in the kiosk's state)",
        "set-pin",
        _set_pin,
    )

    overrides = _command(
        commands,
        "overrides",
        "Show, set or clear this kiosk's own product overrides (hidden or featured here, "
        "whatever catalogue is installed)",
        "overrides hide agra-hand-lasted-leather-shoes",
        _overrides,
    )
    overrides.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=["list", "hide", "show", "feature", "unfeature", "clear"],
    )
    overrides.add_argument("product", nargs="?", metavar="ID", help="(clear: default all)")

    _command(
        commands,
        "doctor",
        "Check the catalogue's health: database integrity, references, schema version, "
        "photos, QR links, settings and fonts (one PASS or FAIL line each)",
        "doctor",
        _doctor,
    )
    return parser


def main(
    argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        args.machine = load_machine()
    except MachineConfigError as error:
        err.write(f"kiosk-admin: {error}\n")
        return Exit.FAILED
    if args.db is None:
        args.db = configured_catalog(args.machine)
    if args.state is None:
        args.state = Path(str(args.machine.get("state_dir")))
    try:
        args.run(args, out)
    except (CommandError, CatalogError, SourceError, UrlTemplateError, StateError) as error:
        err.write(f"kiosk-admin: {error}\n")
        return Exit.FAILED
    except BrokenPipeError:
        return Exit.OK  # the reader (e.g. `head`) has seen enough
    except OSError as error:
        err.write(f"kiosk-admin: {error.filename or ''}: {error.strerror}\n")
        return Exit.FAILED
    return Exit.OK


if __name__ == "__main__":
    sys.exit(main())
