"""The textiles painter: sarees and stoles draped, hung and folded."""

from __future__ import annotations

from tools.illustrations.bodies import hcyl
from tools.illustrations.canvas import H, Scene, W, material
from tools.illustrations.cloth import cloth_design, drape, folded_stack, rod_stand
from tools.illustrations.colour import BILINEAR, lingrad, rgb
from tools.illustrations.crafts.common import TABLES, WALLS, WOOD, ZARI, _has
from tools.illustrations.shapes import SHAPE_PAISLEY, Part, rosette
from tools.illustrations.staging import backdrop, marigold, petals

SILKS = [
    (rgb("#9e1230"), ZARI, rgb("#1f7a4d")),
    (rgb("#a8175e"), ZARI, rgb("#f0b43c")),
    (rgb("#1d3f8f"), ZARI, rgb("#c2185b")),
    (rgb("#0f6b4f"), ZARI, rgb("#b3122e")),
    (rgb("#5b1f72"), ZARI, rgb("#e07a1f")),
    (rgb("#d9741c"), rgb("#f5d27a"), rgb("#7a1030")),
    (rgb("#0f6e78"), ZARI, rgb("#f08a24")),
    (rgb("#7a0f1c"), ZARI, rgb("#e8c66a")),
]
COTTONS = [
    (rgb("#f1e6cf"), rgb("#9b2f22"), rgb("#24406e")),
    (rgb("#e9d8b6"), rgb("#2c4f7c"), rgb("#b5462c")),
    (rgb("#f3ede0"), rgb("#2f6b4a"), rgb("#c0782a")),
    (rgb("#2b3f6b"), rgb("#e8dcc0"), rgb("#c9552e")),
]


def paint_textiles(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    light_cloth = _has(
        name,
        "stole",
        "scarf",
        "shawl",
        "dupatta",
        "furnish",
        "bedsheet",
        "sheet",
        "handloom",
        "cotton",
        "print",
        "block",
    )
    pool = COTTONS + SILKS[:3] if light_cloth and not _has(name, "silk", "sari") else SILKS
    picks = rng.sample(pool, 4)
    motif = SHAPE_PAISLEY if not _has(name, "print", "block", "sheet") else rosette(8, 0.3)
    designs = [cloth_design(rng, 1400, 700, b, z, a, motif, pallu=0.0) for b, z, a in picks[1:]]
    if v == 3:
        surface = rng.choice(["walnut", "linen"])
        sc.img.paste(lingrad(W, H, TABLES[surface], 70), (0, 0))
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 236, 200), 0.3)
        base, zari, acc = picks[0]
        flat = cloth_design(rng, 2200, 1200, base, zari, acc, motif, spacing=0.28, pallu=0.3)
        pic, mask = drape(flat, int(W * 0.8), int(H * 0.5), rng, folds=3.5, amp=0.018, hem=0.02)
        rot = rng.choice([-14, 12])
        pic = pic.rotate(rot, BILINEAR, expand=True)
        mask = mask.rotate(rot, BILINEAR, expand=True)
        p = Part(mask, int(W * 0.5 - pic.width / 2), int(H * 0.36 - pic.height / 2))
        sc.shadow(p, 24, 30, 40, 0.5)
        sc.fill(p, pic)
        folded_stack(sc, W * 0.7, H * 0.93, W * 0.34, designs[:2], thick=0.045, depth=0.14)
        for i in range(3):
            marigold(sc, W * (0.12 + 0.09 * i), H * (0.86 - 0.05 * (i % 2)), H * 0.035)
        return
    wall = rng.choice(["plum", "teal", "maroon"] if v == 1 else ["indigo", "olive", "charcoal"])
    hy = backdrop(
        sc,
        WALLS[wall],
        TABLES[rng.choice(["walnut", "teak"])],
        0.7,
        glow=(255, 214, 160),
        glow_at=(0.45 if v == 1 else 0.5, 0.4),
    )
    if v == 1:
        x0, x1 = W * 0.1, W * 0.52
        base, zari, acc = picks[0]
        flat = cloth_design(
            rng, 1500, 2000, base, zari, acc, motif, spacing=0.18, border=0.12, pallu=0.0
        )
        rod_stand(sc, x0, x1, H * 0.14, hy + H * 0.06, WOOD)
        pic, mask = drape(
            flat, int(x1 - x0), int(hy + H * 0.02 - H * 0.15), rng, folds=4, amp=0.05, hem=0.04
        )
        p = Part(mask, int(x0), int(H * 0.15))
        sc.shadow(p, 40, 20, 50, 0.5)
        sc.fill(p, pic)
        hcyl(sc, x0 - H * 0.024, x1 + H * 0.024, H * 0.14, H * 0.012, material(WOOD), end=False)
        folded_stack(sc, W * 0.74, H * 0.86, W * 0.36, designs, thick=0.05, depth=0.14)
        petals(
            sc, W * 0.06, W * 0.5, H * 0.8, H * 0.88, [rgb("#c21f3a"), rgb("#e8a020")], 7, H * 0.026
        )
    else:
        folded_stack(
            sc, W * 0.33, H * 0.84, W * 0.36, designs[:2] + [designs[2]], thick=0.05, depth=0.15
        )
        folded_stack(sc, W * 0.7, H * 0.88, W * 0.34, designs[::-1][:2], thick=0.05, depth=0.15)
        marigold(sc, W * 0.52, H * 0.9, H * 0.035)
        marigold(sc, W * 0.56, H * 0.93, H * 0.03)
