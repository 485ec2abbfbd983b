"""Statistics reports for managers: a CSV of every counter and PNG charts, in the
pavilion's time zone, labelled in English."""

import csv
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.atomic import write_bytes, write_text
from kiosk.catalog.store import Catalog
from kiosk.state.stats import Count, parse_hour

CSV_COLUMNS = ("kiosk", "hour_utc", "date", "hour", "metric", "key", "name", "count")
TOP = 20
NOTO_SANS = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")


@dataclass(frozen=True)
class LocalCount:
    count: Count
    local: datetime  # the start of the counted hour in the pavilion's time zone

    @property
    def date(self) -> date:
        return self.local.date()


def localize(
    counts: Iterable[Count],
    time_zone: str,
    first: date | None = None,
    last: date | None = None,
) -> list[LocalCount]:
    """The counts in the pavilion's time zone, of local days `first` to `last` inclusive."""
    zone = ZoneInfo(time_zone)
    rows = [LocalCount(c, parse_hour(c.hour).astimezone(zone)) for c in counts]
    return [
        row
        for row in rows
        if (first is None or row.date >= first) and (last is None or row.date <= last)
    ]


def english_name(catalog: Catalog | None, metric: str, key: str) -> str:
    """The English name of what a key stands for, where the catalogue still has it."""
    if catalog is None:
        return ""
    if metric == "product" and key in catalog.products:
        return catalog.products[key].name["en"]
    if metric in ("district", "district_page") and key in catalog.districts:
        return catalog.districts[key].name["en"]
    if metric in ("craft", "craft_page") and key in catalog.crafts:
        return catalog.crafts[key].name["en"]
    return ""


def write_csv(rows: list[LocalCount], catalog: Catalog | None, out: Path) -> int:
    """One line per counter and hour; returns the number of lines."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        c = row.count
        writer.writerow(
            [
                c.kiosk,
                c.hour,
                row.date.isoformat(),
                row.local.strftime("%H:%M"),
                c.metric,
                c.key,
                english_name(catalog, c.metric, c.key),
                c.count,
            ]
        )
    write_text(out, buffer.getvalue())
    return len(rows)


def totals(rows: Iterable[LocalCount], metric: str) -> Counter[str]:
    result: Counter[str] = Counter()
    for row in rows:
        if row.count.metric == metric:
            result[row.count.key] += row.count.count
    return result


def summary(rows: list[LocalCount]) -> list[str]:
    """A few lines for the terminal."""
    visits = sum(totals(rows, "visits").values())
    seconds = sum(totals(rows, "visit_seconds").values())
    kiosks = sorted({row.count.kiosk for row in rows})
    days = sorted({row.date for row in rows})
    span = f"{days[0]} to {days[-1]}" if days else "no days"
    lines = [
        f"{span}, {len(kiosks)} kiosk(s): {visits} visits, "
        f"average {seconds / visits if visits else 0:.0f} s"
    ]
    for metric in ("language", "qr", "page"):
        counted = totals(rows, metric)
        if counted:
            lines.append(f"{metric}: " + ", ".join(f"{k} {n}" for k, n in counted.most_common()))
    return lines


# -- charts --------------------------------------------------------------------------------
CHARTS = (
    "visits-per-day",
    "visits-per-hour",
    "languages",
    "top-products",
    "top-crafts",
    "top-districts",
    "qr-codes",
)
LANGUAGE_NAMES = {"en": "English", "hi": "Hindi", "ja": "Japanese"}
QR_NAMES = {
    "artisan": "Meet the artisan",
    "enquiry": "Buyer enquiry",
    "contact": "Save contact",
    "shortlist": "Shortlist enquiry",
}


def _figure(title: str, height: float = 4.5):
    from matplotlib.figure import Figure  # no pyplot: no global state, no display

    figure = Figure(figsize=(9, height), dpi=120, layout="constrained")
    axes = figure.add_subplot()
    axes.set_title(title, loc="left", fontsize=13)
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _save(figure, path: Path) -> Path:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    write_bytes(path, buffer.getvalue())
    return path


def _bars(title: str, labels: list[str], values: list[int], path: Path, xlabel: str) -> Path:
    figure, axes = _figure(title, height=max(2.5, 0.32 * len(labels) + 1.2))
    positions = range(len(labels))
    axes.barh(list(positions), values, color="#b5462f")
    axes.set_yticks(list(positions), labels)
    axes.invert_yaxis()
    axes.set_xlabel(xlabel)
    axes.xaxis.get_major_locator().set_params(integer=True)
    for position, value in zip(positions, values):
        axes.annotate(
            str(value), (value, position), xytext=(3, 0), textcoords="offset points", va="center"
        )
    if not labels:
        axes.text(0.5, 0.5, "no data", ha="center", va="center", transform=axes.transAxes)
    return _save(figure, path)


def _use_noto() -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager

    if NOTO_SANS.exists():
        font_manager.fontManager.addfont(str(NOTO_SANS))
        matplotlib.rcParams["font.family"] = ["Noto Sans", "DejaVu Sans"]


def write_charts(rows: list[LocalCount], catalog: Catalog | None, out_dir: Path) -> list[Path]:
    """PNG charts a manager can paste into a report; returns the files written."""
    _use_noto()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []

    per_day: Counter[date] = Counter()
    per_hour: Counter[int] = Counter()
    for row in rows:
        if row.count.metric == "visits":
            per_day[row.date] += row.count.count
            per_hour[row.local.hour] += row.count.count
    figure, axes = _figure("Visits per day")
    days = sorted(per_day)
    axes.bar([d.isoformat() for d in days], [per_day[d] for d in days], color="#b5462f")
    axes.set_ylabel("visits")
    axes.tick_params(axis="x", labelrotation=45)
    axes.yaxis.get_major_locator().set_params(integer=True)
    written.append(_save(figure, out_dir / "visits-per-day.png"))

    figure, axes = _figure("Visits per hour of day")
    axes.bar(range(24), [per_hour[h] for h in range(24)], color="#b5462f")
    axes.set_xticks(range(24), [f"{h:02d}" for h in range(24)])
    axes.set_xlabel("hour of day (pavilion time)")
    axes.set_ylabel("visits")
    axes.yaxis.get_major_locator().set_params(integer=True)
    written.append(_save(figure, out_dir / "visits-per-hour.png"))

    languages = totals(rows, "language").most_common()
    written.append(
        _bars(
            "Languages (visits using each)",
            [LANGUAGE_NAMES.get(k, k) for k, _ in languages],
            [n for _, n in languages],
            out_dir / "languages.png",
            "visits",
        )
    )
    for metric, title, name in (
        ("product", f"Top {TOP} products (product pages opened)", "top-products"),
        ("craft", f"Top {TOP} crafts (views)", "top-crafts"),
        ("district", f"Top {TOP} districts (views)", "top-districts"),
    ):
        top = totals(rows, metric).most_common(TOP)
        written.append(
            _bars(
                title,
                [english_name(catalog, metric, k) or k for k, _ in top],
                [n for _, n in top],
                out_dir / f"{name}.png",
                "views",
            )
        )
    shown = totals(rows, "qr")
    written.append(
        _bars(
            "QR codes shown, per kind",
            [QR_NAMES[k] for k in QR_NAMES],
            [shown[k] for k in QR_NAMES],
            out_dir / "qr-codes.png",
            "times shown",
        )
    )
    return written
