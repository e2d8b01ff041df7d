"""Every code an error can carry, with its English line: what the command line prints.

The window has its own words for each code, in every language it speaks
(coopdesk/ui/shell/error_texts.py); a test keeps the two catalogues' codes and
placeholders in step. A code is stable once released: a stored exchange
history names it. Placeholder specs (`:field`, `:date`, `:os`, an enumeration's
name…) are explained in `messages.py`.
"""

from __future__ import annotations

from collections.abc import Mapping

# A value's rules (domain/fields.py): the field is named by the error, not here.
_VALUES = {
    "value.not_text": "must be text, got {value}",
    "value.control_characters": "contains control characters or invalid characters",
    "value.direction_control": (
        "contains a text direction control (U+{codepoint}), which can make the text read "
        "as something else"
    ),
    "value.not_single_line": "must be a single line",
    "value.too_long": "is too long ({length} characters, at most {limit})",
    "value.not_phone": "is not a phone number: {value}",
    "value.not_email": "is not an e-mail address: {value}",
    "value.not_real_date": "is not a real date: {value}",
    "value.not_iso_date": "must be a date as YYYY-MM-DD, got {value}",
    "value.year_out_of_range": "year {year} is out of range",
    "value.not_real_time": "is not a real time: {value}",
    "value.not_time": "must be a time as HH:MM, got {value}",
    "value.not_whole": "must be a whole number, got {value}",
    "value.negative": "cannot be negative, got {value}",
    "value.count_too_large": "is too large ({value}, at most {limit})",
    "value.not_year": "must be a year between {low} and {high}, got {value}",
    "value.not_bool": "must be true or false, got {value}",
    "value.not_a_code": "must be one of {allowed}; got {value}",
    "value.not_code_list": "must be a list of codes, got {value}",
    "value.not_ref": "must be the id of a {kind:kind}, got {value}",
    "value.not_id": "is not a valid id: {value}",
    "value.not_ref_list": "must be a list of {kind:kind} ids, got {value}",
    "value.too_many_ids": "has {count} ids, at most {limit}",
    "value.not_number": "must be a number, got {value}",
    "value.not_number_text": "is not a number: {value}",
    "value.not_finite": "must be a finite number, got {value}",
    "value.amount_too_large": "is too large (at most {limit})",
    "value.two_decimals": "has more than two decimals: {value}",
    "value.huge_number": "a number too large",
    "value.empty_name": "cannot be empty",
    "value.required": "is required",
    "value.generated": "is given by CoopDesk and cannot be set",
    "value.in_future": "cannot be in the future ({date:date})",
    "value.year_in_future": "cannot be in the future ({year})",
}

# What a person gives as a record (domain/validation.py).
_INPUT = {
    "input.not_an_object": "expected an object of field names and values",
    "input.unknown_field": "is not a field of {kind:kind} (fields: {known:fields})",
}

# Rules over several fields of one record (domain/rules.py).
_RULES = {
    "meeting.ends_before_start": "must be after start_time ({start})",
    "district.to_choose": "was written as '{text}', which names no district: choose it",
    "meeting.ends_before_date": "is before the meeting's date ({date:date})",
    "meeting.hours_above_days": "{hours} hours do not fit in {days} day(s) of 24 hours",
    "meeting.days_below_attended": "{count} participant(s) attended more days than {days}",
    "participant.days_above_event": "is more than the meeting's {days} day(s)",
    "meeting.fewer_than_women_men": "is {total}, fewer than women + men ({women} + {men})",
    "meeting.youth_above_total": "is {youth}, more than participants_total ({total})",
    "meeting.held_in_future": "a meeting dated in the future cannot be held yet",
    "consultation.in_future": "a consultation cannot be dated in the future ({date:date})",
    "consultation.follow_up_before": "is before the consultation's date ({date:date})",
    "consultation.referral_required": "is required when the outcome is 'referred'",
    "consent.date_required": "is required when consent is given",
    "consent.personal_data": "personal data is kept only with consent recorded (consent_given)",
    "participant.person_and_contact": "a participant is either a person or a contact, not both",
    "participant.days_below_one": "must be at least 1 (leave it empty for all days)",
    "appointment.mediator_required": "is required once the stage is '{stage:AppointmentStage}'",
    "body_member.nobody": "a member is an organization or a contact: give one of them or both",
    "body_member.leaves_before_joining": "is before the member joined (from_date {date:date})",
    "project.ends_before_start": "is before the project's start_date ({date:date})",
    "project.grant_above_budget": "is more than the budget ({budget})",
    "indicator.filter_not_for_manual": "does not apply to a manual indicator",
    "indicator.filter_not_for_measure": "does not apply to measure '{measure:Measure}'",
    "indicator.stage_required": "is required: the stage procedures reach",
    "indicator.filter_to_before_from": "is before filter_from ({date:date})",
}

# The office's code lists (domain/code_lists.py, services/codes.py) and age bands
# (domain/age_bands.py).
_CODES = {
    "code.unknown_list": "{value} is not a code list (lists: {known})",
    "code.malformed": (
        "must be lower-case letters, digits and underscores (at most {limit}), got {value}"
    ),
    "code.built_in": "{code} is already a built-in code of the list {list}",
    "code.taken": "the list {list} already has the code {code}",
    "code.not_added": "{code} is not a code added to the list {list}",
    "code.retired": "the code {code} is retired and is no longer given to records",
    "code.never_deleted": "a code is never deleted, only retired (coopdesk codes retire)",
    "code.fixed": "a code's list and code never change once written; add another code",
    "age_bands.malformed": "'{text}' is not a list of age bands such as 0-17,18-29,30-54,55+",
    "age_bands.reversed": "the band {band} ends before it starts",
    "age_bands.too_old": "the band {band} goes past age {limit}",
    "age_bands.unsorted": "the bands must go from the youngest to the oldest: {text}",
    "age_bands.not_from_zero": "the first band must start at 0, not at {age}",
    "age_bands.open_before_last": "only the last band is open-ended, not {band}",
    "age_bands.gap": (
        "no band holds the age of {ages}: each band starts the year after the one before it ends"
    ),
    "age_bands.overlap": "the band {band} overlaps the band {before}",
    "age_bands.last_not_open": "the last band must be open-ended (such as 55+), not {band}",
}

# A file attached as evidence (services/attachment_files.py).
_ATTACHMENTS = {
    "attachment.no_file": "{path} is not a file that exists",
    "attachment.empty": "{name} is empty",
    "attachment.too_large": "{name} is {size} MB, over the {cap} MB a file may have",
    "attachment.not_evidence": (
        "{name} is neither a PDF nor a photo or scan (JPEG, PNG or WebP), by its content"
    ),
    "attachment.not_what_named": "{name} is named as {named} but its content is {found}",
    "attachment.damaged": "{name} is damaged or cut short",
    "attachment.too_many_pixels": "{name} claims more pixels than a photo has; it is not read",
    "attachment.no_files": "name at least one file to attach",
    "attachment.owner_kind": "files are attached to {allowed}, not to a {kind}",
    "attachment.owner_fixed": (
        "a file stays with the record it was attached to; attach it to the other one instead"
    ),
    "attachment.without_consent": (
        "a file is attached to a consultation only with the consent of the person consulted"
    ),
    "attachment.consent_relied_on": (
        "{count} files attached to this person's consultations rely on this consent; "
        "delete them first, or erase the person (coopdesk erase)"
    ),
    "attachment.bad_hash": "the file's SHA-256 is not 64 hexadecimal digits",
}

# The records' use cases (services/).
_RECORDS = {
    "work.cancelled": "cancelled; nothing was changed",
    "record.not_found": "no {kind:kind} with id {id}",
    "record.not_found_by_code": "no {kind:kind} with the code or id {id}",
    "record.not_deleted": "the {kind:kind} {id} is not deleted; there is nothing to bring back",
    "record.unknown_kind": "unknown record kind '{kind}' (known: {known:kinds})",
    "record.in_use": "cannot delete this {kind:kind}: still referred to by {referrers}",
    "record.referrer": "{count} {kind:kind} ({field:field})",
    "record.merged_lives_on": "this {kind:kind} was merged into {other} and lives on there",
    "record.not_a_field": "is not a field of {kind:kind}",
    "list.no_date": "{kind:kind} records have no date to filter by",
    "list.cannot_sort": "cannot sort {kind:kind} records by '{name:field}'",
    "list.page_bounds": "must be a whole number from 0 to {limit}",
    "period.reversed": "the period starts ({start:date}) after it ends ({end:date})",
    "organization.must_stay_municipality": (
        "must stay 'municipality': {count} appointment procedures belong to this municipality"
    ),
    "appointment.not_a_municipality": (
        "must be an organization of kind 'municipality' ({name} is '{kind:OrganizationKind}')"
    ),
    "project.code_ambiguous": (
        "{count} projects have the code {code} (made apart on two devices); name one by its "
        "id, or give one of them another code"
    ),
    "project.code_taken": "another project has the code {code}",
    "body.name_ambiguous": (
        "{count} bodies are named {code} (made apart on two devices); name one by its id"
    ),
    "project.indicators_order": "the order must name each of the project's indicators once",
    "indicator.code_taken": "the project already has an indicator {code}",
    "indicator.values_entered": (
        "the indicator has {count} entered values; a computed measure would ignore them "
        "(delete them first)"
    ),
    "indicator.computed": (
        "indicator {code} is computed ({measure:Measure}) from the records; values are "
        "entered only for manual indicators"
    ),
    "participant.name_without_consent": (
        "a participant's name and contact are kept only with consent: the linked person's "
        "or contact's, or this row's own (consent_given)"
    ),
    "participant.consent_relied_on": (
        "{count} participant rows show this name on the strength of this consent; erase the "
        "record (coopdesk erase) to empty them too, or clear those rows first"
    ),
    "meeting.body_dissolved": (
        "the body {name} is dissolved and holds no new sessions (set its status back to "
        "active first)"
    ),
    "body_member.already_member": (
        "is already a member of this body over these dates; change the dates of that "
        "membership instead"
    ),
    "participant.link_kind": "a participant is linked to a person or a contact, not {kind}",
    "participant.kind_and_id": "give both the kind and the id of the record, or neither",
    "participant.already_linked": "this row is already linked to a person or a contact",
    "duplicates.kind": "duplicates are looked for among persons and contacts, not {kind}",
    "merge.kind": "only persons and contacts can be merged, not {kind}",
    "merge.not_a_value": "must be the value of one of the two records being merged",
    "merge.was_merged": "{kind:kind} {id} cannot be merged: it was merged into {other}",
    "merge.deleted": "{kind:kind} {id} cannot be merged: it is deleted",
    "merge.with_itself": "a record cannot be merged with itself",
    "erasure.kind": "only a person's or a contact's data can be erased, not a {kind}'s",
    "demo.not_empty": (
        "demo data goes only into an empty database, and this one holds records ({held}); "
        "use a new data directory (--data-dir)"
    ),
    "demo.held": "{count} {kind:kind}",
    "demo.scale": "must be 1 or more, got {scale}",
}

# JSON from outside (domain/strict_json.py).
_JSON = {
    "json.duplicate_key": "the JSON names field '{key}' twice",
    "json.constant": "the JSON holds {name}, which is not a value CoopDesk accepts",
    "json.invalid": "invalid JSON at line {line} column {column}: {detail}",
    "json.not_utf8": "the JSON is not UTF-8 text",
    "json.number_too_long": "the JSON holds a number too long to be a value",
    "json.too_deep": "the JSON is nested too deeply",
    "json.too_many_containers": "the JSON holds far more lists and objects than text of its length",
}

# Papers and reports (documents/).
_DOCUMENTS = {
    "paper.meeting_cancelled": (
        "the meeting '{title}' was cancelled: it has no attendance sheet to print"
    ),
    "paper.language": "documents are printed in {languages}, not '{language}'",
    "paper.minutes_not_held": (
        "the meeting '{title}' is still planned: it has no minutes until it is held "
        "(missing: {needs})"
    ),
}

# Spreadsheets brought in (documents/spreadsheets/): the file, the mapping, the rows.
_SPREADSHEETS = {
    "sheet.utf16_damaged": "{name} is not a spreadsheet: its UTF-16 text is damaged",
    "sheet.not_spreadsheet": (
        "{name} is not a spreadsheet CoopDesk reads (an .xlsx workbook or a .csv file)"
    ),
    "sheet.not_text": "{name} is not text in UTF-8 or Windows-1251; save it again as CSV UTF-8",
    "sheet.not_a_file": "{name} is not a file",
    "sheet.too_large": "{name} is {size} MB; CoopDesk reads spreadsheets of at most {limit} MB",
    "sheet.cannot_read": "cannot read {name}: {reason:os}",
    "sheet.encrypted": (
        "{name} is a password-protected (encrypted) workbook; open it in Excel, remove the "
        "password (File › Info › Protect Workbook) and save it again"
    ),
    "sheet.xls": (
        "{name} is an Excel 97–2003 workbook (.xls), which CoopDesk does not read; save it as "
        ".xlsx or CSV"
    ),
    "sheet.csv_has_no_sheets": "{name} is a CSV file: it has no sheets to choose from",
    "sheet.csv_unreadable": "{name}, row {row}: cannot be read as CSV ({detail})",
    "sheet.damaged": "{name} is damaged: it is not a whole .xlsx file",
    "sheet.ods": (
        "{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx "
        "or CSV"
    ),
    "sheet.zip": "{name} is a ZIP file, not an Excel workbook; save it as .xlsx or CSV",
    "sheet.unpacks_too_large": (
        "{name} unpacks to more than {limit} MB; CoopDesk does not read workbooks that large"
    ),
    "sheet.not_workbook": "{name} cannot be read as an Excel workbook ({detail})",
    "sheet.no_such_sheet": "{name} has no sheet '{sheet}' (its sheets: {sheets})",
    "sheet.no_worksheet": "{name} has no worksheet",
    "sheet.chart": "the sheet '{sheet}' is a chart, not a table",
    "sheet.part_unreadable": "{name}, row {row}: the sheet cannot be read ({detail})",
    "sheet.named": "the sheet '{sheet}'",
    "sheet.too_many_columns": (
        "{where}, row {row}: has a value in column {column}; CoopDesk reads at most {limit} columns"
    ),
    "sheet.too_many_rows": "{where} has more than {limit} rows; split it into parts",
    "sheet.empty": "{where} is empty",
    "sheet.header_only": "{where} has a header (row {row}) but no rows under it",
    "import.kind_not_importable": (
        "{kind:kind} records are not imported from spreadsheets (kinds: {kinds:kinds})"
    ),
    "import.not_a_target": (
        "'{name}' is not a field a {kind:kind} column can fill (fields: {fields:fields})"
    ),
    "import.unknown_target": "'{name}' is not a field a {kind:kind} column can fill",
    "import.columns_same_header": (
        "the sheet has {count} columns '{header}' ({letters}); name the one meant by its letter"
    ),
    "import.no_such_column": "the sheet has no column '{header}' (its columns: {columns})",
    "import.not_column_equals": "'{item}' is not COLUMN=field (e.g. 'Име=full_name')",
    "import.column_mapped_twice": (
        "the column '{column}' is mapped twice (to {first} and {second}); a column fills one field"
    ),
    "import.no_column_number": "the sheet has no column {number}",
    "import.field_from_two_columns": (
        "columns {first} and {second} are both mapped to {name:field}; a field takes one "
        "column (leave the other out with COLUMN=-)"
    ),
    "import.column_named": "'{column}' ({letter})",
    "import.name_whole_and_parts": (
        "the name comes from '{column}' and from its parts ({parts}); map one or the other"
    ),
    "import.required_unmapped": (
        "no column gives the {kind:kind}'s {what}, which every {kind:kind} needs; map one to "
        "it (COLUMN={name:field})"
    ),
    "import.meeting_twice": (
        "the meeting is given twice: chosen for all rows and named in a column; leave the "
        "column out (COLUMN=-) or do not choose the meeting"
    ),
    "import.meeting_needed": (
        "participants need their meeting: choose it (--meeting ID) or map a column naming it "
        "(by its title, with its date in another column)"
    ),
    "import.municipality_alone": (
        "a municipality column only tells apart localities named in another column; map the "
        "locality too"
    ),
    "import.no_consent_column": (
        "the sheet has personal data (column '{column}') but no consent column; add a column "
        "'Съгласие' (да/не) with 'Дата на съгласие', or say that consent was recorded on paper "
        "and on what date (--consent-on-paper DATE)"
    ),
    "import.rows_refused": (
        "{invalid} of {rows} rows cannot be imported, so nothing was written; {first}"
    ),
    "import.rows_refused_more": (
        "{invalid} of {rows} rows cannot be imported, so nothing was written; {first} (and "
        "{more} more rows)"
    ),
    "import.row_problem": "row {row}: {reason}",
    "import.row_column_problem": "row {row}, column '{column}': {reason}",
    "import.no_meeting_titled": "no meeting is titled {value} on that date",
    "import.no_person_with_code": "no person has the code {value}",
    "import.not_named": (
        "no {kind:kind} is named {value}; add it first, or let the import create it "
        "(--create-missing)"
    ),
    "import.not_named_in": (
        "no {kind:kind} is named {value} in the municipality {municipality}; add it first, or "
        "let the import create it (--create-missing)"
    ),
    "import.cannot_create": "cannot be created: {error}",
    "import.unknown_code": (
        "no person has the code {value} (codes are given by CoopDesk; leave the cell empty for "
        "a new person)"
    ),
    "import.code_repeated": "{code} is on an earlier row too",
    "import.repeats_row": "repeats row {row} ({same}); keep one",
    "import.same_person": "the same name, year of birth and locality",
    "import.same_contact": "the same name and organisation",
    "import.same_participant": "the same person at the same meeting",
    "import.same_locality": "the same name and municipality",
    "import.same_organization": "the same name",
    "import.same_meeting": "the same date, title and locality",
    "cell.formula": (
        "holds a formula ({value}); CoopDesk takes values only: copy the column and paste it "
        "back as values"
    ),
    "cell.excel_error": "holds the spreadsheet error {value}",
    "cell.not_real_date": "{value} is not a real date",
    "cell.not_date": "{value} is not a date",
    "cell.not_date_written": "{value} is not a date (write it as 14.10.2026 or 2026-10-14)",
    "cell.not_time": "{value} is not a time of day (write it as 10:30)",
    "cell.not_whole": "{value} is not a whole number",
    "cell.not_year": "{value} is not a year",
    "cell.not_yes_no": "{value} is not yes or no (write да or не)",
    "cell.not_a_code": "{value} is not a {what} CoopDesk knows: {labels}",
    "cell.too_long": "{value} is too long to be a {what}",
    "cell.not_importable": "{value} cannot be imported into a {type} field",
    "cell.localities_same_name": (
        "{value}: {count} localities have this name; add a municipality column (Община) to "
        "tell them apart"
    ),
    "cell.organisations_same_name": "{value}: {count} organisations have this name",
    "cell.meetings_same_title": (
        "{value}: {count} meetings have this title ({dates}); add a column with the meeting's date"
    ),
}


# The command line's own refusals (coopdesk/cli), in English only: the window never
# runs a command, so it has no words for this code.
COMMAND_LINE = "cli.refused"
_COMMAND_LINE = {COMMAND_LINE: "{text}"}


def _merged(*parts: Mapping[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in parts:
        assert not found.keys() & part.keys(), found.keys() & part.keys()
        found.update(part)
    return found


def _catalogue() -> dict[str, str]:
    # The store's and the sync's codes live in a module of their own, by their seam.
    from coopdesk.domain.error_texts_exchange import BACKUPS, BUNDLE, STORE, SYNC

    return _merged(
        _VALUES,
        _INPUT,
        _RULES,
        _CODES,
        _ATTACHMENTS,
        _RECORDS,
        _JSON,
        _DOCUMENTS,
        _SPREADSHEETS,
        STORE,
        BACKUPS,
        SYNC,
        BUNDLE,
        _COMMAND_LINE,
    )


ENGLISH: Mapping[str, str] = _catalogue()
WINDOW_CODES = frozenset(ENGLISH) - {COMMAND_LINE}  # every code the window may meet
