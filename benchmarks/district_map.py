"""The district map while two fingers zoom it: time from each finger move to the frame drawn,
with the 75 districts drawn as one Shape each every frame, and with them cached in one layer
for the gesture (DistrictMap.layered); and frames drawn while nobody touches it."""

import time

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QPoint, QPointF, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from benchmarks.stats import summary
from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_CATALOG, QML_DIR
from kiosk.ui import fonts
from kiosk.ui.district_map import DistrictMapModel

WRAPPER = b"""
import QtQuick
import QtQuick.Window
import Kiosk
Window {
    id: win
    required property var districts
    required property bool layered
    color: Theme.paper
    DistrictMap {
        objectName: "district-map"
        anchors.fill: parent
        anchors.margins: Theme.gap
        districts: win.districts
        layered: win.layered
    }
}
"""


def _pump(ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _measure(layered: bool, width: int, height: int, pinches: int) -> tuple[list[float], int]:
    catalog = load_catalog(BUNDLED_CATALOG)
    model = DistrictMapModel(catalog)
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    engine.warnings.connect(lambda warnings: print(*(w.toString() for w in warnings)))
    engine.setInitialProperties({"districts": model, "layered": layered})
    engine.loadData(QByteArray(WRAPPER), QUrl.fromLocalFile(str(QML_DIR / "MapBenchmark.qml")))
    window = engine.rootObjects()[0]
    window.resize(width, height)
    window.show()
    _pump(800)
    area = window.findChild(QQuickItem, "district-map-area")
    centre = area.mapToScene(QPointF(area.width() / 2, area.height() / 2))
    cx, cy = int(centre.x()), int(centre.y())
    swapped: list[float] = []
    window.frameSwapped.connect(lambda: swapped.append(time.perf_counter()))
    device = QTest.createTouchDevice()
    frames = []
    for _ in range(pinches):
        for start, end in ((40, 340), (340, 40)):  # spread, then pinch back
            QTest.touchEvent(window, device).press(0, QPoint(cx - start, cy)).press(
                1, QPoint(cx + start, cy)
            ).commit()
            _pump(30)
            for step in range(1, 31):
                spread = start + (end - start) * step // 30
                swapped.clear()
                sent = time.perf_counter()
                QTest.touchEvent(window, device).move(0, QPoint(cx - spread, cy)).move(
                    1, QPoint(cx + spread, cy)
                ).commit()
                deadline = sent + 1
                while not swapped and time.perf_counter() < deadline:
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
                if swapped:
                    frames.append(swapped[0] - sent)
                _pump(4)
            QTest.touchEvent(window, device).release(0, QPoint(cx - end, cy)).release(
                1, QPoint(cx + end, cy)
            ).commit()
            _pump(500)
    swapped.clear()
    _pump(2000)
    idle_frames = len(swapped)
    window.close()
    engine.deleteLater()
    _pump(50)
    return frames, idle_frames


def _application() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    fonts.apply_default_font(app)


def zooming_frames_ms(width: int = 1080, height: int = 1920, pinches: int = 2) -> list[float]:
    """The kiosk's map (the cached layer) pinch-zoomed: each frame's time in milliseconds."""
    _application()
    frames, _idle = _measure(True, width, height, pinches)
    return [frame * 1000 for frame in frames]


def idle_frames() -> int:
    """Frames the kiosk's map draws in 2 s without a touch."""
    _application()
    return _measure(True, 1080, 1920, 0)[1]


def run(pinches: int = 3) -> dict[str, str]:
    _application()
    figures = {}
    for width, height in ((1080, 1920), (1920, 1080)):
        for layered in (False, True):
            frames, idle = _measure(layered, width, height, pinches)
            kind = "cached layer" if layered else "one Shape each"
            for label, value in summary(frames).items():
                figures[f"{width}x{height} {kind}: {label}"] = value
            figures[f"{width}x{height} {kind}: frames in 2 s idle"] = str(idle)
    return figures


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    for name, value in run().items():
        print(f"  {name:<52} {value}")
