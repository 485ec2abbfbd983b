"""Writes a file whole or not at all, keeping who may read it: every writer of the kiosk
(catalogue, photos, backups, bundles, labels, exports, reports, the published site) goes
through here.

The new content goes to a temporary file in the target's folder, which is flushed to disk,
given the mode and group (and, for root, the owner) of the file it replaces, renamed over it
and the folder flushed too: a crash leaves the old file or the new one, and a catalogue
shared by the kiosk's user and a staff group at 0640 stays 0640 in that group. A new file
gets the umask's mode but at least group-readable, and the group the folder gives it (a
setgid folder's own group).
"""

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


def umask() -> int:
    """The process's umask, read without changing it where Linux tells it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and put back at once
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode of a file that replaces none: the umask's, but at least group-readable."""
    return (0o666 & ~umask()) | stat.S_IRGRP


def new_folder_mode() -> int:
    return (0o777 & ~umask()) | stat.S_IRGRP | stat.S_IXGRP


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename in it) to disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_permissions(model: Path, path: Path, default: int | None = None) -> None:
    """Give `path` the mode and group of `model` (and its owner, when run as root); if
    `model` does not exist, mode `default` (new_file_mode() unless given) and the group
    `path` already has."""
    try:
        wanted = os.stat(model)
    except FileNotFoundError:
        os.chmod(path, new_file_mode() if default is None else default)
        return
    have = os.stat(path)
    uid = wanted.st_uid if os.geteuid() == 0 else -1
    if wanted.st_gid != have.st_gid or (uid != -1 and uid != have.st_uid):
        # A group this user is not in: the file keeps the folder's group.
        with contextlib.suppress(PermissionError):
            os.chown(path, uid, wanted.st_gid)
    os.chmod(path, stat.S_IMODE(wanted.st_mode))  # after chown, which may clear setgid


def replace_file(temp: Path, path: Path, like: Path | None = None, synced: bool = False) -> None:
    """Put the finished file `temp` (in the folder of `path`) in the place of `path` in one
    rename: flushed first, with the mode and group of `like` (default: the file it
    replaces), and the folder flushed after."""
    temp, path = Path(temp), Path(path)
    if not synced:
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
    copy_permissions(path if like is None else like, temp)
    os.replace(temp, path)
    fsync_dir(path.parent)


@contextmanager
def reserved(
    path: Path, prefix: str | None = None, suffix: str = ".part", like: Path | None = None
) -> Iterator[Path]:
    """A new empty temporary file beside `path`, for a writer that makes the file itself
    (an SQLite backup, a copy); when the block ends without an error it replaces `path`
    (see replace_file), and on an error it is deleted and `path` is as it was."""
    path = Path(path)
    handle, name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}." if prefix is None else prefix, suffix=suffix
    )
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        replace_file(temp, path, like)
    finally:
        temp.unlink(missing_ok=True)


@contextmanager
def atomic_write(
    path: Path,
    mode: str = "wb",
    *,
    prefix: str | None = None,
    suffix: str = ".part",
    like: Path | None = None,
    **open_args: Any,
) -> Iterator[IO]:
    """An open file (mode "wb" or "w", with open()'s other arguments) whose content
    replaces `path` when the block ends without an error; see reserved()."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write writes with mode 'w' or 'wb', not {mode!r}")
    with reserved(path, prefix, suffix, like) as temp, open(temp, mode, **open_args) as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def write_bytes(path: Path, data: bytes, like: Path | None = None) -> None:
    with atomic_write(path, "wb", like=like) as handle:
        handle.write(data)


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def replace_folder(staging: Path, path: Path) -> None:
    """Put the finished folder `staging` (beside `path`) in the place of the folder `path`
    with its mode and group (a new folder: the umask's mode, at least group-readable), then
    delete the old one. A failure leaves the old folder in place."""
    staging, path = Path(staging), Path(path)
    copy_permissions(path, staging, default=new_folder_mode())
    if not path.exists():
        staging.rename(path)
        fsync_dir(path.parent)
        return
    old = path.with_name(f".{path.name}.old-{os.urandom(4).hex()}")
    path.rename(old)
    try:
        staging.rename(path)
    except OSError:
        old.rename(path)
        raise
    fsync_dir(path.parent)
    shutil.rmtree(old)
