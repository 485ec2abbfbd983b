"""Kiosk settings, each declared once: name, type, default, limits, what it does, and where it
lives (its scope).

A *machine* setting belongs to one kiosk and lives in its machine file (kiosk/machine.py:
/etc/odop-kiosk/kiosk.json); a *catalogue* setting travels with the catalogue (its `settings`
sheet); a setting of scope *both* takes the catalogue's value as a default that the machine
file overrides.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

MACHINE, CATALOGUE, BOTH = "machine", "catalogue", "both"


def _absolute(value: str) -> None:
    if value and not PurePosixPath(value).is_absolute():
        raise ValueError(f"write an absolute path (starting with /), not {value!r}")


def _time_zone(value: str) -> None:
    if not value:
        return
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone (write one like Asia/Tokyo)") from None


# The screen's rotation in the cage session (packaging/linux/session), clockwise in degrees.
ORIENTATIONS = {"landscape": 0, "portrait": 90, "landscape-flipped": 180, "portrait-flipped": 270}


def _orientation(value: str) -> None:
    if value and value not in ORIENTATIONS:
        raise ValueError(f"write one of {', '.join(ORIENTATIONS)} (or nothing), not {value!r}")


@dataclass(frozen=True)
class Setting:
    name: str
    default: int | str
    description: str
    minimum: int | None = None
    maximum: int | None = None
    scope: str = CATALOGUE
    check: Callable[[str], None] | None = None  # raises ValueError on a bad text value

    @property
    def in_machine_file(self) -> bool:
        return self.scope in (MACHINE, BOTH)

    @property
    def in_catalogue(self) -> bool:
        return self.scope in (CATALOGUE, BOTH)

    def parse(self, raw: str) -> int | str:
        """The value of `raw` for this setting; ValueError names what is wrong."""
        if isinstance(self.default, str):
            if not raw.strip() and self.default:
                raise ValueError(f"{self.name} must not be empty")
            if self.check is not None:
                try:
                    self.check(raw.strip())
                except ValueError as error:
                    raise ValueError(f"{self.name}: {error}") from None
            return raw.strip()
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"{self.name} must be a whole number, not {raw!r}") from None
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be at most {self.maximum}")
        return value

    def parse_json(self, value: object) -> int | str:
        """The value of a JSON value (the machine file's) for this setting."""
        text_setting = isinstance(self.default, str)
        if text_setting and not isinstance(value, str):
            raise ValueError(f"{self.name} must be text in quotes, not {value!r}")
        if not text_setting and (isinstance(value, bool) or not isinstance(value, int | str)):
            raise ValueError(f"{self.name} must be a whole number, not {value!r}")
        return self.parse(str(value))


SETTINGS = {
    s.name: s
    for s in (
        Setting(
            "kiosk_id",
            "kiosk-01",
            "This kiosk's name, carried in QR links as {kiosk_id} and in its statistics "
            "and status.",
            scope=MACHINE,
        ),
        Setting(
            "catalog",
            "",
            "The catalogue file this kiosk shows ($ODOP_KIOSK_DB overrides it); empty: the "
            "bundled sample catalogue.",
            scope=MACHINE,
            check=_absolute,
        ),
        Setting(
            "state_dir",
            "/var/lib/odop-kiosk",
            "The kiosk's own state: its status file, and the staff PIN and statistics "
            "($STATE_DIRECTORY when systemd starts the kiosk).",
            scope=MACHINE,
            check=_absolute,
        ),
        Setting(
            "log_dir",
            "",
            "A folder for the kiosk's log files, rotated ($LOGS_DIRECTORY when systemd "
            "starts the kiosk); empty: the log goes to stderr, the journal.",
            scope=MACHINE,
            check=_absolute,
        ),
        Setting(
            "time_zone",
            "",
            "The time zone status times are shown in, like Asia/Tokyo; empty: the system's.",
            scope=MACHINE,
            check=_time_zone,
        ),
        Setting(
            "orientation",
            "",
            "The screen's rotation under cage: landscape, portrait (a quarter turn "
            "clockwise), landscape-flipped or portrait-flipped; empty: ODOP_KIOSK_ROTATE in "
            "/etc/odop-kiosk/session.conf decides. Takes effect when the session restarts.",
            scope=MACHINE,
            check=_orientation,
        ),
        Setting(
            "inbox_dir",
            "",
            "A folder the kiosk watches for catalogue bundles (a USB "
            "stick, a Syncthing folder); relative to the catalogue's folder; empty for "
            "none.",
            scope=MACHINE,
        ),
        Setting(
            "outbox_dir",
            "",
            "A folder the kiosk copies its status into, as KIOSK_ID.status.json, for a "
            "staff laptop to collect (Syncthing, rsync); relative to the catalogue's folder; "
            "empty for none.",
            scope=MACHINE,
        ),
        Setting(
            "install_dir",
            "",
            "A folder the staff panel offers catalogue bundles and spreadsheets from, besides "
            "USB sticks mounted under /media/odop-usb; relative to the catalogue's folder; "
            "empty for none.",
            scope=MACHINE,
        ),
        Setting(
            "backups_kept",
            20,
            "How many catalogue backups to keep; the oldest beyond it are deleted.",
            minimum=1,
            maximum=1000,
            scope=MACHINE,
        ),
        Setting(
            "idle_timeout_s",
            90,
            "Seconds without a touch before the 'Are you still there?' countdown starts "
            "(the catalogue's value unless the machine file sets one).",
            minimum=10,
            maximum=3600,
            scope=BOTH,
        ),
        Setting(
            "idle_countdown_s",
            10,
            "Seconds the 'Are you still there?' countdown lasts "
            "before the kiosk returns to the attract loop.",
            minimum=3,
            maximum=60,
        ),
        Setting(
            "attract_slide_s",
            7,
            "Seconds each featured product stays on the attract loop.",
            minimum=3,
            maximum=60,
        ),
    )
}
CATALOGUE_SETTINGS = [name for name, s in SETTINGS.items() if s.in_catalogue]
MACHINE_SETTINGS = [name for name, s in SETTINGS.items() if s.in_machine_file]


def wrong_place_in_catalogue(name: str) -> str:
    """Why the machine setting `name` is refused in a catalogue's settings sheet."""
    return (
        f"{name} is a machine setting: set it in each kiosk's machine file "
        "(/etc/odop-kiosk/kiosk.json, see kiosk-admin config), not in the catalogue"
    )


def stored_settings(db: Database) -> dict[str, str]:
    """The catalogue's `settings` rows as stored, valid or not."""
    return {
        row["key"]: row["value"] if row["value"] is not None else "" for row in db["settings"].rows
    }


def catalogue_values(stored: dict[str, str]) -> dict[str, int | str]:
    """The catalogue settings the catalogue holds valid values for (machine settings an old
    catalogue still holds are left out: the machine file decides those)."""
    values: dict[str, int | str] = {}
    for name in CATALOGUE_SETTINGS:
        if name in stored:
            try:
                values[name] = SETTINGS[name].parse(stored[name])
            except ValueError:
                continue
    return values
