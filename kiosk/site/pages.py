"""Every page of the website, in every language, and the product index of the enquiry page.

Each page is `(path, html)` with the path from `kiosk.site.routes`; catalogue texts are
escaped (`markup.text`, `markup.esc`) before they go into any markup.
"""

from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

from kiosk.catalog.layout import FORM_TEMPLATE_NAME
from kiosk.catalog.store import Artisan, Catalog, Product, Texts
from kiosk.catalog.urls import UrlTemplateError, check_form_template, template_parts
from kiosk.languages import LANGUAGES, localized
from kiosk.site.markup import esc, link, page, resource, root_page, script_json, text
from kiosk.site.media import PHOTO_SIZES, Media
from kiosk.site.routes import Routes, SiteError
from kiosk.site.strings import count_products, words

# What the enquiry page's JSON says of one product.
IndexRow = dict[str, str | int | None]


class _Named(Protocol):
    """A district, craft or artisan: anything with a name in every language."""

    @property
    def name(self) -> Texts: ...


# Cards on one page of a craft's or district's products (and at most on the home page): a
# catalogue of 10,000 products gives craft pages of hundreds of cards, so they come in pages
# of this many, each well under 100 KB of HTML, light enough for a phone.
PAGE_SIZE = 48


def page_count(products: int) -> int:
    return max(1, -(-products // PAGE_SIZE))


def _one_page(products: list[Product], number: int) -> list[Product]:
    return products[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]


def _pages_shown(number: int, total: int) -> list[int | None]:
    """The page numbers a pager offers: the first, the last and two either side of
    `number`; None where numbers are left out."""
    shown: list[int | None] = []
    for n in range(1, total + 1):
        if n in (1, total) or abs(n - number) <= 2:
            shown.append(n)
        elif shown[-1] is not None:
            shown.append(None)
    return shown


class SitePages:
    def __init__(
        self, catalog: Catalog, routes: Routes, media: Media, contact_email: str | None = None
    ):
        self.catalog = catalog
        self.routes = routes
        self.media = media
        self.contact_email = contact_email
        self.form = catalog.url_templates.get(FORM_TEMPLATE_NAME)
        if self.form is not None:
            try:
                check_form_template(self.form)
            except UrlTemplateError as error:
                raise SiteError(f"the {FORM_TEMPLATE_NAME} URL template: {error}") from None
        self.by_artisan: dict[str, list[Product]] = {}
        for product in catalog.products.values():
            self.by_artisan.setdefault(product.artisan, []).append(product)

    def pages(self) -> Iterator[tuple[str, str]]:
        """Every page of the site: `(path, html)`."""
        routes, catalog = self.routes, self.catalog
        yield routes.root(), root_page(routes, "choose_language")
        yield routes.not_found(), root_page(routes, "not_found")
        for lang in LANGUAGES:
            yield routes.home(lang), self.home(lang)
            for code in catalog.districts:
                for number in range(1, page_count(len(catalog.products_of_district(code))) + 1):
                    yield routes.district(lang, code, number), self.district(lang, code, number)
            for code in catalog.crafts:
                for number in range(1, page_count(len(catalog.products_of_craft(code))) + 1):
                    yield routes.craft(lang, code, number), self.craft(lang, code, number)
            for product_id in catalog.products:
                yield routes.product(lang, product_id), self.product(lang, product_id)
            for artisan_id in catalog.artisans:
                products = len(self.by_artisan.get(artisan_id, ()))
                for number in range(1, page_count(products) + 1):
                    yield (
                        routes.artisan(lang, artisan_id, number),
                        self.artisan(lang, artisan_id, number),
                    )
            yield routes.enquiry(lang), self.enquiry(lang)

    # --- pieces ----------------------------------------------------------------------------

    def _card(self, product: Product, lang: str, meta: str) -> str:
        """A product in a grid: photo, name and `meta` (markup)."""
        picture = self.media.img(product.photos[0], lang, product.name) if product.photos else ""
        colour = (
            self.catalog.crafts[product.craft].colour
            if product.craft in self.catalog.crafts
            else ""
        )
        style = f' style="--accent:{esc(colour)}"' if colour else ""
        label = f'{picture}<span class="name">{text(product.name, lang)}</span>'
        anchor = link(self.routes.href(self.routes.product(lang, product.id)), label)
        return f'<li{style}>{anchor}<span class="meta">{meta}</span></li>'

    def _cards(self, products: list[Product], lang: str, meta: Callable[[Product], str]) -> str:
        return (
            '<ul class="cards">\n'
            + "\n".join(self._card(p, lang, meta(p)) for p in products)
            + "\n</ul>"
        )

    def _pager(self, lang: str, path_of: Callable[[int], str], number: int, total: int) -> str:
        """Links to the other pages of a long list (nothing for a list of one page)."""
        if total == 1:
            return ""
        w = words(lang)
        items = []
        if number > 1:
            items.append(
                link(self.routes.href(path_of(number - 1)), esc(w["previous"]), rel="prev")
            )
        for n in _pages_shown(number, total):
            if n is None:
                items.append('<span aria-hidden="true">…</span>')
            elif n == number:
                items.append(f'<span aria-current="page">{n}</span>')
            else:
                items.append(link(self.routes.href(path_of(n)), str(n)))
        if number < total:
            items.append(link(self.routes.href(path_of(number + 1)), esc(w["next"]), rel="next"))
        return (
            f'<nav class="pager" aria-label="{esc(w["pages"])}"><ul>'
            + "".join(f"<li>{item}</li>" for item in items)
            + "</ul></nav>"
        )

    def _list_title(self, lang: str, title: str, number: int, total: int) -> str:
        if total == 1:
            return title
        return f"{title} · {words(lang)['page_of'].format(n=number, total=total)}"

    def _name_of(self, group: Mapping[str, _Named], key: str, lang: str) -> str:
        return text(group[key].name, lang) if key in group else esc(key)

    def _district_link(self, lang: str, code: str) -> str:
        return link(
            self.routes.href(self.routes.district(lang, code)),
            self._name_of(self.catalog.districts, code, lang),
        )

    def _craft_link(self, lang: str, code: str) -> str:
        return link(
            self.routes.href(self.routes.craft(lang, code)),
            self._name_of(self.catalog.crafts, code, lang),
        )

    def _artisan_link(self, lang: str, artisan_id: str) -> str:
        return link(
            self.routes.href(self.routes.artisan(lang, artisan_id)),
            self._name_of(self.catalog.artisans, artisan_id, lang),
        )

    def _craft_name(self, lang: str) -> Callable[[Product], str]:
        return lambda p: self._name_of(self.catalog.crafts, p.craft, lang)

    def _craft_and_year(self, lang: str) -> Callable[[Product], str]:
        """A district page's card meta: the craft, and when a later ODOP addition, the year."""
        added = words(lang)["added_in"]
        craft = self._craft_name(lang)
        return lambda p: (
            craft(p) + (f" · {esc(added.replace('%1', str(p.odop_added)))}" if p.odop_added else "")
        )

    def _district_name(self, lang: str) -> Callable[[Product], str]:
        return lambda p: self._name_of(self.catalog.districts, p.district, lang)

    # --- pages -----------------------------------------------------------------------------

    def home(self, lang: str) -> str:
        w, catalog = words(lang), self.catalog
        crafts = []
        for craft in catalog.crafts.values():
            count = len(catalog.products_of_craft(craft.code))
            label = f'<span class="name">{text(craft.name, lang)}</span>'
            blurb = f"<p>{text(craft.blurb, lang)}</p>" if craft.blurb.get("en") else ""
            crafts.append(
                f'<li style="--accent:{esc(craft.colour)}">'
                f"{link(self.routes.href(self.routes.craft(lang, craft.code)), label)}"
                f'{blurb}<span class="meta">{count_products(count, lang)}</span>'
                "</li>"
            )
        districts = [
            f"<li>{self._district_link(lang, code)} "
            f"({count_products(len(catalog.products_of_district(code)), lang)})</li>"
            for code in sorted(
                catalog.districts, key=lambda c: localized(catalog.districts[c].name, lang)
            )
        ]
        featured = catalog.featured()
        main = [f"<h1>{esc(w['banner'])}</h1>", f'<p class="lead">{esc(w["intro"])}</p>']
        if featured:
            main += [
                '<section aria-labelledby="featured">',
                f'<h2 id="featured">{esc(w["featured"])}</h2>',
                f"<p>{esc(w['featured_sub'])}</p>",
                self._cards(featured[:PAGE_SIZE], lang, self._district_name(lang)),
                "</section>",
            ]
        main += [
            '<section aria-labelledby="crafts">',
            f'<h2 id="crafts">{esc(w["explore_crafts"])}</h2>',
            f"<p>{esc(w['explore_crafts_sub'])}</p>",
            '<ul class="cards">',
            *crafts,
            "</ul>",
            "</section>",
            '<section aria-labelledby="districts">',
            f'<h2 id="districts">{esc(w["explore_districts"])}</h2>',
            f"<p>{esc(w['explore_districts_sub'])}</p>",
            '<ul class="links">',
            *districts,
            "</ul>",
            "</section>",
        ]
        return page(self.routes, lang, self.routes.home, w["home"], "\n".join(main))

    def district(self, lang: str, code: str, number: int = 1) -> str:
        """Page `number` of a district's products (its artisans on the first)."""
        w, district = words(lang), self.catalog.districts[code]
        products = self.catalog.products_of_district(code)
        total = page_count(len(products))
        main = [f"<h1>{text(district.name, lang)}</h1>"]
        if district.division and lang == "en":
            main.append(f'<p class="lead">{esc(w["division"])}: {esc(district.division)}</p>')
        main += [
            f"<h2>{esc(w['products'])} ({count_products(len(products), lang)})</h2>",
            self._cards(_one_page(products, number), lang, self._craft_name(lang)),
            self._pager(lang, lambda n: self.routes.district(lang, code, n), number, total),
            self._cards(products, lang, self._craft_and_year(lang)),
        ]
        artisans = [a for a in self.catalog.artisans.values() if a.district == code]
        if artisans and number == 1:
            main += [
                f"<h2>{esc(w['artisans_here'])}</h2>",
                '<ul class="links">',
                *(f"<li>{self._artisan_link(lang, a.id)}</li>" for a in artisans),
                "</ul>",
            ]
        return page(
            self.routes,
            lang,
            lambda other: self.routes.district(other, code, number),
            self._list_title(lang, localized(district.name, lang), number, total),
            "\n".join(main),
            w["from_district"].format(district=localized(district.name, lang)),
        )

    def craft(self, lang: str, code: str, number: int = 1) -> str:
        """Page `number` of a craft's products."""
        w, craft = words(lang), self.catalog.crafts[code]
        products = self.catalog.products_of_craft(code)
        total = page_count(len(products))
        main = [f"<h1>{text(craft.name, lang)}</h1>"]
        if craft.blurb.get("en"):
            main.append(f'<p class="lead">{text(craft.blurb, lang)}</p>')
        main += [
            f"<h2>{esc(w['products'])} ({count_products(len(products), lang)})</h2>",
            self._cards(_one_page(products, number), lang, self._district_name(lang)),
            self._pager(lang, lambda n: self.routes.craft(lang, code, n), number, total),
        ]
        return page(
            self.routes,
            lang,
            lambda other: self.routes.craft(other, code, number),
            self._list_title(lang, localized(craft.name, lang), number, total),
            "\n".join(main),
            localized(craft.blurb, lang),
        )

    def product(self, lang: str, product_id: str) -> str:
        w, product = words(lang), self.catalog.products[product_id]
        figures = []
        for photo in product.photos:
            caption = [esc(w["illustrative"])] if photo.illustrative else []
            if photo.credit:
                caption.append(esc(photo.credit))
            figures.append(
                "<figure>"
                + self.media.img(photo, lang, product.name, PHOTO_SIZES)
                + (f"<figcaption>{' · '.join(caption)}</figcaption>" if caption else "")
                + "</figure>"
            )
        photos = (
            (
                f'<section class="photos" aria-label="{esc(w["photos"])}">'
                + "".join(figures)
                + "</section>"
            )
            if figures
            else f'<p class="note">{esc(w["no_photo"])}</p>'
        )
        facts = [
            (w["district"], self._district_link(lang, product.district)),
            (w["craft"], self._craft_link(lang, product.craft)),
        ]
        if product.materials.get("en"):
            facts.append((w["materials"], text(product.materials, lang)))
        facts += [
            (w["gi_tag"], esc(w["yes"] if product.gi_tag else w["no"])),
            (w["made_by"], self._artisan_link(lang, product.artisan)),
        ]
        district = self._name_of(self.catalog.districts, product.district, lang)
        # a product of a line added to the district's ODOP list after 2018
        added_text = w["added_to_odop"].replace("%1", str(product.odop_added))
        added = [f'<p class="number">{esc(added_text)}</p>'] if product.odop_added else []
        main = [
            f"<h1>{text(product.name, lang)}</h1>",
            '<div class="product">',
            photos,
            '<div class="details">',
            f'<p class="lead">{esc(w["from_district"]).format(district=district)}</p>',
            f'<p class="number">{esc(w["product_no"].replace("%1", product.code))}</p>',
            *added,
            f"<p>{text(product.description, lang)}</p>",
            '<dl class="facts">',
            *(f"<dt>{esc(term)}</dt><dd>{value}</dd>" for term, value in facts),
            "</dl>",
            '<p class="actions">',
            link(
                self.routes.href(self.routes.artisan(lang, product.artisan)), esc(w["meet_artisan"])
            ),
            link(self.routes.enquiry_href(lang, [product.code]), esc(w["enquiry"])),
            "</p>",
            "</div>",
            "</div>",
        ]
        return page(
            self.routes,
            lang,
            lambda other: self.routes.product(other, product_id),
            localized(product.name, lang),
            "\n".join(main),
            _summary(localized(product.description, lang)),
        )

    def artisan(self, lang: str, artisan_id: str, number: int = 1) -> str:
        """Page `number` of an artisan's page (bio and contact on every page)."""
        w, artisan = words(lang), self.catalog.artisans[artisan_id]
        kind = w.get(f"kind_{artisan.kind}", artisan.kind)
        main = [
            f"<h1>{text(artisan.name, lang)}</h1>",
            f'<p class="lead">{esc(kind)} · {self._district_link(lang, artisan.district)}</p>',
        ]
        if artisan.bio.get("en"):
            main.append(f"<p>{text(artisan.bio, lang)}</p>")
        products = self.by_artisan.get(artisan_id, [])
        total = page_count(len(products))
        if products:
            main += [
                f"<h2>{esc(w['their_products'])}</h2>",
                self._cards(_one_page(products, number), lang, self._craft_name(lang)),
                self._pager(
                    lang, lambda n: self.routes.artisan(lang, artisan_id, n), number, total
                ),
            ]
        contact = _contact(artisan, w)
        if contact:
            main += [f"<h2>{esc(w['contact'])}</h2>", '<dl class="facts">', *contact, "</dl>"]
        return page(
            self.routes,
            lang,
            lambda other: self.routes.artisan(other, artisan_id, number),
            self._list_title(lang, localized(artisan.name, lang), number, total),
            "\n".join(main),
            _summary(localized(artisan.bio, lang)),
        )

    def enquiry(self, lang: str) -> str:
        w = words(lang)
        config = {
            "param": self.routes.products_param,
            "index": self.routes.href(self.routes.product_index(lang)),
            "form": template_parts(self.form, {"lang": lang, "kiosk_id": self.routes.kiosk_id})
            if self.form is not None
            else None,
            "subject": w["mail_subject"],
            "intro": w["mail_intro"],
            "outro": w["mail_outro"],
            "number": w["product_no"],
            "unknown": w["enquiry_unknown"],
            "failed": w["enquiry_failed"],
        }
        browse = link(
            self.routes.href(self.routes.home(lang)) + "#crafts", esc(w["explore_crafts"])
        )
        main = [
            f"<h1>{esc(w['enquiry'])}</h1>",
            f'<p class="lead">{esc(w["enquiry_intro"])}</p>',
            f"<h2>{esc(w['enquiry_products'])}</h2>",
            f'<p id="enquiry-none" hidden>{esc(w["enquiry_none"])} {browse}</p>',
            '<p id="enquiry-note" class="note" hidden></p>',
            '<ul id="enquiry-products" class="cards"></ul>',
            f'<noscript><p class="note">{esc(w["enquiry_noscript"])}</p></noscript>',
        ]
        if self.form is not None:
            main.append(
                f'<p class="actions" hidden><a id="enquiry-form">{esc(w["enquiry_form"])}</a></p>'
            )
        elif self.contact_email:
            address = link(f"mailto:{self.contact_email}", esc(self.contact_email))
            main.append(f'<p class="note">{esc(w["enquiry_write_to"]).format(email=address)}</p>')
        else:
            main.append(f'<p class="note">{esc(w["enquiry_ask_staff"])}</p>')
        script = (
            f'<script type="application/json" id="enquiry-config">{script_json(config)}'
            f"</script>\n<script>\n{resource('enquiry.js')}</script>"
        )
        return page(
            self.routes,
            lang,
            self.routes.enquiry,
            w["enquiry"],
            "\n".join(main),
            w["enquiry_sub"],
            script=script,
            keep_query=True,
        )

    def product_index(self, lang: str) -> dict[str, list[IndexRow]]:
        """What the enquiry page shows of each product: `{"products": [...]}`; the page
        finds the products by the codes in its URL."""
        rows: list[IndexRow] = []
        for product in self.catalog.products.values():
            row: IndexRow = {
                "id": product.id,
                "code": product.code,
                "name": localized(product.name, lang),
                "district": localized(self.catalog.districts[product.district].name, lang)
                if product.district in self.catalog.districts
                else product.district,
                "url": self.routes.href(self.routes.product(lang, product.id)),
                "thumb": None,
            }
            if product.photos:
                photo = product.photos[0]
                width, height = self.media.thumb_size(photo)
                row.update(
                    thumb=self.media.thumb(photo),
                    width=width,
                    height=height,
                    alt=self.media.alt(photo, lang, product.name),
                )
            rows.append(row)
        return {"products": rows}


def _contact(artisan: Artisan, w: dict[str, str]) -> list[str]:
    """The artisan's contact details, only if they agreed to show them."""
    if not artisan.contact_consent:
        return []
    rows = []
    if artisan.phone:
        digits = "".join(ch for ch in artisan.phone if ch.isdigit() or ch == "+")
        rows.append((w["phone"], link(f"tel:{digits}", esc(artisan.phone))))
    if artisan.email:
        rows.append((w["email"], link(f"mailto:{artisan.email}", esc(artisan.email))))
    if artisan.website:
        rows.append((w["website"], link(artisan.website, esc(artisan.website), rel="external")))
    return [f"<dt>{esc(term)}</dt><dd>{value}</dd>" for term, value in rows]


def _summary(description: str, limit: int = 160) -> str:
    """A page's meta description: the first `limit` characters of a text."""
    return description if len(description) <= limit else description[: limit - 1] + "…"
