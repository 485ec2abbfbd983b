"""HTML building blocks: escaping, the shared page layout and the small templates in
`templates/` (rendered with `string.Template`, every value escaped before it goes in)."""

import html
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from string import Template

from kiosk.languages import DEFAULT_LANGUAGE, LANGUAGES, NATIVE_NAMES
from kiosk.site.routes import Routes
from kiosk.site.strings import words

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def resource(name: str) -> str:
    """A file of `templates/` (the layout, the stylesheet, a page script)."""
    return (TEMPLATES / name).read_text(encoding="utf-8")


def esc(text: str) -> str:
    """Any text for HTML content or a quoted attribute value."""
    return html.escape(text, quote=True)


def text(texts: dict[str, str], lang: str) -> str:
    """A catalogue text in `lang`, escaped; English (so marked) where it has no translation."""
    if texts.get(lang) or lang == DEFAULT_LANGUAGE:
        return esc(texts.get(lang, ""))
    return f'<span lang="{DEFAULT_LANGUAGE}">{esc(texts.get(DEFAULT_LANGUAGE, ""))}</span>'


def script_json(data: object) -> str:
    """JSON that can stand inside a <script> element (no `</script>` can end it early)."""
    return (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def link(href: str, label: str, **attributes: str) -> str:
    """`<a>`: `href` and attribute values are escaped here, `label` must be markup already."""
    extra = "".join(
        f' {name.replace("_", "-")}="{esc(value)}"' for name, value in attributes.items()
    )
    return f'<a href="{esc(href)}"{extra}>{label}</a>'


def page(
    routes: Routes,
    lang: str,
    path_in: Callable[[str], str],
    title: str,
    main: str,
    description: str = "",
    script: str = "",
    keep_query: bool = False,
) -> str:
    """A whole page of the site in `lang`: header, menus, `main` (markup), footer.
    `path_in(other_language)` is the same page's path in another language."""
    w = words(lang)
    languages = []
    for other in LANGUAGES:
        attributes = {"hreflang": other, "lang": other}
        if other == lang:
            attributes["aria_current"] = "page"
        if keep_query:
            attributes["data_keep_query"] = ""
        anchor = link(routes.href(path_in(other)), esc(NATIVE_NAMES[other]), **attributes)
        languages.append(f"<li>{anchor}</li>")
    alternates = [
        f'<link rel="alternate" hreflang="{other}" href="{esc(routes.url(path_in(other)))}">'
        for other in LANGUAGES
    ]
    alternates.append(
        f'<link rel="alternate" hreflang="x-default" '
        f'href="{esc(routes.url(path_in(DEFAULT_LANGUAGE)))}">'
    )
    home = routes.href(routes.home(lang))
    return Template(resource("page.html")).substitute(
        lang=lang,
        title=esc(f"{title} · {w['site_name']}"),
        description=esc(description or w["intro"]),
        stylesheet=esc(routes.href(routes.stylesheet())),
        canonical=esc(routes.url(path_in(lang))),
        alternates="\n".join(alternates),
        skip=esc(w["skip"]),
        home=esc(home),
        site_name=esc(w["site_name"]),
        menu_label=esc(w["menu"]),
        home_label=esc(w["home"]),
        crafts_label=esc(w["crafts"]),
        districts_label=esc(w["districts"]),
        enquiry=esc(routes.href(routes.enquiry(lang))),
        enquiry_label=esc(w["enquiry"]),
        language_label=esc(w["language"]),
        languages="\n".join(languages),
        main=main,
        footer=esc(w["footer"]),
        footer_illustrative=esc(w["footer_illustrative"]),
        script=script,
    )


def root_page(routes: Routes, heading_key: str) -> str:
    """The site's front door (and its 404 page): the three languages, in their own words."""
    choices = []
    for lang in LANGUAGES:
        w = words(lang)
        label = (
            f"{esc(NATIVE_NAMES[lang])}<span>{esc(w['site_name'])}</span>"
            f"<span>{esc(w['banner'])}</span>"
        )
        anchor = link(
            routes.href(routes.home(lang)), label, hreflang=lang, lang=lang, data_lang=lang
        )
        choices.append(f"<li>{anchor}</li>")
    alternates = [
        f'<link rel="alternate" hreflang="{lang}" href="{esc(routes.url(routes.home(lang)))}">'
        for lang in LANGUAGES
    ]
    alternates.append(
        f'<link rel="alternate" hreflang="x-default" href="{esc(routes.url(routes.root()))}">'
    )
    en = words(DEFAULT_LANGUAGE)
    script = (
        f"<script>\n{resource('choose-language.js')}</script>"
        if heading_key == "choose_language"
        else ""
    )
    return Template(resource("root.html")).substitute(
        title=esc(" · ".join(words(lang)["site_name"] for lang in LANGUAGES)),
        description=esc(en["intro"]),
        stylesheet=esc(routes.href(routes.stylesheet())),
        alternates="\n".join(alternates),
        heading=" / ".join(
            f'<span lang="{lang}">{esc(words(lang)[heading_key])}</span>' for lang in LANGUAGES
        ),
        choices="\n".join(choices),
        script=script,
    )
