"""The kiosk, started as root, that gives up root before it reads the catalogue: run by
tests/machine/test_permissions_across_users.py as

    python kiosk_as_other_user.py CATALOG UID GID GROUP WARMUP_CATALOG CONTROL_FILE

It imports everything it will need and loads the kiosk's QML once over WARMUP_CATALOG (the
interpreter and its standard library live under /root, 0700, which another uid can neither
exec nor read: so nothing may be imported after the drop); then it drops to UID/GID with
GROUP as its only supplementary group, checks it really is another user (it cannot read
CONTROL_FILE, root's and 0640), and only then opens CATALOG and runs the real kiosk over it,
live reload included. It prints one line per event on stdout:

    READY <uid> <version>          the kiosk shows CATALOG
    SHOWN <uid> <version> <photos> a new catalogue was loaded live; <photos> files read
    QTWARN <message>               a Qt warning (there must be none)
"""

import concurrent.futures  # noqa: F401  (the executor's thread machinery)
import encodings.idna  # noqa: F401
import json  # noqa: F401
import logging
import os
import sys
import zipfile  # noqa: F401
from pathlib import Path

import PIL.Image
from PySide6.QtCore import QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

import kiosk.catalog.backups
import kiosk.catalog.schema  # noqa: F401
from kiosk.catalog.store import load_catalog
from kiosk.logs import configure_logging
from kiosk.machine import MachineConfig
from kiosk.ui import app as kiosk_app


def say(*words: object) -> None:
    print(*words, flush=True)


def _qt_message(kind, context, message) -> None:
    if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
        say("QTWARN", message.replace("\n", " "))


def read_photos(catalog) -> int:
    """Read every photo file the catalogue names, whole; the count read."""
    count = 0
    for product in catalog.products.values():
        for photo in product.photos:
            for path in (photo.display, photo.thumb):
                path.read_bytes()
                count += 1
    return count


def main() -> int:
    catalog_path, uid, gid, group, warmup, control = sys.argv[1:7]
    uid, gid, group = int(uid), int(gid), int(group)
    # the world-readable copy of the kiosk package, not the checkout's
    assert Path(kiosk_app.__file__).is_relative_to(Path.cwd()), kiosk_app.__file__
    configure_logging(None)
    qInstallMessageHandler(_qt_message)
    PIL.Image.init()  # its format plugins are imported lazily otherwise
    app = QGuiApplication(sys.argv[:1])
    machine = MachineConfig(Path(catalog_path).parent / "no-machine-file.json")
    # As root: the QML engine, its plugins, the offscreen platform and the fonts load once.
    warm = kiosk_app.start_kiosk(load_catalog(Path(warmup), machine), QSize(1080, 1920))
    app.processEvents()
    warm.close()
    app.processEvents()

    os.setgroups([group])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    assert os.geteuid() == uid != 0 and os.getegid() == gid and os.getgroups() == [group]
    try:
        open(control, "rb").close()
    except PermissionError:
        pass
    else:
        raise SystemExit("still reads root's 0640 file: the drop did not take")

    catalog = load_catalog(Path(catalog_path), machine)
    read_photos(catalog)
    kiosk = kiosk_app.start_kiosk(catalog, QSize(1080, 1920))
    watcher = kiosk.watchers[0]
    watcher.catalogLoaded.connect(
        lambda new: say("SHOWN", os.geteuid(), new.version, read_photos(new))
    )
    watcher.catalogRefused.connect(lambda why: say("REFUSED", why))
    say("READY", os.geteuid(), catalog.version)
    code = app.exec()
    kiosk.close()
    return code


if __name__ == "__main__":
    logging.captureWarnings(True)
    sys.exit(main())
