"""The search keyboard on its own, offscreen: a visitor taps keys where they are drawn and
the text is what they typed, in each of its three scripts. Any QML warning fails."""

import pytest
from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

import kiosk.ui.keyboard  # noqa: F401  (registers KeyboardInput in Kiosk.Backend)
from kiosk.paths import QML_DIR
from kiosk.ui.preview import scene_items

SCENE = b"""
import QtQuick
import QtQuick.Window
import Kiosk

Window {
    width: 1080
    height: 1000
    visible: true
    color: Theme.paper

    SearchKeyboard {
        objectName: "keyboard"
        anchors.bottom: parent.bottom
        width: parent.width
    }
}
"""


class KeyboardScreen:
    def __init__(self, engine: QQmlApplicationEngine, qtbot):
        self.window = engine.rootObjects()[0]
        self.keyboard = self.window.findChild(QQuickItem, "keyboard")
        self.qtbot = qtbot

    def text(self) -> str:
        return self.keyboard.property("text")

    def key(self, name: str) -> QQuickItem:
        found = [
            item
            for item in scene_items(self.window.contentItem())
            if item.objectName() == name and item.isVisible()
        ]
        assert len(found) == 1, f"{len(found)} keys named {name!r} on screen"
        return found[0]

    def tap(self, name: str) -> None:
        """Touch the key named `name` where it is drawn, as a visitor would."""
        key = self.key(name)
        centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
        assert 0 <= centre.x() < self.window.width() and 0 <= centre.y() < self.window.height()
        QTest.mouseClick(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        self.settle()

    def settle(self) -> None:
        """Let the keyboard lay out a new page and draw it, as it has before a finger lands."""
        QTest.qWait(50)

    def language(self, language: str) -> None:
        self.keyboard.setProperty("language", language)
        self.settle()

    def type(self, *values: str) -> None:
        for value in values:
            self.tap(f"key-{value}")


@pytest.fixture
def screen(qapp, qtbot):
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    warnings = []
    engine.warnings.connect(lambda errors: warnings.extend(e.toString() for e in errors))
    engine.loadData(SCENE, QUrl.fromLocalFile(str(QML_DIR / "scene.qml")))
    assert engine.rootObjects(), warnings
    shown = KeyboardScreen(engine, qtbot)
    qtbot.waitExposed(shown.window)
    yield shown
    shown.window.close()
    del engine
    assert warnings == []


def test_the_keyboard_sits_at_the_bottom_with_large_keys(screen):
    keyboard = screen.keyboard
    assert keyboard.y() + keyboard.height() == screen.window.height()
    key = screen.key("key-q")
    assert key.height() >= 80 and key.width() >= 80


def test_qwerty_types_letters_digits_and_a_space(screen):
    screen.type("b", "r", "a", "s", "s")
    screen.tap("key-space- ")
    screen.type("1", "2")
    assert screen.text() == "brass 12"
    screen.tap("key-backspace-⌫")
    assert screen.text() == "brass 1"
    screen.tap("key-clear-✕")
    assert screen.text() == ""


def test_the_kana_grid_with_a_dakuten(screen):
    screen.language("ja")
    screen.type("か")
    screen.tap("key-dakuten-゛")
    screen.type("ら", "す")
    assert screen.text() == "がらす"
    screen.tap("key-katakana-ア")
    screen.type("ス")
    assert screen.text() == "がらすス"


def test_romaji_on_the_japanese_qwerty_page_shows_as_kana(screen):
    screen.language("ja")
    screen.tap("key-page-qwerty")
    screen.type("g", "a", "r", "a", "s")
    assert screen.text() == "がらs"
    screen.type("u")
    assert screen.text() == "がらす"
    assert screen.keyboard.property("query") == "garasu"
    screen.tap("key-romaji-a→あ")  # off: letters stay letters
    screen.type("k", "a")
    assert screen.text() == "がらすka"


def test_devanagari_with_a_matra_and_a_virama(screen):
    screen.language("hi")
    screen.type("क", "ा", "ल", "ी", "न")
    assert screen.text() == "कालीन"
    screen.tap("key-clear-✕")
    screen.type("प", "्", "र")
    assert screen.text() == "प्र"


def test_a_visitor_switches_pages(screen):
    screen.tap("key-page-devanagari")
    screen.type("क")
    screen.tap("key-page-kana")
    screen.type("あ")
    screen.tap("key-page-qwerty")
    screen.type("a")
    assert screen.text() == "कあa"


def test_a_pressed_key_looks_pressed_at_once(screen):
    key = screen.key("key-q")
    before = key.property("color")
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    QTest.mousePress(
        screen.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )
    assert key.property("pressed") is True
    assert key.property("color") != before
    QTest.mouseRelease(
        screen.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )
    assert screen.text() == "q"
