"""`kiosk-admin publish-site`: the catalogue as a static website, served by a plain static
server (`http.server`), where every QR link of every product opens a page naming it."""

import dataclasses
import html
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from sqlite_utils import Database

from kiosk.admin.cli import main as kiosk_admin
from kiosk.catalog.store import load_catalog, media_dir_of
from kiosk.languages import LANGUAGES, localized
from kiosk.paths import BUNDLED_CATALOG
from kiosk.site.media import Media
from kiosk.site.pages import SitePages, page_count
from kiosk.site.publish import MARKER, publish_site
from kiosk.site.routes import Routes, SiteError
from kiosk.site.strings import words
from tests.site.site_kit import ORIGIN, Page, SiteVisitor, fetch, get, local

MAX_PAGE = 100 * 1024


def html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


# --- the QR links open published pages ------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_artisan_link_opens_a_page_listing_the_product(catalog, site_server, lang):
    for product in catalog.products.values():
        url = local(catalog.product_links(product.id, lang)["artisan"], site_server)
        status, _, text = fetch(url)
        assert status == 200, url
        page = Page(text)
        assert page.all("html")[0]["lang"] == lang
        assert any(f"/{lang}/products/{product.id}/" in href for href in page.links()), url
        assert html.escape(localized(product.name, lang)) in text, url


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_enquiry_link_opens_the_enquiry_page_that_finds_the_product(
    catalog, site_server, lang
):
    visitor = SiteVisitor(site_server)
    for product in catalog.products.values():
        url = catalog.product_links(product.id, lang)["enquiry"]
        assert visitor.products_named(url) == {product.id: localized(product.name, lang)}, url
    _, _, data = fetch(f"{site_server}/{lang}/products.json")
    for row in json.loads(data)["products"]:
        product = catalog.products[row["id"]]
        assert row["code"] == product.code
        assert row["url"].endswith(f"/{lang}/products/{product.id}/")
        assert row["thumb"] and row["alt"]


def test_a_shortlist_link_opens_the_enquiry_page_with_all_its_products(catalog, site_server):
    chosen = list(catalog.products)[-20:]
    for lang in LANGUAGES:
        url = catalog.enquiry_link(chosen, lang)
        assert SiteVisitor(site_server).products_named(url) == {
            pid: localized(catalog.products[pid].name, lang) for pid in chosen
        }


# --- every page: light, accessible, linked ---------------------------------------------------


def test_every_page_is_light_and_accessible(published):
    pages = html_files(published.out)
    assert len(pages) == len(published.pages) > 3 * 128
    for path in pages:
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(published.out).as_posix()
        assert len(text.encode("utf-8")) < MAX_PAGE, name
        page = Page(text)
        lang = page.all("html")[0].get("lang")
        folder = name.split("/")[0]
        assert lang == (folder if folder in LANGUAGES else "en"), name
        assert len(page.all("h1")) == 1, name
        assert len(page.all("main")) == 1, name
        for img in page.all("img"):
            assert img.get("alt", "").strip(), (name, img)
            assert img["loading"] == "lazy" and img["width"] and img["height"], (name, img)
            assert img.get("srcset") and img.get("sizes"), (name, img)
        alternates = {
            link["hreflang"] for link in page.all("link") if link.get("rel") == "alternate"
        }
        if folder in LANGUAGES:
            assert {"header", "nav", "footer"} <= {tag for tag, _ in page.tags}, name
            assert alternates == {*LANGUAGES, "x-default"}, name


def test_internal_links_are_not_broken(published, site_server):
    """Crawl from the root and each language's home page: every link, image, stylesheet and
    alternate-language address of the site answers 200, and every page is reached."""
    to_visit = [f"{site_server}/"] + [f"{site_server}/{lang}/index.html" for lang in LANGUAGES]
    checked: dict[str, tuple[int, str]] = {}  # address -> status, content type
    visited: set[str] = set()
    pages_reached: set[str] = set()
    while to_visit:
        url = to_visit.pop()
        if url in visited:
            continue
        visited.add(url)
        status, final, text = fetch(url)
        assert status == 200, url
        pages_reached.add(urlsplit(final).path)
        for address in Page(text).links():
            if address.startswith(ORIGIN + "/"):
                address = local(address, site_server)  # hreflang alternates, canonical
            target = urldefrag(urljoin(final, address))[0]
            if not target.startswith(site_server + "/"):
                assert urlsplit(target).scheme in ("mailto", "tel", "https"), (url, address)
                continue
            if target not in checked:
                status, _, kind, _ = get(target)
                checked[target] = status, kind
                assert status == 200, (url, address)
            if checked[target][1] == "text/html":
                to_visit.append(target)
    expected = {"/" + p.removesuffix("index.html") for p in published.pages if p != "404.html"}
    reached = {p if p.endswith("/") else p.removesuffix("index.html") for p in pages_reached}
    assert expected <= reached, sorted(expected - reached)[:5]
    for lang in LANGUAGES:  # what the enquiry page's script loads
        index = json.loads(fetch(f"{site_server}/{lang}/products.json")[2])
        for row in index["products"]:
            for address in (row["url"], row["thumb"]):
                assert get(urljoin(site_server, address))[0] == 200, address


def test_root_page_offers_the_three_languages(published):
    text = (published.out / "index.html").read_text(encoding="utf-8")
    page = Page(text)
    choices = {a["data-lang"]: a["href"] for a in page.all("a") if "data-lang" in a}
    assert choices == {lang: f"/{lang}/" for lang in LANGUAGES}
    assert "navigator.languages" in text
    home = (published.out / "ja" / "index.html").read_text(encoding="utf-8")
    assert words("ja")["banner"] in home and 'href="/ja/crafts/' in home
    assert 'href="/ja/districts/' in home


# --- catalogue text is escaped ---------------------------------------------------------------


def test_catalogue_text_is_escaped(tmp_catalog, tmp_path):
    catalog = load_catalog(tmp_catalog)
    product = next(iter(catalog.products.values()))
    evil = '<script>alert("odop")</script> & <b>Co</b>'
    db = Database(tmp_catalog)
    db["products"].update(product.id, {"name_en": evil, "name_ja": evil, "description_en": evil})
    db["artisans"].update(product.artisan, {"bio_en": evil})
    db.close()
    site = publish_site(load_catalog(tmp_catalog), tmp_path / "site", ORIGIN)
    escaped = html.escape(evil)
    places = [
        f"en/products/{product.id}/index.html",
        f"ja/products/{product.id}/index.html",
        f"en/artisans/{product.artisan}/index.html",
        f"en/crafts/{product.craft}/index.html",
        f"en/districts/{product.district}/index.html",
    ]
    for place in places:
        text = (site.out / place).read_text(encoding="utf-8")
        assert escaped in text, place
        assert "<script>alert" not in text and "<b>Co" not in text, place
        assert len(Page(text).all("script")) == 0, place
    index = json.loads((site.out / "en" / "products.json").read_text(encoding="utf-8"))
    assert {row["id"]: row["name"] for row in index["products"]}[product.id] == evil


# --- the enquiry form ----------------------------------------------------------------------


def _enquiry_page(site_dir: Path, lang: str = "en") -> str:
    return (site_dir / lang / "enquiry" / "index.html").read_text(encoding="utf-8")


def test_the_enquiry_page_links_the_configured_form(published):
    config = json.loads(Page(_enquiry_page(published.out, "ja")).scripts["enquiry-config"])
    assert config["form"] == [
        "mailto:odop-expo@example.org?subject=",
        "subject",
        "&body=",
        "body",
        "",
    ]
    assert 'id="enquiry-form"' in _enquiry_page(published.out, "ja")


def test_without_a_form_the_enquiry_page_gives_an_address(tmp_catalog, tmp_path):
    db = Database(tmp_catalog)
    db["url_templates"].delete("form")
    db.close()
    catalog = load_catalog(tmp_catalog)
    text = _enquiry_page(
        publish_site(catalog, tmp_path / "a", ORIGIN, contact_email="trade@example.org").out
    )
    assert json.loads(Page(text).scripts["enquiry-config"])["form"] is None
    assert 'id="enquiry-form"' not in text
    assert '<a href="mailto:trade@example.org">trade@example.org</a>' in text
    text = _enquiry_page(publish_site(catalog, tmp_path / "b", ORIGIN).out, "hi")
    assert words("hi")["enquiry_ask_staff"] in text


def test_an_https_form_template_with_the_product_ids(tmp_catalog, tmp_path, monkeypatch):
    machine = tmp_path / "kiosk.json"  # this machine's kiosk_id fills {kiosk_id}
    machine.write_text('{"kiosk_id": "osaka-01"}', encoding="utf-8")
    monkeypatch.setenv("ODOP_KIOSK_CONFIG", str(machine))
    form = "https://forms.example.org/odop?lang={lang}&items={product_ids}&k={kiosk_id}"
    db = Database(tmp_catalog)
    db["url_templates"].update("form", {"template": form})
    db.close()
    site = publish_site(load_catalog(tmp_catalog), tmp_path / "site", ORIGIN)
    config = json.loads(Page(_enquiry_page(site.out, "hi")).scripts["enquiry-config"])
    assert config["form"] == [
        "https://forms.example.org/odop?lang=hi&items=",
        "product_ids",
        "&k=osaka-01",
    ]


# --- paths follow the templates, wherever they point ----------------------------------------

ARTISAN = "https://odop-expo.example.org/{lang}/artisans/{artisan_id}?src={kiosk_id}"
ENQUIRY = "https://odop-expo.example.org/{lang}/enquiry?products={product_ids}&src={kiosk_id}"


@pytest.mark.parametrize(
    "artisan, enquiry, base, paths",
    [
        (ARTISAN, ENQUIRY, ORIGIN, ("en/artisans/a-1/", "en/enquiry/", "products", "/")),
        (
            "https://x.example/odop/{lang}/makers/{artisan_id}.html",
            "https://x.example/odop/{lang}/ask/?ids={product_ids}",
            "https://x.example/odop",
            ("en/makers/a-1.html", "en/ask/", "ids", "/odop/"),
        ),
        (
            ARTISAN,
            "https://odop-expo.example.org/{lang}/enquiry?p={product_id}&k={kiosk_id}",
            "https://staging.example.net/preview/",
            ("en/artisans/a-1/", "en/enquiry/", "p", "/preview/"),
        ),
    ],
)
def test_site_paths_come_from_the_templates(artisan, enquiry, base, paths):
    routes = Routes.for_catalog({"artisan": artisan, "enquiry": enquiry}, "osaka-01", base)
    assert (
        routes.artisan("en", "a-1"),
        routes.enquiry("en"),
        routes.products_param,
        routes.href(""),
    ) == paths
    assert (
        routes.enquiry_href("ja", ["p-1", "p-2"])
        == f"{paths[3]}{routes.enquiry('ja')}?{paths[2]}=p-1,p-2"
    )


@pytest.mark.parametrize(
    "artisan, enquiry, words_",
    [
        ("https://x.example/{lang}/artisan?id={artisan_id}", ENQUIRY, "{artisan_id} in the path"),
        ("https://x.example/artisans/{artisan_id}?lang={lang}", ENQUIRY, "{lang} in the path"),
        (ARTISAN, "https://x.example/{lang}/enquiry/{product_ids}", "out of the path"),
        (ARTISAN, "https://x.example/{lang}/enquiry?src={kiosk_id}", "name the products"),
    ],
)
def test_templates_a_static_site_cannot_follow_are_refused(artisan, enquiry, words_):
    with pytest.raises(SiteError, match=re.escape(words_)):
        Routes.for_catalog({"artisan": artisan, "enquiry": enquiry}, "k", ORIGIN)


# --- the output folder and the staff command -------------------------------------------------


def test_publishing_again_replaces_the_old_site_but_never_foreign_files(catalog, tmp_path):
    out = tmp_path / "site"
    publish_site(catalog, out, ORIGIN)
    stale = out / "en" / "products" / "removed-product" / "index.html"
    stale.parent.mkdir()
    stale.write_text("old", encoding="utf-8")
    publish_site(catalog, out, ORIGIN)
    assert not stale.exists() and (out / MARKER).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging left behind
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SiteError, match="holds other files"):
        publish_site(catalog, foreign, ORIGIN)
    assert [p.name for p in foreign.iterdir()] == ["notes.txt"]


def test_kiosk_admin_publish_site(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    code = kiosk_admin(
        ["--db", str(BUNDLED_CATALOG), "publish-site", str(tmp_path / "web"), "--base-url", ORIGIN],
        out,
        err,
    )
    assert code == 0, err.getvalue()
    summary = out.getvalue()
    assert re.fullmatch(
        r"\S+web: \d+ pages in en/hi/ja, \d+ photo files, largest page \S+ "
        r"\(\d+\.\d KB\), in \d+\.\d s; serve it at https://odop-expo\.example\.org/\n",
        summary,
    ), summary
    assert (tmp_path / "web" / "ja" / "index.html").is_file()
    code = kiosk_admin(
        [
            "--db",
            str(BUNDLED_CATALOG),
            "publish-site",
            str(tmp_path / "web"),
            "--base-url",
            "ftp://odop-expo.example.org",
        ],
        out,
        err,
    )
    assert code == 1 and "--base-url" in err.getvalue()


# --- the optional form template in the catalogue -------------------------------------------


@pytest.mark.parametrize(
    "rows, problem",
    [
        ([ARTISAN, ENQUIRY, "mailto:trade@example.org?subject={subject}&body={body}"], None),
        ([ARTISAN, ENQUIRY, "https://forms.example.org/f?ids={product_ids}&l={lang}"], None),
        ([ARTISAN, ENQUIRY], None),
        ([ARTISAN, ENQUIRY, "javascript:alert('{subject}')"], ":4:template: the enquiry form"),
        (
            [ARTISAN, ENQUIRY, "mailto:trade@example.org?subject={title}"],
            ":4:template: unknown placeholder {title}",
        ),
        ([ARTISAN, "mailto:trade@example.org?body={body}"], ":3:template: unknown placeholder"),
        ([ARTISAN], "no 'enquiry' row"),
    ],
    ids=["mailto", "https", "no form", "javascript", "placeholder", "qr mailto", "no enquiry"],
)
def test_the_form_template_is_optional_and_checked_on_import(tmp_catalog, tmp_path, rows, problem):
    sheet = tmp_path / "url_templates.csv"
    names = ["artisan", "enquiry", "form"]
    sheet.write_text(
        "name,template\n" + "".join(f"{n},{t}\n" for n, t in zip(names, rows)), encoding="utf-8"
    )
    out, err = io.StringIO(), io.StringIO()
    code = kiosk_admin(["--db", str(tmp_catalog), "import", str(sheet), "--dry-run"], out, err)
    if problem is None:
        assert code == 0, out.getvalue() + err.getvalue()
    else:
        assert code == 1 and problem in out.getvalue(), out.getvalue()


def test_the_site_package_imports_no_qt():
    code = (
        "import sys, kiosk.site.publish, kiosk.site.pages; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_product_pages_give_the_number_buyers_quote(catalog, published):
    for product in catalog.products.values():
        for lang, words_ in (("en", "Product no. {}"), ("ja", "製品番号 {}")):
            text = (published.out / lang / "products" / product.id / "index.html").read_text(
                encoding="utf-8"
            )
            assert f'<p class="number">{words_.format(product.code)}</p>' in text, product.id


def test_later_odop_additions_are_marked_on_district_and_product_pages(catalog, published):
    def page(*parts: str) -> str:
        return (published.out.joinpath(*parts) / "index.html").read_text(encoding="utf-8")

    for product in catalog.products.values():
        text = page("hi", "products", product.id)
        marked = f'<p class="number">{product.odop_year} में ओडीओपी सूची में जोड़ा गया</p>' in text
        assert marked == bool(product.odop_added), product.id
    agra = page("ja", "districts", "agra")
    assert agra.index("agra-hand-lasted-leather-shoes") < agra.index("agra-petha")
    assert agra.count("2025年に追加") == 2  # petha and the sandals


# --- at pavilion scale -------------------------------------------------------------------------


def _pavilion_catalog(catalog, products: int = 10_000):
    """The bundled catalogue grown to `products` products, every one in the first craft."""
    craft = next(iter(catalog.crafts))
    source = list(catalog.products.values())
    grown = {}
    for index in range(products):
        product = source[index % len(source)]
        product_id = f"scale-{index:05d}"
        grown[product_id] = dataclasses.replace(
            product, id=product_id, code=str(index + 1), craft=craft
        )
    by_district: dict[str, list[str]] = {}
    for product in grown.values():
        by_district.setdefault(product.district, []).append(product.id)
    return dataclasses.replace(
        catalog, products=grown, _by_craft={craft: list(grown)}, _by_district=by_district
    ), craft


def test_a_craft_of_10000_products_comes_in_pages_under_1_mb(catalog):
    big, craft = _pavilion_catalog(catalog)
    routes = Routes.for_catalog(big.url_templates, "osaka-01", ORIGIN)
    pages = SitePages(big, routes, Media(media_dir_of(big.path), routes))
    assert page_count(10_000) > 1
    for lang in LANGUAGES:
        seen: list[str] = []
        first = routes.craft(lang, craft)
        assert first == f"{lang}/crafts/{craft}/"  # page 1 is where the craft page always was
        for number in range(1, page_count(10_000) + 1):
            html_text = pages.craft(lang, craft, number)
            assert len(html_text.encode("utf-8")) < min(MAX_PAGE, 1024 * 1024), (lang, number)
            page = Page(html_text)
            product_links = [h for h in page.links() if f"/{lang}/products/" in h]
            seen += product_links
            pager = [h for h in page.links() if f"/{lang}/crafts/{craft}/" in h]
            if number < page_count(10_000):
                assert routes.href(routes.craft(lang, craft, number + 1)) in pager, number
            if number > 1:
                assert routes.href(routes.craft(lang, craft, number - 1)) in pager, number
        assert seen == [routes.href(routes.product(lang, pid)) for pid in big.products]


def test_at_10000_products_the_site_has_every_page_and_qr_links_stay(catalog):
    big, craft = _pavilion_catalog(catalog)
    routes = Routes.for_catalog(big.url_templates, "osaka-01", ORIGIN)
    pages = SitePages(big, routes, Media(media_dir_of(big.path), routes))
    paths = []
    for path, _ in pages.pages():
        if "/products/" in path:
            break  # districts and crafts come first; product pages are not needed here
        paths.append(path)
    crafts = [p for p in paths if p.startswith(f"en/crafts/{craft}/")]
    assert len(crafts) == page_count(10_000) == len(set(crafts))
    assert {f"en/districts/{code}/" for code in big._by_district} <= set(paths)
    # The links behind the QR codes are built from the templates alone: the same product
    # gives the same links whatever the catalogue's size, and the site's artisan and
    # enquiry pages sit where they point.
    product = next(iter(catalog.products.values()))
    twin = next(p for p in big.products.values() if p.artisan == product.artisan)
    theirs = [p.id for p in big.products.values() if p.artisan == product.artisan]
    assert page_count(len(theirs)) > 1
    listed = []
    for number in range(1, page_count(len(theirs)) + 1):
        html_text = pages.artisan("hi", product.artisan, number)
        assert len(html_text.encode("utf-8")) < MAX_PAGE, number
        listed += [h for h in Page(html_text).links() if "/hi/products/" in h]
    assert listed == [routes.href(routes.product("hi", pid)) for pid in theirs]
    for lang in LANGUAGES:
        links = catalog.product_links(product.id, lang)
        assert big.product_links(twin.id, lang)["artisan"] == links["artisan"]
        for kind, path in (
            ("artisan", routes.artisan(lang, product.artisan)),
            ("enquiry", routes.enquiry(lang)),
        ):  # the page is a folder: the server answers the link without its last "/" too
            assert urlsplit(links[kind]).path.rstrip("/") == routes.href(path).rstrip("/")
