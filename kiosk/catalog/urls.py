"""The one URL builder: QR links, the published website's paths and its enquiry form link
all come from staff templates.

A QR template is an absolute https URL with placeholders such as
`https://example.org/{lang}/artisans/{artisan_id}?src={kiosk_id}`. Every value is
percent-encoded before it is put in, so catalogue text can never change a link's shape.
`{product_ids}` carries products' short codes (kiosk.catalog.product_codes), comma-separated:
one product's, or a whole shortlist's.

The optional `form` template is the enquiry form the published website links to, e.g.
`mailto:odop-expo@example.org?subject={subject}&body={body}`: no QR code carries it, so it
may be a mailto: link and has no length limit, and the website's enquiry page fills in the
products a visitor chose (see `template_parts`), encoding them as `build_url` does.
"""

from collections.abc import Mapping, Sequence
from string import Formatter
from urllib.parse import quote, urlsplit

PLACEHOLDERS = frozenset({"artisan_id", "product_id", "product_ids", "kiosk_id", "lang"})
MAX_URL_LENGTH = 200  # keeps a code at QR version 10 or below with error correction M
FORM_PLACEHOLDERS = frozenset({"subject", "body", "product_ids", "kiosk_id", "lang"})
FORM_SCHEMES = ("https", "mailto")
FORM_SAMPLE_VALUES = {
    "subject": "Buyer enquiry",
    "body": "Products:\n- sample-product",
    "product_ids": ["12", "345"],
    "kiosk_id": "kiosk-01",
    "lang": "en",
}


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
            f"URL is {size} bytes long; at most {MAX_URL_LENGTH} fit a scannable QR code"
        )


def encode(value: str | Sequence[str]) -> str:
    """A placeholder's value as it goes into a link: percent-encoded, a list's items
    comma-separated (the website's enquiry page does the same in JavaScript)."""
    items = [value] if isinstance(value, str) else list(value)
    return ",".join(quote(item, safe="") for item in items)


def _fill(template: str, values: Mapping[str, str | Sequence[str]], allowed: frozenset[str]) -> str:
    names = placeholders(template)
    unknown = names - allowed
    if unknown:
        raise UrlTemplateError(f"unknown placeholder {{{sorted(unknown)[0]}}} in template")
    missing = names - values.keys()
    if missing:
        raise UrlTemplateError(f"no value for placeholder {{{sorted(missing)[0]}}}")
    return template.format(**{name: encode(values[name]) for name in names})


def build_url(template: str, values: Mapping[str, str | Sequence[str]]) -> str:
    """Fill `template` with percent-encoded `values`; a list becomes comma-separated items."""
    url = _fill(template, values, PLACEHOLDERS)
    check_url(url)
    return url


def check_form_url(url: str) -> None:
    if any(ch.isspace() for ch in url):
        raise UrlTemplateError(f"URL contains a space: {url!r}")
    parts = urlsplit(url)
    if parts.scheme not in FORM_SCHEMES or not (
        parts.netloc if parts.scheme == "https" else "@" in parts.path
    ):
        raise UrlTemplateError(
            "the enquiry form must be an absolute https:// address or a "
            f"mailto: link with an e-mail address: {url!r}"
        )


def build_form_url(template: str, values: Mapping[str, str | Sequence[str]]) -> str:
    """The enquiry form link of `template` (the `form` template) filled with `values`."""
    url = _fill(template, values, FORM_PLACEHOLDERS)
    check_form_url(url)
    return url


def check_form_template(template: str) -> None:
    """Raise UrlTemplateError unless `template` makes good enquiry form links."""
    template_parts(template, {})
    build_form_url(template, FORM_SAMPLE_VALUES)


def template_parts(template: str, values: Mapping[str, str | Sequence[str]]) -> list[str]:
    """The `form` template for a page script to fill: `[text, name, text, name, ..., text]`,
    the texts with `values` already put in (encoded), the names those left to the script."""
    parts = [""]
    try:
        fields = list(Formatter().parse(template))
    except ValueError as error:
        raise UrlTemplateError(f"unbalanced braces in template: {error}") from None
    for text, name, spec, conversion in fields:
        parts[-1] += text
        if name is None:
            continue
        if spec or conversion:
            raise UrlTemplateError(f"write the placeholder {{{name}}} without ':' or '!'")
        if name not in FORM_PLACEHOLDERS:
            raise UrlTemplateError(f"unknown placeholder {{{name}}} in template")
        if name in values:
            parts[-1] += encode(values[name])
        else:
            parts += [name, ""]
    return parts
