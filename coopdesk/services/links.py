"""Rules a record obeys against other records: codes unique, values only for manual
indicators. Checked on every local write; a bundle may still bring two projects of
one code made apart, and `coopdesk check` lists them (services/rule_check.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Measure
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import KindSpec
from coopdesk.store.models import Indicator, IndicatorValue, Project

Record = Mapping[str, Any]
LinkRule = Callable[[Session, Record, "str | None", "Iterable[str] | None"], None]


def _fold(code: str) -> str:
    return code.casefold()


def _project_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    if changed is not None and "code" not in changed:
        return
    # Projects are few; folding in Python also matches Cyrillic codes (SQLite's
    # lower() folds only ASCII).
    same = select(Project.id, Project.code).where(Project.deleted.is_(False))
    for other_id, code in session.execute(same):
        if other_id != record_id and _fold(code) == _fold(record["code"]):
            raise ValidationError("code", f"another project has the code {code}")


def _indicator_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    names = set(changed) if changed is not None else None
    if names is None or names & {"code", "project_id"}:
        same = select(Indicator.id, Indicator.code).where(
            Indicator.deleted.is_(False), Indicator.project_id == record["project_id"]
        )
        for other_id, code in session.execute(same):
            if other_id != record_id and _fold(code) == _fold(record["code"]):
                raise ValidationError("code", f"the project already has an indicator {code}")
    measure_set = names is None or "measure" in names
    if record_id is not None and measure_set and record["measure"] != Measure.MANUAL:
        entered = session.scalar(
            select(func.count())
            .select_from(IndicatorValue)
            .where(IndicatorValue.indicator_id == record_id, IndicatorValue.deleted.is_(False))
        )
        if entered:
            raise ValidationError(
                "measure",
                f"the indicator has {entered} entered values; a computed measure would "
                "ignore them (delete them first)",
            )


def _value_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    indicator = session.get(Indicator, record["indicator_id"])
    if indicator is not None and indicator.measure != Measure.MANUAL:
        raise ValidationError(
            "indicator_id",
            f"indicator {indicator.code} is computed ({indicator.measure}) from the records; "
            "values are entered only for manual indicators",
        )


LINK_RULES: dict[str, LinkRule] = {
    "project": _project_links,
    "indicator": _indicator_links,
    "indicator_value": _value_links,
}


def check_links(
    session: Session,
    spec: KindSpec,
    record: Record,
    record_id: str | None,
    changed: Iterable[str] | None = None,
) -> None:
    """The kind's rules against other records; `changed`: only the fields an edit
    changed (None: a whole record, new or restored)."""
    rule = LINK_RULES.get(spec.name)
    if rule is not None:
        rule(session, record, record_id, changed)
