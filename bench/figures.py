"""Percentiles and the report lines every benchmark prints."""

from __future__ import annotations

import statistics


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def latency_line(label: str, seconds: list[float], target_p95_ms: float | None = None) -> str:
    p50, p95 = percentile(seconds, 0.50) * 1000, percentile(seconds, 0.95) * 1000
    line = f"{label:<52} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   (n={len(seconds)})"
    if target_p95_ms is not None:
        line += f"   target p95 <= {target_p95_ms:g} ms: {'met' if p95 <= target_p95_ms else 'MISSED'}"
    return line


def mean_ms(seconds: list[float]) -> float:
    return statistics.fmean(seconds) * 1000
