"""Every staff command explains itself with an example that works on the bundled catalogue."""

import shlex
import subprocess

import pytest

from kiosk.admin.cli import build_parser
from tests.admin.test_cli import KIOSK_ADMIN

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command):
    result = subprocess.run([KIOSK_ADMIN, command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert f"Example: kiosk-admin {command}" in result.stdout


@pytest.mark.parametrize("command", ["products", "urls", "qr-labels"])
def test_the_example_runs(command, tmp_path):
    result = subprocess.run([KIOSK_ADMIN, command, "--help"], capture_output=True, text=True)
    example = result.stdout.split("Example: kiosk-admin ")[1].splitlines()[0]
    run = subprocess.run(
        [KIOSK_ADMIN, *shlex.split(example)], capture_output=True, text=True, cwd=tmp_path
    )  # where an example writes its file
    assert run.returncode == 0, (example, run.stderr)
