"""Every staff command explains itself with an example that works on the bundled catalogue."""

import shlex
import subprocess

import pytest

from kiosk.admin.cli import build_parser
from tests.admin.test_cli import KIOSK_ADMIN
from tests.admin_runner import kiosk_admin

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command):
    result = kiosk_admin(command, "--help")
    assert result.returncode == 0
    assert f"Example: kiosk-admin {command}" in result.stdout


def test_the_installed_command_answers():
    """The console script itself, as staff type it (the other tests call `main`)."""
    result = subprocess.run([KIOSK_ADMIN, "products", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "Example: kiosk-admin products" in result.stdout


@pytest.mark.parametrize("command", ["products", "urls", "qr-labels"])
def test_the_example_runs(command, tmp_path):
    example = kiosk_admin(command, "--help").stdout.split("Example: kiosk-admin ")[1]
    run = kiosk_admin(*shlex.split(example.splitlines()[0]), cwd=tmp_path)  # writes its file there
    assert run.returncode == 0, (example, run.stderr)
