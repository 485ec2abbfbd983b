"""The "Save contact" card: a vCard 3.0 (RFC 2426) that a phone saves with no internet.

Catalogue-derived text (no QR drawing here: kiosk/qr draws it). It must fit a QR code of
version 10 at level M (213 bytes of ASCII; a card that is not ASCII carries the 12-bit ECI
designator for UTF-8 too, and a Devanagari or Japanese character takes 3 bytes), so it is
written compactly and deterministically:

    BEGIN:VCARD
    VERSION:3.0
    N:;;;;                 a group: no personal name (a person: N:<name>;;;;)
    FN:<name>              the name in the visitor's language
    ORG:<name>             a group only: FN equal to ORG marks an organisation's card
    TEL:<phone>
    EMAIL:<e-mail>
    URL:<their website, else their page on the pavilion's site>
    END:VCARD

Lines end in CRLF. Text is UTF-8 with no CHARSET parameter (vCard 3.0 text is UTF-8) and
no TYPE parameters; lines are not folded (folding is a SHOULD that costs 3 bytes a fold,
and folding by octets would split a UTF-8 character); `\\ ; ,` and line breaks are escaped.

A card holds the name and at least one way to reach them: the phone, else the e-mail,
else their own website. The other fields follow in this order, each if it still fits:
phone, e-mail, the name's second copy (ORG of a group, N of a person), URL; one that does
not fit is left out and the next is tried. As a name grows, the URL is left out first,
then the second copy of the name, then the e-mail. When even the name and one way to reach
them do not fit, there is no card (and the import refuses such a maker: validate.py).
"""

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kiosk.catalog.qr_capacity import qr_fits
from kiosk.catalog.urls import UrlTemplateError
from kiosk.languages import localized

if TYPE_CHECKING:
    from kiosk.catalog.store import Artisan, Catalog

# Kinds of maker that are one person; every other kind (cluster, cooperative, producer
# group) is an organisation.
PERSON_KINDS = frozenset({"artisan"})

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(text: str) -> str:
    """`text` as a vCard text value: backslash, semicolon, comma and line breaks escaped."""
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def card_uri(url: str) -> str:
    """`url` as the card carries it: `, ; \\` percent-encoded, since many readers split or
    unescape a URL value as if it were text (the same address to any web server)."""
    return url.replace("\\", "%5C").replace(",", "%2C").replace(";", "%3B")


def _card(lines: list[str]) -> str:
    return "".join(f"{line}\r\n" for line in ["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"])


@lru_cache(maxsize=1024)
def contact_card(
    name: str, kind: str, phone: str = "", email: str = "", website: str = "", page: str = ""
) -> str:
    """The vCard of a maker called `name` (in the visitor's language) of `kind`, with the
    contact details it has; `page` is their page on the pavilion's site, the URL when they
    have no website of their own. "" when there is no way to reach them or no card fits."""
    name = " ".join(name.split())
    phone, email, website, page = (v.strip() for v in (phone, email, website, page))
    if not name:
        return ""
    person = kind in PERSON_KINDS
    fields = {"TEL": phone, "EMAIL": email, "URL": website or page}
    essential = next(
        (key for key, value in (("TEL", phone), ("EMAIL", email), ("URL", website)) if value), None
    )
    if essential is None:
        return ""
    chosen = {essential}

    def build(keys: set[str]) -> str:
        lines = [f"N:{escape(name) if person and 'copy' in keys else ''};;;;", f"FN:{escape(name)}"]
        if "copy" in keys and not person:
            lines.append(f"ORG:{escape(name)}")
        for key in ("TEL", "EMAIL"):
            if key in keys:
                lines.append(f"{key}:{escape(fields[key])}")
        if "URL" in keys:
            lines.append(f"URL:{card_uri(fields['URL'])}")
        return _card(lines)

    if not qr_fits(build(chosen)):
        return ""
    for key in ("TEL", "EMAIL", "copy", "URL"):
        if key not in chosen and (key == "copy" or fields[key]) and qr_fits(build(chosen | {key})):
            chosen.add(key)
    return build(chosen)


def artisan_card(artisan: "Artisan", language: str, page: str = "") -> str:
    """The card of `artisan` in `language` (English where their name is not translated),
    "" unless they agreed to give out their contact; `page` as for `contact_card`."""
    if not artisan.contact_consent:
        return ""
    return contact_card(
        localized(artisan.name, language),
        artisan.kind,
        artisan.phone,
        artisan.email,
        artisan.website,
        page,
    )


def product_card(catalog: "Catalog", product_id: str, language: str) -> str:
    """The card a product's page shows: its maker's, whose URL is their own website, else
    their page on the pavilion's site (the first code opens it too, but a saved contact
    keeps it after the visit); "" when there is none."""
    product = catalog.product(product_id)
    artisan = catalog.artisans.get(product.artisan)
    if artisan is None:
        return ""
    try:
        page = catalog.product_links(product_id, language)["artisan"]
    except UrlTemplateError:
        page = ""
    return artisan_card(artisan, language, page)
