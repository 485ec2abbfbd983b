"""Switches the QML's own words (qsTr) between the kiosk's languages at run time."""

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.languages import DEFAULT_LANGUAGE
from kiosk.paths import TRANSLATIONS_DIR


class Translations:
    def __init__(self, engine: QQmlEngine):
        self._engine = engine
        self._translator: QTranslator | None = None

    def use(self, language: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != DEFAULT_LANGUAGE:
            translator = QTranslator()
            if not translator.load(str(TRANSLATIONS_DIR / f"kiosk_{language}.qm")):
                raise FileNotFoundError(f"no translation file for {language!r}")
            app.installTranslator(translator)
            self._translator = translator
        self._engine.retranslate()
