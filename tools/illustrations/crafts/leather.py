"""The leather painter, with its juttis and satchels."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from tools.illustrations.bodies import sphere
from tools.illustrations.canvas import BRASS, H, Scene, W, material
from tools.illustrations.colour import Color, dark, hgrad, light, lingrad, rgb, stops, vgrad
from tools.illustrations.crafts.common import ZARI, _has, stage
from tools.illustrations.objects import tube
from tools.illustrations.shapes import poly, rect, ring, rosette, spline, xform
from tools.illustrations.staging import pedestal


def jutti(
    sc: Scene,
    x: float,
    base: float,
    length: float,
    leather: Color,
    thread: Color,
    facing: int = 1,
    formal: bool = False,
) -> None:
    """A shoe in side view, toe to the right when facing is 1: a jutti (mojari) with a curled
    toe and a zari-embroidered vamp, or (formal) a polished lace-up with a brogued toe cap."""
    L, f = length, facing

    def P(u, v):
        return (x + f * (u - 0.5) * L, base - v * L)

    if formal:
        upper = [
            (0.0, 0.05),
            (-0.01, 0.2),
            (0.03, 0.36),
            (0.2, 0.34),
            (0.36, 0.36),
            (0.5, 0.37),
            (0.66, 0.28),
            (0.84, 0.2),
            (0.97, 0.13),
            (1.0, 0.07),
            (0.96, 0.04),
            (0.5, 0.04),
        ]
        sole = [
            (-0.01, 0.0),
            (0.24, 0.0),
            (0.25, 0.035),
            (0.55, 0.02),
            (0.62, 0.0),
            (0.97, 0.005),
            (1.01, 0.03),
            (1.0, 0.06),
            (0.5, 0.055),
            (-0.015, 0.07),
        ]
    else:
        upper = [
            (0.02, 0.04),
            (0.0, 0.13),
            (0.03, 0.2),
            (0.14, 0.17),
            (0.3, 0.16),
            (0.46, 0.22),
            (0.66, 0.21),
            (0.86, 0.15),
            (1.0, 0.11),
            (1.09, 0.13),
            (1.13, 0.19),
            (1.08, 0.09),
            (1.0, 0.04),
            (0.5, 0.03),
        ]
        sole = [(0.0, 0.0), (0.98, 0.0), (1.06, 0.04), (1.0, 0.045), (0.0, 0.04)]
    pts = spline([P(u, v) for u, v in upper], n=6)
    up = poly(pts)
    sc.shadow(up, L * 0.04, L * 0.03, L * 0.05, 0.45)
    sc.contact(x, base, L * 0.55, L * 0.025, 0.6)
    sp = poly(spline([P(u, v) for u, v in sole], n=4) if formal else [P(u, v) for u, v in sole])
    sc.fill(sp, vgrad(sp.w, sp.h, stops((0, dark(leather, 0.45)), (1, dark(leather, 0.7)))))
    img = lingrad(up.w, up.h, material(leather, gloss=0.85 if formal else 0.35, contrast=0.85), 95)
    deco = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(deco)

    def Q(u, v):
        px, py = P(u, v)
        return px - up.x, py - up.y

    if formal:
        d.line(
            [
                Q(u, v)
                for u, v in spline([(0.7, 0.27), (0.74, 0.15), (0.73, 0.04)], closed=False, n=6)
            ],
            fill=255,
            width=max(2, int(L * 0.008)),
        )
        d.line(
            [
                Q(u, v)
                for u, v in spline([(0.03, 0.3), (0.22, 0.2), (0.27, 0.06)], closed=False, n=6)
            ],
            fill=255,
            width=max(2, int(L * 0.006)),
        )
        for k in range(12):
            u = 0.745 + 0.017 * math.sin(k / 11 * math.pi)
            cx_, cy_ = Q(u, 0.24 - k * 0.017)
            d.ellipse(
                (cx_ - L * 0.005, cy_ - L * 0.005, cx_ + L * 0.005, cy_ + L * 0.005), fill=255
            )
        img.paste(dark(leather, 0.55), (0, 0), deco)
        sc.fill(up, img)
        collar = poly(spline([P(0.04, 0.355), P(0.2, 0.335), P(0.36, 0.355), P(0.2, 0.32)], n=5))
        sc.fill(collar, dark(leather, 0.7))
        for k in range(5):
            a_, b_ = P(0.37 + k * 0.045, 0.36 - k * 0.018), P(0.41 + k * 0.045, 0.32 - k * 0.018)
            sc.line([a_, b_], light(leather, 0.1), L * 0.01)
        sc.line([P(0.02, 0.065), P(0.97, 0.06)], light(leather, 0.25), L * 0.004)
        return
    # the jutti: a zari panel over the vamp and a band round the heel
    vx = Q(0.48, 0)[0]
    d.rectangle((vx, 0, img.width, img.height) if f > 0 else (0, 0, vx, img.height), fill=255)
    hx = Q(0.15, 0)[0]
    d.rectangle((0, 0, hx, img.height) if f > 0 else (hx, 0, img.width, img.height), fill=255)
    d.line([Q(u, v) for u, v in ((0.0, 0.07), (1.1, 0.07))], fill=0, width=max(2, int(L * 0.012)))
    motifs = Image.new("L", img.size, 0)
    dm = ImageDraw.Draw(motifs)
    for k, (u, v) in enumerate(
        ((0.6, 0.13), (0.74, 0.11), (0.87, 0.08), (0.67, 0.07), (0.81, 0.055))
    ):
        cx_, cy_ = Q(u, v)
        sz_ = L * (0.035 if k < 3 else 0.022)
        dm.polygon(xform(rosette(8, 0.4), cx_, cy_, sz_, sz_ * 0.85), fill=255)
        dm.ellipse((cx_ - sz_ * 0.3, cy_ - sz_ * 0.3, cx_ + sz_ * 0.3, cy_ + sz_ * 0.3), fill=0)
    img.paste(lingrad(img.width, img.height, material(thread, metal=True), 30), (0, 0), deco)
    img.paste(dark(leather, 0.1), (0, 0), motifs)
    sc.fill(up, img)
    sc.line(
        [
            P(u, v)
            for u, v in spline(
                [(0.03, 0.2), (0.14, 0.17), (0.3, 0.16), (0.46, 0.22)], closed=False, n=5
            )
        ],
        light(thread, 0.1),
        L * 0.012,
    )
    opening = poly(spline([P(0.05, 0.19), P(0.2, 0.165), P(0.42, 0.21), P(0.22, 0.185)], n=5))
    sc.fill(opening, dark(leather, 0.65))
    sphere(sc, *P(1.125, 0.19), L * 0.016, thread, 0.6)


def satchel(sc: Scene, cx: float, base: float, w: float, leather: Color) -> None:
    h = w * 0.72
    x0, x1, y0 = cx - w / 2, cx + w / 2, base - h
    handle = [
        (cx - w * 0.22, y0 + 4),
        (cx - w * 0.2, y0 - h * 0.35),
        (cx + w * 0.2, y0 - h * 0.35),
        (cx + w * 0.22, y0 + 4),
    ]
    tube(sc, handle, w * 0.045, dark(leather, 0.15), 0.3)
    body = rect(x0, y0, x1, base, w * 0.08)
    sc.shadow(body, w * 0.06, w * 0.03, w * 0.07, 0.5)
    sc.contact(cx, base, w * 0.55, w * 0.03, 0.6)
    sc.fill(body, lingrad(body.w, body.h, material(leather, gloss=0.4, contrast=0.7), 10))
    flap = poly(
        spline(
            [
                (x0 + w * 0.02, y0 + 2),
                (x1 - w * 0.02, y0 + 2),
                (x1 - w * 0.02, y0 + h * 0.45),
                (cx, y0 + h * 0.58),
                (x0 + w * 0.02, y0 + h * 0.45),
            ],
            n=6,
        )
    )
    sc.shadow(flap, 4, 10, 12, 0.5)
    sc.fill(
        flap, lingrad(flap.w, flap.h, material(light(leather, 0.05), gloss=0.5, contrast=0.7), 10)
    )
    stitch = dark(leather, 0.45)
    for k in range(30):
        t = k / 30
        xa = x0 + w * 0.05 + t * w * 0.9
        sc.line([(xa, base - w * 0.035), (xa + w * 0.015, base - w * 0.035)], stitch, 3)
    for sx in (-0.25, 0.25):
        strap = rect(cx + sx * w - w * 0.04, y0 + h * 0.3, cx + sx * w + w * 0.04, y0 + h * 0.78, 6)
        sc.fill(strap, hgrad(strap.w, strap.h, material(dark(leather, 0.2), gloss=0.3)))
        buckle = ring(cx + sx * w, y0 + h * 0.62, w * 0.055, w * 0.045, w * 0.014)
        sc.fill(buckle, lingrad(buckle.w, buckle.h, BRASS, 30))


def paint_leather(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    leathers = [rgb(c) for c in ("#8a4a22", "#5e2a18", "#a0622e", "#3a2418", "#7a1f1f")]
    rng.shuffle(leathers)
    juttis = _has(name, "jutti", "jooti", "joot", "mojari", "nagra")
    bags = _has(name, "bag", "saddl", "wallet", "purse", "belt")
    shoes = _has(name, "shoe", "footwear") and not juttis
    # which picture each variant shows: shoes of the named kind first, then the other goods
    plan = {
        1: "juttis" if juttis else ("bag" if bags and not shoes else "shoes"),
        2: "shoes" if juttis else "juttis",
        3: "bag" if not bags or shoes or juttis else "shoes",
    }[v]
    if bags and not shoes and v == 2:
        plan = "juttis"
    stage(
        sc,
        ["teal", "olive", "sand", "indigo", "sage"],
        ["walnut", "teak", "stone"],
        0.7,
        arch=v == 1 and plan != "bag",
    )
    velvet = rgb(rng.choice(["#8a1f2a", "#1d2f5e", "#2a4a2e", "#5a1a4a", "#e0c9a0"]))
    thread = rng.choice([ZARI, rgb("#e8e2d0")])
    if plan == "bag":
        satchel(sc, W * 0.42, H * 0.86, W * 0.38, leathers[0])
        jutti(sc, W * 0.8, H * 0.9, W * 0.26, leathers[1], ZARI, -1, formal=True)
    elif plan == "juttis":
        if v == 1:
            top = pedestal(sc, W * 0.5, H * 0.8, W * 0.26, H * 0.06, rgb("#d8c8a8"))
            jutti(sc, W * 0.45, top - H * 0.02, W * 0.5, dark(velvet, 0.15), thread, 1)
            jutti(sc, W * 0.51, top + H * 0.035, W * 0.5, velvet, thread, 1)
        else:
            jutti(sc, W * 0.4, H * 0.8, W * 0.52, dark(velvet, 0.15), thread, 1)
            jutti(sc, W * 0.46, H * 0.88, W * 0.52, velvet, thread, 1)
    else:
        col = leathers[0]
        if v == 1:
            top = pedestal(sc, W * 0.5, H * 0.8, W * 0.26, H * 0.06, rgb("#d8c8a8"))
            jutti(sc, W * 0.45, top - H * 0.02, W * 0.46, dark(col, 0.15), thread, 1, True)
            jutti(sc, W * 0.52, top + H * 0.035, W * 0.46, col, thread, 1, True)
        else:
            jutti(sc, W * 0.36, H * 0.8, W * 0.44, dark(col, 0.12), thread, 1, True)
            jutti(sc, W * 0.42, H * 0.88, W * 0.44, col, thread, 1, True)
            satchel(sc, W * 0.8, H * 0.86, W * 0.2, leathers[1])
