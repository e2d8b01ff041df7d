"""Records that break a rule: what `coopdesk check` shows a person to resolve.

Every local write obeys the kinds' rules, and a bundle's record written in one go
must too; but two valid edits made apart can merge into an invalid whole (one
device lowers a meeting's total while another raises its women). Such a record
is kept as merged, and found here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.rules import RULES
from coopdesk.domain.schema import KINDS
from coopdesk.domain.validation import check_record
from coopdesk.services.links import LINK_RULES, check_links
from coopdesk.services.records import from_rows, record_columns
from coopdesk.store.database import Store
from coopdesk.store.models import MODELS, Body, Locality

CHUNK = 2000


@dataclass(frozen=True)
class Violation:
    kind: str
    record_id: str
    problem: str  # the rule's own message, naming the field

    def __str__(self) -> str:
        return f"{self.kind} {self.record_id}: {self.problem}"


def rule_violations(store: Store, today: date | None = None) -> Iterator[Violation]:
    """Every live record that breaks its kind's rules, kind by kind, then the rules
    between records (two projects of one code, made apart), then the localities and
    bodies whose district a person has to choose."""
    # a day's grace, as for a bundle: the record may come from another time zone
    day = (today or date.today()) + timedelta(days=1)
    yield from _record_violations(store, day)
    yield from _link_violations(store)
    yield from _districts_to_choose(store)


def _districts_to_choose(store: Store) -> Iterator[Violation]:
    """Localities and bodies whose district was written as text that names none of
    the districts (migrations 0010 and 0012, or a bundle of an older CoopDesk): a
    person chooses it."""
    for model in (Locality, Body):
        query = (
            select(model.id, model.district_text)
            .where(
                model.deleted.is_(False),
                model.district.is_(None),
                model.district_text.is_not(None),
            )
            .order_by(model.name, model.id)
        )
        with store.read() as session:
            for record_id, text in session.execute(query):
                error = ValidationError("district", "district.to_choose", text=text)
                yield Violation(model.__tablename__, record_id, str(error))


def _link_violations(store: Store) -> Iterator[Violation]:
    for kind in sorted(LINK_RULES):
        spec, model = KINDS[kind], MODELS[kind]
        query = select(*record_columns(spec)).where(model.deleted.is_(False))
        with store.read() as session:
            for record in from_rows(spec, session.execute(query).all()):
                try:
                    check_links(session, spec, record, record["id"])
                except ValidationError as error:
                    yield Violation(kind, record["id"], str(error))


def _record_violations(store: Store, day: date) -> Iterator[Violation]:
    for kind in sorted(RULES):
        spec, model = KINDS[kind], MODELS[kind]
        query = select(*record_columns(spec)).where(model.deleted.is_(False))
        with store.read() as session:
            result = session.execute(query.execution_options(yield_per=CHUNK))
            for rows in result.partitions():
                for record in from_rows(spec, rows):
                    try:
                        check_record(spec, record, day)
                    except ValidationError as error:
                        yield Violation(kind, record["id"], str(error))
