"""The machine file: the settings that belong to this kiosk, not to its catalogue.

One system-wide JSON file, `/etc/odop-kiosk/kiosk.json` (or the file $ODOP_KIOSK_CONFIG
names), read alike by the kiosk, `kiosk-admin` and the staff panel, whoever runs them. A
bundle or an import never writes it. Which settings may stand in it, and which belong to the
catalogue, is declared once in kiosk/catalog/settings.py.
"""

import difflib
import json
import os
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.catalog.settings import MACHINE, MACHINE_SETTINGS, SETTINGS, catalogue_values
from kiosk.paths import BUNDLED_CATALOG

CONFIG_ENV = "ODOP_KIOSK_CONFIG"
DEFAULT_CONFIG = Path("/etc/odop-kiosk/kiosk.json")
CATALOG_ENV = "ODOP_KIOSK_DB"
# Folders systemd hands a service (StateDirectory=, LogsDirectory=): the defaults of the
# machine settings that name them, so the unit and the file need not say it twice.
ENVIRONMENT_DEFAULTS = {"state_dir": "STATE_DIRECTORY", "log_dir": "LOGS_DIRECTORY"}


class MachineConfigError(Exception):
    """A machine file that cannot be used; str() is the one line to show."""


def config_path() -> Path:
    return Path(os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)


@dataclass(frozen=True)
class MachineConfig:
    """The machine file's settings (only those it sets) and where the file is."""

    path: Path
    values: Mapping[str, int | str] = field(default_factory=dict)
    exists: bool = False

    def get(self, name: str) -> int | str:
        return self.resolve(name)[0]

    def resolve(self, name: str) -> tuple[int | str, str]:
        """A machine setting's value and where it came from."""
        if name in self.values:
            return self.values[name], f"machine file {self.path}"
        variable = ENVIRONMENT_DEFAULTS.get(name)
        if variable and os.environ.get(variable):
            return os.environ[variable].split(":")[0], f"${variable}"
        return SETTINGS[name].default, "default"


def load_machine(path: Path | None = None) -> MachineConfig:
    """The machine file at `path` (default: config_path()); no file means every default.
    MachineConfigError says in one line what is wrong with a file that is there."""
    path = Path(path) if path is not None else config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return MachineConfig(path)
    except (OSError, UnicodeDecodeError) as error:
        raise MachineConfigError(f"{path}: cannot read the machine file ({error})") from None
    try:
        data = json.loads(text)
    except ValueError as error:
        raise MachineConfigError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise MachineConfigError(
            f'{path}: the machine file must be one JSON object, like {{"kiosk_id": "osaka-01"}}'
        )
    values: dict[str, int | str] = {}
    for name, raw in data.items():
        setting = SETTINGS.get(name)
        if setting is None:
            close = difflib.get_close_matches(name, MACHINE_SETTINGS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise MachineConfigError(
                f"{path}: unknown setting {name!r}{hint} "
                f"(machine settings: {', '.join(MACHINE_SETTINGS)})"
            )
        if not setting.in_machine_file:
            raise MachineConfigError(
                f"{path}: {name} is a catalogue setting: change it in the catalogue's "
                "settings sheet (kiosk-admin export, edit, import), not in the machine file"
            )
        try:
            values[name] = setting.parse_json(raw)
        except ValueError as error:
            raise MachineConfigError(f"{path}: {error}") from None
    return MachineConfig(path, values, exists=True)


def effective_settings(
    stored: Mapping[str, str], machine: MachineConfig
) -> dict[str, tuple[int | str, str]]:
    """Every declared setting's value in force and where it came from, given the catalogue's
    stored settings: machine settings from the machine file (an old catalogue's own value
    is ignored), catalogue settings from the catalogue, and for settings of both scopes the
    machine file's value over the catalogue's."""
    from_catalogue = catalogue_values(dict(stored))
    resolved: dict[str, tuple[int | str, str]] = {}
    for name, setting in SETTINGS.items():
        if setting.scope == MACHINE or name in machine.values:
            resolved[name] = machine.resolve(name)
        elif name in from_catalogue:
            resolved[name] = from_catalogue[name], "catalogue"
        else:
            resolved[name] = setting.default, "default"
    return resolved


def ignored_in_catalogue(stored: Mapping[str, str], machine: MachineConfig) -> list[str]:
    """Settings an (old) catalogue holds that the machine file decides instead."""
    return [
        name
        for name in stored
        if name in SETTINGS and (SETTINGS[name].scope == MACHINE or name in machine.values)
    ]


def configured_catalog(machine: MachineConfig) -> Path:
    """The catalogue this kiosk shows: $ODOP_KIOSK_DB, else `catalog` in the machine file,
    else the bundled sample catalogue."""
    if os.environ.get(CATALOG_ENV):
        return Path(os.environ[CATALOG_ENV])
    configured = str(machine.get("catalog"))
    return Path(configured) if configured else BUNDLED_CATALOG


def catalog_source(machine: MachineConfig) -> str:
    if os.environ.get(CATALOG_ENV):
        return f"${CATALOG_ENV}"
    return machine.resolve("catalog")[1] if machine.get("catalog") else "default (bundled)"


@dataclass(frozen=True)
class SettingInForce:
    name: str
    value: int | str | None
    source: str  # "machine file PATH", "$VARIABLE", "catalogue", "default", or why not known
    scope: str
    description: str


def settings_in_force(catalog_path: Path, machine: MachineConfig) -> list[SettingInForce]:
    """What `kiosk-admin config` shows: the kiosk's catalogue, then every setting's value in
    force and where it came from, then the catalogue's URL templates."""
    import sqlite3

    rows = [
        SettingInForce(
            "catalog (in force)",
            str(configured_catalog(machine)),
            catalog_source(machine),
            MACHINE,
            "The catalogue file shown.",
        )
    ]
    stored: dict[str, str] = {}
    templates: dict[str, str] = {}
    unreadable = ""
    try:
        uri = f"{Path(catalog_path).resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            stored = {
                key: value if value is not None else ""
                for key, value in conn.execute("SELECT key, value FROM settings")
            }
            templates = dict(conn.execute("SELECT name, template FROM url_templates"))
    except (sqlite3.Error, OSError) as error:
        unreadable = f"catalogue {catalog_path} unreadable ({error})"
    for name, (value, source) in effective_settings(stored, machine).items():
        setting = SETTINGS[name]
        if unreadable and source == "default" and setting.in_catalogue:
            source = f"default; {unreadable}"
        rows.append(SettingInForce(name, value, source, setting.scope, setting.description))
    for name, template in templates.items():
        rows.append(
            SettingInForce(
                f"url_templates.{name}", template, "catalogue", "catalogue", "A link template."
            )
        )
    return rows
