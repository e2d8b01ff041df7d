"""The one seeded source of chance behind the demo: ids, dates and choices.

Everything random in the demo goes through one `Dice`, so a seed and a day
give the same project, ids included, on every machine.
"""

from __future__ import annotations

import uuid
from bisect import bisect
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate
from random import Random
from typing import TypeVar

T = TypeVar("T")

TWO_YEARS = 730


class Dice:
    def __init__(self, seed: int | str, today: date) -> None:
        self.seed = seed
        self.rng = Random(seed)
        self.today = today
        self._cumulative: dict[tuple[float, ...], list[float]] = {}

    def stream(self, name: str) -> Dice:
        """A second seeded source beside this one: what it draws leaves this one's
        draws, and so every record they make, as they were."""
        return Dice(f"{self.seed}/{name}", self.today)

    def new_id(self) -> str:
        """A random (version 4) UUID, drawn from the seed rather than the system."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, options: Sequence[T]) -> T:
        return options[int(self.rng.random() * len(options))]

    def weighted(self, options: Sequence[T], weights: tuple[float, ...]) -> T:
        # Random.choices would add the weights up again on every one of a
        # million draws; each set of weights is added up once here.
        cumulative = self._cumulative.get(weights)
        if cumulative is None:
            cumulative = self._cumulative[weights] = list(accumulate(weights))
        return options[bisect(cumulative, self.rng.random() * cumulative[-1])]

    def between(self, low: int, high: int) -> int:
        """A whole number from `low` to `high`, both included."""
        return low + int(self.rng.random() * (high - low + 1))

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def recent_date(self, span: int = TWO_YEARS) -> date:
        """A day within the last `span` days, recent days twice as likely as the oldest:
        a project's work grows as it becomes known."""
        return self.days_ago(int(span * (1.0 - self.rng.random() ** 0.5)))

    def later(self, start: date, low: int, high: int) -> date:
        return start + timedelta(days=self.between(low, high))
