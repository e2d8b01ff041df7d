"""What every benchmark shares: the run's context, a named result, paired timing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring


@dataclass
class Context:
    """One run: the demo data directory every benchmark reads, and how to time."""

    data_dir: DataDir
    keyring: Keyring
    scratch: Path  # a directory for the baselines' own databases
    repeat: int
    warmup: int
    demo_scale: int | None  # None when an existing data directory was reused
    demo_seconds: float | None
    counts: dict[str, int]  # live + deleted rows per table of the demo database
    searches: list[str] = field(default_factory=list)  # chosen by the list benchmarks if empty
    cache: dict[str, Any] = field(default_factory=dict)  # shared between benchmarks


@dataclass(frozen=True)
class Result:
    """One figure: the subject against its baseline, both measured in this run."""

    name: str
    label: str
    subject_s: float
    baseline_s: float
    target: float | None  # the highest acceptable ratio; None = informational
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.subject_s / self.baseline_s if self.baseline_s > 0 else float("inf")

    @property
    def ok(self) -> bool | None:
        return None if self.target is None else self.ratio <= self.target

    def line(self) -> str:
        target = "—" if self.target is None else f"≤ {self.target:g}×"
        verdict = {None: "", True: " OK", False: " MISSED"}[self.ok]
        return (
            f"{self.label}: subject {seconds(self.subject_s)}, "
            f"baseline {seconds(self.baseline_s)}, ratio {self.ratio:.2f}× "
            f"(target {target}){verdict}"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "subject_s": self.subject_s,
            "baseline_s": self.baseline_s,
            "ratio": self.ratio,
            "target": self.target,
            "ok": self.ok,
            "details": self.details,
        }


@dataclass(frozen=True)
class Benchmark:
    """A named group of figures; `run` returns one Result per figure."""

    name: str
    description: str
    run: Callable[[Context], list[Result]]


@dataclass(frozen=True)
class Timings:
    subject: list[float]
    baseline: list[float]

    @property
    def subject_median(self) -> float:
        return statistics.median(self.subject)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    def as_json(self) -> dict[str, Any]:
        return {"subject_runs_s": self.subject, "baseline_runs_s": self.baseline}


def time_once(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def paired(
    subject: Callable[[], object],
    baseline: Callable[[], object],
    repeat: int,
    warmup: int,
) -> Timings:
    """Alternate the two sides so that drift (caches, CPU clock) hits both alike.

    The warm-up rounds are run and thrown away; the figures use the median of the rest.
    """
    subject_runs: list[float] = []
    baseline_runs: list[float] = []
    for round_ in range(warmup + repeat):
        subject_s, _ = time_once(subject)
        baseline_s, _ = time_once(baseline)
        if round_ >= warmup:
            subject_runs.append(subject_s)
            baseline_runs.append(baseline_s)
    return Timings(subject_runs, baseline_runs)


def repeated(action: Callable[[], object], repeat: int, warmup: int) -> list[float]:
    """Times of `repeat` runs of one action after `warmup` untimed ones."""
    for _ in range(warmup):
        action()
    return [time_once(action)[0] for _ in range(repeat)]


def seconds(value: float) -> str:
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 0.01:
        return f"{value:.3f} s"
    return f"{value * 1000:.2f} ms"


def thousands(number: int) -> str:
    """200000 → '200 000', the way the design writes volumes."""
    return f"{number:,}".replace(",", " ")
