"""Meetings of the last two years and the coming month, with who signed the
attendance sheet and what was agreed to do."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from coopdesk.demo import places, texts
from coopdesk.demo.attendance import (
    LISTED_KINDS,
    Directory,
    Listing,
    attendance_list,
    counts_with_list,
)
from coopdesk.demo.dice import Dice
from coopdesk.demo.names import full_name, mobile_phone
from coopdesk.demo.reference import MediatorRef, Organisation, Place
from coopdesk.domain.head_counts import list_counts

Row = dict[str, Any]

_KINDS = ("motivation", "working", "round_table", "training", "coordination", "other")
_KIND_WEIGHTS = (60, 10, 7, 8, 10, 5)
# The range of head counts a meeting of each kind draws.
_ATTENDANCE = {
    "motivation": (10, 45),
    "working": (5, 14),
    "round_table": (12, 30),
    "training": (6, 18),
    "coordination": (5, 16),
    "other": (15, 60),
}
_STARTS = (time(9, 30), time(10, 0), time(10, 30), time(14, 0), time(16, 0), time(17, 30))
_HELD_NOTES = (
    "Осигурен транспорт от махалата.",
    "Присъстваха и деца; за тях имаше занимания в съседната стая.",
    "Срещата беше на ромски и български език.",
)
MEETINGS_PER_SCALE = 60
# Motivation meetings go back to the same neighbourhoods, one in three of the map's.
_IN_FOCUS = 0.7
_CROWDS = ("motivation", "round_table", "other")  # not everyone gives a name
TRAINING_HOURS_A_DAY = 6
_TRAINING_DAYS = {2: "Двудневно обучение.", 3: "Тридневно обучение."}
_ATTENDANCE_FIELDS = ("participants_total", "women", "men", "youth")


@dataclass(frozen=True)
class _Setting:
    """Who a meeting in one municipality can name: its mediators and institutions."""

    mediators: list[MediatorRef]
    organisations: list[Organisation]


def _agenda(topics: list[str]) -> str:
    items = ["Откриване и представяне на участниците"]
    items += [texts.AGENDA_ITEMS[topic] for topic in topics]
    items += ["Въпроси и предложения от присъстващите", "Следващи стъпки"]
    return "\n".join(f"{number}. {item}" for number, item in enumerate(items, 1))


def _counts(dice: Dice, kind: str) -> dict[str, int]:
    low, high = _ATTENDANCE[kind]
    total = dice.between(low, high)
    women = round(total * (0.35 + 0.4 * dice.rng.random()))
    # Some sheets leave a few people's gender unmarked.
    unmarked = dice.between(0, 2) if total > 10 else 0
    men = max(0, total - women - unmarked)
    youth = int(total * (0.1 + 0.5 * dice.rng.random()))
    return {"participants_total": total, "women": women, "men": men, "youth": youth}


def _minutes(dice: Dice, topics: list[str], counts: Mapping[str, Any]) -> dict[str, str]:
    said = [dice.pick(texts.SUMMARIES[topic]) for topic in topics]
    summary = (
        f"Присъстваха {counts['participants_total']} души, от тях {counts['women']} жени "
        f"и {counts['youth']} младежи до 30 години. " + " ".join(said)
    )
    decisions = "\n".join(f"{n}. {texts.DECISIONS[t]}" for n, t in enumerate(topics, 1))
    return {
        "summary": summary,
        "needs": " ".join(texts.NEEDS[topic] for topic in topics),
        "decisions": decisions,
    }


def _participants(
    dice: Dice, meeting_id: str, setting: _Setting, how_many: int, held: bool
) -> list[Row]:
    """Named people of a meeting: a mediator or two, institutions, then the community."""
    named: list[tuple[str, str]] = []
    for mediator in dice.rng.sample(setting.mediators, min(len(setting.mediators), 2)):
        named.append((mediator.full_name, texts.SPECIALTY_ROLES[mediator.specialty]))
    for organisation in dice.rng.sample(setting.organisations, 2):
        named.append((full_name(dice.rng, female=dice.chance(0.6), roma=False), organisation.name))
    while len(named) < how_many:
        person = full_name(dice.rng, female=dice.chance(0.55), roma=dice.chance(0.85))
        named.append((person, dice.pick(texts.PARTICIPANT_ROLES)))
    return [
        {
            "id": dice.new_id(),
            "meeting_id": meeting_id,
            "name": name,
            "role": role,
            "contact": mobile_phone(dice.rng) if dice.chance(0.25) else None,
            "consent_given": True,  # they signed the sheet and agreed to be named
            "signed": held,
        }
        for name, role in named[:how_many]
    ]


def _action_items(
    dice: Dice, meeting_id: str, when: date, topics: list[str], who: list[str]
) -> list[Row]:
    """What a held meeting agreed: some done, some open, some already overdue."""
    pool = [item for topic in topics for item in texts.ACTION_ITEMS[topic]]
    items = []
    for what in dice.rng.sample(pool, min(len(pool), dice.between(1, 3))):
        due = dice.later(when, 7, 45)
        done = None
        if due <= dice.today and dice.chance(0.65):
            done = min(dice.later(when, 1, (due - when).days + 14), dice.today)
        elif due > dice.today and when < dice.today and dice.chance(0.25):
            done = dice.later(when, 1, (dice.today - when).days)
        items.append(
            {
                "id": dice.new_id(),
                "meeting_id": meeting_id,
                "what": what,
                "who": dice.pick(who),
                "due_date": due,
                "done_date": done,
            }
        )
    return items


def lasting(meeting: Row, days: int) -> None:
    """A training of `days` from its date on, of six hours a day."""
    meeting["end_date"] = meeting["date"] + timedelta(days=days - 1)
    meeting["hours"] = TRAINING_HOURS_A_DAY * days


def calendar_meeting(
    dice: Dice,
    kind: str,
    title: str,
    when: date,
    place: Place,
    venue: str,
    facilitator: str,
    attendees: Callable[[str, bool], list[Row]] | None = None,
    topic: str = "municipal_plans",
) -> tuple[Row, list[Row]]:
    """A meeting a project holds on its own calendar (a monthly session, a training):
    held once its day has come, planned before; with the list `attendees` gives for
    its id (those invited, before it), whose counts a held one's are."""
    held = when <= dice.today
    counts = _counts(dice, kind) if held else dict.fromkeys(_ATTENDANCE_FIELDS, 0)
    topics = [topic]
    start = dice.pick(_STARTS[:4])
    finish = start.hour * 60 + start.minute + dice.pick((120, 180, 240))
    meeting: Row = {
        "id": dice.new_id(),
        "kind": kind,
        "title": f"{title} – {place.label}",
        "date": when,
        "start_time": start,
        "end_time": time(finish // 60, finish % 60),
        "locality_id": place.id,
        "venue": venue,
        "facilitator": facilitator,
        "status": "held" if held else "planned",
        "topics": topics,
        **counts,
        "agenda": _agenda(topics),
        "notes": None,
    }
    listed = attendees(meeting["id"], held) if attendees else []
    if held and listed:
        meeting.update(list_counts(listed, when.year), counts_from_list=True)
    if held:
        meeting.update(_minutes(dice, topics, meeting))
    return meeting, listed


def _count_listed(dice: Dice, meeting: Row, listed: list[Row]) -> None:
    """Counts of a held meeting: the list's own for the kinds that list everyone (and
    half the working meetings); else the crowd typed in, never fewer than the list."""
    year = meeting["date"].year
    kind = meeting["kind"]
    from_list = bool(listed) and (kind in LISTED_KINDS or (kind == "working" and dice.chance(0.5)))
    if from_list:
        meeting.update(list_counts(listed, year), counts_from_list=True)
    else:
        meeting.update(counts_with_list(meeting, listed, year))


def meetings(
    dice: Dice,
    scale: int,
    found_places: list[Place],
    organisations: list[Organisation],
    pool: list[MediatorRef],
    coordinators: list[str],
    people: Directory | None = None,
) -> tuple[list[Row], list[Row], list[Row]]:
    """Meetings, their named participants and their action items; without `people`,
    lists of names alone, as before CoopDesk linked participants to people."""
    settings = {
        place.municipality: _Setting(
            [m for m in pool if m.municipality == place.municipality],
            [o for o in organisations if o.municipality == place.municipality],
        )
        for place in found_places
    }
    seats = {p.municipality: p for p in found_places if p.name == p.municipality}
    focus = found_places[::3]
    meeting_rows: list[Row] = []
    participant_rows: list[Row] = []
    action_rows: list[Row] = []
    for _ in range(MEETINGS_PER_SCALE * scale):
        kind = dice.weighted(_KINDS, _KIND_WEIGHTS)
        place = dice.pick(found_places)
        if kind == "motivation" and dice.chance(_IN_FOCUS):
            place = dice.pick(focus)
        if kind != "motivation":
            place = seats[place.municipality]
        setting = settings[place.municipality]
        main_topic = dice.pick(list(texts.TOPIC_SUBJECTS))
        topics = sorted({main_topic, *dice.rng.sample(list(texts.TOPIC_SUBJECTS), 2)})
        topics = topics if dice.chance(0.4) else [main_topic]
        draw = dice.rng.random()
        if draw < 0.10:
            status, when = "planned", dice.later(dice.today, 0, 30)
        elif draw < 0.15:
            status = "cancelled"
            when = dice.later(dice.today, 1, 30) if dice.chance(0.2) else dice.recent_date()
        else:
            status, when = "held", dice.recent_date()
        start = dice.pick(_STARTS)
        facilitator = dice.pick(coordinators)
        if kind == "motivation" and setting.mediators and dice.chance(0.3):
            facilitator = dice.pick(setting.mediators).full_name
        finish = start.hour * 60 + start.minute + dice.pick((60, 90, 120, 150, 180))
        end = time(finish // 60, finish % 60)
        venues = places.VENUES_VILLAGE if place.kind == "village" else places.VENUES_TOWN
        subject = texts.TOPIC_SUBJECTS[main_topic]
        if kind == "round_table":  # a title in quotes starts with a capital
            subject = subject[0].upper() + subject[1:]
        held = status == "held"
        counts = _counts(dice, kind) if held else dict.fromkeys(_ATTENDANCE_FIELDS, 0)
        meeting: Row = {
            "id": dice.new_id(),
            "kind": kind,
            "title": f"{texts.KIND_TITLES[kind].format(subject=subject)} – {place.label}",
            "date": when,
            "start_time": start,
            "end_time": end,
            "locality_id": place.id,
            "venue": dice.pick(venues),
            "facilitator": facilitator,
            "status": status,
            "topics": topics,
            **counts,
            "agenda": _agenda(topics),
            "notes": None,
        }
        days = dice.pick((2, 3)) if kind == "training" else 1
        # One record from the first day to the last, six hours a day; before CoopDesk
        # had end dates (no `people`), the days were said in the notes.
        multi_day = days > 1 and people is not None
        if multi_day:
            if held:  # over by today
                meeting["date"] = when = min(when, dice.today - timedelta(days=days - 1))
            lasting(meeting, days)
        if (held and dice.chance(0.7 if kind in _CROWDS else 0.9)) or (
            status == "planned" and dice.chance(0.4)
        ):
            if people is None:  # as CoopDesk listed them before people were linked
                how_many = dice.between(3, min(12, counts["participants_total"])) if held else 4
                listed = _participants(dice, meeting["id"], setting, how_many, held)
            else:
                where = Listing(meeting["id"], kind, place.municipality, place.id, held, days)
                listed = attendance_list(dice, people, where)
                if held:
                    _count_listed(dice, meeting, listed)
            participant_rows += listed
        if held:
            meeting.update(_minutes(dice, topics, meeting))
            meeting["notes"] = dice.pick(_HELD_NOTES) if dice.chance(0.15) else None
            if days > 1 and not multi_day:
                meeting["notes"] = _TRAINING_DAYS[days]
        elif status == "cancelled":
            meeting["notes"] = dice.pick(texts.CANCELLATION_NOTES)
        meeting_rows.append(meeting)

        if held and dice.chance(0.6):
            who = [facilitator, *(m.full_name for m in setting.mediators)]
            who += [o.name for o in setting.organisations[:1]]
            action_rows += _action_items(dice, meeting["id"], when, topics, who)
    return meeting_rows, participant_rows, action_rows
