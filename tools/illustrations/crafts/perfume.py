"""The perfume and cosmetics painter, with its attar bottles."""

from __future__ import annotations

from tools.illustrations.bodies import Body
from tools.illustrations.canvas import BRASS, COPPER, GOLD, H, Scene, W, material
from tools.illustrations.colour import Color, dark, light, lingrad, rgb
from tools.illustrations.crafts.common import stage
from tools.illustrations.crafts.metalcraft import ENGRAVED
from tools.illustrations.objects import disc, radial_deco, tube, vessel
from tools.illustrations.shapes import SHAPE_PETAL, ell, poly, xform
from tools.illustrations.staging import petals


def attar_bottle(sc: Scene, cx: float, base: float, h: float, glass: Color, kind: str) -> None:
    prof = {
        "drop": [(0, 0.2), (0.12, 0.2), (0.2, 0.55), (0.55, 1.0), (0.85, 0.8), (1, 0.55)],
        "tall": [(0, 0.22), (0.2, 0.22), (0.3, 0.7), (0.4, 0.85), (0.9, 0.85), (1, 0.75)],
        "round": [(0, 0.2), (0.1, 0.2), (0.25, 0.85), (0.6, 1.0), (0.9, 0.8), (1, 0.5)],
    }[kind]
    body_h = h * 0.62
    b = Body(cx, base - body_h, base, h * 0.26, prof, 0.16)
    sc.shadow(b.part, h * 0.08, 0, h * 0.1, 0.35, color=dark(glass, 0.6))
    sc.contact(cx, base, b.rs[-1] * 1.2, b.rs[-1] * 0.2, 0.5)

    def facets(d, bb):
        for x, _, c in bb.around(0.6, 7):
            d.polygon(
                [
                    bb.local(x - 6 * c, bb.y(0.3)),
                    bb.local(x + 6 * c, bb.y(0.3)),
                    bb.local(x + 3 * c, bb.y(0.95)),
                    bb.local(x - 3 * c, bb.y(0.95)),
                ],
                fill=255,
            )

    b.paint(
        sc,
        material(glass, gloss=1.0, contrast=0.9),
        [
            (material(light(glass, 0.3), gloss=1.0), facets),
            (GOLD, lambda d, bb: (bb.band(d, 0.25, h * 0.02), bb.band(d, 0.97, h * 0.015))),
        ],
        top_dark=0.1,
        foot_dark=0.2,
        alpha=0.93,
    )
    neck_top = base - body_h - h * 0.1
    cap = Body(cx, neck_top, base - body_h + 3, h * 0.07, [(0, 0.7), (0.5, 1.2), (1, 1.0)], 0.2)
    cap.paint(sc, GOLD, top_dark=0)
    stick = [(cx, neck_top - h * 0.25), (cx, neck_top)]
    tube(sc, stick, h * 0.035, rgb("#d9aa3c"), 0.8)
    p = poly(xform(SHAPE_PETAL, cx, neck_top - h * 0.28, h * 0.05, h * 0.07))
    sc.fill(p, lingrad(p.w, p.h, GOLD, 30))


def paint_perfume(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    glasses = [rgb(c) for c in ("#b8860b", "#8b1a1a", "#1f6b4a", "#c25a1a", "#6a1b6a", "#d4a017")]
    rng.shuffle(glasses)
    kinds = ["drop", "tall", "round"]
    stage(
        sc,
        ["rose", "maroon", "plum", "midnight"],
        ["velvet_red", "dark", "walnut"],
        0.7,
        arch=v == 1,
    )
    if v == 2:
        deg = vessel(sc, W * 0.28, H * 0.84, H * 0.5, "pot", COPPER, [], open_top=False, width=0.55)
        sc.fill(
            ell(W * 0.28, deg.top, deg.rs[0], deg.rs[0] * 0.15),
            lingrad(int(deg.rs[0] * 2) + 5, int(deg.rs[0] * 0.3) + 5, COPPER, 0),
        )
        tube(
            sc,
            [(W * 0.3, deg.top - H * 0.02), (W * 0.45, H * 0.22), (W * 0.62, H * 0.46)],
            H * 0.025,
            rgb("#c8a060"),
            0.3,
        )
        for i in range(3):
            attar_bottle(
                sc,
                W * (0.62 + 0.1 * i),
                H * (0.86 + 0.03 * (i % 2)),
                H * (0.3 - 0.04 * i),
                glasses[i],
                kinds[i % 3],
            )
    else:
        disc(
            sc,
            W * 0.5,
            H * 0.84,
            W * 0.3,
            BRASS,
            radial_deco(rng, 2),
            ENGRAVED,
            sy=0.26,
            shadow=0.5,
        )
        n = 5 if v == 1 else 3
        big = 1.0 if v == 1 else 1.45
        xs = [0.34, 0.42, 0.5, 0.58, 0.66] if n == 5 else [0.36, 0.5, 0.64]
        hs = [0.26, 0.32, 0.4, 0.3, 0.24] if n == 5 else [0.3, 0.38, 0.28]
        order = sorted(range(n), key=lambda i: abs(xs[i] - 0.5), reverse=True)
        for i in order:
            attar_bottle(
                sc,
                W * xs[i],
                H * (0.84 + (0.02 if i % 2 else 0)),
                H * hs[i] * big,
                glasses[i],
                kinds[i % 3],
            )
    petals(
        sc,
        W * 0.08,
        W * 0.92,
        H * 0.845,
        H * 0.89,
        [rgb("#b3122e"), rgb("#d81b60"), rgb("#f3f0e6")],
        8,
        H * 0.026,
    )
