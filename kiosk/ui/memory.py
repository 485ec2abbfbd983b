"""Gives memory the kiosk no longer uses back to the system.

Two things held it: the QML engine collects its JavaScript garbage (and the Qt objects only
that garbage kept) when its own heap fills, not when the process grows; and glibc keeps
freed memory in its heaps for reuse. With pages made and destroyed all day the kiosk's
resident size grew about 0.7 MB with every product page opened, although nothing stayed in
use: measured at 10,000 products, 274 MB after 100 product pages, 247 MB with `malloc_trim`
alone, 221 MB with the engine's garbage collected first. Without glibc only the garbage is
collected.

Decoded photos are large blocks (a gallery card's 384 px thumbnail takes 430 KB) made in
Qt's image reader thread and freed on the UI thread. glibc gives a block that large its own
mapping, returned to the system when freed, only until the first such mapping is freed:
then it raises its threshold (up to 32 MB) and puts later photos in its heaps, where they
leave holes. `keep_large_blocks_mapped` fixes the threshold: at 10,000 products about 7 MB
less after a flick and after 200 product pages (measured with MALLOC_MMAP_THRESHOLD_).
"""

import ctypes
import ctypes.util
import logging
import os

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQml import QJSEngine

log = logging.getLogger(__name__)

SETTLE_MS = 1500  # after a navigation, when the new page is drawn
RELEASE_MS = 100  # after the garbage is collected, when the objects it held are deleted
AGAIN_MS = 3000


M_MMAP_THRESHOLD = -3  # mallopt's parameter (malloc.h)
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value, kept


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        return libc
    except (OSError, AttributeError):
        return None


_LIBC = _libc()


def keep_large_blocks_mapped() -> bool:
    """Blocks of 128 KB and more get a mapping of their own, for good (see the module's
    docstring); False where there is no glibc. An operator's MALLOC_MMAP_THRESHOLD_ wins."""
    if _LIBC is None or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    return bool(_LIBC.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def release_freed_memory() -> bool:
    """Return the heaps' free pages to the system; False where there is no glibc."""
    if _LIBC is None:
        return False
    _LIBC.malloc_trim(0)
    return True


class MemoryTrimmer(QObject):
    """SETTLE_MS after a `poke()` collects the QML engine's garbage, then (once the objects
    it let go are deleted) calls `release_freed_memory`, and does both once more AGAIN_MS
    later: after a burst of navigation, and at most every few seconds while a visitor keeps
    tapping."""

    def __init__(self, engine: QJSEngine, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._rounds = 0
        self._timer.timeout.connect(self._collect)
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(RELEASE_MS)
        self._release.timeout.connect(release_freed_memory)

    def poke(self, *_) -> None:
        if not self._timer.isActive():
            self._timer.start(SETTLE_MS)
            self._rounds = 2  # again later: some memory is let go only after the first round

    def _collect(self) -> None:
        self._engine.collectGarbage()
        self._release.start()
        self._rounds -= 1
        if self._rounds > 0:
            self._timer.start(AGAIN_MS)
