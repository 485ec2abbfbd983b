"""The one URL builder: QR links (and, later, the published site) come from staff templates.

A template is an absolute https URL with placeholders such as
`https://example.org/{lang}/artisans/{artisan_id}?src={kiosk_id}`. Every value is
percent-encoded before it is put in, so catalogue text can never change a link's shape.
"""

from collections.abc import Mapping, Sequence
from string import Formatter
from urllib.parse import quote, urlsplit

PLACEHOLDERS = frozenset({"artisan_id", "product_id", "product_ids", "kiosk_id", "lang"})
MAX_URL_LENGTH = 200  # keeps a code at QR version 10 or below with error correction M


class UrlTemplateError(ValueError):
    """A template or a built URL that a QR code must not carry."""


def placeholders(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError as error:
        raise UrlTemplateError(f"unbalanced braces in template: {error}") from None


def check_url(url: str) -> None:
    if any(ch.isspace() for ch in url):
        raise UrlTemplateError(f"URL contains a space: {url!r}")
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc:
        raise UrlTemplateError(f"URL must be an absolute https:// address: {url!r}")
    size = len(url.encode("utf-8"))
    if size > MAX_URL_LENGTH:
        raise UrlTemplateError(
            f"URL is {size} bytes long; at most {MAX_URL_LENGTH} fit a scannable QR code")


def build_url(template: str, values: Mapping[str, str | Sequence[str]]) -> str:
    """Fill `template` with percent-encoded `values`; a list becomes comma-separated items."""
    names = placeholders(template)
    unknown = names - PLACEHOLDERS
    if unknown:
        raise UrlTemplateError(f"unknown placeholder {{{sorted(unknown)[0]}}} in template")
    missing = names - values.keys()
    if missing:
        raise UrlTemplateError(f"no value for placeholder {{{sorted(missing)[0]}}}")
    encoded = {}
    for name in names:
        value = values[name]
        items = [value] if isinstance(value, str) else list(value)
        encoded[name] = ",".join(quote(item, safe="") for item in items)
    url = template.format(**encoded)
    check_url(url)
    return url
