"""Median and percentiles of timings, formatted in milliseconds."""

import statistics


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(seconds: list[float]) -> dict[str, str]:
    ms = [s * 1000 for s in seconds]
    return {
        "runs": str(len(ms)),
        "median": f"{statistics.median(ms):.1f} ms",
        "95th percentile": f"{percentile(ms, 0.95):.1f} ms",
        "max": f"{max(ms):.1f} ms",
    }
