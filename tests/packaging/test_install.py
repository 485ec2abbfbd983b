"""packaging/linux/install.sh into a staged root (`--root DIR`): the files it writes, unit
files that `systemd-analyze verify` accepts, and one clear line for an archive it must refuse.
The archives here are small stand-ins with the layout of a build (packaging/build.py)."""

import io
import json
import platform
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from kiosk.paths import BUNDLED_CATALOG, REPO_ROOT

INSTALL = REPO_ROOT / "packaging" / "linux" / "install.sh"
SYSTEM_UNITS = next(
    (p for p in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system")) if p.is_dir()), None
)


def make_archive(folder: Path, arch: str | None = None, version: str = "0.1.0") -> Path:
    arch = arch or platform.machine()
    archive = folder / f"odop-kiosk-{version}-{arch}.tar.gz"

    def add(tar, name, data: bytes, mode=0o644):
        info = tarfile.TarInfo(f"odop-kiosk/{name}")
        info.size, info.mode = len(data), mode
        tar.addfile(info, io.BytesIO(data))

    with tarfile.open(archive, "w:gz") as tar:
        add(tar, "BUILD-INFO.json", json.dumps({"version": version, "arch": arch}).encode())
        for program in ("kiosk", "kiosk-admin"):
            add(tar, program, b"#!/bin/sh\n", 0o755)
        add(tar, "_internal/catalog.db", BUNDLED_CATALOG.read_bytes())
        add(tar, "_internal/assets/media/display/example.jpg", b"jpeg")
    return archive


def stage(folder: Path, cage: bool = True) -> Path:
    root = folder / "root"
    (root / "usr" / "bin").mkdir(parents=True)
    if cage:
        (root / "usr" / "bin" / "cage").write_text("#!/bin/sh\n")
        (root / "usr" / "bin" / "cage").chmod(0o755)
    return root


def install(archive: Path, root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["sh", str(INSTALL), str(archive), "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd is not installed")
def test_install_writes_the_session_and_systemd_analyze_verify_accepts_it(tmp_path):
    root = stage(tmp_path)
    result = install(make_archive(tmp_path), root)
    assert result.returncode == 0, result.stderr
    etc = root / "etc"
    assert (root / "opt/odop-kiosk/current/kiosk").is_file()
    admin = (root / "usr/local/bin/kiosk-admin").read_text()
    assert "/opt/odop-kiosk/current/kiosk-admin" in admin
    # every program, the kiosk and staff's kiosk-admin alike, reads the one machine file
    machine = json.loads((etc / "odop-kiosk/kiosk.json").read_text())
    assert machine["catalog"] == "/srv/odop-kiosk/catalog.db"
    assert "odop-kiosk:x:" in (etc / "passwd").read_text()
    assert "odop-staff:x:" in (etc / "group").read_text()
    catalogue = root / "srv/odop-kiosk"
    assert (catalogue / "catalog.db").read_bytes() == BUNDLED_CATALOG.read_bytes()
    assert catalogue.stat().st_mode & 0o2070 == 0o2070  # setgid, group-writable
    service = (etc / "systemd/system/odop-kiosk.service").read_text()
    for line in ("Type=notify", "NotifyAccess=all", "Restart=always", "StartLimitBurst=5",
                 "StateDirectoryMode=2770", "StateDirectory=odop-kiosk",
                 "LogsDirectory=odop-kiosk"):  # fmt: skip
        assert line in service
    assert (etc / "systemd/system/multi-user.target.wants/odop-kiosk.service").is_symlink()
    # USB sticks for the staff panel: the udev rule, its unit and the mounting script
    linux = REPO_ROOT / "packaging" / "linux"
    for installed, source in (
        ("etc/udev/rules.d/90-odop-usb.rules", "90-odop-usb.rules"),
        ("etc/systemd/system/odop-usb@.service", "odop-usb@.service"),
        ("usr/local/lib/odop-kiosk/usb-mount", "usb-mount"),
        ("usr/local/lib/odop-kiosk/run-kiosk", "run-kiosk"),
    ):
        assert (root / installed).read_bytes() == (linux / source).read_bytes(), installed
    for program in ("session", "run-kiosk", "usb-mount", "rollback"):
        assert (root / "usr/local/lib/odop-kiosk" / program).stat().st_mode & 0o111 == 0o111
    for masked in ("apt-daily-upgrade.timer", "systemd-timesyncd.service", "ctrl-alt-del.target",
                   "sleep.target"):  # fmt: skip
        assert (etc / "systemd/system" / masked).readlink() == Path("/dev/null")
    assert (etc / "localtime").readlink() == Path("/usr/share/zoneinfo/Asia/Tokyo")

    # systemd-analyze needs the system's own units (sysinit.target, ...) in the root.
    if SYSTEM_UNITS is None:
        pytest.skip("no system units to verify against")
    shutil.copytree(SYSTEM_UNITS, root / "usr/lib/systemd/system", symlinks=True)
    # the USB template as udev starts it, for a stick's first partition
    (etc / "systemd/system/odop-usb@sdb1.service").symlink_to("odop-usb@.service")
    verify = subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", "--man=no",
         "/etc/systemd/system/odop-kiosk.service",
         "/etc/systemd/system/odop-kiosk-rollback.service",
         "/etc/systemd/system/odop-usb@sdb1.service"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert verify.returncode == 0 and verify.stderr.strip() == "", verify.stderr


def test_a_second_install_keeps_the_first_build_as_previous_and_the_catalogue(tmp_path):
    root = stage(tmp_path)
    assert install(make_archive(tmp_path, version="0.1.0"), root).returncode == 0
    first = (root / "opt/odop-kiosk/current").readlink()
    catalogue = root / "srv/odop-kiosk/catalog.db"
    catalogue.write_bytes(b"staff's own catalogue")
    (tmp_path / "v2").mkdir()
    result = install(make_archive(tmp_path / "v2", version="0.2.0"), root)
    assert result.returncode == 0, result.stderr
    assert (root / "opt/odop-kiosk/previous").readlink() == first
    assert str((root / "opt/odop-kiosk/current").readlink()).startswith("0.2.0-")
    assert catalogue.read_bytes() == b"staff's own catalogue"


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("other-arch", "was built for"),
        ("no-cage", "cage is not installed"),
        ("not-a-build", "is not an odop-kiosk build"),
    ],
)
def test_a_refused_install_says_why_in_one_line_and_changes_nothing(tmp_path, case, words):
    root = stage(tmp_path, cage=case != "no-cage")
    if case == "other-arch":
        archive = make_archive(tmp_path, arch="riscv64" if platform.machine() != "riscv64" else "x")
    elif case == "not-a-build":
        archive = tmp_path / "photos.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(INSTALL, arcname="photos/install.sh")
    else:
        archive = make_archive(tmp_path)
    before = tree(root)
    result = install(archive, root)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "nothing was changed" in lines[0], lines
    assert tree(root) == before
