"""The "Save contact" vCards parse back, with an independent parser (vobject), to the maker's
name and contact details; they are escaped right, fit a QR code of version 10, and leave
fields out only when the card would not fit otherwise, in the documented order."""

import pytest
import vobject
import zxingcpp

from kiosk.catalog.contact_card import artisan_card, card_uri, contact_card, escape
from kiosk.catalog.qr_capacity import MAX_VERSION, qr_fits
from kiosk.languages import LANGUAGES, localized
from kiosk.qr.codes import QUIET_ZONE, qr_image, qr_matrix

PHONE, EMAIL = "+91 98765 43210", "weavers@example.org"
WEBSITE = "https://example.org/varanasi-weavers"


def parse(card: str):
    """The card read back by vobject; it must be a valid vCard 3.0 of exactly one card."""
    parsed = vobject.readOne(card, validate=True)
    assert parsed.version.value == "3.0"
    return parsed


def values(parsed, name: str) -> list:
    return [line.value for line in parsed.contents.get(name, [])]


def version(card: str) -> int:
    return (len(qr_matrix(card)) - 2 * QUIET_ZONE - 17) // 4


def with_line(card: str, line: str) -> str:
    """`card` with `line` added before END (where the builder would have put it)."""
    return card.replace("END:VCARD\r\n", f"{line}\r\nEND:VCARD\r\n")


@pytest.fixture(scope="module")
def consenting(catalog):
    """Each bundled maker who agreed to give out their contact, with one of their products."""
    first_product = {}
    for product in catalog.products.values():
        first_product.setdefault(product.artisan, product.id)
    makers = [
        (artisan, first_product[artisan.id])
        for artisan in catalog.artisans.values()
        if artisan.contact_consent and artisan.id in first_product
    ]
    assert len(makers) > 20
    return makers


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_consenting_makers_card_parses_back_to_their_details(catalog, consenting, language):
    for artisan, product_id in consenting:
        page = catalog.product_links(product_id, language)["artisan"]
        card = artisan_card(artisan, language, page)
        assert card, artisan.id
        name = localized(artisan.name, language)
        parsed = parse(card)
        assert parsed.fn.value == name
        assert values(parsed, "tel") == ([artisan.phone] if artisan.phone else [])
        # The bundled makers have no phone: the e-mail is the one detail a card must keep.
        assert values(parsed, "email") == [artisan.email]
        assert values(parsed, "url") in ([], [card_uri(artisan.website or page)])
        n = parsed.n.value
        assert (n.family, n.given, n.additional, n.prefix, n.suffix) == ("",) * 5, (
            "a group has no personal name"
        )
        assert values(parsed, "org") in ([], [[name]])
        # Fields are left out only when the card would not fit a code with them.
        if not values(parsed, "org"):
            assert not qr_fits(with_line(card, f"ORG:{escape(name)}")), artisan.id
        if not values(parsed, "url"):
            assert not qr_fits(with_line(card, f"URL:{card_uri(artisan.website or page)}"))
        assert version(card) <= MAX_VERSION
        # zxing-cpp reads the Devanagari and Japanese back from the code's UTF-8 bytes.
        assert [
            r.text
            for r in zxingcpp.read_barcodes(
                qr_image(card, 6), formats=zxingcpp.BarcodeFormat.QRCode
            )
        ] == [card]


def test_the_card_is_compact_utf8_with_crlf_lines(catalog, consenting):
    artisan, product_id = consenting[0]
    card = artisan_card(artisan, "ja", catalog.product_links(product_id, "ja")["artisan"])
    lines = card.split("\r\n")
    assert lines[:3] == ["BEGIN:VCARD", "VERSION:3.0", "N:;;;;"]
    assert lines[3] == f"FN:{artisan.name['ja']}"
    assert lines[-2:] == ["END:VCARD", ""]
    assert "\n" not in card.replace("\r\n", "")
    assert "CHARSET" not in card and "TYPE=" not in card
    assert all(not line.startswith(" ") for line in lines), "no folded lines"


def test_special_characters_are_escaped_and_parse_back():
    name = 'Kumar, Sons; "A\\B"'
    email = "kumar,sons@example.org"
    website = "https://example.org/makers;kumar,sons?a=1,2"
    card = contact_card(name, "cooperative", PHONE, email, website)
    assert f"FN:{escape(name)}\r\n" in card
    assert escape(name) == 'Kumar\\, Sons\\; "A\\\\B"'
    parsed = parse(card)
    assert parsed.fn.value == name
    assert values(parsed, "org") == [[name]]
    assert values(parsed, "email") == [email]
    assert values(parsed, "tel") == [PHONE]
    assert values(parsed, "url") == ["https://example.org/makers%3Bkumar%2Csons?a=1%2C2"]
    assert escape("two\r\nlines\nand\rthree") == "two\\nlines\\nand\\nthree"


def test_a_person_is_named_in_n_and_has_no_organisation():
    card = contact_card("राम कुमार", "artisan", PHONE, EMAIL, WEBSITE)
    parsed = parse(card)
    assert parsed.fn.value == "राम कुमार"
    assert parsed.n.value.family == "राम कुमार"
    assert values(parsed, "org") == []


def test_a_name_on_several_lines_becomes_one_line():
    parsed = parse(contact_card("  Tharu\nCraft \t Group ", "cluster", email=EMAIL))
    assert parsed.fn.value == "Tharu Craft Group"


def test_no_card_without_consent_or_a_way_to_reach_them(catalog):
    declined = [a for a in catalog.artisans.values() if not a.contact_consent]
    assert declined and any(a.email for a in declined)
    for artisan in declined:
        for language in LANGUAGES:
            assert artisan_card(artisan, language, "https://odop-expo.example.org/x") == ""
    # Consent, but nothing to call or write to: their page alone is no contact.
    assert (
        contact_card(
            "Aligarh Lock Makers",
            "cluster",
            page="https://odop-expo.example.org/en/artisans/aligarh",
        )
        == ""
    )
    assert contact_card("   ", "cluster", PHONE, EMAIL) == ""


def test_fields_are_left_out_in_the_documented_order():
    """As the name grows: URL goes first, then the name's second copy (ORG), then the
    e-mail; the phone stays to the last; then there is no card at all."""
    page = "https://odop-expo.example.org/en/artisans/varanasi-silk-weavers-cluster?src=osaka-01"
    seen = []
    for length in range(1, 200):
        card = contact_card("ज" * length, "cluster", PHONE, EMAIL, "", page)
        if not card:
            fields = ()
        else:
            parsed = parse(card)
            fields = tuple(name for name in ("org", "tel", "email", "url") if values(parsed, name))
            assert version(card) <= MAX_VERSION
        if not seen or seen[-1] != fields:
            seen.append(fields)
    assert seen == [
        ("org", "tel", "email", "url"),
        ("org", "tel", "email"),
        ("tel", "email"),
        ("tel",),
        (),
    ]


def test_the_one_way_to_reach_them_is_kept_before_any_other_field():
    """With only a website, the website is the card's one way to reach them: the second
    copy of the name gives way to it, however long the name."""
    long_name = "क" * 35  # 105 bytes: the name and its copy would leave no room for the URL
    card = contact_card(long_name, "cluster", website=WEBSITE)
    parsed = parse(card)
    assert values(parsed, "url") == [WEBSITE]
    assert values(parsed, "org") == []


def test_a_name_too_long_for_any_card_gives_no_card_and_no_error():
    assert contact_card("ज" * 60, "cluster", PHONE, EMAIL, WEBSITE) == ""
    assert contact_card("Varanasi", "cluster", website="https://example.org/" + "a" * 180) == ""
