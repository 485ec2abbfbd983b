"""The artisan, cooperative or cluster the visitor is looking at, for the artisan page."""

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.catalog.contact_card import artisan_card
from kiosk.catalog.store import Artisan, Catalog, CatalogError
from kiosk.catalog.urls import UrlTemplateError
from kiosk.languages import DEFAULT_LANGUAGE, localized
from kiosk.ui.models import ProductListModel

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlUncreatable("Made by the kiosk controller")
class ArtisanDetail(QObject):  # type: ignore[operator]
    changed = Signal()

    def __init__(self, catalog: Catalog, parent: QObject | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._language = DEFAULT_LANGUAGE
        self._artisan: Artisan | None = None
        self._link = ""
        self._card = ""
        self._products = ProductListModel(catalog, self)

    def show(self, artisan: Artisan | None) -> None:
        self._artisan = artisan
        self._products.show(self._catalog.products_of_artisan(artisan.id) if artisan else [])
        self._refresh()

    def set_language(self, language: str) -> None:
        self._language = language
        self._products.set_language(language)
        self._refresh()

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._products.set_catalog(catalog)
        self.show(catalog.artisans.get(self._artisan.id) if self._artisan else None)

    def current(self) -> Artisan | None:
        return self._artisan

    def _refresh(self) -> None:
        self._link = ""
        if self._artisan:
            try:
                self._link = self._catalog.artisan_link(self._artisan.id, self._language)
            except (UrlTemplateError, CatalogError):
                self._link = ""  # no code is better than a code that leads nowhere
        # The card's URL, where they have no website: their page, as on a product's card.
        artisan = self._artisan
        self._card = artisan_card(artisan, self._language, self._link) if artisan else ""
        self.changed.emit()

    def _text(self, texts: dict[str, str] | None) -> str:
        return localized(texts, self._language) if texts else ""

    def _get_id(self) -> str:
        return self._artisan.id if self._artisan else ""

    def _get_kind(self) -> str:
        return self._artisan.kind if self._artisan else ""

    def _get_name(self) -> str:
        return self._text(self._artisan.name if self._artisan else None)

    def _get_bio(self) -> str:
        return self._text(self._artisan.bio if self._artisan else None)

    def _district(self):
        return self._catalog.districts.get(self._artisan.district) if self._artisan else None

    def _get_district_code(self) -> str:
        district = self._district()
        return district.code if district else ""

    def _get_district_name(self) -> str:
        district = self._district()
        return self._text(district.name) if district else ""

    def _get_products(self) -> ProductListModel:
        return self._products

    def _get_product_count(self) -> int:
        return self._products.rowCount()

    def _get_url(self) -> str:
        return self._link

    def _get_contact_card(self) -> str:
        return self._card

    artisanId = Property(str, _get_id, notify=changed)
    kind = Property(str, _get_kind, notify=changed)  # artisan, cluster, cooperative, producer
    name = Property(str, _get_name, notify=changed)
    bio = Property(str, _get_bio, notify=changed)
    districtCode = Property(str, _get_district_code, notify=changed)
    districtName = Property(str, _get_district_name, notify=changed)
    products = Property(QObject, _get_products, constant=True)
    productCount = Property(int, _get_product_count, notify=changed)
    url = Property(str, _get_url, notify=changed)  # the "Meet the artisan" link
    # The "Save contact" vCard; empty without consent, contact details or room in a code.
    contactCard = Property(str, _get_contact_card, notify=changed)
