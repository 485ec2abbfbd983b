"""Switches the QML's own words (qsTr) between the kiosk's languages at run time."""

import logging

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.paths import TRANSLATIONS_DIR

log = logging.getLogger(__name__)


class Translations:
    """English has a translation file too: it holds the plural forms ("1 product")."""

    def __init__(self, engine: QQmlEngine):
        self._engine = engine
        self._translator: QTranslator | None = None

    def use(self, language: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None:
            assert app is not None  # the translator was installed in it
            app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator()
        if translator.load(str(TRANSLATIONS_DIR / f"kiosk_{language}.qm")):
            assert app is not None, "translations need the application first"
            app.installTranslator(translator)
            self._translator = translator
        else:
            log.error("no translation file for %r: showing the English words", language)
        self._engine.retranslate()
