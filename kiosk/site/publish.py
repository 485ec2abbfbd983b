"""Publishes the catalogue as a static website: every page, the enquiry page's product
index, the stylesheet and the photos, written to a new folder that then replaces OUT_DIR in
one rename (a web server serving OUT_DIR never sees half a site).

OUT_DIR must be new, empty or a site published before (it holds MARKER): anything else is
refused, so that publishing can never delete files it did not write.
"""

import json
import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from kiosk import atomic
from kiosk.catalog.store import Catalog, media_dir_of
from kiosk.languages import LANGUAGES
from kiosk.site.markup import resource
from kiosk.site.media import Media
from kiosk.site.pages import SitePages
from kiosk.site.routes import Routes, SiteError, file_of

MARKER = ".odop-site.json"
EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+$")


@dataclass
class Published:
    out: Path
    base_url: str
    pages: dict[str, int] = field(default_factory=dict)  # path -> bytes
    photo_files: int = 0
    qr_elsewhere: bool = False  # the QR codes point at another host or folder

    def largest(self) -> tuple[str, int]:
        return max(self.pages.items(), key=lambda item: item[1])


def publish_site(
    catalog: Catalog, out_dir: Path, base_url: str, contact_email: str | None = None
) -> Published:
    """Write the website of `catalog` to `out_dir`, to be served at `base_url`."""
    if contact_email is not None and not EMAIL.match(contact_email):
        raise SiteError(f"not an e-mail address: {contact_email!r}")
    routes = Routes.for_catalog(catalog.url_templates, str(catalog.settings["kiosk_id"]), base_url)
    out_dir = Path(out_dir).absolute()
    _check_out_dir(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = out_dir.with_name(f".{out_dir.name}.publishing-{secrets.token_hex(4)}")
    staging.mkdir()  # given the old site's mode and group when it replaces it
    try:
        published = _write_site(catalog, routes, staging, contact_email)
        atomic.replace_folder(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    published.out = out_dir
    return published


def _write_site(
    catalog: Catalog, routes: Routes, site: Path, contact_email: str | None
) -> Published:
    media = Media(media_dir_of(catalog.path), routes)
    pages = SitePages(catalog, routes, media, contact_email)
    published = Published(site, routes.base_url, qr_elsewhere=routes.qr_origin_differs())
    files: set[str] = set()

    def write(path: str, data: str) -> int:
        name = file_of(path)
        if name in files:
            raise SiteError(
                f"two pages would be {name}: do the URL templates give the "
                "artisan pages the same paths as other pages?"
            )
        files.add(name)
        target = site / name
        target.parent.mkdir(parents=True, exist_ok=True)
        encoded = data.encode("utf-8")
        target.write_bytes(encoded)
        return len(encoded)

    for path, html in pages.pages():
        published.pages[file_of(path)] = write(path, html)
    for lang in LANGUAGES:
        write(
            routes.product_index(lang),
            json.dumps(pages.product_index(lang), ensure_ascii=False, separators=(",", ":")),
        )
    write(routes.stylesheet(), resource("site.css"))
    write(
        routes.sitemap(),
        _sitemap(routes, [p for p in published.pages if p != file_of(routes.not_found())]),
    )
    published.photo_files = media.copy_to(site)
    write(
        MARKER,
        json.dumps(
            {
                "generator": "kiosk-admin publish-site",
                "catalog_version": catalog.version,
                "base_url": routes.base_url,
            },
            indent=2,
        )
        + "\n",
    )
    return published


def _sitemap(routes: Routes, files: list[str]) -> str:
    urls = "".join(
        f"<url><loc>{xml_escape(routes.url(f.removesuffix('index.html')))}</loc></url>\n"
        for f in sorted(files)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    )


def _check_out_dir(out_dir: Path) -> None:
    if not out_dir.exists():
        return
    if not out_dir.is_dir() or out_dir.is_symlink():
        raise SiteError(f"{out_dir} is not a folder")
    if any(out_dir.iterdir()) and not (out_dir / MARKER).is_file():
        raise SiteError(
            f"{out_dir} holds other files: publish into a new or empty folder "
            "(or one a site was published to before)"
        )
