"""An artisan's own page: their products, and the link their "Meet the artisan" code carries."""

import dataclasses

import pytest

from kiosk.catalog.store import CatalogError
from kiosk.languages import LANGUAGES


def test_an_artisans_products_are_theirs_in_catalogue_order(catalog):
    for artisan_id in catalog.artisans:
        mine = catalog.products_of_artisan(artisan_id)
        assert mine == [p for p in catalog.products.values() if p.artisan == artisan_id]
    assert sum(len(catalog.products_of_artisan(a)) for a in catalog.artisans) == len(
        catalog.products
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_artisan_link_is_the_one_their_products_show(catalog, language):
    for artisan_id in catalog.artisans:
        products = catalog.products_of_artisan(artisan_id)
        if products:
            link = catalog.artisan_link(artisan_id, language)
            assert link == catalog.product_links(products[0].id, language)["artisan"]
            assert f"/{language}/" in link and artisan_id in link


def test_a_template_naming_the_product_gets_their_first(catalog):
    template = "https://example.org/{lang}/makers/{artisan_id}?from={product_id}"
    changed = dataclasses.replace(
        catalog, url_templates={**catalog.url_templates, "artisan": template}
    )
    artisan_id, first = next(
        (a, ps[0]) for a in catalog.artisans if (ps := catalog.products_of_artisan(a))
    )
    assert changed.artisan_link(artisan_id, "en") == (
        f"https://example.org/en/makers/{artisan_id}?from={first.id}"
    )


def test_an_unknown_artisan_has_no_link(catalog):
    with pytest.raises(CatalogError, match="no-such-maker"):
        catalog.artisan_link("no-such-maker", "en")
