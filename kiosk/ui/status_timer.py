"""Keeps the kiosk's status board (kiosk/status.py) up to date and writes it every minute,
at start, and whenever the catalogue on screen changes."""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.status import INTERVAL_S, StatusBoard, write_status
from kiosk.ui.controller import KioskController

log = logging.getLogger(__name__)


class StatusReporter(QObject):
    def __init__(
        self,
        board: StatusBoard,
        controller: KioskController,
        state_dir: Path,
        outbox: Path | None = None,
        interval_ms: int = INTERVAL_S * 1000,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._board = board
        self._controller = controller
        self._state_dir = Path(state_dir)
        self._outbox = outbox
        self._failing = False
        controller.catalogChanged.connect(self._catalog_changed)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.write)
        self._timer.start()
        self.write()

    def _catalog_changed(self) -> None:
        catalog = self._controller.current_catalog()
        self._board.showing(catalog.path, catalog.version, len(catalog.products), "configured")
        self.write()

    def record_event(self, what: str) -> None:
        self._board.event(what)
        self.write()

    def write(self, stopped: bool = False) -> None:
        try:
            write_status(self._board.snapshot(stopped), self._state_dir, self._outbox)
        except OSError as error:
            if not self._failing:  # once, not every minute
                log.error("cannot write the status file in %s: %s", self._state_dir, error)
            self._failing = True
            return
        self._failing = False
