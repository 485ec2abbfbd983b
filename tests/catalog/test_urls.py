"""The one URL builder: templates, percent-encoding and the https rule."""

import pytest

from kiosk.catalog.urls import UrlTemplateError, build_url

VALUES = {"artisan_id": "a", "product_id": "p", "product_ids": ["p"], "kiosk_id": "k", "lang": "en"}


def test_values_are_percent_encoded():
    url = build_url(
        "https://x.example/{artisan_id}?k={kiosk_id}",
        {**VALUES, "artisan_id": "a/b?c=d&e f", "kiosk_id": "हॉल 1"},
    )
    assert url == ("https://x.example/a%2Fb%3Fc%3Dd%26e%20f?k=%E0%A4%B9%E0%A5%89%E0%A4%B2%201")


def test_a_list_becomes_comma_separated_items():
    url = build_url("https://x.example/e?p={product_ids}", {**VALUES, "product_ids": ["a,b", "c"]})
    assert url == "https://x.example/e?p=a%2Cb,c"


@pytest.mark.parametrize(
    "template, message",
    [
        ("http://x.example/{lang}", "https"),
        ("javascript:alert(1)//{lang}", "https"),
        ("https:///{lang}", "https"),
        ("https://x.example/{nope}", "unknown placeholder"),
        ("https://x.example/{lang", "braces"),
        ("https://x.example/a b/{lang}", "space"),
        ("https://x.example/" + "a" * 190 + "/{lang}", "bytes"),
    ],
)
def test_bad_templates_are_refused(template, message):
    with pytest.raises(UrlTemplateError, match=message):
        build_url(template, VALUES)
