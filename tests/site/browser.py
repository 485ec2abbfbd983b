"""Opens a page in headless Chromium (Debian's `chromium`, installed by ./setup.sh test) and
returns the document as the page's scripts left it."""

import shutil
import subprocess
import tempfile
from html.parser import HTMLParser

# Flags for a machine with no network beyond loopback (see the machine notes): without the
# background-networking ones Chromium keeps trying to reach Google's hosts.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--virtual-time-budget=10000",
)


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, (
        "headless Chromium is needed: install the Debian package chromium (./setup.sh test does)"
    )
    return path


def rendered_dom(url: str) -> str:
    """The page at `url` after its scripts ran (and its fetches finished)."""
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        result = subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return result.stdout


class EnquiryView(HTMLParser):
    """What a visitor sees on the enquiry page: the products listed, the note, the form link."""

    def __init__(self, dom: str):
        super().__init__(convert_charrefs=True)
        self.names: list[str] = []
        self.note = ""
        self.note_hidden = True
        self.none_hidden = True
        self.form: str | None = None
        self.form_hidden = True
        self._into: str | None = None
        self._in_list = False
        self.feed(dom)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        ident, classes = attributes.get("id"), (attributes.get("class") or "").split()
        hidden = "hidden" in attributes
        if ident == "enquiry-products":
            self._in_list = True
        elif ident == "enquiry-note":
            self.note_hidden, self._into = hidden, "note"
        elif ident == "enquiry-none":
            self.none_hidden = hidden
        elif ident == "enquiry-form":
            self.form = attributes.get("href")
        elif tag == "p" and "actions" in classes:
            self.form_hidden = hidden
        elif self._in_list and tag == "span" and "name" in classes:
            self._into = "name"
            self.names.append("")

    def handle_endtag(self, tag):
        if tag == "ul":
            self._in_list = False
        if tag in ("span", "p"):
            self._into = None

    def handle_data(self, data):
        if self._into == "name":
            self.names[-1] += data
        elif self._into == "note":
            self.note += data
