"""Runs the benchmarks and prints the figures: `python -m benchmarks [NAME]... [OPTIONS]`.

Names: startup, navigation, qr, import, map, search, scale, soak (all but soak by default).
`scale` measures every DESIGN §7 number at 10,000 products beside its target, with headless
Chromium on the same gallery; its options shorten a trial run (the defaults are the issue's
full run). `soak` runs a restless visitor's 100,000 actions on the 10,000-product catalogue
(most of an hour: name it to run it) and prints the memory curve.
"""

import argparse
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from benchmarks import (
    catalogue_import,
    district_map,
    navigation,
    qr,
    scale,
    search,
    soak,
    startup,
)

SIMPLE = {
    "startup": ("start to attract loop on screen (bundled catalogue)", startup.run),
    "navigation": ("tap to next screen drawn (bundled catalogue)", navigation.run),
    "qr": ("QR codes", qr.run),
    "import": ("staff import", catalogue_import.run),
    "map": ("district map: finger move to frame drawn while zooming", district_map.run),
    "search": ("visitors' search, 10,000 products", search.run),
}
NAMES = (*SIMPLE, "scale", "soak")
DEFAULT = (*SIMPLE, "scale")  # the soak takes most of an hour: run when named


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", choices=[[], *NAMES], metavar="NAME")
    parser.add_argument("--cycles", type=int, default=10_000, help="scale: navigation cycles")
    parser.add_argument("--taps", type=int, default=40, help="scale: taps timed")
    parser.add_argument(
        "--flick-s", type=float, default=None, help="scale: flick at most this long (s)"
    )
    parser.add_argument(
        "--browse",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="scale: scroll every craft and district gallery top to bottom",
    )
    soak.add_options(parser)
    options = parser.parse_args(argv)
    names = options.names or DEFAULT
    print("ODOP kiosk benchmarks (offscreen, Qt Quick software backend)", flush=True)
    for name in names:
        if name == "scale":
            print("\nat pavilion scale (DESIGN §7)", flush=True)
            for figure in scale.run(options):
                print(figure.line(), flush=True)
            continue
        if name == "soak":
            print("\nsoak: a restless visitor on 10,000 products, memory after warm-up", flush=True)
            for figure in soak.run(options):
                print(figure.line(), flush=True)
            continue
        title, run = SIMPLE[name]
        print(f"\n{title}", flush=True)
        for label, value in run().items():
            print(f"  {label:<44} {value}", flush=True)


if __name__ == "__main__":
    main()
