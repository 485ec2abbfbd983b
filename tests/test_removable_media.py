"""Where the staff panel finds catalogues: sticks mounted under /media/odop-usb, read from
a mount table (a fixture file here, /proc/self/mounts on a kiosk), and the install folder;
what each offers, and other files refused in plain words."""

from pathlib import Path

from kiosk.removable_media import everything_offered, mounted_sticks, offered_files

MOUNT_TABLE = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sdb1 {root} vfat ro,nosuid,nodev,noexec,relatime,uid=998 0 0
/dev/sdc1 {root}/second\\040stick exfat ro,nosuid,nodev,noexec 0 0
/dev/sdd1 {root}-other vfat ro,noexec 0 0
/dev/sdb1 {root} vfat ro,nosuid,nodev,noexec,relatime,uid=998 0 0
"""


def mount_table(tmp_path: Path, root: Path) -> Path:
    table = tmp_path / "mounts"
    table.write_text(MOUNT_TABLE.format(root=root), encoding="utf-8")
    return table


def test_sticks_are_the_mounts_at_or_under_the_root(tmp_path):
    root = tmp_path / "media" / "odop-usb"
    table = mount_table(tmp_path, root)
    # each once, in the table's order; a mount beside the root (odop-usb-other) is not one
    assert mounted_sticks(root, table) == [root, root / "second stick"]
    assert mounted_sticks(root, tmp_path / "no-such-table") == []


def test_what_a_stick_and_the_install_folder_offer(tmp_path):
    root = tmp_path / "media" / "odop-usb"
    stick = root / "second stick"
    stick.mkdir(parents=True)
    (stick / "odop-2026-05.zip").write_bytes(b"PK")
    (stick / "catalogue.xlsx").write_bytes(b"")
    (stick / "photos").mkdir()
    (stick / "photos.zip").write_bytes(b"PK")  # the spreadsheet's photos, not a bundle
    (stick / "old.xls").write_bytes(b"")
    (stick / ".hidden.csv").write_text("", encoding="utf-8")
    folder = tmp_path / "install"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    (folder / "products.csv").write_text("id\n", encoding="utf-8")

    offered = everything_offered(folder, root, mount_table(tmp_path, root))
    # the first stick (the root itself) holds only its sub-folder: nothing offered from it
    assert [(o.name, o.kind) for o in offered] == [
        ("catalogue.xlsx", "spreadsheet"),
        ("odop-2026-05.zip", "bundle"),
        ("old.xls", "refused"),
        ("notes.txt", "refused"),
        ("products.csv", "spreadsheet"),
    ]
    sheet = offered[0]
    assert sheet.images == stick / "photos"  # the folder beside it is taken first
    assert offered[4].images is None
    assert "save it as an Excel workbook (.xlsx) or as CSV UTF-8" in offered[2].reason
    assert offered[3].reason.startswith("notes.txt is not a catalogue: the kiosk installs")


def test_a_folder_that_is_not_there_offers_nothing(tmp_path):
    assert offered_files(tmp_path / "gone") == []
    assert everything_offered(None, tmp_path / "media", tmp_path / "none") == []
