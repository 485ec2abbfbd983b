"""DistrictMap alone in a window, over the real catalogue, for the map's tests."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk.catalog.store import Catalog
from kiosk.paths import QML_DIR
from kiosk.ui import fonts
from kiosk.ui.district_map import DistrictMapModel

HERE = Path(__file__).resolve().parent
WRAPPER = b"""
import QtQuick
import QtQuick.Window
import Kiosk

Window {
    id: window
    required property var districts
    property var chosen: []
    color: Theme.paper
    DistrictMap {
        id: map
        objectName: "district-map"
        anchors.fill: parent
        anchors.margins: Theme.gap
        districts: window.districts
        onDistrictChosen: (code) => window.chosen = window.chosen.concat([code])
    }
}
"""


class MapWindow:
    def __init__(self, catalog: Catalog, width: int, height: int, language: str = "en"):
        QQuickStyle.setStyle("Basic") if not QQuickStyle.name() else None
        fonts.apply_default_font(QGuiApplication.instance())
        self.model = DistrictMapModel(catalog)
        self.model.set_language(language)
        self.engine = QQmlApplicationEngine()
        self.warnings: list = []
        self.engine.warnings.connect(self.warnings.extend)
        self.engine.addImportPath(str(QML_DIR))
        self.engine.setInitialProperties({"districts": self.model})
        # a file URL (no file is there): a memory: URL hangs loadData
        self.engine.loadData(QByteArray(WRAPPER), QUrl.fromLocalFile(str(HERE / "MapWindow.qml")))
        self.window = self.engine.rootObjects()[0]
        self.window.resize(width, height)
        self.window.show()
        self.map = self.window.findChild(QQuickItem, "district-map")
        self.area = self.window.findChild(QQuickItem, "district-map-area")

    def chosen(self) -> list[str]:
        return list(self.window.property("chosen").toVariant() or [])

    def hq_scene_point(self, code: str) -> QPointF:
        """Where district `code`'s headquarters are on screen now (zoom and pan included)."""
        hq = self.model.headquartersOf(code)
        content = self.area.childItems()[0]
        return content.mapToScene(QPointF(hq["x"], hq["y"]))

    def close(self) -> None:
        self.window.close()
        self.engine.deleteLater()
