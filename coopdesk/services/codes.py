"""The office's code lists: add a code, retire it, list them; the codes records may hold.

A code is a record of kind `code` whose id its list and code give (domain/code_lists.py),
written through services/records.py like any record. What a person reads and is offered
comes from `OFFICE_CODES`, which `refresh` fills from the store.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from coopdesk.domain.code_lists import (
    BUILT_IN,
    OFFICE_CODES,
    AddedCode,
    CodeList,
    code_id,
    code_list,
)
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import CODE
from coopdesk.services import records, settings
from coopdesk.services.records import Record
from coopdesk.store.database import Store
from coopdesk.store.models import Code


def refresh(store: Store) -> None:
    """Read the added codes and the age bands into `OFFICE_CODES` (at open, after a
    change or an import)."""
    with store.read() as session:
        found = [
            AddedCode(row.list, row.code, row.label_bg, row.label_en, row.position, row.retired)
            for row in session.scalars(select(Code).where(Code.deleted.is_(False)))
        ]
        bands = settings.age_bands_in(session)
    OFFICE_CODES.install(found, bands)


def add_code(store: Store, data: Mapping[str, Any]) -> Record:
    """A new code of a list; a code the list holds already (built in or added) is refused."""
    data = dict(data)
    if isinstance(data.get("list"), str):
        data["list"] = code_list(data["list"]).value
    if data.get("position") is None and isinstance(data.get("list"), str):
        data["position"] = _next_position(store, data["list"])
    created = records.create(store, CODE, data)
    refresh(store)
    return created


def _next_position(store: Store, list_name: str) -> int:
    """After the codes the list holds already: a new code comes last."""
    with store.read() as session:
        last = session.scalar(select(func.max(Code.position)).where(Code.list == list_name))
    return 1 if last is None else last + 1


def update_code(store: Store, record_id: str, data: Mapping[str, Any]) -> Record:
    """Change a code's labels, order or retirement (its list and code stay)."""
    changed = records.update(store, CODE, record_id, data)
    refresh(store)
    return changed


def retire_code(store: Store, list_name: str, code: str, retired: bool = True) -> Record:
    """Retire a code (or bring it back): records holding it keep it, new ones cannot take it."""
    name = code_list(list_name)
    record_id = code_id(name.value, str(code).strip())
    with store.read() as session:
        row = session.get(Code, record_id)
    if row is None or row.deleted:
        raise ValidationError("code", "code.not_added", code=str(code).strip(), list=name.value)
    return update_code(store, record_id, {"retired": retired})


def delete_code(store: Store, record_id: str) -> None:
    raise ValidationError("code", "code.never_deleted")


def list_codes(store: Store, list_name: str | None = None) -> list[dict[str, Any]]:
    """Every code of a list (or of all four): the built-in ones (without labels: those
    are the papers'), then those added, in order."""
    lists = [code_list(list_name)] if list_name else list(CodeList)
    query = records.ListQuery(order=("list", "position", "code"))
    added = records.list_records(store, CODE, query)
    shown: list[dict[str, Any]] = []
    for name in lists:
        enum = BUILT_IN[name]
        for position, member in enumerate(enum):
            shown.append(
                {
                    "list": name.value,
                    "code": member.value,
                    "label_bg": None,  # the papers' own (documents/labels_*.py)
                    "label_en": None,
                    "position": position,
                    "retired": False,
                    "built_in": True,
                }
            )
        shown.extend({**r, "built_in": False} for r in added if r["list"] == name.value)
    return shown
