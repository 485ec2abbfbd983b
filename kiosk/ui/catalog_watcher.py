"""Notices when the catalogue file is replaced (an import, a restore, a bundle) and loads the
new one off the UI thread, then hands it to the kiosk.

Polling the file's identity is enough: every change arrives as an atomic rename, so a new
inode (or time or size) means a whole new catalogue, never a half-written one.
"""

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.catalog.store import Catalog, CatalogError, load_catalog
from kiosk.machine import MachineConfig

log = logging.getLogger(__name__)


def build_search_index(catalog: Catalog) -> Catalog:
    """`catalog` with its search index built: in the loader thread, so that a visitor's first
    keystroke does not wait for it (about 1.5 s at 10,000 products)."""
    catalog.search_index  # noqa: B018  (a cached property: reading it builds it)
    return catalog


def load_for_kiosk(path: Path, machine: MachineConfig | None) -> Catalog:
    return build_search_index(load_catalog(path, machine))


def file_signature(path: Path) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns, info.st_size


class CatalogWatcher(QObject):
    """Emits `catalogLoaded(catalog)` on the UI thread once a changed catalogue has loaded."""

    catalogLoaded = Signal(object)
    catalogRefused = Signal(str)  # why a changed catalogue file cannot be shown

    def __init__(
        self,
        path: Path,
        executor: ThreadPoolExecutor,
        interval_ms: int = 1000,
        parent: QObject | None = None,
        machine: MachineConfig | None = None,
    ):
        super().__init__(parent)
        self._path = Path(path)
        self._machine = machine
        self._executor = executor
        self._signature = file_signature(self._path)
        self._loading: Future | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        if self._loading is not None:
            if self._loading.done():
                self._deliver(self._loading)
            return
        signature = file_signature(self._path)
        if signature is not None and signature != self._signature:
            self._signature = signature
            self._loading = self._executor.submit(load_for_kiosk, self._path, self._machine)

    def _deliver(self, loading: Future) -> None:
        self._loading = None
        try:
            catalog = loading.result()
        except CatalogError as error:
            log.error("the new catalogue cannot be shown, keeping the current one: %s", error)
            self.catalogRefused.emit(str(error))
            return
        log.info(
            "new catalogue %s (version %s, %d products)",
            catalog.path,
            catalog.version,
            len(catalog.products),
        )
        self.catalogLoaded.emit(catalog)
