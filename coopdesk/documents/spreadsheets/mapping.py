"""Which column fills which field: proposed from the headers, changed by the person
(`COLUMN=field`), and checked before any row is read (a field from two columns, a
required field from none)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.documents.spreadsheets.reading import Column
from coopdesk.documents.spreadsheets.refusals import SpreadsheetRefused
from coopdesk.documents.spreadsheets.vocabulary import (
    AUXILIARY,
    IMPORTABLE,
    NAME_PARTS,
    field_targets,
    header_phrases,
    phrase_key,
    without_parentheses,
)
from coopdesk.domain.fields import FieldType
from coopdesk.domain.messages import Message
from coopdesk.domain.schema import KINDS, kind_spec

ColumnMapping = dict[int, str]  # column index → target; a column not in it is left out
IGNORE = frozenset({"-", "", "none", "ignore", "skip"})
# References a column can name a record by (its name, a person's code), per kind.
RESOLVED = {
    "locality_id": "locality",
    "organization_id": "organization",
    "meeting_id": "meeting",
    "person_id": "person",
}
# Where a kind's name is: what the name parts are joined into.
NAME_FIELD = {"person": "full_name", "contact": "full_name", "participant": "name"}
_AUXILIARY_BY_KIND = {
    "person": ("municipality", *NAME_PARTS),
    "contact": NAME_PARTS,
    "participant": (*NAME_PARTS, "meeting_date"),
    "organization": ("municipality",),
    "meeting": ("municipality",),
    "locality": (),
}


@dataclass(frozen=True)
class Target:
    """What a column may fill: a field of the kind, or a helper (a name's part, the
    municipality of a locality named in another column)."""

    name: str
    type: FieldType
    required: bool  # the import needs a column for it
    choices: builtins.type[StrEnum] | None = None
    refers_to: str | None = None  # a reference: the kind of record it names
    description: str = ""

    @property
    def what(self) -> str:
        """The target as a message says it: "birth year", "gender"."""
        text = self.name.removesuffix("_id").replace("_", " ")
        return text.removesuffix("s") if self.type is FieldType.CHOICES else text


def importable_kind(kind: str) -> str:
    """The canonical name of a kind a spreadsheet can bring in."""
    name = kind_spec(kind).name
    if name not in IMPORTABLE:
        raise SpreadsheetRefused("import.kind_not_importable", kind=name, kinds=list(IMPORTABLE))
    return name


def targets(kind: str) -> list[Target]:
    """Every target a column of a `kind` sheet may be mapped to, fields first."""
    spec = KINDS[importable_kind(kind)]
    found = []
    for name in field_targets(spec):
        field = spec.field(name)
        if field.type is FieldType.REF and name not in RESOLVED:
            continue
        if spec.name == "participant" and name == "person_id":
            description = "the person's code"
        elif field.type is FieldType.REF:
            description = f"the {field.ref}'s name"
        else:
            description = ""
        required = (
            field.required
            and field.default is None
            and not field.generated
            and not (spec.name == "participant" and name == "meeting_id")
        )
        found.append(
            Target(
                name,
                field.type,
                required,
                field.choices,
                RESOLVED.get(name) if field.type is FieldType.REF else None,
                description,
            )
        )
    for name in _AUXILIARY_BY_KIND[spec.name]:
        field_type = FieldType.DATE if name == "meeting_date" else FieldType.TEXT
        found.append(Target(name, field_type, False, description=AUXILIARY[name]))
    return found


def target_named(kind: str, name: str) -> Target:
    """A target by its name, `locality` for `locality_id` accepted."""
    known = {t.name: t for t in targets(kind)}
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    found = known.get(key) or known.get(f"{key}_id")
    if found is None:
        raise SpreadsheetRefused("import.not_a_target", name=name, kind=kind, fields=list(known))
    return found


def _proposed_target(phrases: Mapping[str, str], column: Column) -> str | None:
    for word in column.words:
        for text in (word, without_parentheses(word)):
            target = phrases.get(phrase_key(text))
            if target is not None:
                return target
    return None


def propose_mapping(
    kind: str, columns: Sequence[Column], *, meeting_chosen: bool = False
) -> ColumnMapping:
    """The mapping the headers suggest: each column whose header names a target, the
    first of two columns that name the same one. "Име" beside a "Фамилия" column is the
    first name; participants of a chosen meeting take no meeting from a column."""
    kind = importable_kind(kind)
    phrases = header_phrases(kind)
    mapping: ColumnMapping = {}
    taken: set[str] = {"meeting_id", "meeting_date"} if meeting_chosen else set()
    for column in columns:
        target = _proposed_target(phrases, column)
        if target is not None and target not in taken:
            mapping[column.index] = target
            taken.add(target)
    name_field = NAME_FIELD.get(kind)
    if name_field in taken and "last_name" in taken:
        for index, target in mapping.items():
            if target == name_field and phrase_key(columns[index].words[0]) == "име":
                mapping[index] = "first_name"
    return mapping


def find_column(columns: Sequence[Column], given: str) -> Column:
    """A column by its header (as written, or as compared) or by its letter."""
    text = given.strip()
    for same in (
        lambda c: c.title == text,
        lambda c: text in c.words,
        lambda c: phrase_key(c.title) == phrase_key(text) and bool(phrase_key(text)),
        lambda c: any(phrase_key(w) == phrase_key(text) for w in c.words) and bool(text),
    ):
        found = [column for column in columns if same(column)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise SpreadsheetRefused(
                "import.columns_same_header",
                count=len(found),
                header=text,
                letters=[c.letter for c in found],
            )
    letter = [column for column in columns if column.letter == text.upper()]
    if letter:
        return letter[0]
    shown = [f"'{c.label}'" for c in columns[:20]]
    raise SpreadsheetRefused("import.no_such_column", header=text, columns=shown)


def override_mapping(
    kind: str, columns: Sequence[Column], mapping: Mapping[int, str], overrides: Sequence[str]
) -> ColumnMapping:
    """`mapping` changed by `COLUMN=field` items (`COLUMN=-` leaves a column out); a
    column given twice is refused."""
    kind = importable_kind(kind)
    changed = dict(mapping)
    given: dict[int, str] = {}
    for item in overrides:
        column_text, equals, field_text = item.rpartition("=")
        if not equals or not column_text.strip():
            raise SpreadsheetRefused("import.not_column_equals", item=item)
        column = find_column(columns, column_text)
        ignored = field_text.strip().lower() in IGNORE
        target = None if ignored else target_named(kind, field_text).name
        if column.index in given and given[column.index] != (target or "-"):
            raise SpreadsheetRefused(
                "import.column_mapped_twice",
                column=column.label,
                first=given[column.index],
                second=target or "-",
            )
        given[column.index] = target or "-"
        if target is None:
            changed.pop(column.index, None)
        else:
            changed[column.index] = target
    return changed


def check_mapping(
    kind: str, columns: Sequence[Column], mapping: Mapping[int, str], *, meeting_given: bool
) -> None:
    """Refuse a mapping no row could be imported by: a field filled from two columns, a
    required one from none, the name both whole and in parts."""
    kind = importable_kind(kind)
    known = {t.name: t for t in targets(kind)}
    by_target: dict[str, list[Column]] = {}
    for index, target in sorted(mapping.items()):
        if target not in known:
            raise SpreadsheetRefused("import.unknown_target", name=target, kind=kind)
        if not 0 <= index < len(columns):
            raise SpreadsheetRefused("import.no_column_number", number=index + 1)
        by_target.setdefault(target, []).append(columns[index])
    for target, mapped in by_target.items():
        if len(mapped) > 1:
            first, second = (
                Message("import.column_named", {"column": c.label, "letter": c.letter})
                for c in mapped[:2]
            )
            raise SpreadsheetRefused(
                "import.field_from_two_columns", first=first, second=second, name=target
            )
    name_field = NAME_FIELD.get(kind)
    parts = [p for p in NAME_PARTS if p in by_target]
    if name_field in by_target and parts:
        raise SpreadsheetRefused(
            "import.name_whole_and_parts",
            column=by_target[name_field][0].label,
            parts=[by_target[p][0].label for p in parts],
        )
    for needed in known.values():
        if needed.required and needed.name not in by_target:
            raise SpreadsheetRefused(
                "import.required_unmapped", kind=kind, what=needed.what, name=needed.name
            )
    if kind == "participant":
        meeting_mapped = "meeting_id" in by_target
        if meeting_given and (meeting_mapped or "meeting_date" in by_target):
            raise SpreadsheetRefused("import.meeting_twice")
        if not meeting_given and not meeting_mapped:
            raise SpreadsheetRefused("import.meeting_needed")
    if (
        "municipality" in by_target
        and "municipality" not in {f.name for f in KINDS[kind].fields}
        and "locality_id" not in by_target
    ):
        raise SpreadsheetRefused("import.municipality_alone")
