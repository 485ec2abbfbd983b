"""The README stays true: its set-up commands exist and its sheet table lists every column."""

import re
from pathlib import Path

from kiosk.catalog.layout import SHEETS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_two_set_up_commands_are_there_and_runnable():
    assert "./setup.sh kiosk" in README and "./setup.sh test" in README
    assert (ROOT / "setup.sh").stat().st_mode & 0o111
    assert "./setup.sh test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_sheet_and_column_is_documented():
    for sheet in SHEETS.values():
        row = next(line for line in README.splitlines() if line.startswith(f"| `{sheet.name}` |"))
        documented = re.findall(r"`([a-z_]+)`°?", row.split("|")[3])
        assert documented == sheet.names, sheet.name
        optional = {name for name in re.findall(r"`([a-z_]+)`°", row)}
        assert optional == {c.name for c in sheet.columns if not c.required}, sheet.name


def test_every_setting_is_documented_with_its_place_and_default():
    from kiosk.catalog.settings import SETTINGS

    for setting in SETTINGS.values():
        row = next(line for line in README.splitlines() if line.startswith(f"| `{setting.name}` |"))
        cells = [cell.strip() for cell in row.split("|")[1:-1]]
        default = f"`{setting.default}`" if setting.default != "" else "(none)"
        assert cells[1:] == [setting.scope, default, setting.description], setting.name


def test_every_staff_command_is_in_the_table():
    from kiosk.admin.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    documented = set()
    for line in README.splitlines():
        if line.startswith("| `"):
            documented |= set(re.findall(r"`([a-z-]+)", line.split("|")[1]))
    assert set(commands) <= documented
