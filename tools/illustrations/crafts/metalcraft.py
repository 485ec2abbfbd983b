"""The metalcraft painter, with its locks, keys, bells, gears and wheels."""

from __future__ import annotations

import math

from tools.illustrations.bodies import Body, hcyl, sphere, sphere_img
from tools.illustrations.canvas import BRASS, COPPER, H, Scene, W, material
from tools.illustrations.colour import Color, dark, hgrad, light, lingrad, rgb, stops, vgrad
from tools.illustrations.crafts.common import WOOD, _has, stage, vessel_scene
from tools.illustrations.objects import tube
from tools.illustrations.shapes import TAU, ell, poly, rect, ring, rosette, xform

ENAMELS = [
    material("#b3202e", gloss=0.6),
    material("#1d6b52", gloss=0.6),
    material("#1f4f9c", gloss=0.6),
]
ENGRAVED = material("#6b4a16", metal=True)


def padlock(sc: Scene, cx: float, base: float, w: float, metal: Color, shackle: Color) -> None:
    h = w * 0.95
    x0, x1, y0 = cx - w / 2, cx + w / 2, base - h
    # shackle first: it disappears into the body
    sw = w * 0.13
    arc = [(cx - w * 0.3, y0 + h * 0.1), (cx - w * 0.3, y0 - h * 0.32)]
    arc += [
        (cx - w * 0.3 * math.cos(a), y0 - h * 0.32 - w * 0.3 * math.sin(a))
        for a in [i * math.pi / 16 for i in range(1, 16)]
    ]
    arc += [(cx + w * 0.3, y0 - h * 0.32), (cx + w * 0.3, y0 + h * 0.1)]
    sc.shadow(poly(arc + [(cx, y0)]), w * 0.08, w * 0.02, w * 0.06, 0.3)
    tube(sc, arc, sw, shackle, 0.8)
    side = rect(x0 + w * 0.06, y0 + w * 0.02, x1 + w * 0.06, base + w * 0.02, w * 0.2)
    body = rect(x0, y0, x1, base, w * 0.2)
    sc.shadow(body, w * 0.12, w * 0.06, w * 0.12, 0.55)
    sc.fill(side, vgrad(side.w, side.h, stops((0, dark(metal, 0.35)), (1, dark(metal, 0.7)))))
    sc.fill(body, hgrad(body.w, body.h, material(metal, metal=True)))
    inset = rect(x0 + w * 0.07, y0 + w * 0.07, x1 - w * 0.07, base - w * 0.07, w * 0.14)
    sc.fill(
        inset.minus(rect(x0 + w * 0.09, y0 + w * 0.09, x1 - w * 0.09, base - w * 0.09, w * 0.12)),
        dark(metal, 0.45),
    )
    for ux in (0.2, 0.8):
        for uy in (0.2, 0.8):
            pts = xform(rosette(8, 0.4), x0 + w * ux, y0 + h * uy, w * 0.06, w * 0.06)
            sc.fill(poly(pts), dark(metal, 0.4))
    plate = poly(xform(rosette(12, 0.18), cx, y0 + h * 0.52, w * 0.24, w * 0.24))
    sc.shadow(plate, 4, 6, 8, 0.4)
    sc.fill(plate, lingrad(plate.w, plate.h, material(light(metal, 0.15), metal=True), 35))
    hole = poly(
        [
            (cx - w * 0.035, y0 + h * 0.5),
            (cx + w * 0.035, y0 + h * 0.5),
            (cx + w * 0.055, y0 + h * 0.66),
            (cx - w * 0.055, y0 + h * 0.66),
        ]
    )
    sc.fill(hole.plus(ell(cx, y0 + h * 0.47, w * 0.06, w * 0.06)), (18, 12, 6))


def key(sc: Scene, x: float, y: float, length: float, metal: Color, angle: float = -0.15) -> None:
    c, s = math.cos(angle), math.sin(angle)
    r = length * 0.16
    p = ring(x, y, r, r, r * 0.45)
    sc.shadow(p, 8, 10, 10, 0.45)
    sc.fill(p, lingrad(p.w, p.h, material(metal, metal=True), 30))
    end = (x + c * length, y + s * length)
    sc.shadow(poly([(x, y - 6), end, (end[0], end[1] + 8), (x, y + 6)]), 8, 12, 10, 0.4)
    tube(sc, [(x + c * r, y + s * r), end], length * 0.07, metal, 0.7)
    bx, by = x + c * length * 0.78, y + s * length * 0.78
    bit = poly(
        [
            (bx, by),
            (bx + c * length * 0.2, by + s * length * 0.2),
            (bx + c * length * 0.2 - s * length * 0.14, by + s * length * 0.2 + c * length * 0.14),
            (bx - s * length * 0.14, by + c * length * 0.14),
        ]
    )
    sc.fill(bit, lingrad(bit.w, bit.h, material(metal, metal=True), 0))


def bell(sc: Scene, cx: float, top: float, h: float, metal: Color, hang: float = 0.0) -> None:
    if hang:
        for k in range(int(hang / (h * 0.12))):
            yy = top - hang + k * h * 0.12
            p = ring(cx, yy + h * 0.06, h * 0.03, h * 0.06, h * 0.015)
            sc.fill(p, dark(metal, 0.3))
    b = Body(
        cx,
        top + h * 0.12,
        top + h,
        h * 0.5,
        [(0, 0.28), (0.25, 0.42), (0.6, 0.6), (0.88, 0.9), (1, 1.0)],
        0.22,
    )
    sc.shadow(b.part, h * 0.2, h * 0.1, h * 0.2, 0.4)
    sphere(sc, cx, top + h * 0.1, h * 0.11, metal, 0.6)
    b.paint(
        sc,
        material(metal, metal=True),
        [
            (
                material(dark(metal, 0.35), metal=True),
                lambda d, bb: (bb.band(d, 0.3, h * 0.03), bb.band(d, 0.85, h * 0.04)),
            )
        ],
        top_dark=0.0,
        foot_dark=0.1,
    )
    mouth = ell(cx, top + h, h * 0.5, h * 0.11)
    sc.fill(mouth, vgrad(mouth.w, mouth.h, stops((0, (25, 15, 5)), (1, dark(metal, 0.5)))))
    sphere(sc, cx + h * 0.05, top + h * 1.04, h * 0.09, dark(metal, 0.1), 0.5)


def gear(
    sc: Scene, cx: float, cy: float, r: float, teeth: int, metal: Color, rot: float = 0.0
) -> None:
    pts = []
    for i in range(teeth * 4):
        a = rot + i * TAU / (teeth * 4)
        rr = r if i % 4 in (1, 2) else r * 0.86
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p = poly(pts).minus(ell(cx, cy, r * 0.22, r * 0.22))
    sc.shadow(p, r * 0.08, r * 0.1, r * 0.1, 0.55)
    sc.fill(p, lingrad(p.w, p.h, material(metal, metal=True), 40))
    face = ring(cx, cy, r * 0.72, r * 0.72, r * 0.1)
    sc.fill(face, lingrad(face.w, face.h, material(dark(metal, 0.2), metal=True), 220))
    for k in range(5):
        a = rot + k * TAU / 5
        hole = ell(cx + r * 0.47 * math.cos(a), cy + r * 0.47 * math.sin(a), r * 0.11, r * 0.11)
        sc.fill(hole, dark(metal, 0.65))
    hub = ring(cx, cy, r * 0.3, r * 0.3, r * 0.08)
    sc.fill(hub, lingrad(hub.w, hub.h, material(light(metal, 0.1), metal=True), 40))


def wheel(
    sc: Scene, cx: float, cy: float, r: float, wood: Color, iron: Color, spokes: int = 10
) -> None:
    for k in range(spokes):
        a = k * TAU / spokes + 0.1
        tube(
            sc,
            [
                (cx + r * 0.18 * math.cos(a), cy + r * 0.18 * math.sin(a)),
                (cx + r * 0.9 * math.cos(a), cy + r * 0.9 * math.sin(a)),
            ],
            r * 0.07,
            wood,
            0.2,
        )
    felloe = ring(cx, cy, r * 0.94, r * 0.94, r * 0.1)
    sc.shadow(felloe, r * 0.06, r * 0.06, r * 0.08, 0.5)
    sc.fill(felloe, lingrad(felloe.w, felloe.h, material(wood), 45))
    rim = ring(cx, cy, r, r, r * 0.07)
    sc.fill(rim, lingrad(rim.w, rim.h, material(iron, metal=True), 40))
    hub = ell(cx, cy, r * 0.2, r * 0.2)
    sc.fill(hub, sphere_img(hub.w, wood, 0.2))
    sc.fill(ring(cx, cy, r * 0.2, r * 0.2, r * 0.04), dark(iron, 0.2))
    sphere(sc, cx, cy, r * 0.07, iron, 0.6)


def paint_metalcraft(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    brass, steel = rgb("#c9962e"), rgb("#a7adb5")
    if _has(name, "tiffin", "kadhai"):
        from tools.illustrations.crafts import additions

        return (additions.paint_tiffin if "tiffin" in name else additions.paint_kadhai)(sc)
    if _has(name, "lock", "hardware"):
        stage(
            sc,
            ["teal", "indigo", "maroon"] if v != 2 else ["charcoal", "olive"],
            ["walnut", "dark"],
            0.7,
            arch=v == 1,
        )
        if v == 2:
            for cx, w, m in ((0.3, 0.24, brass), (0.56, 0.18, steel), (0.76, 0.14, rgb("#b07a3a"))):
                padlock(sc, W * cx, H * 0.86, W * w, m, steel if m != steel else brass)
            key(sc, W * 0.12, H * 0.93, W * 0.14, brass, -0.05)
        else:
            padlock(
                sc,
                W * 0.5,
                H * 0.84,
                W * (0.3 if v == 1 else 0.36),
                brass if v == 1 else rgb("#b8862e"),
                steel,
            )
            key(sc, W * 0.7, H * 0.92, W * 0.16, brass, -0.2)
            if v == 3:
                key(sc, W * 0.14, H * 0.88, W * 0.12, steel, 0.1)
        return
    if _has(name, "bell", "ghungroo", "ghunghroo"):
        stage(sc, ["maroon", "indigo", "teal"], ["walnut", "velvet_red"], 0.74, arch=False)
        beam_y = H * 0.06
        sc.shadow(rect(0, beam_y - H * 0.03, W, beam_y + H * 0.03), 0, 20, 30, 0.5)
        hcyl(sc, -10, W + 10, beam_y, H * 0.03, material(WOOD), end=False)
        sizes = (
            [(0.3, 0.26, 0.3), (0.52, 0.34, 0.18), (0.73, 0.22, 0.34)]
            if v != 3
            else [(0.4, 0.36, 0.24), (0.68, 0.24, 0.3)]
        )
        for x, hh, drop in sizes:
            bell(
                sc,
                W * x,
                beam_y + H * drop,
                H * hh,
                brass if rng.random() < 0.7 else rgb("#b5643a"),
                hang=H * drop,
            )
        # a string of ghungroos across the table
        y0 = H * 0.9
        strap = [
            (W * (0.08 + 0.84 * i / 40), y0 + H * 0.03 * math.sin(i / 40 * TAU * 1.5))
            for i in range(41)
        ]
        sc.line(strap, rgb("#8c1d24"), H * 0.022)
        for i in range(0, 41, 2):
            x, y = strap[i]
            sc.shadow(ell(x, y, H * 0.016, H * 0.016), 4, 6, 6, 0.5)
            sphere(sc, x, y - H * 0.01, H * 0.017, brass, 0.7)
            sc.line(
                [(x - H * 0.008, y - H * 0.004), (x + H * 0.008, y - H * 0.004)], (40, 25, 8), 3
            )
        return
    if _has(name, "engineering", "gear", "machine"):
        stage(sc, ["charcoal", "indigo", "teal"], ["dark", "stone"], 0.68)
        metals = [steel, brass, rgb("#8a9099")]
        gear(sc, W * 0.4, H * 0.52, H * 0.26, 16, metals[v % 3], 0.05)
        gear(sc, W * 0.64, H * 0.4, H * 0.16, 10, metals[(v + 1) % 3], 0.15)
        gear(sc, W * 0.66, H * 0.74, H * 0.13, 9, metals[(v + 2) % 3], 0.3)
        return
    if _has(name, "rim", "axle", "wheel"):
        stage(sc, ["ochre", "sand", "olive"], ["teak", "stone"], 0.72)
        wheel(sc, W * 0.45, H * 0.5, H * 0.36, WOOD, rgb("#5a5f66"))
        if v == 3:
            sc.zoom = (1.4, 0.45, 0.5)
        hcyl(sc, W * 0.55, W * 0.92, H * 0.82, H * 0.035, material("#5a5f66", metal=True))
        return
    if _has(name, "tap", "sanitary", "fitting", "faucet"):
        stage(sc, ["sage", "cream", "charcoal"], ["stone"], 0.62)
        chrome = rgb("#c8ccd2")
        for cx, s in ((0.5, 1.5),) if v != 3 else ((0.42, 1.3), (0.8, 1.0)):
            base = H * 0.64
            col = Body(
                W * cx,
                base - H * 0.2 * s,
                base,
                H * 0.04 * s,
                [(0, 0.7), (0.8, 0.8), (1, 1.3)],
                0.2,
            )
            sc.shadow(col.part, 30, 10, 25, 0.4)
            col.paint(sc, material(chrome, metal=True), top_dark=0, foot_dark=0.1)
            x0 = W * cx
            spout = [
                (x0, base - H * 0.18 * s),
                (x0 + H * 0.02 * s, base - H * 0.27 * s),
                (x0 + H * 0.1 * s, base - H * 0.29 * s),
                (x0 + H * 0.17 * s, base - H * 0.23 * s),
                (x0 + H * 0.18 * s, base - H * 0.19 * s),
            ]
            tube(sc, spout, H * 0.04 * s, chrome, 1.0)
            tube(
                sc,
                [(x0 - H * 0.01, base - H * 0.22 * s), (x0 - H * 0.11 * s, base - H * 0.29 * s)],
                H * 0.026 * s,
                chrome,
                1.0,
            )
            sphere(sc, x0, base - H * 0.21 * s, H * 0.034 * s, chrome, 0.9)
            sx = x0 + H * 0.18 * s
            stream = rect(sx - H * 0.007 * s, base - H * 0.19 * s, sx + H * 0.007 * s, H * 0.72)
            sc.fill(
                stream.faded(0.4),
                hgrad(stream.w, stream.h, stops((0, "#9ec7e0"), (0.4, "#ffffff"), (1, "#7aa8c8"))),
            )
        basin = Body(W * 0.56, H * 0.68, H * 0.9, W * 0.29, [(0, 1.0), (0.5, 0.9), (1, 0.55)], 0.22)
        sc.shadow(basin.part, 30, 20, 40, 0.4)
        basin.paint(sc, material("#f1eee8", gloss=0.6, contrast=0.45), top_dark=0, foot_dark=0.15)
        basin.rim(sc, rgb("#b9b4aa"), material("#f7f5f0", gloss=0.6, contrast=0.3), thick=0.07)
        return
    if _has(name, "aluminium", "aluminum", "utensil", "cookware"):
        mats = [material("#c3c7cd", metal=True), material("#b5b9c0", metal=True)]
        vessel_scene(
            sc,
            mats,
            [],
            ["cylinder", "pot", "bowl", "tumbler"],
            ["teal", "terracotta", "indigo"],
            ["walnut", "teak"],
            inside=(60, 62, 66),
        )
        return
    decos = [ENGRAVED] + ([rng.choice(ENAMELS)] if rng.random() < 0.6 else [])
    mats = [BRASS, COPPER] if _has(name, "copper") else [BRASS, material("#d3a540", metal=True)]
    vessel_scene(
        sc,
        mats,
        decos,
        ["surahi", "vase", "lota", "pitcher", "pot"],
        ["teal", "indigo", "maroon", "charcoal"],
        ["walnut", "dark"],
        inside=(40, 24, 6),
        accents=[rgb("#e8891c"), rgb("#c21f3a")],
    )
