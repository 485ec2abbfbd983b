"""The enquiry page in a real browser: opened with a shortlist link, it lists the products
and builds the enquiry form link exactly as the Python URL builder would."""

import dataclasses

import pytest

from kiosk.catalog.urls import build_form_url
from kiosk.languages import LANGUAGES, localized
from kiosk.site.publish import publish_site
from kiosk.site.strings import words
from tests.site.browser import EnquiryView, rendered_dom
from tests.site.site_kit import ORIGIN, local, serve

# Characters that JavaScript's encodeURIComponent and Python's quote treat differently,
# markup, and scripts other than Latin.
TRICKY = "Kanch (glass) & 'Zari'! *new*, <b>一品</b>/100% हाथ"


@pytest.fixture(scope="module")
def tricky_site(tmp_path_factory, catalog):
    """The catalogue, with one product renamed in every language, published and served."""
    first = next(iter(catalog.products.values()))
    renamed = dataclasses.replace(first, name=dict.fromkeys(LANGUAGES, TRICKY))
    changed = dataclasses.replace(catalog, products={**catalog.products, first.id: renamed})
    site = publish_site(changed, tmp_path_factory.mktemp("tricky") / "site", ORIGIN)
    with serve(site.out) as origin:
        yield changed, origin


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_shortlist_link_shows_its_products_and_fills_the_form(tricky_site, lang):
    catalog, origin = tricky_site
    chosen = list(catalog.products)[:1] + list(catalog.products)[-19:]
    view = EnquiryView(rendered_dom(local(catalog.enquiry_link(chosen, lang), origin)))
    names = [localized(catalog.products[pid].name, lang) for pid in chosen]
    assert names[0] == TRICKY and view.names == names
    assert view.note_hidden and view.none_hidden and not view.form_hidden
    w = words(lang)
    numbers = [w["product_no"].replace("%1", catalog.products[pid].code) for pid in chosen]
    body = "\n".join(
        [
            w["mail_intro"],
            *(f"- {name} ({number})" for name, number in zip(names, numbers)),
            "",
            w["mail_outro"],
        ]
    )
    assert view.form == build_form_url(
        catalog.url_templates["form"],
        {
            "subject": w["mail_subject"],
            "body": body,
            "product_ids": [catalog.products[pid].code for pid in chosen],
            "lang": lang,
            "kiosk_id": str(catalog.settings["kiosk_id"]),
        },
    )


def test_unknown_codes_are_named_and_known_ones_still_shown(tricky_site):
    catalog, origin = tricky_site
    product = list(catalog.products.values())[5]
    url = local(catalog.enquiry_link([product.id], "ja"), origin)
    view = EnquiryView(rendered_dom(url.replace(f"={product.code}&", f"={product.code},99999&")))
    assert view.names == [localized(product.name, "ja")]
    assert not view.note_hidden and "99999" in view.note


def test_without_products_the_page_says_so_and_still_offers_the_form(tricky_site):
    _, origin = tricky_site
    view = EnquiryView(rendered_dom(f"{origin}/hi/enquiry/"))
    assert view.names == [] and not view.none_hidden
    assert not view.form_hidden and view.form.startswith("mailto:")
