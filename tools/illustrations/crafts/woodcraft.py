"""The woodcraft painter, with its carved faces and jaali screens."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw

from tools.illustrations.bodies import Body
from tools.illustrations.canvas import BRASS, H, Scene, W, material
from tools.illustrations.colour import Color, dark, hgrad, light, lingrad, rgb, stops
from tools.illustrations.crafts.common import ZARI, _emboss, _has, stage, vessel_scene
from tools.illustrations.objects import box3d, disc, radial_deco
from tools.illustrations.shapes import (
    SHAPE_DIAMOND,
    SHAPE_LEAF,
    TAU,
    Part,
    ell,
    rect,
    rosette,
    star,
    xform,
)
from tools.illustrations.staging import marigold, pedestal


def carved_face(
    rng: random.Random, w: int, h: int, wood: Color, style: str = "carved", inlay: Color = ZARI
) -> Image.Image:
    """A wooden panel with a frame and a central medallion, carved in relief or inlaid."""
    img = lingrad(w, h, stops((0, light(wood, 0.06)), (1, dark(wood, 0.12))), 20)
    grain = ImageDraw.Draw(img)
    for k in range(int(h / 40)):
        y = k * 40 + rng.uniform(0, 30)
        grain.line(
            [(0, y), (w * 0.4, y + rng.uniform(-8, 8)), (w, y + rng.uniform(-10, 10))],
            fill=dark(wood, 0.1),
            width=2,
        )
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    b = min(w, h) * 0.08
    lw = max(3, int(min(w, h) * 0.015))
    d.rectangle((b, b, w - b, h - b), outline=255, width=lw)
    d.rectangle((b * 1.5, b * 1.5, w - b * 1.5, h - b * 1.5), outline=255, width=max(2, lw // 2))
    cx, cy = w / 2, h / 2
    ms = min(w, h) * 0.3
    if style == "inlay":
        for k in range(4):
            rr = ms * (1 - k * 0.22)
            d.polygon(xform(SHAPE_DIAMOND, cx, cy, rr * 1.6, rr * 1.1), outline=255, width=lw)
        n = int((w - 3 * b) / (b * 0.6))
        for i in range(n):
            x = b * 2 + i * (w - 4 * b) / max(1, n - 1)
            for y in (b * 2.1, h - b * 2.1):
                d.ellipse((x - lw, y - lw, x + lw, y + lw), fill=255)
        d.polygon(xform(star(8, 0.5), cx, cy, ms * 0.3, ms * 0.3), fill=255)
        img.paste(lingrad(w, h, material(inlay, metal=True), 35), (0, 0), m)
        return img
    d.polygon(xform(rosette(10, 0.35), cx, cy, ms, ms), fill=255)
    for k in range(4):
        a = k * TAU / 4 + TAU / 8
        for sgn in (-1, 1):
            pts = [
                (
                    cx + (ms * 1.0 + t * ms * 1.2) * math.cos(a) * (w / h if w > h else 1),
                    cy
                    + (ms * 1.0 + t * ms * 0.8) * math.sin(a)
                    + sgn * ms * 0.2 * math.sin(t * math.pi),
                )
                for t in [i / 10 for i in range(11)]
            ]
            d.line(pts, fill=255, width=lw)
            x, y = pts[6]
            d.polygon(xform(SHAPE_LEAF, x, y, ms * 0.09, ms * 0.2, a + sgn * 1.0), fill=255)
    inner = Image.new("L", (w, h), 0)
    ImageDraw.Draw(inner).polygon(xform(rosette(10, 0.35), cx, cy, ms * 0.6, ms * 0.6), fill=255)
    ImageDraw.Draw(inner).ellipse(
        (cx - ms * 0.2, cy - ms * 0.2, cx + ms * 0.2, cy + ms * 0.2), fill=0
    )
    _emboss(
        img, m, lingrad(w, h, stops((0, light(wood, 0.32)), (1, light(wood, 0.05))), 35), 7, 0.75
    )
    img.paste(dark(wood, 0.4), (0, 0), inner)
    return img


def jaali(sc: Scene, x0: float, y0: float, w: float, h: float, base: Color, cell: float) -> None:
    """A pierced screen: the light behind falls through it onto the wall."""
    outer = rect(x0, y0, x0 + w, y0 + h)
    holes = Image.new("L", outer.m.size, 0)
    d = ImageDraw.Draw(holes)
    fw = cell * 0.8
    nx = int((w - 2 * fw) / cell)
    ny = int((h - 2 * fw) / cell)
    ox = (w - nx * cell) / 2
    oy = (h - ny * cell) / 2
    for i in range(nx):
        for j in range(ny):
            cx, cy = ox + (i + 0.5) * cell, oy + (j + 0.5) * cell
            d.polygon(xform(star(8, 0.72), cx, cy, cell * 0.42, cell * 0.42, math.pi / 8), fill=255)
    screen = Part(ImageChops.subtract(outer.m, holes), outer.x, outer.y)
    sc.shadow(screen, w * 0.06, h * 0.03, cell * 0.18, 0.55)
    sc.fill(
        screen,
        lingrad(screen.w, screen.h, stops((0, light(base, 0.18)), (1, dark(base, 0.25))), 60),
    )
    edge = Part(
        holes.transform(holes.size, Image.Transform.AFFINE, (1, 0, 4, 0, 1, 5)), outer.x, outer.y
    ).inter(screen)
    sc.fill(edge.faded(0.6), dark(base, 0.45))


def paint_woodcraft(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    inlay = _has(name, "tarkashi", "inlay")
    wood = rgb("#3b2414") if inlay else rgb(rng.choice(["#8a5630", "#7a4a26", "#9a6538"]))
    style = "inlay" if inlay else "carved"
    if _has(name, "furniture", "chair", "table", "stool"):
        v = {1: 4, 2: 1, 3: 2}[v]
    if v == 2 and not inlay:
        stage(sc, ["ochre", "sand", "sage"], ["walnut", "teak"], 0.74, glow_x=0.36)
        jaali(sc, W * 0.12, H * 0.1, W * 0.42, H * 0.72, wood, H * 0.075)
        face = carved_face(rng, 700, 420, wood, style)
        box3d(
            sc,
            W * 0.56,
            H * 0.88,
            W * 0.3,
            H * 0.18,
            H * 0.2,
            face,
            carved_face(rng, 700, 480, wood, style),
            dark(wood, 0.2),
        )
        return
    if v == 3:
        mats = [material(wood, gloss=0.3), material(light(wood, 0.1), gloss=0.3)]
        deco = [material(ZARI, metal=True)] if inlay else [material(dark(wood, 0.45))]
        vessel_scene(
            sc,
            mats,
            deco,
            ["bowl", "vase", "jar", "pot"],
            ["sage", "cream", "teal"],
            ["walnut", "linen"],
            inside=dark(wood, 0.6),
        )
        return
    if v == 4:
        stage(sc, ["sage", "cream", "teal", "ochre"], ["teak", "stone"], 0.72)
        cx, topy, r = W * 0.5, H * 0.36, W * 0.27
        for lx in (-0.75, -0.3, 0.3, 0.75):
            leg = Body(
                cx + r * lx,
                topy + H * 0.02,
                H * 0.88 - abs(lx) * H * 0.02,
                H * 0.04,
                [(0, 0.8), (0.15, 1.2), (0.3, 0.7), (0.5, 1.0), (0.7, 0.6), (0.9, 0.9), (1, 0.7)],
                0.2,
            )
            sc.contact(leg.cx, leg.bottom, H * 0.04, H * 0.01, 0.55)
            leg.paint(sc, material(wood, gloss=0.3), top_dark=0.3)
        top = Body(cx, topy, topy + H * 0.06, r, [(0, 1), (1, 0.97)], 0.3)
        sc.shadow(top.part, 30, 30, 40, 0.45)
        top.paint(sc, material(wood, gloss=0.3), top_dark=0)
        face = ell(cx, topy, r, r * 0.3)
        sc.fill(face, carved_face(rng, face.w, face.h, light(wood, 0.05), style))
        return
    if v == 2:  # inlaid boxes of two sizes and an inlaid plate
        stage(sc, ["sage", "sand", "teal"], ["walnut", "teak"], 0.7, glow_x=0.45)
        disc(
            sc,
            W * 0.33,
            H * 0.45,
            H * 0.27,
            material(wood, gloss=0.4, contrast=0.7),
            radial_deco(rng, 2),
            material(ZARI, metal=True),
            sy=0.97,
        )
        sc.contact(W * 0.33, H * 0.73, H * 0.2, H * 0.025, 0.5)
        box3d(
            sc,
            W * 0.5,
            H * 0.88,
            W * 0.3,
            H * 0.2,
            H * 0.2,
            carved_face(rng, 760, 440, wood, style),
            carved_face(rng, 760, 520, wood, style),
            dark(wood, 0.2),
        )
        box3d(
            sc,
            W * 0.18,
            H * 0.92,
            W * 0.17,
            H * 0.1,
            H * 0.12,
            carved_face(rng, 520, 300, wood, style),
            carved_face(rng, 520, 360, wood, style),
            dark(wood, 0.2),
        )
        return
    hy = stage(sc, ["teal", "indigo", "olive", "plum"], ["walnut", "teak"], 0.72, arch=True)
    top = pedestal(sc, W * 0.5, hy + H * 0.06, W * 0.25, H * 0.06, rgb("#d8c8a8"))
    face = carved_face(rng, 900, 560, wood, style)
    box3d(
        sc,
        W * 0.3,
        top + H * 0.035,
        W * 0.36,
        H * 0.26,
        H * 0.24,
        face,
        carved_face(rng, 900, 600, wood, style),
        dark(wood, 0.2),
    )
    latch = rect(
        W * 0.48 - H * 0.02,
        top + H * 0.035 - H * 0.26,
        W * 0.48 + H * 0.02,
        top + H * 0.035 - H * 0.2,
        6,
    )
    sc.fill(latch, hgrad(latch.w, latch.h, BRASS))
    marigold(sc, W * 0.84, H * 0.87, H * 0.04)
    marigold(sc, W * 0.79, H * 0.89, H * 0.032)
