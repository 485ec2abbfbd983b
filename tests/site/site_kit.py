"""Serving the published website on 127.0.0.1 and reading its pages, for tests that follow
QR links (from the site, the kiosk's screen or the printed labels) to the page they open."""

import html
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import urlopen

ORIGIN = "https://odop-expo.example.org"  # the bundled templates' origin


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """`folder` served on 127.0.0.1 by a plain static server; yields its origin."""
    with ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(QuietHandler, directory=str(folder))
    ) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()
        thread.join()


def local(url: str, server: str) -> str:
    """`url` with the published origin swapped for the local server's."""
    assert url.startswith(ORIGIN + "/"), url
    return server + url[len(ORIGIN) :]


def fetch(url: str) -> tuple[int, str, str]:
    """Status, final URL (after redirects) and body of a GET."""
    status, final, _, body = get(url)
    return status, final, body.decode("utf-8") if status == 200 else ""


def get(url: str) -> tuple[int, str, str, bytes]:
    """Status, final URL, content type and body of a GET."""
    try:
        with urlopen(url, timeout=10) as response:
            return (
                response.status,
                response.url,
                response.headers.get_content_type(),
                response.read(),
            )
    except HTTPError as error:
        error.close()
        return error.code, url, "", b""


class Page(HTMLParser):
    """What the tests look at in a page: tags and their attributes, h1s, the inline JSON."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: dict[str, str] = {}
        self._script_id = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag == "script":
            self._script_id = attributes.get("id", "")

    def handle_data(self, data):
        if self._script_id is not None:
            self.scripts[self._script_id] = self.scripts.get(self._script_id, "") + data

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_id = None

    def all(self, tag: str) -> list[dict[str, str]]:
        return [attributes for name, attributes in self.tags if name == tag]

    def links(self) -> list[str]:
        """Every address the page makes a browser load or follow."""
        found = []
        for _tag, attributes in self.tags:
            for name in ("href", "src"):
                if name in attributes:
                    found.append(attributes[name])
            if "srcset" in attributes:
                found += [item.split()[0] for item in attributes["srcset"].split(",")]
        return found


class SiteVisitor:
    """Follows a link (from a QR code, say) to the site served at `origin` and tells which
    products the page it opens names, as a phone would show them."""

    def __init__(self, origin: str):
        self.origin = origin
        self._indexes: dict[str, dict[str, dict]] = {}

    def products_named(self, url: str) -> dict[str, str]:
        """`{product id: name}` of the products the page at `url` (a published address) names:
        an artisan page's product links whose names it shows, or the products an enquiry
        page's script finds in its own URL."""
        status, final, text = fetch(local(url, self.origin))
        assert status == 200, url
        page = Page(text)
        if "enquiry-config" in page.scripts:
            config = json.loads(page.scripts["enquiry-config"])
            query = dict(re.findall(r"([^?&=]+)=([^&]*)", urlsplit(final).query))
            index = self._index(urljoin(final, config["index"]))
            chosen = [unquote(item) for item in query.get(config["param"], "").split(",")]
            return {row["id"]: row["name"] for row in index.values() if row["code"] in chosen}
        names = {}
        for href in page.links():
            match = re.search(r"/products/([^/]+)/$", href)
            if match:
                status, _, product_page = fetch(urljoin(final, href))
                assert status == 200, href
                h1 = re.search(r"<h1[^>]*>(.*?)</h1>", product_page, re.S)
                if h1 and html.unescape(h1.group(1)) in html.unescape(text):
                    names[match.group(1)] = html.unescape(h1.group(1))
        return names

    def _index(self, address: str) -> dict[str, dict]:
        if address not in self._indexes:
            status, _, data = fetch(address)
            assert status == 200, address
            self._indexes[address] = {row["id"]: row for row in json.loads(data)["products"]}
        return self._indexes[address]
