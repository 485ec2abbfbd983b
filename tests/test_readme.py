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
