"""The hybrid logical clock never goes back and never falls behind what it has seen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain import hlc

wall = st.integers(min_value=0, max_value=2**44)
stamps = st.builds(hlc.pack, wall, st.integers(min_value=0, max_value=2**hlc.COUNTER_BITS - 1))


def test_pack_and_wall_ms_agree():
    stamp = hlc.pack(1_795_000_000_000, 7)
    assert hlc.wall_ms(stamp) == 1_795_000_000_000
    assert stamp & (2**hlc.COUNTER_BITS - 1) == 7


@settings(max_examples=200)
@given(stamps, st.lists(wall, min_size=1, max_size=30))
def test_tick_is_strictly_increasing_and_never_below_the_wall_clock(start, walls):
    last = start
    for now in walls:
        stamp = hlc.tick(last, now)
        assert stamp > last
        assert stamp >= hlc.pack(now)
        last = stamp


@settings(max_examples=200)
@given(stamps, stamps, wall)
def test_receive_is_never_behind_the_remote_nor_the_local_clock(last, remote, now):
    stamp = hlc.receive(last, remote, now)
    assert stamp > remote
    assert stamp > last
    assert stamp >= hlc.pack(now)


def test_a_clock_set_back_keeps_counting_forward():
    late = hlc.tick(0, 2_000_000)
    after_clock_change = hlc.tick(late, 1_000_000)
    assert after_clock_change == late + 1
    assert hlc.wall_ms(after_clock_change) == 2_000_000


def test_events_in_one_millisecond_count_up():
    first = hlc.tick(0, 5_000)
    second = hlc.tick(first, 5_000)
    assert (hlc.wall_ms(second), second - hlc.pack(5_000)) == (5_000, 1)
