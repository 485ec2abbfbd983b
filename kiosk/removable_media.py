"""Where the staff panel looks for catalogues to install: USB sticks and one folder.

The packaging mounts an inserted stick read-only and noexec at MOUNT_ROOT; the kiosk finds
sticks by reading the mount table (`/proc/self/mounts`) for mounts at or under that root,
so a stick is listed only while it is really mounted. The machine setting `install_dir`
names one more folder. What the panel offers from them: catalogue bundles (`.zip`) and
spreadsheets (`.xlsx`, `.csv`); any other file is listed as refused, with the reason in
plain words.
"""

from dataclasses import dataclass
from pathlib import Path

MOUNT_ROOT = Path("/media/odop-usb")
MOUNT_TABLE = Path("/proc/self/mounts")
BUNDLE_SUFFIXES = (".zip",)
SHEET_SUFFIXES = (".xlsx", ".csv")
# Photos for a spreadsheet: a folder or ZIP of this name beside it (not a bundle itself).
PHOTOS_NAME = "photos"


def _unescape(field: str) -> str:
    """A path as the mount table writes it: space, tab, newline and backslash as octal."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mounted_sticks(root: Path = MOUNT_ROOT, mount_table: Path = MOUNT_TABLE) -> list[Path]:
    """The mount points at or under `root` in `mount_table`, in order, each once."""
    try:
        text = mount_table.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found: list[Path] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        point = Path(_unescape(fields[1]))
        if (point == root or root in point.parents) and point not in found:
            found.append(point)
    return found


@dataclass(frozen=True)
class Offered:
    """A file the panel lists: a bundle or spreadsheet to try, or a refused file and why."""

    path: Path
    kind: str  # "bundle", "spreadsheet" or "refused"
    reason: str = ""  # for a refused file, in English
    refusal: str = ""  # for a refused file: "old-spreadsheet" or "not-catalogue"
    images: Path | None = None  # a spreadsheet's photos, where there are any beside it

    @property
    def name(self) -> str:
        return self.path.name


def _photos_beside(sheet: Path) -> Path | None:
    for candidate in (sheet.parent / PHOTOS_NAME, sheet.parent / f"{PHOTOS_NAME}.zip"):
        if candidate.exists():
            return candidate
    return None


def offered_files(folder: Path) -> list[Offered]:
    """What `folder` offers (its own files, not its sub-folders), by name."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except OSError:
        return []
    offered = []
    for path in entries:
        name = path.name
        suffix = path.suffix.lower()
        if name.startswith(".") or path.is_dir():
            continue
        if name.lower() == f"{PHOTOS_NAME}.zip":
            continue  # a spreadsheet's photos, not a catalogue
        if suffix in BUNDLE_SUFFIXES:
            offered.append(Offered(path, "bundle"))
        elif suffix in SHEET_SUFFIXES:
            offered.append(Offered(path, "spreadsheet", images=_photos_beside(path)))
        elif suffix in (".xls", ".ods", ".numbers"):
            offered.append(
                Offered(
                    path,
                    "refused",
                    f"{name} is a spreadsheet the kiosk cannot read: save it as an Excel "
                    "workbook (.xlsx) or as CSV UTF-8 (.csv) and try again.",
                    "old-spreadsheet",
                )
            )
        else:
            offered.append(
                Offered(
                    path,
                    "refused",
                    f"{name} is not a catalogue: the kiosk installs bundles (.zip, made by "
                    "kiosk-admin bundle) and spreadsheets (.xlsx or .csv).",
                    "not-catalogue",
                )
            )
    return offered


def sources(
    install_dir: Path | None,
    root: Path = MOUNT_ROOT,
    mount_table: Path = MOUNT_TABLE,
) -> list[Path]:
    """The folders to look in: each mounted stick, then the configured folder (if any)."""
    folders = mounted_sticks(root, mount_table)
    if install_dir is not None and install_dir not in folders:
        folders.append(install_dir)
    return folders


def everything_offered(
    install_dir: Path | None,
    root: Path = MOUNT_ROOT,
    mount_table: Path = MOUNT_TABLE,
) -> list[Offered]:
    """Every file the sticks and the configured folder offer, stick by stick."""
    return [
        offered
        for folder in sources(install_dir, root, mount_table)
        for offered in offered_files(folder)
    ]
