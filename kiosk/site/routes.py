"""Where every page and file of the published website lives: the one place for site paths.

The artisan and enquiry pages sit exactly where the catalogue's QR templates point, so that
a code scanned at the kiosk opens the published page: their paths are those of the URLs that
`kiosk.catalog.urls.build_url` makes from the catalogue's own templates (origin and query
dropped). Every other page follows the same language folders (`en/`, `hi/`, `ja/`).

A path here is relative to the site root: `en/artisans/agra-footwear-artisans/` (a folder,
served as its `index.html`) or a file such as `site.css`. Links inside the site are `href`s
(the --base-url's path, then the path: they work at any depth and on any static host),
links that leave the site (hreflang, canonical, sitemap) are absolute `url`s.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from kiosk.catalog.urls import UrlTemplateError, build_url
from kiosk.languages import LANGUAGES

# Made-up ids that tell, from the URLs a template builds, where it puts each value.
_PROBE_ARTISANS = ("odop-site-probe-artisan-1", "odop-site-probe-artisan-2")
_PROBE_PRODUCTS = ("odop-site-probe-product-1", "odop-site-probe-product-2")


class SiteError(ValueError):
    """A website that cannot be published as asked; the message says why."""


def file_of(path: str) -> str:
    """The file that holds the page at `path`: a folder's `index.html`."""
    return f"{path}index.html" if path == "" or path.endswith("/") else path


@dataclass(frozen=True)
class Routes:
    base_url: str  # absolute, ends with "/"
    templates: Mapping[str, str]
    kiosk_id: str
    products_param: str  # the enquiry URL's query parameter that names the products

    @classmethod
    def for_catalog(cls, templates: Mapping[str, str], kiosk_id: str, base_url: str) -> "Routes":
        """The site's paths for a catalogue's templates; SiteError if a static site cannot
        have a page at every URL they build (an artisan's id in the query, say)."""
        parts = urlsplit(base_url)
        if (
            parts.scheme not in ("https", "http")
            or not parts.netloc
            or parts.query
            or parts.fragment
            or any(ch.isspace() for ch in base_url)
        ):
            raise SiteError(
                f"--base-url must be an http(s):// address without query, such "
                f"as https://odop-expo.example.org: {base_url!r}"
            )
        base_url = base_url if base_url.endswith("/") else base_url + "/"
        for kind in ("artisan", "enquiry"):
            if kind not in templates:
                raise SiteError(f"the catalogue has no {kind!r} URL template")
        routes = cls(base_url, dict(templates), kiosk_id, "")
        return cls(base_url, dict(templates), kiosk_id, routes._check_shapes())

    # --- the pages the QR codes open: paths from the URL builder -------------------------

    def artisan(self, lang: str, artisan_id: str, page: int = 1) -> str:
        """The page the artisan QR code opens; `page` 2 and on of a long list of their
        products live below it."""
        path = self._template_path("artisan", lang, _segment(artisan_id), _PROBE_PRODUCTS[:1])
        if page == 1:
            return path
        if path.endswith("/"):
            return path + _page_folder(page)
        stem, dot, suffix = path.rpartition(".")
        return f"{stem}-{page}{dot}{suffix}"  # a template naming a file: x.html, x-2.html

    def enquiry(self, lang: str) -> str:
        return self._template_path("enquiry", lang, _PROBE_ARTISANS[0], _PROBE_PRODUCTS[:1])

    def enquiry_href(self, lang: str, product_codes: Sequence[str]) -> str:
        """A link inside the site to the enquiry page with the products of `product_codes`
        chosen (the codes the QR links carry, see kiosk.catalog.product_codes)."""
        query = urlencode({self.products_param: ",".join(product_codes)}, safe=",")
        return f"{self.href(self.enquiry(lang))}?{query}"

    # --- the other pages and files -------------------------------------------------------

    @staticmethod
    def root() -> str:
        return ""

    @staticmethod
    def not_found() -> str:
        return "404.html"

    @staticmethod
    def home(lang: str) -> str:
        return f"{lang}/"

    @staticmethod
    def district(lang: str, code: str, page: int = 1) -> str:
        """A district's products; `page` 2 and on of a long list live below the first."""
        return f"{lang}/districts/{_segment(code)}/" + _page_folder(page)

    @staticmethod
    def craft(lang: str, code: str, page: int = 1) -> str:
        return f"{lang}/crafts/{_segment(code)}/" + _page_folder(page)

    @staticmethod
    def product(lang: str, product_id: str) -> str:
        return f"{lang}/products/{_segment(product_id)}/"

    @staticmethod
    def product_index(lang: str) -> str:
        return f"{lang}/products.json"

    @staticmethod
    def stylesheet() -> str:
        return "site.css"

    @staticmethod
    def sitemap() -> str:
        return "sitemap.xml"

    @staticmethod
    def media(relative: PurePosixPath) -> str:
        return f"media/{relative.as_posix()}"

    # --- links ---------------------------------------------------------------------------

    def href(self, path: str) -> str:
        """A link from one page of the site to another: an absolute path, host-independent."""
        return urlsplit(self.base_url).path + path

    def url(self, path: str) -> str:
        """The address of a page, for links from elsewhere (hreflang, canonical, sitemap)."""
        return self.base_url + path

    def qr_origin_differs(self) -> bool:
        """True if the QR codes point at another host or folder than --base-url."""
        url = build_url(
            self.templates["artisan"], self._values("en", _PROBE_ARTISANS[0], _PROBE_PRODUCTS[:1])
        )
        return not url.startswith(self.base_url)

    # --- the URL builder, and what a static site needs of its URLs ---------------------

    def _values(
        self, lang: str, artisan_id: str, product_ids: Sequence[str]
    ) -> dict[str, str | Sequence[str]]:
        return {
            "artisan_id": artisan_id,
            "product_id": product_ids[0],
            "product_ids": list(product_ids),
            "kiosk_id": self.kiosk_id,
            "lang": lang,
        }

    def _template_url(
        self, kind: str, lang: str, artisan_id: str, product_ids: Sequence[str]
    ) -> str:
        try:
            return build_url(self.templates[kind], self._values(lang, artisan_id, product_ids))
        except UrlTemplateError as error:
            raise SiteError(f"the {kind} URL template: {error}") from None

    def _template_path(
        self, kind: str, lang: str, artisan_id: str, product_ids: Sequence[str]
    ) -> str:
        url = urlsplit(self._template_url(kind, lang, artisan_id, product_ids))
        base = urlsplit(self.base_url)
        path = unquote(url.path)
        if (url.scheme, url.netloc) == (base.scheme, base.netloc) and path.startswith(base.path):
            path = path[len(base.path) :]  # the templates' folder is the site's
        else:
            path = path.lstrip("/")  # published elsewhere: the same paths from the root
        segments = path.split("/")
        if any(s in (".", "..") for s in segments) or "" in segments[:-1] or "\\" in path:
            raise SiteError(
                f"the {kind} URL template makes a path a static site cannot hold: {path!r}"
            )
        if segments[-1] and "." not in segments[-1]:
            path += "/"  # /en/artisans/x is the folder en/artisans/x/ and its index.html
        return path

    def _check_shapes(self) -> str:
        """Check that each template gives one static page per language (and per artisan),
        and return the enquiry URL's query parameter that carries the products."""
        a1, a2 = _PROBE_ARTISANS
        p1, p2 = _PROBE_PRODUCTS
        for kind, artisan_id, why in (("artisan", a2, "each artisan"), ("enquiry", None, None)):
            paths = {lang: self._template_path(kind, lang, a1, [p1]) for lang in LANGUAGES}
            if len(set(paths.values())) < len(LANGUAGES):
                raise SiteError(
                    f"the {kind} URL template must put {{lang}} in the path: a "
                    "static site has one page per language"
                )
            if artisan_id and self._template_path(kind, "en", artisan_id, [p1]) == paths["en"]:
                raise SiteError(
                    f"the {kind} URL template must put {{artisan_id}} in the "
                    f"path: a static site has one page for {why}"
                )
            if (
                self._template_path(kind, "en", a2 if kind == "enquiry" else a1, [p2, p1])
                != paths["en"]
            ):
                raise SiteError(
                    f"the {kind} URL template must keep product ids out of the "
                    "path (a static site cannot have a page for every choice); "
                    "put them in the query, like ?products={product_ids}"
                )
        query = parse_qsl(urlsplit(self._template_url("enquiry", "en", a1, [p1, p2])).query)
        names = [name for name, value in query if p1 in value.split(",")]
        if not names:
            raise SiteError(
                "the enquiry URL template must name the products in its query, "
                "like ?products={product_ids}"
            )
        return names[0]


def _page_folder(page: int) -> str:
    return "" if page == 1 else f"page/{page}/"


def _segment(key: str) -> str:
    """A catalogue key as one path segment (keys are validated slugs; this keeps it so)."""
    if not key or "/" in key or key in (".", "..") or any(ch.isspace() for ch in key):
        raise SiteError(f"cannot make a page for the id {key!r}")
    return key
