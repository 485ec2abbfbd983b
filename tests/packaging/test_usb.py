"""USB sticks for the staff panel (packaging/linux): the udev rule, parsed and run here
against the properties udev gives a USB stick's partition and other block devices; the
mounting script `usb-mount`, with stand-in mount tools (the options per filesystem) and, as
root with loop devices, for real: a vfat and an ext4 image mounted read-only at the fixed
path and unmounted again."""

import fnmatch
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from kiosk.paths import REPO_ROOT

LINUX = REPO_ROOT / "packaging" / "linux"
RULES = LINUX / "90-odop-usb.rules"
USB_MOUNT = LINUX / "usb-mount"

# udev(7): which keys match (==, !=) and which assign (=, +=, -=, :=)
MATCH_KEYS = {"ACTION", "DEVPATH", "KERNEL", "KERNELS", "NAME", "SYMLINK", "SUBSYSTEM",
              "SUBSYSTEMS", "DRIVER", "DRIVERS", "ATTR", "ATTRS", "SYSCTL", "TAG", "TAGS",
              "ENV", "CONST", "TEST", "PROGRAM", "RESULT"}  # fmt: skip
ASSIGN_KEYS = {"NAME", "SYMLINK", "OWNER", "GROUP", "MODE", "SECLABEL", "ATTR", "SYSCTL",
               "ENV", "TAG", "RUN", "LABEL", "GOTO", "IMPORT", "OPTIONS"}  # fmt: skip
TOKEN = re.compile(r'\s*([A-Z_]+)(?:\{([^}]*)\})?\s*(==|!=|\+=|-=|:=|=)\s*"([^"]*)"\s*(?:,|$)')


def parse_rules(text: str) -> list[list[tuple[str, str | None, str, str]]]:
    """udev rules as lists of (key, attribute, operator, value); a syntax error fails."""
    rules = []
    for line in text.replace("\\\n", " ").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        tokens, position = [], 0
        while position < len(line):
            match = TOKEN.match(line, position)
            assert match, f"cannot parse {line[position:]!r}"
            key, attr, op, value = match.groups()
            keys = MATCH_KEYS if op in ("==", "!=") else ASSIGN_KEYS
            assert key in keys, f"{key} cannot take {op}"
            tokens.append((key, attr, op, value))
            position = match.end()
        rules.append(tokens)
    return rules


def run_rules(rules, device: dict) -> dict:
    """What the rules leave in the device's properties (ENV, TAGS), as udev would."""
    env, tags = dict(device["env"]), set()
    goto = None
    for rule in rules:
        if goto is not None:
            if ("LABEL", None, "=", goto) in rule:
                goto = None
            continue
        values = {"ACTION": [device["action"]], "SUBSYSTEM": [device["subsystem"]],
                  "SUBSYSTEMS": device["subsystems"], "KERNEL": [device["kernel"]]}  # fmt: skip
        matched = True
        for key, attr, op, value in rule:
            if op not in ("==", "!="):
                continue
            have = [env.get(attr or "", "")] if key == "ENV" else values[key]
            hit = any(fnmatch.fnmatchcase(h, p) for h in have for p in value.split("|"))
            matched = matched and (hit if op == "==" else not hit)
        if not matched:
            continue
        for key, attr, op, value in rule:
            value = value.replace("%k", device["kernel"])
            if key == "ENV" and op in ("=", ":="):
                env[attr or ""] = value
            elif key == "ENV" and op == "+=":
                env[attr or ""] = (env.get(attr or "", "") + " " + value).strip()
            elif key == "TAG":
                tags.add(value)
            elif key == "GOTO":
                goto = value
    return {**env, "TAGS": " ".join(sorted(tags))}


def block(kernel="sdb1", fs="vfat", usage="filesystem", bus=("usb",), action="add") -> dict:
    return {
        "action": action,
        "subsystem": "block",
        "subsystems": ["block", "scsi", *bus, "pci"],
        "kernel": kernel,
        "env": {"ID_FS_TYPE": fs, "ID_FS_USAGE": usage} if fs else {},
    }


@pytest.fixture(scope="module")
def rules():
    return parse_rules(RULES.read_text())


@pytest.mark.parametrize("fs", ["vfat", "exfat", "ntfs", "ext4"])
@pytest.mark.parametrize("action", ["add", "change"])
def test_a_usb_sticks_filesystem_starts_the_mount_unit_and_udisks_leaves_it(rules, fs, action):
    properties = run_rules(rules, block("sdc1", fs, action=action))
    assert properties["SYSTEMD_WANTS"] == "odop-usb@sdc1.service"
    assert "systemd" in properties["TAGS"].split()  # the device unit, which BindsTo= follows
    assert properties["UDISKS_IGNORE"] == "1"


@pytest.mark.parametrize(
    "device",
    [
        block(bus=()),  # the kiosk's own SATA/NVMe disk
        block(fs="iso9660"),  # a USB CD image: not one of the four
        block(fs="", usage=""),  # the stick itself, partitioned
        block(fs="crypto_LUKS", usage="crypto"),
        block(action="remove"),
        {**block(), "subsystem": "usb"},  # the USB device, not its block device
    ],
    ids=["internal-disk", "iso9660", "no-filesystem", "luks", "removed", "usb-device"],
)
def test_nothing_else_is_mounted(rules, device):
    assert "SYSTEMD_WANTS" not in run_rules(rules, device)


def test_the_parser_refuses_what_udev_would():
    for bad in ('SUBSYSTEM="block"', 'ENV{X}=="1", RUN+=unquoted', 'BOGUS=="x"'):
        with pytest.raises(AssertionError):
            parse_rules(bad)


# -- usb-mount ----------------------------------------------------------------------------
STAND_INS = {
    "blkid": 'echo "$FS_TYPE"',
    "id": "echo 991",
    "getent": 'echo "odop-staff:x:992:odop-kiosk"',
    "findmnt": '[ -f "$MOUNTED" ] && cat "$MOUNTED"',
    "mount": 'echo "mount $*"; [ "$2" != ntfs3 ] || exit 32; echo "$5" > "$MOUNTED"',
    "umount": 'echo "umount $*"; rm -f "$MOUNTED"',
}


@pytest.fixture
def usb_mount(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in STAND_INS.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    where = tmp_path / "media" / "odop-usb"

    def run(action: str, name: str, fs: str = "vfat") -> tuple[int, str, str]:
        env = {
            **os.environ,
            "PATH": f"{bin_dir}:{os.environ['PATH']}",
            "FS_TYPE": fs,
            "MOUNTED": str(tmp_path / "mounted"),
            "ODOP_USB_MOUNT_POINT": str(where),
        }
        done = subprocess.run(
            [USB_MOUNT, action, name], env=env, capture_output=True, text=True, timeout=30
        )
        return done.returncode, done.stdout.replace(str(where), "WHERE").strip(), done.stderr

    return run


OWNED = "ro,noexec,nosuid,nodev,uid=991,gid=992,fmask=0337,dmask=0227"


@pytest.mark.parametrize(
    ("fs", "mounts"),
    [
        ("vfat", [f"mount -t vfat -o {OWNED},utf8 /dev/sdb1 WHERE"]),
        ("exfat", [f"mount -t exfat -o {OWNED} /dev/sdb1 WHERE"]),
        # the kernel's ntfs3 first (refused here), then ntfs (ntfs-3g, where installed)
        (
            "ntfs",
            [
                f"mount -t ntfs3 -o {OWNED} /dev/sdb1 WHERE",
                f"mount -t ntfs -o {OWNED} /dev/sdb1 WHERE",
            ],
        ),
        ("ext4", ["mount -t ext4 -o ro,noexec,nosuid,nodev /dev/sdb1 WHERE"]),
    ],
)
def test_usb_mount_mounts_read_only_without_programs_and_unmounts(usb_mount, fs, mounts):
    code, calls, log = usb_mount("mount", "sdb1", fs)
    assert code == 0, log
    assert calls.splitlines() == mounts
    assert log.strip().endswith(f"/dev/sdb1 ({fs}) mounted read-only at {log.split()[-1]}")
    code, calls, log = usb_mount("unmount", "sdb1", fs)
    assert (code, calls) == (0, "umount WHERE")


def test_one_stick_at_a_time_and_only_ours_is_unmounted(usb_mount):
    assert usb_mount("mount", "sdb1")[0] == 0
    code, calls, log = usb_mount("mount", "sdc1")
    assert (code, calls) == (1, "")
    assert "another USB stick (/dev/sdb1)" in log and "/dev/sdc1 is not mounted" in log
    assert usb_mount("unmount", "sdc1")[:2] == (0, "")  # the first stick stays
    assert usb_mount("unmount", "sdb1")[:2] == (0, "umount WHERE")


def test_an_unknown_filesystem_is_not_mounted(usb_mount):
    code, calls, log = usb_mount("mount", "sdb1", "iso9660")
    assert (code, calls) == (1, "")
    assert "holds 'iso9660', not vfat, exfat, ntfs or ext4; not mounted" in log


def can_use_loop_devices() -> bool:
    if os.geteuid() != 0 or not all(shutil.which(p) for p in ("losetup", "mkfs.vfat", "mkfs.ext4")):
        return False
    return Path("/dev/loop-control").exists()


def run(*command, **options) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=30, **options)


@pytest.mark.skipif(not can_use_loop_devices(), reason="needs root, loop devices, mkfs.vfat")
@pytest.mark.parametrize("fs", ["vfat", "ext4"])
def test_a_real_stick_image_is_mounted_read_only_and_unmounted(tmp_path, fs):
    if fs not in Path("/proc/filesystems").read_text().split():
        pytest.skip(f"this kernel has no {fs} (module not loaded)")
    image = tmp_path / "stick.img"
    image.write_bytes(b"\0" * 8 * 1024 * 1024)
    mkfs = ["mkfs.vfat", "-n", "STAFF"] if fs == "vfat" else ["mkfs.ext4", "-q", "-L", "STAFF"]
    assert run(*mkfs, str(image)).returncode == 0
    loop = run("losetup", "-f", "--show", str(image))
    if loop.returncode != 0:
        pytest.skip(f"no loop device: {loop.stderr.strip()}")
    device = loop.stdout.strip()
    where = tmp_path / "media" / "odop-usb"
    group = "nogroup" if run("getent", "group", "nogroup").returncode == 0 else "nobody"
    env = {
        **os.environ,
        "ODOP_USB_MOUNT_POINT": str(where),
        "ODOP_USB_USER": "nobody",
        "ODOP_USB_GROUP": group,
    }
    try:
        done = run(str(USB_MOUNT), "mount", Path(device).name, env=env)
        assert done.returncode == 0, done.stderr
        options = run("findmnt", "-n", "-o", "OPTIONS", "--mountpoint", str(where)).stdout
        assert {"ro", "nosuid", "nodev", "noexec"} <= set(options.strip().split(",")), options
        with pytest.raises(OSError):
            (where / "new.txt").write_text("x")
        if fs == "vfat":  # no owners on the stick: the kiosk's user and group, read-only
            assert where.stat().st_uid == int(run("id", "-u", "nobody").stdout)
            assert stat.S_IMODE(where.stat().st_mode) == 0o550
        done = run(str(USB_MOUNT), "unmount", Path(device).name, env=env)
        assert done.returncode == 0, done.stderr
        assert not os.path.ismount(where)
    finally:
        run("umount", str(where))
        run("losetup", "-d", device)
