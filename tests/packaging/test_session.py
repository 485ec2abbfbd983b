"""packaging/linux/session, the cage starter: the rotation comes from the machine file's
`orientation` (read with the real kiosk-admin) when it is set, else from ODOP_KIOSK_ROTATE in
session.conf; the session exits with the kiosk's own exit status, which cage 0.1.x drops. A
stand-in `cage` on the PATH prints the arguments it was given, runs its client and exits 0,
as cage 0.1.x does whatever its client returned."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.exit_codes import LEAVE_KIOSK_EXIT_CODE, RESTART_EXIT_CODE
from kiosk.paths import REPO_ROOT

SESSION = REPO_ROOT / "packaging" / "linux" / "session"
RUN_KIOSK = REPO_ROOT / "packaging" / "linux" / "run-kiosk"
KIOSK_ADMIN = shutil.which("kiosk-admin", path=str(Path(sys.executable).parent))
CAGE_01 = """#!/bin/sh
if [ "$1" = -h ]; then
  printf 'Usage: cage [OPTIONS] [--] APPLICATION\\n -r\\t Rotate the output 90 degrees clockwise\\n'
  exit
fi
echo "cage $*"
while [ "$1" != -- ]; do shift; done
shift
"$@"
exit 0
"""
# The stand-in kiosk: says whether the watchdog is meant for it (systemd's $WATCHDOG_PID
# names the service's main process; the kiosk accepts its parent), exits with $KIOSK_EXIT.
KIOSK = """#!/bin/sh
[ -z "${WATCHDOG_PID:-}" ] || [ "$WATCHDOG_PID" = "$PPID" ] || echo "watchdog not for the kiosk" >&2
exit "${KIOSK_EXIT:-0}"
"""

try:
    from kiosk.exit_codes import LEAVE_KIOSK_EXIT_CODE, RESTART_EXIT_CODE
except ImportError:  # the staff panel's constants (kiosk/session.py), reconciled at merge
    RESTART_EXIT_CODE, LEAVE_KIOSK_EXIT_CODE = 0, 4


@pytest.fixture
def session(tmp_path):
    """Run the session with a build folder holding a stand-in kiosk and the real
    kiosk-admin, a machine file holding `machine`, and `rotate` as session.conf's value."""
    build = tmp_path / "build"
    build.mkdir()
    (build / "kiosk").write_text(KIOSK)
    (build / "kiosk").chmod(0o755)
    (build / "kiosk-admin").symlink_to(KIOSK_ADMIN)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "cage").write_text(CAGE_01)
    (bin_dir / "cage").chmod(0o755)
    machine_file = tmp_path / "kiosk.json"

    runtime = tmp_path / "run"  # the unit's RuntimeDirectory
    runtime.mkdir()

    def run(
        machine: dict | str | None,
        rotate: str | None = None,
        admin: bool = True,
        kiosk_exit: int = 0,
    ):
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
            "RUNTIME_DIRECTORY": str(runtime),
            "WATCHDOG_PID": "1",  # as systemd sets it: the session's PID, not cage's or ours
            "KIOSK_EXIT": str(kiosk_exit),
        }
        env.pop("ODOP_KIOSK_ROTATE", None)
        if rotate is not None:
            env["ODOP_KIOSK_ROTATE"] = rotate
        done = subprocess.run([SESSION], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == kiosk_exit, done.stderr
        assert (runtime / "kiosk-exit-status").read_text() == f"{kiosk_exit}\n"
        cage = done.stdout.strip().replace(str(RUN_KIOSK), "RUN")
        return cage.replace(str(build / "kiosk"), "KIOSK"), done.stderr

    return run


@pytest.mark.parametrize(
    ("orientation", "rotate", "cage"),
    [
        ("portrait", "0", "cage -d -r -- RUN KIOSK"),
        ("portrait-flipped", None, "cage -d -r -r -r -- RUN KIOSK"),
        ("landscape", "270", "cage -d -- RUN KIOSK"),
    ],
)
def test_the_machine_file_orientation_wins_over_session_conf(session, orientation, rotate, cage):
    assert session({"orientation": orientation}, rotate) == (cage, "")


@pytest.mark.parametrize(
    ("machine", "rotate", "cage"),
    [
        (None, "90", "cage -d -r -- RUN KIOSK"),  # no machine file
        ({"kiosk_id": "osaka-01"}, "270", "cage -d -r -r -r -- RUN KIOSK"),
        ({"orientation": ""}, None, "cage -d -- RUN KIOSK"),
    ],
)
def test_without_an_orientation_session_conf_still_decides(session, machine, rotate, cage):
    assert session(machine, rotate) == (cage, "")


def test_a_bad_machine_file_says_why_and_rotates_as_session_conf_says(session):
    cage, log = session({"orientation": "sideways"}, "90")
    assert cage == "cage -d -r -- RUN KIOSK"
    assert "orientation: write one of landscape, portrait" in log
    assert "cannot read orientation from the machine file" in log


def test_a_build_without_kiosk_admin_rotates_as_session_conf_says(session):
    assert session({"orientation": "portrait"}, "180", admin=False) == (
        "cage -d -r -r -- RUN KIOSK",
        "",
    )


def test_a_bad_session_conf_value_says_so_and_does_not_rotate(session):
    cage, log = session(None, "45")
    assert cage == "cage -d -- RUN KIOSK"
    assert "ODOP_KIOSK_ROTATE must be 0, 90, 180 or 270, not '45'" in log


@pytest.mark.parametrize(
    "code",
    [RESTART_EXIT_CODE, LEAVE_KIOSK_EXIT_CODE, 1, 128 + 9],
    ids=["restart", "leave", "error", "killed"],
)
def test_the_session_exits_with_the_kiosks_own_status_though_cage_drops_it(session, code):
    """systemd sees the kiosk's status: 4 stops the unit (RestartPreventExitStatus=4)."""
    assert session(None, "90", kiosk_exit=code) == ("cage -d -r -- RUN KIOSK", "")


def test_without_cage_r_the_kiosk_is_turned_by_wlr_randr_and_its_status_kept(session, tmp_path):
    cage = tmp_path / "bin" / "cage"
    cage.write_text(CAGE_01.replace("-r\\t Rotate", "-s\\t Allow VT switching"))
    wlr_randr = tmp_path / "bin" / "wlr-randr"
    wlr_randr.write_text(
        '#!/bin/sh\n[ $# -eq 0 ] && echo "HDMI-A-1 \\"Monitor\\"" || echo "wlr-randr $*"\n'
    )
    wlr_randr.chmod(0o755)
    output, log = session({"orientation": "portrait"}, kiosk_exit=LEAVE_KIOSK_EXIT_CODE)
    assert output.splitlines() == [
        "cage -d -- RUN KIOSK 90",
        "wlr-randr --output HDMI-A-1 --transform 90",
    ]
    assert log == ""


def unit_settings(path, section: str) -> dict[str, list[str]]:
    """The settings of one section of a systemd unit file: name -> every value given."""
    settings: dict[str, list[str]] = {}
    current = None
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = line.strip("[]")
        elif current == section:
            name, _, value = line.partition("=")
            settings.setdefault(name.strip(), []).append(value.strip())
    return settings


def test_the_unit_restarts_the_kiosk_unless_it_leaves_kiosk_mode():
    service = unit_settings(SESSION.parent / "odop-kiosk.service", "Service")
    assert service["ExecStart"] == ["/usr/local/lib/odop-kiosk/session"]
    assert service["Restart"] == ["always"]  # RESTART_EXIT_CODE (0) and crashes restart
    leave = str(LEAVE_KIOSK_EXIT_CODE)
    # leaving: no restart, and a clean stop rather than a failure (no OnFailure= rollback)
    assert leave in " ".join(service["RestartPreventExitStatus"]).split()
    assert leave in " ".join(service["SuccessExitStatus"]).split()
    assert str(RESTART_EXIT_CODE) not in " ".join(service["RestartPreventExitStatus"]).split()
