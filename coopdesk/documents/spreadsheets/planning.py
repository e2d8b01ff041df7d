"""What each row of a sheet would do: create a record, update one, be skipped as
already there, or be refused with the domain's own message.

Every row is cleaned by `domain.validation.clean_input` and checked by the kind's
rules (`check_record`, `records.check_edit`) and its links to other records
(`services.links.check_links`), exactly as a record typed in would be; the preview
and the write plan the same way, the write inside its own transaction.

A row is the same record as one already stored when:
- a person: its code, or its name (as `services.duplicates.name_key` compares names)
  with its year of birth and locality;
- a contact: its name and organisation; a participant: its meeting and its person,
  or its name;
- a locality: its name and municipality; an organisation: its name; a meeting: its
  date, title and locality;
- a row with none of these (no name kept without consent): a record equal to it in
  every column imported, each record taken by one row at most.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.documents.spreadsheets.cells import CellProblem, convert, shown
from coopdesk.documents.spreadsheets.mapping import NAME_FIELD, RESOLVED, Target, targets
from coopdesk.documents.spreadsheets.reading import Cancel, Progress, Sheet, SheetRow
from coopdesk.documents.spreadsheets.references import Directory, Missing, name_key, split_place
from coopdesk.domain.errors import Cancelled, ValidationError
from coopdesk.domain.messages import Message
from coopdesk.domain.schema import KINDS, KindSpec
from coopdesk.domain.validation import check_record, clean_input, with_defaults
from coopdesk.services import duplicates, records
from coopdesk.services.links import check_links
from coopdesk.services.records import Record
from coopdesk.store.models import MODELS, Participant

CHECK_EVERY = 500
# A person's code is given at the write; the rules only need one to be there.
_CODE_TO_COME = "(new)"
_CONSENT = ("consent_given", "consent_date")
_UNSEEN = object()
_CONVERTED_MAX = 100_000


@dataclass(frozen=True)
class ImportPlan:
    """What the person chose: the kind, the columns' fields, and the options."""

    kind: str
    mapping: Mapping[int, str]  # column index → target (mapping.targets)
    meeting_id: str | None = None  # participants: the meeting of every row
    create_missing: bool = False  # make the localities and organisations no record has
    consent_on_paper: date | None = None  # consent to the names was signed on paper then


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it
    column: str | None  # the column's header, or None when no one column is at fault
    message: str  # "gender: 'xyz' is not …", the domain's "full_name: personal data …"
    reason: Message  # the same as a code and its values, for the window to say

    def __str__(self) -> str:
        return str(self.said)

    @property
    def said(self) -> Message:
        """The whole line (row, column, reason) as a message."""
        if self.column:
            return Message(
                "import.row_column_problem",
                {"row": self.row, "column": self.column, "reason": self.reason},
            )
        return Message("import.row_problem", {"row": self.row, "reason": self.reason})


@dataclass(frozen=True)
class PossibleDuplicate:
    """A row to be created whose name is near that of a record already kept."""

    row: int
    record_id: str
    label: str  # the record's code (a person) or name (a contact)
    name: str
    reason: str  # duplicates.Reason


@dataclass
class Planned:
    creates: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    updates: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    missing: dict[tuple[str, str, str], Missing] = field(default_factory=dict)
    suggestions: list[PossibleDuplicate] = field(default_factory=list)
    blank: int = 0  # rows with nothing in the columns imported


def _hashable(value: Any) -> Hashable:
    return tuple(value) if isinstance(value, list) else value


class _Existing:
    """The kind's live records, found by the key a row is matched by."""

    def __init__(self, session: Session, spec: KindSpec, meeting_id: str | None) -> None:
        model = MODELS[spec.name]
        statement = select(*records.record_columns(spec)).where(model.deleted.is_(False))
        if meeting_id is not None:
            statement = statement.where(Participant.meeting_id == meeting_id)
        self.spec = spec
        self.records = records.from_rows(spec, session.execute(statement).all())
        self.by_key: dict[Hashable, list[Record]] = defaultdict(list)
        self.by_name: dict[str, list[Record]] = defaultdict(list)  # localities, any municipality
        for record in self.records:
            key = match_key(spec.name, record)
            if key is not None:
                self.by_key[key].append(record)
            if spec.name == "locality":
                self.by_name[name_key(record["name"])].append(record)
        self.by_code = {r["code"]: r for r in self.records} if spec.name == "person" else {}
        self._by_signature: dict[Hashable, list[Record]] | None = None
        self.claimed: set[str] = set()

    def same(self, key: Hashable, record: Record) -> list[Record]:
        found = self.by_key.get(key, [])
        if not found and self.spec.name == "locality" and record.get("municipality") is None:
            found = self.by_name.get(name_key(record["name"]), [])
            found = found if len(found) == 1 else []
        return [r for r in found if r["id"] not in self.claimed]

    def equal(self, signature_fields: tuple[str, ...], record: Record) -> list[Record]:
        if self._by_signature is None:
            self._by_signature = defaultdict(list)
            for existing in self.records:
                self._by_signature[_signature(signature_fields, existing)].append(existing)
        found = self._by_signature.get(_signature(signature_fields, record), [])
        return [r for r in found if r["id"] not in self.claimed]


def _signature(names: Iterable[str], record: Mapping[str, Any]) -> Hashable:
    return tuple(_hashable(record.get(name)) for name in names)


def match_key(kind: str, record: Mapping[str, Any]) -> Hashable | None:
    """The key a record of `kind` is taken for the same by; None: only by being equal."""
    if kind == "person":
        if record.get("full_name"):
            key = duplicates.name_key(record["full_name"])
            return ("name", key, record.get("birth_year"), record.get("locality_id"))
        return None
    if kind == "contact":
        if record.get("full_name"):
            return ("name", duplicates.name_key(record["full_name"]), record.get("organization_id"))
        return None
    if kind == "participant":
        if record.get("person_id"):
            return ("person", record["meeting_id"], record["person_id"])
        if record.get("name"):
            return ("name", record["meeting_id"], duplicates.name_key(record["name"]))
        return None
    if kind == "locality":
        municipality = record.get("municipality")
        return ("name", name_key(record["name"]), name_key(municipality) if municipality else None)
    if kind == "organization":
        return ("name", name_key(record["name"]))
    if kind == "meeting":
        return ("meeting", record["date"], name_key(record["title"]), record["locality_id"])
    raise ValueError(kind)


_SAME_AS = {
    "person": "import.same_person",
    "contact": "import.same_contact",
    "participant": "import.same_participant",
    "locality": "import.same_locality",
    "organization": "import.same_organization",
    "meeting": "import.same_meeting",
}


class Planner:
    """Plans the rows of one sheet against the records of one session."""

    def __init__(self, session: Session, sheet: Sheet, plan: ImportPlan, today: date) -> None:
        self.session, self.sheet, self.plan, self.today = session, sheet, plan, today
        self.spec = KINDS[plan.kind]
        self.targets: dict[str, Target] = {t.name: t for t in targets(plan.kind)}
        self.mapped = sorted(plan.mapping.items())
        self.column_of: dict[str, str] = {}
        for index, target in self.mapped:
            label = sheet.columns[index].label
            self.column_of.setdefault(target, label)
            if target in ("first_name", "middle_name", "last_name"):
                self.column_of.setdefault(NAME_FIELD[plan.kind], label)
            if target == "meeting_date":
                self.column_of.setdefault("meeting_id", label)
        wanted = {RESOLVED[t] for _, t in self.mapped if t in RESOLVED}
        self.directory = Directory(session, wanted)
        self.existing = _Existing(session, self.spec, plan.meeting_id)
        fields = set(self.spec.field_names)
        mapped_fields = {t for _, t in self.mapped if t in fields}
        if plan.kind == "participant":
            mapped_fields.add("meeting_id")
        name_field = NAME_FIELD.get(plan.kind)
        if name_field and any(t.endswith("_name") for _, t in self.mapped):
            mapped_fields.add(name_field)
        if plan.consent_on_paper is not None:
            mapped_fields.update(n for n in _CONSENT if n in fields)
        mapped_fields.discard("code")
        self.signature_fields = tuple(sorted(mapped_fields))
        self.seen: dict[Hashable, int] = {}
        self.created: dict[str, Missing] = {}  # the id a missing record will have → it
        self.result = Planned()
        # Cells repeat down a column (genders, places, years): each is read once.
        self._converted: dict[tuple[str, type, Any], Any] = {}

    # -- one row -------------------------------------------------------------------------

    def problem(self, row: SheetRow, column: str | None, reason: Message) -> None:
        self.result.problems.append(RowProblem(row.number, column, str(reason), reason))

    def cell_problem(
        self, row: SheetRow, column: str | None, name: str, problem: CellProblem
    ) -> None:
        said = problem.message_of()
        self.problem(row, column, Message(said.code, said.values, name))

    def _values(self, row: SheetRow) -> dict[str, Any] | None:
        values: dict[str, Any] = {}
        failed = False
        for index, name in self.mapped:
            cell = row.cells[index]
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            key = (name, type(cell), cell)
            found = self._converted.get(key, _UNSEEN)
            if found is _UNSEEN:
                target = self.targets[name]
                try:
                    found = convert(
                        cell, target.type, self.sheet.epoch, target.choices, target.what
                    )
                except CellProblem as problem:
                    found = problem
                if len(self._converted) < _CONVERTED_MAX:
                    self._converted[key] = found
            if isinstance(found, CellProblem):
                self.cell_problem(row, self.sheet.columns[index].label, name, found)
                failed = True
            else:
                values[name] = list(found) if isinstance(found, list) else found
        return None if failed else values

    def _names_joined(self, values: dict[str, Any]) -> None:
        parts = [values.pop(p) for p in ("first_name", "middle_name", "last_name") if p in values]
        if parts:
            values[NAME_FIELD[self.plan.kind]] = " ".join(str(p).strip() for p in parts)

    def _resolve(self, row: SheetRow, values: dict[str, Any]) -> bool:
        municipality = values.pop("municipality", None) if self.plan.kind != "locality" else None
        meeting_date = values.pop("meeting_date", None)
        if self.plan.meeting_id is not None:
            values["meeting_id"] = self.plan.meeting_id
        for name in [n for n in values if n in RESOLVED]:
            if name == "meeting_id" and self.plan.meeting_id is not None:
                continue
            text = values[name]
            column = self.column_of.get(name)
            try:
                found = self._find(RESOLVED[name], text, municipality, meeting_date)
            except CellProblem as problem:
                self.cell_problem(row, column, name, problem)
                return False
            if found is None:
                found = self._missing(row, RESOLVED[name], text, municipality, column)
                if found is None:
                    return False
            elif found in self.created:
                self.created[found].rows.append(row.number)
            values[name] = found
        return True

    def _find(self, kind: str, text: str, municipality: str | None, when: date | None) -> Any:
        if kind == "locality":
            return self.directory.locality(text, municipality)
        if kind == "organization":
            return self.directory.organization(text)
        if kind == "meeting":
            return self.directory.meeting(text, when)
        return self.directory.person(text)

    def _missing(
        self, row: SheetRow, kind: str, text: str, municipality: str | None, column: str | None
    ) -> str | None:
        if kind == "meeting":
            self.problem(
                row,
                column,
                Message("import.no_meeting_titled", {"value": shown(text)}, "meeting_id"),
            )
            return None
        if kind == "person":
            self.problem(
                row,
                column,
                Message("import.no_person_with_code", {"value": shown(text)}, "person_id"),
            )
            return None
        key = (
            kind,
            name_key(split_place(text)[0] if kind == "locality" else text),
            name_key(municipality) if municipality else "",
        )
        missing = self.result.missing.get(key)
        if missing is None:
            missing = self.result.missing[key] = self._new_missing(kind, text, municipality)
        missing.rows.append(row.number)
        if not self.plan.create_missing:
            values: dict[str, Any] = {"kind": kind, "value": shown(text)}
            if municipality:
                values["municipality"] = shown(municipality)
            code = "import.not_named_in" if municipality else "import.not_named"
            self.problem(row, column, Message(code, values, f"{kind}_id"))
            return None
        if missing.new_id is None:
            problem = missing.data["problem"]
            self.problem(row, column, Message(problem.code, problem.values, f"{kind}_id"))
            return None
        return missing.new_id

    def _new_missing(self, kind: str, text: str, municipality: str | None) -> Missing:
        spec = KINDS[kind]
        if kind == "locality":
            name, place_kind = split_place(text)
            data: dict[str, Any] = {"name": name, "kind": place_kind or "village"}
            if municipality:
                data["municipality"] = municipality
        else:
            name, data = text, {"name": text, "kind": "other"}
        missing = Missing(kind, name, municipality)
        if not self.plan.create_missing:
            return missing
        try:
            cleaned = clean_input(spec, data)
            check_record(spec, with_defaults(spec, cleaned), self.today)
        except ValidationError as error:
            missing.data = {"problem": Message("import.cannot_create", {"error": error.said})}
            return missing
        missing.new_id = records.new_id()
        missing.data = cleaned
        self.created[missing.new_id] = missing
        if kind == "locality":
            self.directory.add_locality(missing.new_id, name, municipality)
        else:
            self.directory.add_organization(missing.new_id, name)
        return missing

    def _consent(self, values: dict[str, Any]) -> set[str]:
        """Consent recorded on paper, for rows that keep personal data and say nothing of
        consent themselves; the fields it filled."""
        paper = self.plan.consent_on_paper
        fields = self.spec.field_names
        if paper is None or "consent_given" not in fields:
            return set()
        filled: set[str] = set()
        personal = any(values.get(f.name) is not None for f in self.spec.fields if f.personal)
        if "consent_given" not in values and personal:
            values["consent_given"] = True
            filled.add("consent_given")
        if (
            values.get("consent_given")
            and "consent_date" in fields
            and "consent_date" not in values
        ):
            values["consent_date"] = paper
            filled.add("consent_date")
        return filled

    def _failed(self, row: SheetRow, error: ValidationError) -> None:
        column = self.column_of.get(error.field)
        self.problem(row, column, error.message_of())

    def plan_row(self, row: SheetRow) -> None:
        values = self._values(row)
        if values is None:
            return
        self._names_joined(values)
        if self.plan.kind == "locality" and "name" in values:
            name, place_kind = split_place(values["name"])
            values["name"] = name
            if place_kind is not None and "kind" not in values:
                values["kind"] = place_kind.value
        if not values:
            self.result.blank += 1
            return
        if not self._resolve(row, values):
            return
        code = values.pop("code", None)
        derived = self._consent(values)
        try:
            cleaned = clean_input(self.spec, values)
        except ValidationError as error:
            self._failed(row, error)
            return
        current: Record | None
        if code is not None:
            current = self._by_code(row, code)
            if current is None:
                return
        probe = with_defaults(self.spec, cleaned)
        if code is None:
            matched = self._match(row, probe)
            if matched is False:
                return
            current = matched or None
        try:
            if current is None:
                self._create(row, cleaned, probe)
            else:
                self._update(row, current, cleaned, derived)
        except ValidationError as error:
            self._failed(row, error)

    def _by_code(self, row: SheetRow, code: str) -> Record | None:
        wanted = str(code).strip().upper()
        record = self.existing.by_code.get(wanted)
        if record is None:
            self.problem(
                row,
                self.column_of.get("code"),
                Message("import.unknown_code", {"value": shown(code)}, "code"),
            )
            return None
        if record["id"] in self.existing.claimed:
            self.problem(
                row,
                self.column_of.get("code"),
                Message("import.code_repeated", {"code": wanted}, "code"),
            )
            return None
        self.existing.claimed.add(record["id"])
        return record

    def _match(self, row: SheetRow, probe: dict[str, Any]) -> Record | Literal[False] | None:
        """The record this row (with the kind's defaults) is, None for a new one, False when
        the row repeats one."""
        key = match_key(self.plan.kind, probe)
        if key is None:
            found = self.existing.equal(self.signature_fields, probe)
        else:
            earlier = self.seen.get(key)
            if earlier is not None:
                same = Message(_SAME_AS[self.plan.kind])
                self.problem(
                    row, None, Message("import.repeats_row", {"row": earlier, "same": same})
                )
                return False
            self.seen[key] = row.number
            found = self.existing.same(key, probe)
        if not found:
            return None
        self.existing.claimed.add(found[0]["id"])
        return found[0]

    def _create(self, row: SheetRow, cleaned: dict[str, Any], record: dict[str, Any]) -> None:
        if self.plan.kind == "person":
            record["code"] = _CODE_TO_COME
        check_record(self.spec, record, self.today)
        check_links(self.session, self.spec, record, None)
        self.result.creates.append((row.number, cleaned))

    def _update(
        self, row: SheetRow, current: Record, cleaned: dict[str, Any], derived: set[str]
    ) -> None:
        if current.get("consent_given"):
            cleaned = {k: v for k, v in cleaned.items() if k not in derived}
        changes = {k: v for k, v in cleaned.items() if current.get(k) != v}
        name_field = NAME_FIELD.get(self.plan.kind)
        # Matched by the name: another spelling of it (Maria for Мария) is no change.
        if (
            name_field in changes
            and current.get(name_field)
            and duplicates.name_key(changes[name_field]) == duplicates.name_key(current[name_field])
        ):
            del changes[name_field]
        if not changes:
            self.result.skipped += 1
            return
        merged = {**current, **changes}
        for name in self.spec.field_names:
            if merged[name] is None and self.spec.field(name).default is not None:
                merged[name] = self.spec.field(name).default
        records.check_edit(self.spec, current, merged, self.today)
        check_links(self.session, self.spec, merged, current["id"], changes)
        self.result.updates.append((row.number, current["id"], changes))

    # -- the sheet -----------------------------------------------------------------------

    def plan_all(self, tell: Progress, stop: Cancel) -> Planned:
        rows = self.sheet.rows
        for done, row in enumerate(rows):
            if done % CHECK_EVERY == 0:
                if stop():
                    raise Cancelled
                tell("check", done, len(rows))
            self.plan_row(row)
        tell("check", len(rows), len(rows))
        return self.result
