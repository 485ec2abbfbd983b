"""packaging/linux/session, the cage starter: the rotation comes from the machine file's
`orientation` (read with the real kiosk-admin) when it is set, else from ODOP_KIOSK_ROTATE in
session.conf. A stand-in `cage` on the PATH prints the arguments it was given."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import REPO_ROOT

SESSION = REPO_ROOT / "packaging" / "linux" / "session"
KIOSK_ADMIN = shutil.which("kiosk-admin", path=str(Path(sys.executable).parent))
CAGE_01 = """#!/bin/sh
if [ "$1" = -h ]; then
  printf 'Usage: cage [OPTIONS] [--] APPLICATION\\n -r\\t Rotate the output 90 degrees clockwise\\n'
  exit
fi
echo "cage $*"
"""


@pytest.fixture
def session(tmp_path):
    """Run the session with a build folder holding a stand-in kiosk and the real
    kiosk-admin, a machine file holding `machine`, and `rotate` as session.conf's value."""
    build = tmp_path / "build"
    build.mkdir()
    (build / "kiosk").write_text("#!/bin/sh\n")
    (build / "kiosk").chmod(0o755)
    (build / "kiosk-admin").symlink_to(KIOSK_ADMIN)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "cage").write_text(CAGE_01)
    (bin_dir / "cage").chmod(0o755)
    machine_file = tmp_path / "kiosk.json"

    def run(machine: dict | str | None, rotate: str | None = None, admin: bool = True):
        if machine is not None:
            text = machine if isinstance(machine, str) else json.dumps(machine)
            machine_file.write_text(text, encoding="utf-8")
        if not admin:
            (build / "kiosk-admin").unlink()
        env = {
            **os.environ,
            "PATH": f"{bin_dir}:{os.environ['PATH']}",
            "ODOP_KIOSK_BUILD": str(build),
            "ODOP_KIOSK_CONFIG": str(machine_file),
        }
        env.pop("ODOP_KIOSK_ROTATE", None)
        if rotate is not None:
            env["ODOP_KIOSK_ROTATE"] = rotate
        done = subprocess.run([SESSION], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().replace(str(build / "kiosk"), "KIOSK"), done.stderr

    return run


@pytest.mark.parametrize(
    ("orientation", "rotate", "cage"),
    [
        ("portrait", "0", "cage -d -r -- KIOSK"),
        ("portrait-flipped", None, "cage -d -r -r -r -- KIOSK"),
        ("landscape", "270", "cage -d -- KIOSK"),
    ],
)
def test_the_machine_file_orientation_wins_over_session_conf(session, orientation, rotate, cage):
    assert session({"orientation": orientation}, rotate) == (cage, "")


@pytest.mark.parametrize(
    ("machine", "rotate", "cage"),
    [
        (None, "90", "cage -d -r -- KIOSK"),  # no machine file
        ({"kiosk_id": "osaka-01"}, "270", "cage -d -r -r -r -- KIOSK"),
        ({"orientation": ""}, None, "cage -d -- KIOSK"),
    ],
)
def test_without_an_orientation_session_conf_still_decides(session, machine, rotate, cage):
    assert session(machine, rotate) == (cage, "")


def test_a_bad_machine_file_says_why_and_rotates_as_session_conf_says(session):
    cage, log = session({"orientation": "sideways"}, "90")
    assert cage == "cage -d -r -- KIOSK"
    assert "orientation: write one of landscape, portrait" in log
    assert "cannot read orientation from the machine file" in log


def test_a_build_without_kiosk_admin_rotates_as_session_conf_says(session):
    assert session({"orientation": "portrait"}, "180", admin=False) == (
        "cage -d -r -r -- KIOSK",
        "",
    )


def test_a_bad_session_conf_value_says_so_and_does_not_rotate(session):
    cage, log = session(None, "45")
    assert cage == "cage -d -- KIOSK"
    assert "ODOP_KIOSK_ROTATE must be 0, 90, 180 or 270, not '45'" in log
