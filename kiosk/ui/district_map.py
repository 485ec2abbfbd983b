"""The districts of the map screen for QML: outlines in map pixels, colours, label room, and
the tap → district rule of kiosk/catalog/geography.py."""

from enum import IntEnum

from PySide6.QtCore import Property, QPointF, Qt, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.catalog.geography import MIN_TOUCH_PX, DistrictGeometry, View
from kiosk.catalog.store import Catalog
from kiosk.ui.models import _CatalogListModel

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

PADDING = 12  # map pixels around the state at whole-state zoom


@QmlElement
# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlUncreatable("Made by the kiosk controller")
class DistrictMapModel(_CatalogListModel):  # type: ignore[operator]
    """One row per district with an outline. Positions are in *map pixels*: the map fitted
    to `mapWidth` x `mapHeight` at zoom 1; QML scales them by its zoom."""

    class Role(IntEnum):
        code = Qt.ItemDataRole.UserRole + 1
        name = Qt.ItemDataRole.UserRole + 2  # type: ignore[assignment]
        colour = Qt.ItemDataRole.UserRole + 3
        outline = Qt.ItemDataRole.UserRole + 4  # list of QPointF, closed
        labelX = Qt.ItemDataRole.UserRole + 5
        labelY = Qt.ItemDataRole.UserRole + 6
        labelWidth = Qt.ItemDataRole.UserRole + 7  # room for the name at zoom 1
        labelHeight = Qt.ItemDataRole.UserRole + 8
        productCount = Qt.ItemDataRole.UserRole + 9

    TEXT_ROLES = (Role.name,)

    mapSizeChanged = Signal()
    legendChanged = Signal()

    def __init__(self, catalog: Catalog, parent=None):
        super().__init__(catalog, parent)
        self._size = (0.0, 0.0)
        self._geometry = DistrictGeometry({})
        self._view = View(1.0, 0.0, 0.0)
        self._rows: dict[str, dict] = {}
        self.set_catalog(catalog)

    # -- catalogue and size --------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        super().set_catalog(catalog)
        self._geometry = DistrictGeometry(
            {code: d.outline for code, d in catalog.districts.items() if d.outline}
        )
        self._layout()

    def set_language(self, language: str) -> None:
        super().set_language(language)
        self.legendChanged.emit()

    @Slot(float, float)
    def setMapSize(self, width: float, height: float) -> None:
        """The map's area in pixels; the whole state is fitted into it at zoom 1."""
        if (width, height) != self._size:
            self._size = (width, height)
            self._layout()
            self.mapSizeChanged.emit()

    def _layout(self) -> None:
        width, height = self._size
        geometry = self._geometry
        if width <= 2 * PADDING or height <= 2 * PADDING or not geometry.codes:
            self._rows = {}
            self._set_items([])
            self.legendChanged.emit()
            return
        view = self._view = geometry.fit(0, 0, width, height, PADDING)
        rows = {}
        for code in geometry.codes:
            label_x, label_y = view.to_screen(*geometry.label_point(code))
            room_w, room_h = geometry.label_box(code)
            rows[code] = {
                "outline": [
                    QPointF(*view.to_screen(*geometry.to_plane(lon, lat)))
                    for lon, lat in self._catalog.districts[code].outline
                ],
                "labelX": float(label_x),
                "labelY": float(label_y),
                "labelWidth": float(room_w * view.scale),
                "labelHeight": float(room_h * view.scale),
            }
        self._rows = rows
        self._set_items([self._catalog.districts[code] for code in geometry.codes])
        self.legendChanged.emit()

    def _value(self, district, role: Role):
        products = self._catalog.products_of_district(district.code)
        match role:
            case self.Role.code:
                return district.code
            case self.Role.name:
                return self._text(district.name)
            case self.Role.colour:
                return self._catalog.crafts[products[0].craft].colour if products else ""
            case self.Role.productCount:
                return len(products)
            case _:
                return self._rows[district.code][role.name]

    # -- taps ----------------------------------------------------------------------------
    @Slot(float, float, float, result=str)
    def districtAt(self, x: float, y: float, zoom: float) -> str:
        """The district a tap at map point (x, y) picks while the map is shown `zoom` times
        enlarged; "" for none or for a district without products."""
        if not self._rows or zoom <= 0:
            return ""
        view = self._view
        zoomed = View(view.scale * zoom, view.x0, view.y0)
        code = self._geometry.district_at(x * zoom, y * zoom, zoomed, MIN_TOUCH_PX) or ""
        return code if code and self._catalog.products_of_district(code) else ""

    @Slot(str, result="QVariantList")
    def outlineOf(self, code: str) -> list:
        row = self._rows.get(code)
        return row["outline"] if row else []

    @Slot(str, result="QVariantMap")
    def headquartersOf(self, code: str) -> dict:
        """A district's headquarters in map pixels (tests and previews tap there)."""
        district = self._catalog.districts.get(code)
        if district is None or not self._rows:
            return {}
        x, y = self._view.to_screen(*self._geometry.to_plane(district.lon, district.lat))
        return {"x": float(x), "y": float(y)}

    # -- legend --------------------------------------------------------------------------
    def _legend(self) -> list:
        """The craft families coloured on the map, in catalogue order, in the visitor's
        language."""
        shown = {
            self._catalog.products_of_district(d.code)[0].craft
            for d in self._items
            if self._catalog.products_of_district(d.code)
        }
        return [
            {"code": c.code, "name": self._text(c.name), "colour": c.colour}
            for c in self._catalog.crafts.values()
            if c.code in shown
        ]

    def _aspect(self) -> float:
        minx, miny, maxx, maxy = self._geometry.bounds
        return (maxy - miny) / (maxx - minx) if maxx > minx else 1.0

    aspect = Property(float, _aspect, notify=legendChanged)  # the state's height / width

    def _padding(self) -> float:
        return float(PADDING)

    def _map_width(self) -> float:
        return float(self._size[0])

    def _map_height(self) -> float:
        return float(self._size[1])

    padding = Property(float, _padding, constant=True)
    mapWidth = Property(float, _map_width, notify=mapSizeChanged)
    mapHeight = Property(float, _map_height, notify=mapSizeChanged)
    legend = Property(list, _legend, notify=legendChanged)
