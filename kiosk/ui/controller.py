"""The visitor's session: where they are, in which language, and what they look at.

Navigation lives here rather than in QML so that idle reset, tests and the preview command
drive the same state a visitor's taps do. The history (the pages, Home first) is the one
source of truth: QML's StackView follows it (see Main.qml).
"""

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.catalog.product_codes import SHORTLIST_LIMIT
from kiosk.catalog.store import Catalog
from kiosk.catalog.urls import UrlTemplateError
from kiosk.languages import DEFAULT_LANGUAGE, LANGUAGES, NATIVE_NAMES, localized
from kiosk.state.stats import StatsRecorder
from kiosk.ui.artisan_detail import ArtisanDetail
from kiosk.ui.district_map import DistrictMapModel
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.models import CraftListModel, DistrictListModel, ProductListModel, file_url
from kiosk.ui.product_detail import ProductDetail

QML_IMPORT_NAME = "Kiosk.Backend"

# The attract loop shows at most this many featured products (one craft after another, see
# Catalog.featured): it makes a slide for each, and 10,000 featured products made 10,000.
ATTRACT_SLIDES = 48
QML_IMPORT_MAJOR_VERSION = 1


# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlElement
@QmlUncreatable("Made by the kiosk")
class KioskController(QObject):  # type: ignore[operator]
    historyChanged = Signal()  # the pages (Home first) or the visit changed
    attractChanged = Signal()
    languageChanged = Signal()
    languageAboutToChange = Signal()  # before any text is laid out in the new language
    galleryChanged = Signal()
    settingsChanged = Signal()
    catalogChanged = Signal()
    shortlistChanged = Signal()
    searchChanged = Signal()
    viewerChanged = Signal()
    lowReachChanged = Signal()

    def __init__(
        self,
        catalog: Catalog,
        idle: IdleWatcher,
        switch_language: Callable[[str], None],
        stats: StatsRecorder | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._stats = stats or StatsRecorder(None)
        self._visit_began = 0.0  # IdleWatcher.last_touch() of the waking touch
        self._catalog = catalog
        self._idle = idle
        self._switch_language = switch_language
        self._language = DEFAULT_LANGUAGE
        self._attract = True
        self._pending: Catalog | None = None
        self._history = ["home"]
        self._visit = 0  # a new visitor gets a new number, and Home built afresh
        self._gallery_kind = ""
        self._gallery_title: dict[str, str] = {}
        self._crafts = CraftListModel(catalog, self)
        self._districts = DistrictListModel(catalog, self)
        self._district_map = DistrictMapModel(catalog, self)
        self._featured = ProductListModel(catalog, self)
        self._gallery = ProductListModel(catalog, self)
        self._gallery.empty_by_removal = True  # see _CatalogListModel.empty_by_removal
        self._shortlist_ids: list[str] = []
        self._shortlist = ProductListModel(catalog, self)
        self._product = ProductDetail(catalog, self)
        self._search_query = ""
        self._search_counted = False  # the statistics have this search already
        self._search_ids: list[str] = []
        self._search_results = ProductListModel(catalog, self)
        self._product_trail: list[str] = []  # the product of each "product" page in history
        self._viewer_index = 0  # the photo the full-screen viewer opens on
        self._artisan = ArtisanDetail(catalog, self)
        self._low_reach = False
        self._text_views = (
            self._crafts,
            self._districts,
            self._district_map,
            self._featured,
            self._gallery,
            self._shortlist,
            self._product,
            self._search_results,
            self._artisan,
        )
        idle.timedOut.connect(self.resetToAttract)
        self._apply_catalog(catalog)

    # -- catalogue --------------------------------------------------------------------
    def _apply_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        for view in self._text_views:
            view.set_catalog(catalog)
        slides = catalog.featured() or list(catalog.products.values())[:12]
        self._featured.show(slides[:ATTRACT_SLIDES])
        self._set_shortlist([pid for pid in self._shortlist_ids if pid in catalog.products])
        settings = catalog.settings
        self._idle.configure(int(settings["idle_timeout_s"]), int(settings["idle_countdown_s"]))
        self.settingsChanged.emit()

    @Slot(object)
    def offerCatalog(self, catalog: Catalog) -> None:
        """A new catalogue: shown at once on the attract loop, or at once (back to Home) if
        the product on screen is gone from it; otherwise when this visitor has left."""
        self._pending = catalog
        product = self._product.current()
        artisan = self._artisan.current()
        product_gone = product is not None and product.id not in catalog.products
        artisan_gone = artisan is not None and artisan.id not in catalog.artisans
        if self._attract:
            self._take_pending()
        elif (self.page in ("product", "viewer") and product_gone) or (
            self.page == "artisan" and artisan_gone
        ):
            self._take_pending()
            self.home()

    def _take_pending(self) -> None:
        if self._pending is not None:
            catalog, self._pending = self._pending, None
            self._gallery.show([])
            self._clear_search()
            self._apply_catalog(catalog)
            self.catalogChanged.emit()

    def current_catalog(self) -> Catalog:
        """The catalogue on screen (a new one waits for the visitor to leave)."""
        return self._catalog

    def _get_catalog_version(self) -> str:
        return self._catalog.version

    # -- language ---------------------------------------------------------------------
    def _get_language(self) -> str:
        return self._language

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language not in LANGUAGES or language == self._language:
            return
        self.languageAboutToChange.emit()
        self._language = language
        self._switch_language(language)
        for view in self._text_views:
            view.set_language(language)
        if self._search_query:
            self._find(self._search_query)  # the ranking follows the visitor's language
        self.languageChanged.emit()
        self.galleryChanged.emit()
        self.shortlistChanged.emit()  # its enquiry link names the language
        if not self._attract:
            self._stats.language_chosen(language)

    def _get_languages(self) -> list:
        return [{"code": code, "label": NATIVE_NAMES[code]} for code in LANGUAGES]

    # -- navigation -------------------------------------------------------------------
    def _get_history(self) -> list:
        return list(self._history)

    def _set_history(self, pages: list[str]) -> None:
        if pages != self._history:
            self._history = pages
            # Back to an earlier product page (past an artisan's): it shows its own product.
            del self._product_trail[pages.count("product") :]
            if self._product_trail and self._product_trail[-1] != self._product_id():
                self._product.show(self._catalog.products.get(self._product_trail[-1]))
            self.historyChanged.emit()

    def _product_id(self) -> str:
        product = self._product.current()
        return product.id if product else ""

    def _get_visit(self) -> int:
        return self._visit

    def _get_page(self) -> str:
        return self._history[-1]

    def _get_depth(self) -> int:
        return len(self._history)

    def _get_attract(self) -> bool:
        return self._attract

    def _push(self, page: str) -> bool:
        if self.page == page:
            return False  # a second tap on the same tile while its page opens
        self._set_history([*self._history, page])
        return True

    @Slot()
    @Slot(str)
    def wake(self, language: str = "") -> None:
        """The first touch on the attract loop: show Home (in `language`, if one is given)."""
        if language:
            self.setLanguage(language)
        if self._attract:
            self._attract = False
            self.attractChanged.emit()
            self._idle.start()
            self._visit_began = self._idle.last_touch()
            self._stats.visit_started(self._language)

    @Slot()
    def openCrafts(self) -> None:
        if self._push("crafts"):
            self._stats.page_opened("crafts")

    @Slot()
    def openDistricts(self) -> None:
        if self._push("districts"):
            self._stats.page_opened("districts")

    @Slot()
    def openMap(self) -> None:
        """Explore by district: the map, with the A-Z list (openDistricts) one tap away."""
        if self._push("map"):
            self._stats.page_opened("map")

    @Slot(str)
    def chooseOnMap(self, code: str) -> None:
        """A district tapped on the map: its products."""
        self._stats.map_tapped()
        self.openDistrict(code)

    @Slot()
    def openFeatured(self) -> None:
        self._open_gallery("featured", {}, self._catalog.featured())
        self._stats.gallery_opened("featured")

    @Slot(str)
    def openCraft(self, code: str) -> None:
        craft = self._catalog.crafts.get(code)
        if craft:
            self._open_gallery("craft", craft.name, self._catalog.products_of_craft(code))
            self._stats.gallery_opened("craft", code)

    @Slot(str)
    def openDistrict(self, code: str) -> None:
        district = self._catalog.districts.get(code)
        if district:
            self._open_gallery("district", district.name, self._catalog.products_of_district(code))
            self._stats.gallery_opened("district", code)

    @Slot()
    def openShortlist(self) -> None:
        """The shortlist page; from a product opened on it, back to it rather than anew."""
        if "shortlist" in self._history:
            self._set_history(self._history[: self._history.index("shortlist") + 1])
        elif not self._push("shortlist"):
            return
        self._stats.page_opened("shortlist")
        if self._get_shortlist_url():
            self._stats.qr_shown("shortlist")

    def _open_gallery(self, kind: str, title: dict[str, str], products: list) -> None:
        if "gallery" in self._history:  # one gallery at a time: reopening replaces it
            self._set_history(self._history[: self._history.index("gallery")])
        self._gallery_kind = kind
        self._gallery_title = title
        self._gallery.show(products)
        self.galleryChanged.emit()
        self._push("gallery")

    @Slot(str)
    def openProduct(self, product_id: str) -> None:
        product = self._catalog.products.get(product_id)
        if product is None or (self.page == "product" and self._product.current() == product):
            return
        if self.page == "search":
            self._count_search()
        self._product.show(product)
        self._count_product(product.id, product.district, product.craft)
        if self.page == "product":
            self._product_trail[-1:] = [product_id]
            return
        self._product_trail.append(product_id)
        self._push("product")

    def _count_product(self, product_id: str, district: str, craft: str) -> None:
        """Statistics: the product page and the codes it shows."""
        self._stats.product_opened(product_id, district, craft)
        shown = self._product
        for kind, content in (
            ("artisan", shown.artisanUrl),
            ("enquiry", shown.enquiryUrl),
            ("contact", shown.contactCard),
        ):
            if content:
                self._stats.qr_shown(kind)

    @Slot(int)
    def openViewer(self, index: int) -> None:
        """The product's photo `index` full screen, from its product page."""
        if self.page != "product":
            return
        self._viewer_index = index
        self.viewerChanged.emit()
        if self._push("viewer"):
            self._stats.page_opened("viewer")

    @Slot(str)
    def openArtisan(self, artisan_id: str) -> None:
        """The page of a product's maker; one artisan page at a time (from a product on
        it, the maker's card leads back to it)."""
        artisan = self._catalog.artisans.get(artisan_id)
        if artisan is None:
            return
        if "artisan" in self._history:
            self._set_history(self._history[: self._history.index("artisan") + 1])
        self._artisan.show(artisan)
        self._push("artisan")
        self._stats.page_opened("artisan")
        for kind, content in (
            ("artisan", self._artisan.url),
            ("contact", self._artisan.contactCard),
        ):
            if content:
                self._stats.qr_shown(kind)

    @Slot(bool)
    def setLowReach(self, on: bool) -> None:
        """Low-reach mode: every page within reach of a seated visitor, until idle reset."""
        if on != self._low_reach:
            self._low_reach = on
            self.lowReachChanged.emit()

    @Slot()
    def back(self) -> None:
        if len(self._history) > 1:
            self._set_history(self._history[:-1])

    @Slot()
    def home(self) -> None:
        self._set_history(["home"])

    @Slot()
    def resetToAttract(self) -> None:
        """Forget the visitor: language, pages, gallery and product; show the attract loop."""
        if not self._attract:  # statistics: the visit ended at its last touch
            seconds = self._idle.last_touch() - self._visit_began
            self._stats.visit_ended(seconds, len(self._shortlist_ids))
        self._idle.stop()
        # A new visit first: the stack drops the visitor's pages at once, before the models
        # behind them empty.
        self._visit += 1
        self.home()
        self.setLanguage(DEFAULT_LANGUAGE)
        self._gallery.show([])
        self._gallery_kind = ""
        self._gallery_title = {}
        self._product.show(None)
        self._product_trail = []
        self._artisan.show(None)
        self.setLowReach(False)
        self._set_shortlist([])
        self._clear_search()
        self.galleryChanged.emit()
        self.historyChanged.emit()
        self._take_pending()
        if not self._attract:
            self._attract = True
            self.attractChanged.emit()

    # -- search -------------------------------------------------------------------------
    @Slot()
    def openSearch(self) -> None:
        """The search page, opened afresh; from a product found by it, back to it (the text
        typed kept: the page below the product keeps its keyboard)."""
        if "search" in self._history:
            self._set_history(self._history[: self._history.index("search") + 1])
        else:
            self._clear_search()
            self._push("search")

    @Slot(str)
    def search(self, query: str) -> None:
        """What the visitor typed on the search keyboard changed: show what it finds."""
        if query != self._search_query:
            self._find(query)

    def _find(self, query: str) -> None:
        """The one place a visitor's search is made (`query` as typed, each keystroke)."""
        if not query.strip():
            self._count_search()  # the visitor cleared what they had typed
        self._search_counted = False
        self._search_query = query
        ids = self._catalog.search(query, self._language) if query.strip() else []
        if ids != self._search_ids:  # a longer query often finds the same: keep the grid
            self._search_ids = ids
            self._search_results.show([self._catalog.products[pid] for pid in ids])
        self.searchChanged.emit()

    def _count_search(self) -> None:
        """Statistics: a search counts once, when the visitor acts on it (opens a result,
        clears it, leaves), with whether it found anything; never its text."""
        if self._search_query.strip() and not self._search_counted:
            self._stats.search_made(bool(self._search_ids))
            self._search_counted = True

    def _clear_search(self) -> None:
        self._count_search()
        self._search_query = ""
        if self._search_ids:
            self._search_ids = []
            self._search_results.show([])
        self.searchChanged.emit()

    def _get_search_query(self) -> str:
        return self._search_query

    def _get_search_results(self) -> ProductListModel:
        return self._search_results

    def _get_search_ids(self) -> list:
        return list(self._search_ids)

    # -- shortlist ----------------------------------------------------------------------
    @Slot(str)
    def addToShortlist(self, product_id: str) -> None:
        if (
            product_id in self._catalog.products
            and product_id not in self._shortlist_ids
            and len(self._shortlist_ids) < SHORTLIST_LIMIT
        ):
            self._set_shortlist([*self._shortlist_ids, product_id])

    @Slot(str)
    def removeFromShortlist(self, product_id: str) -> None:
        if product_id in self._shortlist_ids:
            self._set_shortlist([pid for pid in self._shortlist_ids if pid != product_id])

    def _set_shortlist(self, product_ids: list[str]) -> None:
        self._shortlist_ids = product_ids
        self._shortlist.show([self._catalog.products[pid] for pid in product_ids])
        self.shortlistChanged.emit()

    def _get_shortlist_ids(self) -> list:
        return list(self._shortlist_ids)

    def _get_shortlist_url(self) -> str:
        """The one enquiry link for every product on the shortlist ("" for none)."""
        if not self._shortlist_ids:
            return ""
        try:
            return self._catalog.enquiry_link(self._shortlist_ids, self._language)
        except UrlTemplateError:
            return ""  # no code is better than a code that leads nowhere

    def _get_shortlist_photo(self) -> str:
        """Home's shortlist tile: the latest product added, else the first featured product
        that the hero and the other tiles do not show (see _get_home_photos)."""
        products = [self._catalog.products[pid] for pid in reversed(self._shortlist_ids)]
        photos = [p.photos[0] for p in products + self._catalog.featured()[4:] if p.photos]
        return file_url(photos[0].thumb) if photos else ""

    # -- what the pages show ------------------------------------------------------------
    def _get_gallery_kind(self) -> str:
        return self._gallery_kind

    def _get_gallery_title(self) -> str:
        """The craft's or district's name; QML words the featured gallery's title itself."""
        return localized(self._gallery_title, self._language) if self._gallery_title else ""

    def _get_gallery_count(self) -> int:
        return self._gallery.rowCount()

    def _get_home_photos(self) -> dict:
        """Photos for Home's hero and four tiles: the first featured products, which come
        from different crafts (see Catalog.featured); search's the sixth (the fifth is the
        empty shortlist's)."""
        photos = [p.photos[0] for p in self._catalog.featured() if p.photos][:6]
        if not photos:
            return dict.fromkeys(("hero", "crafts", "districts", "featured", "search"), "")
        search = photos[5] if len(photos) > 5 else photos[-1]
        photos += photos[:1] * (4 - len(photos))
        return {
            "hero": file_url(photos[0].display),
            "crafts": file_url(photos[1].thumb),
            "districts": file_url(photos[2].thumb),
            "featured": file_url(photos[3].thumb),
            "search": file_url(search.thumb),
        }

    def _get_attract_slide_ms(self) -> int:
        return int(self._catalog.settings["attract_slide_s"]) * 1000

    def _get_crafts(self) -> CraftListModel:
        return self._crafts

    def _get_district_map(self) -> QObject:
        # QObject, not DistrictMapModel: pyside6-metaobjectdump reads each file alone and
        # cannot see that a model derived from a base in another file is a QObject
        return self._district_map

    def _get_districts(self) -> DistrictListModel:
        return self._districts

    def _get_featured(self) -> ProductListModel:
        return self._featured

    def _get_gallery(self) -> ProductListModel:
        return self._gallery

    def _get_product(self) -> ProductDetail:
        return self._product

    def _get_artisan(self) -> ArtisanDetail:
        return self._artisan

    def _get_viewer_index(self) -> int:
        return self._viewer_index

    def _get_low_reach(self) -> bool:
        return self._low_reach

    def _get_idle(self) -> IdleWatcher:
        return self._idle

    def _get_shortlist(self) -> ProductListModel:
        return self._shortlist

    def _get_shortlist_limit(self) -> int:
        return SHORTLIST_LIMIT

    # Properties holding objects are QObject to Python (which can read them so) and, from
    # their getters' return types, typed for qmllint (kiosk/ui/qmltypes.py).

    catalogVersion = Property(str, _get_catalog_version, notify=catalogChanged)
    language = Property(str, _get_language, notify=languageChanged)
    languages = Property(list, _get_languages, constant=True)
    history = Property(list, _get_history, notify=historyChanged)
    visit = Property(int, _get_visit, notify=historyChanged)
    page = Property(str, _get_page, notify=historyChanged)
    depth = Property(int, _get_depth, notify=historyChanged)
    attract = Property(bool, _get_attract, notify=attractChanged)
    galleryKind = Property(str, _get_gallery_kind, notify=galleryChanged)
    galleryTitle = Property(str, _get_gallery_title, notify=galleryChanged)
    galleryCount = Property(int, _get_gallery_count, notify=galleryChanged)
    attractSlideMs = Property(int, _get_attract_slide_ms, notify=settingsChanged)
    homePhotos = Property(dict, _get_home_photos, notify=settingsChanged)
    crafts = Property(QObject, _get_crafts, constant=True)
    districts = Property(QObject, _get_districts, constant=True)
    districtMap = Property(QObject, _get_district_map, constant=True)
    featured = Property(QObject, _get_featured, constant=True)
    gallery = Property(QObject, _get_gallery, constant=True)
    product = Property(QObject, _get_product, constant=True)
    artisan = Property(QObject, _get_artisan, constant=True)
    viewerIndex = Property(int, _get_viewer_index, notify=viewerChanged)
    lowReach = Property(bool, _get_low_reach, notify=lowReachChanged)
    idle = Property(QObject, _get_idle, constant=True)
    shortlist = Property(QObject, _get_shortlist, constant=True)
    shortlistIds = Property(list, _get_shortlist_ids, notify=shortlistChanged)
    shortlistUrl = Property(str, _get_shortlist_url, notify=shortlistChanged)
    shortlistPhoto = Property(str, _get_shortlist_photo, notify=shortlistChanged)
    shortlistLimit = Property(int, _get_shortlist_limit, constant=True)
    searchQuery = Property(str, _get_search_query, notify=searchChanged)
    searchIds = Property(list, _get_search_ids, notify=searchChanged)
    searchResults = Property(QObject, _get_search_results, constant=True)
