"""The product the visitor is looking at, as properties for the product page."""

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.catalog.contact_card import product_card
from kiosk.catalog.store import Catalog, Product
from kiosk.catalog.urls import UrlTemplateError
from kiosk.languages import DEFAULT_LANGUAGE, localized
from kiosk.ui.models import file_url

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlElement
@QmlUncreatable("Made by the kiosk controller")
class ProductDetail(QObject):  # type: ignore[operator]
    changed = Signal()

    def __init__(self, catalog: Catalog, parent: QObject | None = None):
        super().__init__(parent)
        self._catalog = catalog
        self._language = DEFAULT_LANGUAGE
        self._product: Product | None = None
        self._links: dict[str, str] = {}
        self._card = ""

    def show(self, product: Product | None) -> None:
        self._product = product
        self._refresh_links()

    def set_language(self, language: str) -> None:
        self._language = language
        self._refresh_links()

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.show(catalog.products.get(self._product.id) if self._product else None)

    def current(self) -> Product | None:
        return self._product

    def _refresh_links(self) -> None:
        self._links = {}
        if self._product:
            try:
                self._links = self._catalog.product_links(self._product.id, self._language)
            except UrlTemplateError:
                self._links = {}  # no code is better than a code that leads nowhere
        self._card = (
            product_card(self._catalog, self._product.id, self._language) if self._product else ""
        )
        self.changed.emit()

    def _text(self, texts: dict[str, str] | None) -> str:
        return localized(texts, self._language) if texts else ""

    def _get_id(self) -> str:
        return self._product.id if self._product else ""

    def _get_code(self) -> str:
        return self._product.code if self._product else ""

    def _get_name(self) -> str:
        return self._text(self._product.name if self._product else None)

    def _get_description(self) -> str:
        return self._text(self._product.description if self._product else None)

    def _get_materials(self) -> str:
        return self._text(self._product.materials if self._product else None)

    def _get_district(self) -> str:
        return self._text(
            self._catalog.districts[self._product.district].name if self._product else None
        )

    def _get_craft(self) -> str:
        return self._text(self._catalog.crafts[self._product.craft].name if self._product else None)

    def _get_colour(self) -> str:
        return self._catalog.crafts[self._product.craft].colour if self._product else "#000000"

    def _get_gi_tag(self) -> bool:
        return bool(self._product and self._product.gi_tag)

    def _get_odop_added(self) -> int:
        """The year the product's line was added to its district's ODOP list; 0: original."""
        return (self._product.odop_added or 0) if self._product else 0

    def _artisan(self):
        return self._catalog.artisans.get(self._product.artisan) if self._product else None

    def _get_artisan_name(self) -> str:
        artisan = self._artisan()
        return self._text(artisan.name) if artisan else ""

    def _get_artisan_id(self) -> str:
        artisan = self._artisan()
        return artisan.id if artisan else ""

    def _get_artisan_bio(self) -> str:
        artisan = self._artisan()
        return self._text(artisan.bio) if artisan else ""

    def _get_photos(self) -> list:
        if not self._product:
            return []
        return [
            {
                "source": file_url(p.display),
                "thumb": file_url(p.thumb),
                "alt": self._text(p.alt),
                "illustrative": p.illustrative,
                "credit": p.credit,
                "width": p.width,  # the display copy's real pixels: the viewer's zoom limit
                "height": p.height,
            }
            for p in self._product.photos
        ]

    def _get_artisan_url(self) -> str:
        return self._links.get("artisan", "")

    def _get_enquiry_url(self) -> str:
        return self._links.get("enquiry", "")

    def _get_contact_card(self) -> str:
        return self._card

    productId = Property(str, _get_id, notify=changed)
    code = Property(str, _get_code, notify=changed)
    name = Property(str, _get_name, notify=changed)
    description = Property(str, _get_description, notify=changed)
    materials = Property(str, _get_materials, notify=changed)
    districtName = Property(str, _get_district, notify=changed)
    craftName = Property(str, _get_craft, notify=changed)
    craftColour = Property(str, _get_colour, notify=changed)
    giTag = Property(bool, _get_gi_tag, notify=changed)
    odopAdded = Property(int, _get_odop_added, notify=changed)
    artisanId = Property(str, _get_artisan_id, notify=changed)
    artisanName = Property(str, _get_artisan_name, notify=changed)
    artisanBio = Property(str, _get_artisan_bio, notify=changed)
    photos = Property(list, _get_photos, notify=changed)
    artisanUrl = Property(str, _get_artisan_url, notify=changed)
    enquiryUrl = Property(str, _get_enquiry_url, notify=changed)
    # The "Save contact" vCard; empty without consent, contact details or room in a code.
    contactCard = Property(str, _get_contact_card, notify=changed)
