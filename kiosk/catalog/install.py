"""Installing a catalogue file as the staff panel does: a dry run whose report staff read
on screen, then the install itself, through the same code as `kiosk-admin import`
(spreadsheets: importer.import_spreadsheet; bundles: bundles.install_bundle).

Each step returns a Report: what became of the file (`outcome`) and the figures behind it,
which the panel words in the visitor's three languages; `lines()` words it in English for
the log and the tests. Nothing here raises for a file that is refused: the report says why.
"""

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.catalog.bundles import BundleError, StaleBundle, install_bundle
from kiosk.catalog.importer import ImportRefused, ImportResult, import_spreadsheet

SHOWN_PROBLEMS = 12  # problems listed on screen; the rest are counted

# What became of a file: (outcome, may it go in / did it)
READY = "ready"  # the dry run passed: Install may follow
SAME = "same"  # it matches the catalogue shown: nothing to install
STALE = "stale"  # a bundle not newer than the catalogue shown
REFUSED = "refused"  # problems found (spreadsheet) or a bundle that fails its checks
INSTALLED = "installed"
NOT_CATALOGUE = "not-catalogue"  # a file that is neither a bundle nor a spreadsheet
OLD_SPREADSHEET = "old-spreadsheet"  # .xls, .ods: save it as .xlsx or .csv
FAILED = "failed"  # the kiosk could not read it (an unforeseen error)


@dataclass(frozen=True)
class Report:
    outcome: str
    name: str  # the file's name
    kind: str = ""  # "bundle" or "spreadsheet"
    version: str = ""  # a bundle's catalogue version
    changes: list[tuple[str, int, int, int]] = field(default_factory=list)  # sheet, + ~ -
    photos: int = 0  # new photo files checked (dry run) or stored
    problems: list[str] = field(default_factory=list)  # FILE:ROW:COLUMN: message, in English
    more_problems: int = 0  # problems beyond those listed
    detail: str = ""  # why a bundle was refused, in English
    backup: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome in (READY, SAME, INSTALLED)

    @property
    def installable(self) -> bool:
        return self.outcome == READY

    def lines(self) -> list[str]:
        """The report in English, as the log has it."""
        name = self.name
        headline = {
            READY: f"{name} can be installed.",
            SAME: f"{name} matches the catalogue shown: nothing to change.",
            STALE: f"{name} is not newer than the catalogue shown: nothing to install.",
            REFUSED: f"{name} was refused.",
            INSTALLED: f"Installed {name}.",
            NOT_CATALOGUE: f"{name} is not a catalogue.",
            OLD_SPREADSHEET: f"{name} is a spreadsheet the kiosk cannot read.",
            FAILED: f"The kiosk could not read {name}.",
        }[self.outcome]
        changes = [f"{s}: {a} added, {c} changed, {r} removed" for s, a, c, r in self.changes]
        return [headline, *changes, *self.problems, *([self.detail] if self.detail else [])]


def _changes(result: ImportResult) -> list[tuple[str, int, int, int]]:
    return [(sheet, c.added, c.changed, c.removed) for sheet, c in result.changes.items() if c]


def _refused(name: str, problems: list[str]) -> Report:
    return Report(
        REFUSED,
        name,
        "spreadsheet",
        problems=problems[:SHOWN_PROBLEMS],
        more_problems=max(0, len(problems) - SHOWN_PROBLEMS),
    )


def check_file(db: Path, path: Path, kind: str, images: Path | None = None) -> Report:
    """The dry run: everything an install would check, nothing changed."""
    name = path.name
    if kind == "bundle":
        try:
            would = install_bundle(db, path, dry_run=True)
        except StaleBundle as error:
            return Report(STALE, name, kind, detail=str(error).split("; use --force")[0])
        except BundleError as error:
            return Report(REFUSED, name, kind, detail=str(error))
        return Report(READY, name, kind, version=would.version, photos=would.photos_added)
    try:
        result = import_spreadsheet(db, path, images, dry_run=True)
    except ImportRefused as refused:
        return _refused(name, [str(problem) for problem in refused.problems])
    changes = _changes(result)
    if not changes:
        return Report(SAME, name, kind)
    return Report(READY, name, kind, changes=changes, photos=result.photos_stored)


def install_file(db: Path, path: Path, kind: str, images: Path | None = None) -> Report:
    """The install, all or nothing, after a backup (as `kiosk-admin import`)."""
    name = path.name
    if kind == "bundle":
        try:
            installed = install_bundle(db, path)
        except BundleError as error:
            return Report(REFUSED, name, kind, detail=str(error))
        return Report(
            INSTALLED,
            name,
            kind,
            version=installed.version,
            photos=installed.photos_added,
            backup=installed.backup,
        )
    try:
        result = import_spreadsheet(db, path, images)
    except ImportRefused as refused:
        return _refused(name, [str(problem) for problem in refused.problems])
    if not result.changed:
        return Report(SAME, name, kind)
    return Report(
        INSTALLED,
        name,
        kind,
        changes=_changes(result),
        photos=result.photos_stored,
        backup=result.backup or "",
    )
