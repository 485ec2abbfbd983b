"""What the craft painters share: key words, palettes, the stage and vessel still lifes."""

from __future__ import annotations

from collections.abc import Sequence

from PIL import Image, ImageFilter

from tools.illustrations.canvas import H, Scene, W
from tools.illustrations.colour import Color, Stops, dark, light, mix, rgb, scale_alpha, stops
from tools.illustrations.objects import disc, radial_deco, vessel, vessel_deco
from tools.illustrations.staging import backdrop, marigold, niche, pedestal, petals


def _has(name: str, *words: str) -> bool:
    return any(w in name for w in words)


ZARI = rgb("#dcae52")
WALLS = {
    "plum": stops((0, "#4a2436"), (1, "#24101a")),
    "teal": stops((0, "#1f4f52"), (1, "#0d2628")),
    "indigo": stops((0, "#283a6b"), (1, "#111a36")),
    "terracotta": stops((0, "#9a4a2e"), (1, "#4d2012")),
    "ochre": stops((0, "#b98a45"), (1, "#6b4620")),
    "sand": stops((0, "#d9c3a0"), (1, "#9c8260")),
    "olive": stops((0, "#56603a"), (1, "#262b17")),
    "maroon": stops((0, "#6e1f2a"), (1, "#2c0a10")),
    "charcoal": stops((0, "#3a3a40"), (1, "#17171b")),
    "saffron": stops((0, "#e7a33e"), (1, "#a85a18")),
    "rose": stops((0, "#b5626a"), (1, "#5e2530")),
    "midnight": stops((0, "#1d2440"), (1, "#080b18")),
    "sage": stops((0, "#8b9a7a"), (1, "#4a5640")),
    "cream": stops((0, "#efe3cc"), (1, "#c6b08a")),
}
TABLES = {
    "walnut": stops((0, "#5a3a24"), (1, "#2e1b0f")),
    "teak": stops((0, "#8a5a32"), (1, "#4a2c16")),
    "stone": stops((0, "#bfb2a0"), (1, "#7d7060")),
    "velvet_red": stops((0, "#6e1622"), (1, "#33070d")),
    "velvet_blue": stops((0, "#1d2b5a"), (1, "#0a1030")),
    "linen": stops((0, "#d8cbb2"), (1, "#a89677")),
    "dark": stops((0, "#2a2420"), (1, "#110d0a")),
    "green": stops((0, "#2d4a36"), (1, "#13231a")),
}
WOOD = rgb("#7a4a26")


def stage(
    sc: Scene,
    walls: Sequence[str],
    tables: Sequence[str],
    horizon: float = 0.7,
    arch: bool = False,
    glow_x: float = 0.5,
    edge: float | None = 0.9,
    arch_w: float = 0.36,
) -> float:
    """Wall, table and warm key light; with arch, an arched niche behind the hero."""
    rng = sc.rng
    wall = WALLS[rng.choice(list(walls))]
    top = wall[0][1]
    glow = mix(light(top, 0.5), (255, 206, 150), 0.5)
    hy = backdrop(sc, wall, TABLES[rng.choice(list(tables))], horizon, glow, (glow_x, 0.42), edge)
    if arch:
        niche(
            sc,
            W * glow_x,
            hy,
            W * arch_w,
            H * 0.5,
            stops((0, dark(top, 0.3)), (0.7, dark(top, 0.12)), (1, dark(top, 0.05))),
            light(top, 0.22),
            cusps=rng.choice([0, 7, 9]),
        )
        sc.glow(W * glow_x, H * 0.5, W * arch_w * 0.55, H * 0.38, glow, 0.35, 1.2)
    return hy


def vessel_scene(
    sc: Scene,
    mats: Sequence[Stops],
    decos: Sequence[Stops],
    kinds: Sequence[str],
    walls: Sequence[str],
    tables: Sequence[str],
    inside: Color = (20, 12, 8),
    busy: float = 1.0,
    alpha: float = 1.0,
    accents: Sequence[Color] = (),
    plate_mat: Stops | None = None,
) -> None:
    """A still life of vessels: a hero in a niche, a group, or a plate with a vessel."""
    rng, v = sc.rng, sc.variant
    kinds = list(kinds)
    rng.shuffle(kinds)

    def layers(i: int):
        return [(decos[i % len(decos)], vessel_deco(rng, busy))] if decos else []

    def one(cx, base, height, kind, i, shadow=0.5):
        if kind == "bowl":
            height *= 0.5
        width = {
            "surahi": 0.36,
            "vase": 0.38,
            "pot": 0.46,
            "lota": 0.44,
            "bowl": 0.95,
            "jar": 0.42,
            "cylinder": 0.4,
            "tumbler": 0.42,
            "flask": 0.34,
            "pitcher": 0.4,
        }[kind]
        return vessel(
            sc,
            cx,
            base,
            height,
            kind,
            mats[i % len(mats)],
            layers(i),
            inside=inside,
            width=width,
            alpha=alpha,
            shadow=shadow,
        )

    if v == 1:
        hy = stage(sc, walls, tables, 0.72, arch=True)
        top = pedestal(sc, W * 0.5, hy + H * 0.06, W * 0.15, H * 0.07, rgb("#d8c8a8"))
        one(W * 0.5, top, H * 0.54, kinds[0], 0)
        one(W * 0.79, H * 0.87, H * 0.36, "bowl", 1)
        if accents:
            petals(sc, W * 0.1, W * 0.32, H * 0.8, H * 0.88, accents, 6, H * 0.028)
    elif v == 2:
        stage(sc, walls, tables, 0.66, glow_x=0.5)
        one(W * 0.32, H * 0.8, H * 0.56, kinds[0], 0)
        one(W * 0.67, H * 0.82, H * 0.44, kinds[1 % len(kinds)], 1)
        one(W * 0.5, H * 0.88, H * 0.28, kinds[2 % len(kinds)], 2)
    else:
        stage(sc, walls, tables, 0.68, glow_x=0.42)
        disc(
            sc,
            W * 0.38,
            H * 0.45,
            H * 0.3,
            plate_mat or mats[1 % len(mats)],
            radial_deco(rng),
            decos[0] if decos else None,
            sy=0.96,
        )
        sc.contact(W * 0.38, H * 0.75, H * 0.22, H * 0.03, 0.5)
        one(W * 0.68, H * 0.87, H * 0.58, kinds[0], 0)
        if accents:
            for i in range(3):
                marigold(
                    sc, W * (0.14 + 0.075 * i), H * (0.83 + 0.035 * (i % 2)), H * 0.04, accents[0]
                )


def _emboss(
    img: Image.Image,
    m: Image.Image,
    fill: Image.Image | Color,
    depth: float = 4.0,
    shade: float = 0.45,
) -> None:
    """Lay fill through mask m on img, with the small soft shadow of a raised stitch or relief."""
    sh = m.transform(m.size, Image.Transform.AFFINE, (1, 0, -depth, 0, 1, -depth * 1.3))
    sh = scale_alpha(sh.filter(ImageFilter.GaussianBlur(depth * 0.8)), shade)
    img.paste((10, 6, 4), (0, 0), sh)
    if isinstance(fill, tuple):
        img.paste(fill, (0, 0), m)
    else:
        img.paste(fill, (0, 0), m)
