"""Installs catalogue bundles that appear in the kiosk's inbox folder.

What fills the folder (a USB stick, Syncthing, rsync) is outside the app. The kiosk never
changes the folder: a bundle is installed once it has stopped growing, a stale one is
skipped quietly, and a refused one stays where it is with a report for staff in
`inbox-reports/` beside the catalogue (and an error in the log).
"""

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import atomic
from kiosk.catalog.bundles import BundleError, StaleBundle, install_bundle
from kiosk.ui.catalog_watcher import file_signature

log = logging.getLogger(__name__)


class InboxWatcher(QObject):
    bundleHandled = Signal(str)  # what became of a bundle, in a line for the status

    def __init__(
        self,
        inbox: Path,
        db_path: Path,
        executor: ThreadPoolExecutor,
        interval_ms: int = 2000,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._inbox = Path(inbox)
        self._db_path = Path(db_path)
        self._executor = executor
        self._seen: dict[Path, tuple | None] = {}  # bundle -> signature when last looked at
        self._done: set[tuple[Path, tuple]] = set()
        self._installing: tuple[Path, tuple, Future] | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def reports_dir(self) -> Path:
        return self._db_path.resolve().parent / "inbox-reports"

    def _poll(self) -> None:
        if self._installing is not None:
            installing = self._installing
            if installing[2].done():
                self._installing = None
                self._finish(*installing)
            return
        try:
            bundles = sorted(self._inbox.glob("*.zip"))
        except OSError:
            return
        for path in bundles:
            signature = file_signature(path)
            stable = signature is not None and self._seen.get(path) == signature
            self._seen[path] = signature
            if stable and signature is not None and (path, signature) not in self._done:
                future = self._executor.submit(install_bundle, self._db_path, path)
                self._installing = (path, signature, future)
                return

    def _finish(self, path: Path, signature: tuple, future: Future) -> None:
        self._done.add((path, signature))
        try:
            installed = future.result()
        except StaleBundle:
            log.info("inbox: %s is not newer than the catalogue; skipped", path.name)
            return
        except BundleError as error:
            log.error("inbox: refused %s: %s", path.name, error)
            self.bundleHandled.emit(f"refused bundle {path.name}: {error}")
            self.reports_dir().mkdir(exist_ok=True)
            atomic.write_text(self.reports_dir() / f"{path.name}.refused.txt", f"{error}\n")
            return
        except Exception:  # an unforeseen failure must not stop the kiosk
            log.exception("inbox: installing %s failed", path.name)
            return
        log.info("inbox: installed %s (catalogue version %s)", path.name, installed.version)
        self.bundleHandled.emit(f"installed bundle {path.name} (version {installed.version})")
