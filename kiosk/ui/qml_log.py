"""The QML engine's warnings in the kiosk's log, where staff read them.

A photo file deleted or damaged while the kiosk runs makes every `Image` that shows it warn,
on every page that shows it. Each such file is logged once, in one line naming it; the
screen needs nothing more, because every photo sits on a coloured placeholder that shows
while the photo is not loaded. Any other QML warning is logged as it comes.

Qt's image readers also warn, from their loader threads, once per attempt and without
naming the file ("JPEG datastream contains no image"): those are switched off, as is Qt's
info line each time a Latin font lacks Devanagari tables before it falls back to Noto Sans
Devanagari. Both are noise in a staff log.
"""

import logging
import re

from PySide6.QtCore import QLoggingCategory, QObject, QUrl
from PySide6.QtQml import QQmlApplicationEngine

log = logging.getLogger(__name__)

QT_LOG_RULES = "qt.text.font.db.info=false\nqt.gui.imageio*.warning=false"

_PHOTO_FAILURE = re.compile(r"QML Image: (Cannot open|Error decoding): (file:.+?)(?:: (.+))?$")


def quiet_qt_logging() -> None:
    """Switch off Qt's messages that this module replaces or that are noise (above)."""
    QLoggingCategory.setFilterRules(QT_LOG_RULES)


def photo_failure(warning: str) -> tuple[str, str] | None:
    """(file path, why) when `warning` is QML's for a photo file that cannot be shown."""
    match = _PHOTO_FAILURE.search(warning)
    if match is None:
        return None
    kind, url, detail = match.groups()
    why = "missing or unreadable" if kind == "Cannot open" else f"damaged ({detail or kind})"
    return QUrl(url).toLocalFile(), why


class QmlWarningLog(QObject):
    """Takes over `engine`'s warnings from stderr and logs them (see the module's text)."""

    def __init__(self, engine: QQmlApplicationEngine):
        super().__init__(engine)
        self.failed_photos: set[str] = set()
        engine.setOutputWarningsToStandardError(False)
        engine.warnings.connect(self._log)

    def _log(self, errors: list) -> None:
        for error in errors:
            text = error.toString()
            failure = photo_failure(text)
            if failure is None:
                log.warning("QML: %s", text)
            elif failure[0] not in self.failed_photos:
                self.failed_photos.add(failure[0])
                log.error("photo %s cannot be shown: %s; showing its placeholder", *failure)
