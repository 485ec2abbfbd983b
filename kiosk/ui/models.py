"""List models of catalogue items for the QML galleries, in the visitor's language."""

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.catalog.store import Catalog, Product
from kiosk.languages import DEFAULT_LANGUAGE, localized

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


def file_url(path) -> str:
    return QUrl.fromLocalFile(str(path)).toString()


def thumb_url(product: Product | None) -> str:
    return file_url(product.photos[0].thumb) if product and product.photos else ""


class _CatalogListModel(QAbstractListModel):
    """A list of catalogue items whose text follows the visitor's language.

    Subclasses give `Role` (an IntEnum), `TEXT_ROLES` (roles that change with the language)
    and `_value(item, role)`.
    """

    Role: type[IntEnum]
    TEXT_ROLES: tuple[IntEnum, ...] = ()

    countChanged = Signal()

    def __init__(self, catalog: Catalog, parent: QObject | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._language = DEFAULT_LANGUAGE
        self._items: list = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        try:
            role = self.Role(role)
        except ValueError:
            return None
        return self._value(self._items[index.row()], role)

    def _value(self, item: Any, role: Any) -> object:
        """The value of `role` for `item` (an item of this model's kind)."""
        raise NotImplementedError

    def roleNames(self):
        return {role.value: QByteArray(role.name.encode()) for role in self.Role}

    def _text(self, texts: dict[str, str]) -> str:
        return localized(texts, self._language)

    # Emptied by removing every row, not by a reset (the gallery's model: emptied when a
    # visit ends or a new catalogue comes, while its page may still slide away). A reset
    # while the grid still built tiles beyond the screen made it cancel a tile the model no
    # longer had: Qt's warning "DelegateModel::cancel: index out range" (found by the
    # restless visitor, tests/visitor.py).
    empty_by_removal = False

    def _set_items(self, items: list) -> None:
        if self.empty_by_removal and self._items and not items:
            self.beginRemoveRows(QModelIndex(), 0, len(self._items) - 1)
            self._items = []
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._items = items
            self.endResetModel()
        self.countChanged.emit()

    def _get_count(self) -> int:
        return len(self._items)

    count = Property(int, _get_count, notify=countChanged)

    def set_language(self, language: str) -> None:
        self._language = language
        if self._items:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._items) - 1),
                [role.value for role in self.TEXT_ROLES],
            )

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog


# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlElement
@QmlUncreatable("Made by the kiosk controller")
class ProductListModel(_CatalogListModel):  # type: ignore[operator]
    class Role(IntEnum):
        productId = Qt.ItemDataRole.UserRole + 1
        # QML reads this role as `name`; the member shadows Enum.name, as Enum allows.
        name = Qt.ItemDataRole.UserRole + 2  # type: ignore[assignment]
        districtName = Qt.ItemDataRole.UserRole + 3
        craftName = Qt.ItemDataRole.UserRole + 4
        craftColour = Qt.ItemDataRole.UserRole + 5
        thumb = Qt.ItemDataRole.UserRole + 6
        photo = Qt.ItemDataRole.UserRole + 7
        giTag = Qt.ItemDataRole.UserRole + 8
        odopAdded = Qt.ItemDataRole.UserRole + 9  # year added to the ODOP list; 0: original

    TEXT_ROLES = (Role.name, Role.districtName, Role.craftName)

    def show(self, products: list[Product]) -> None:
        self._set_items(products)

    def _value(self, product: Product, role: Role):
        craft = self._catalog.crafts[product.craft]
        match role:
            case self.Role.productId:
                return product.id
            case self.Role.name:
                return self._text(product.name)
            case self.Role.districtName:
                return self._text(self._catalog.districts[product.district].name)
            case self.Role.craftName:
                return self._text(craft.name)
            case self.Role.craftColour:
                return craft.colour
            case self.Role.thumb:
                return thumb_url(product)
            case self.Role.photo:
                return file_url(product.photos[0].display) if product.photos else ""
            case self.Role.giTag:
                return product.gi_tag
            case self.Role.odopAdded:
                return product.odop_added or 0


# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlElement
@QmlUncreatable("Made by the kiosk controller")
class CraftListModel(_CatalogListModel):  # type: ignore[operator]
    class Role(IntEnum):
        code = Qt.ItemDataRole.UserRole + 1
        # QML reads this role as `name`; the member shadows Enum.name, as Enum allows.
        name = Qt.ItemDataRole.UserRole + 2  # type: ignore[assignment]
        blurb = Qt.ItemDataRole.UserRole + 3
        colour = Qt.ItemDataRole.UserRole + 4
        productCount = Qt.ItemDataRole.UserRole + 5
        thumb = Qt.ItemDataRole.UserRole + 6

    TEXT_ROLES = (Role.name, Role.blurb)

    def set_catalog(self, catalog: Catalog) -> None:
        super().set_catalog(catalog)
        self._set_items([c for c in catalog.crafts.values() if catalog.products_of_craft(c.code)])

    def _value(self, craft, role: Role):
        products = self._catalog.products_of_craft(craft.code)
        match role:
            case self.Role.code:
                return craft.code
            case self.Role.name:
                return self._text(craft.name)
            case self.Role.blurb:
                return self._text(craft.blurb)
            case self.Role.colour:
                return craft.colour
            case self.Role.productCount:
                return len(products)
            case self.Role.thumb:
                featured = [p for p in products if p.featured]
                return thumb_url((featured or products)[0])


# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlElement
@QmlUncreatable("Made by the kiosk controller")
class DistrictListModel(_CatalogListModel):  # type: ignore[operator]
    class Role(IntEnum):
        code = Qt.ItemDataRole.UserRole + 1
        # QML reads this role as `name`; the member shadows Enum.name, as Enum allows.
        name = Qt.ItemDataRole.UserRole + 2  # type: ignore[assignment]
        productName = Qt.ItemDataRole.UserRole + 3
        craftName = Qt.ItemDataRole.UserRole + 4
        colour = Qt.ItemDataRole.UserRole + 5
        productCount = Qt.ItemDataRole.UserRole + 6
        thumb = Qt.ItemDataRole.UserRole + 7

    TEXT_ROLES = (Role.name, Role.productName, Role.craftName)

    def set_catalog(self, catalog: Catalog) -> None:
        super().set_catalog(catalog)
        self._set_items(
            [d for d in catalog.districts.values() if catalog.products_of_district(d.code)]
        )

    def _value(self, district, role: Role):
        products = self._catalog.products_of_district(district.code)
        headline = products[0]
        match role:
            case self.Role.code:
                return district.code
            case self.Role.name:
                return self._text(district.name)
            case self.Role.productName:
                return self._text(headline.name)
            case self.Role.craftName:
                return self._text(self._catalog.crafts[headline.craft].name)
            case self.Role.colour:
                return self._catalog.crafts[headline.craft].colour
            case self.Role.productCount:
                return len(products)
            case self.Role.thumb:
                return thumb_url(headline)
