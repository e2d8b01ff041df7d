"""Hybrid logical clock: wall milliseconds and a counter packed in one integer.

Ordering stamps as plain integers keeps them cheap to compare and to index;
the low 16 bits count events within one millisecond.
"""

COUNTER_BITS = 16


def pack(wall_ms: int, counter: int = 0) -> int:
    return (wall_ms << COUNTER_BITS) + counter


def wall_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def tick(last: int, now_ms: int) -> int:
    """The stamp of a local event: later than every stamp seen, near the wall clock."""
    return max(last + 1, pack(now_ms))


def receive(last: int, remote: int, now_ms: int) -> int:
    """The clock after seeing a remote stamp: never behind it, never going back."""
    return max(last, remote, pack(now_ms)) + 1
