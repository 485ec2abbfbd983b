"""Installing a catalogue file as the staff panel does: a dry run whose report staff read
on screen, then the install itself, through the same code as `kiosk-admin import`
(spreadsheets: importer.import_spreadsheet; bundles: bundles.install_bundle).

Each step returns a Report: whether the file may (or did) go in, and its lines in plain
words. Nothing here raises for a file that is refused: the report says why.
"""

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.catalog.bundles import BundleError, StaleBundle, install_bundle
from kiosk.catalog.importer import ImportRefused, ImportResult, import_spreadsheet

SHOWN_PROBLEMS = 12  # problems listed on screen; the rest are counted


@dataclass(frozen=True)
class Report:
    ok: bool  # the dry run found nothing wrong (or the install went in)
    headline: str
    lines: list[str] = field(default_factory=list)
    changes: bool = True  # an install would change the catalogue


def _changes(result: ImportResult) -> list[str]:
    return [
        f"{sheet}: {c.added} added, {c.changed} changed, {c.removed} removed"
        for sheet, c in result.changes.items()
        if c
    ]


def _refused(name: str, problems: list[str]) -> Report:
    lines = problems[:SHOWN_PROBLEMS]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(f"... and {len(problems) - SHOWN_PROBLEMS} more problem(s)")
    lines.append(
        "Nothing was changed. Correct the file on a computer (kiosk-admin import --dry-run "
        "lists the same problems) and try again."
    )
    return Report(False, f"{name} was refused: {len(problems)} problem(s).", lines)


def check_file(db: Path, path: Path, kind: str, images: Path | None = None) -> Report:
    """The dry run: everything an install would check, nothing changed."""
    name = path.name
    if kind == "bundle":
        try:
            would = install_bundle(db, path, dry_run=True)
        except StaleBundle as error:
            return Report(
                False,
                f"{name} is not newer than the catalogue shown: nothing to install.",
                [str(error).replace("; use --force to install it anyway", "."), _STALE_HELP],
                changes=False,
            )
        except BundleError as error:
            return Report(False, f"{name} was refused.", [str(error), _BUNDLE_HELP])
        return Report(
            True,
            f"{name} can be installed: catalogue version {would.version}.",
            [
                f"{would.photos_added} new photo file(s).",
                "A backup of the catalogue shown now is taken first.",
            ],
        )
    try:
        result = import_spreadsheet(db, path, images, dry_run=True)
    except ImportRefused as refused:
        return _refused(name, [str(problem) for problem in refused.problems])
    changes = _changes(result)
    if not changes:
        return Report(
            True,
            f"{name} matches the catalogue shown: nothing to change.",
            [],
            changes=False,
        )
    photos = f"{result.photos_stored} new photo(s) checked" + (
        f" from {images.name}." if images is not None else "."
    )
    return Report(
        True,
        f"{name} can be installed.",
        [*changes, photos, "A backup of the catalogue shown now is taken first."],
    )


def install_file(db: Path, path: Path, kind: str, images: Path | None = None) -> Report:
    """The install, all or nothing, after a backup (as `kiosk-admin import`)."""
    name = path.name
    if kind == "bundle":
        try:
            installed = install_bundle(db, path)
        except BundleError as error:
            return Report(False, f"{name} was refused.", [str(error), _BUNDLE_HELP])
        return Report(
            True,
            f"Installed {name}: catalogue version {installed.version}.",
            [f"{installed.photos_added} new photo file(s).", f"Backup: {installed.backup}."],
        )
    try:
        result = import_spreadsheet(db, path, images)
    except ImportRefused as refused:
        return _refused(name, [str(problem) for problem in refused.problems])
    if not result.changed:
        return Report(True, f"{name} matches the catalogue: nothing changed.", [], False)
    return Report(
        True,
        f"Installed {name}.",
        [*_changes(result), f"{result.photos_stored} new photo(s).", f"Backup: {result.backup}."],
    )


_STALE_HELP = (
    "Make the bundle again from the newer catalogue (kiosk-admin bundle), or install an "
    "older one with kiosk-admin import --force."
)
_BUNDLE_HELP = (
    "Nothing was changed. The bundle is damaged or was not made by kiosk-admin bundle: "
    "copy it onto the stick again."
)
