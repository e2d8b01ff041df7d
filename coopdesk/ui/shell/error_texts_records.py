"""The window's words for the errors of values, rules, records, JSON and papers (their
codes: coopdesk/domain/error_texts.py); error_texts.py renders them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

RECORD_TEXTS = {
    # a value's rules
    "value.not_text": QT_TRANSLATE_NOOP("Error", "must be text, got {value}"),
    "value.control_characters": QT_TRANSLATE_NOOP(
        "Error", "contains characters that cannot be stored"
    ),
    "value.direction_control": QT_TRANSLATE_NOOP(
        "Error",
        "contains a text direction control (U+{codepoint}), which can make the text read "
        "as something else",
    ),
    "value.not_single_line": QT_TRANSLATE_NOOP("Error", "must be a single line"),
    "value.too_long": QT_TRANSLATE_NOOP(
        "Error", "is too long ({length} characters, at most {limit})"
    ),
    "value.not_phone": QT_TRANSLATE_NOOP("Error", "is not a phone number"),
    "value.not_email": QT_TRANSLATE_NOOP("Error", "is not an e-mail address"),
    "value.not_real_date": QT_TRANSLATE_NOOP("Error", "is not a real date: {value}"),
    "value.not_iso_date": QT_TRANSLATE_NOOP("Error", "must be a date as YYYY-MM-DD, got {value}"),
    "value.year_out_of_range": QT_TRANSLATE_NOOP("Error", "year {year} is out of range"),
    "value.not_real_time": QT_TRANSLATE_NOOP("Error", "is not a real time: {value}"),
    "value.not_time": QT_TRANSLATE_NOOP("Error", "must be a time as HH:MM, got {value}"),
    "value.not_whole": QT_TRANSLATE_NOOP("Error", "must be a whole number, got {value}"),
    "value.negative": QT_TRANSLATE_NOOP("Error", "cannot be negative, got {value}"),
    "value.count_too_large": QT_TRANSLATE_NOOP("Error", "is too large ({value}, at most {limit})"),
    "value.not_year": QT_TRANSLATE_NOOP(
        "Error", "must be a year between {low} and {high}, got {value}"
    ),
    "value.not_bool": QT_TRANSLATE_NOOP("Error", "must be yes or no, got {value}"),
    "value.not_a_code": QT_TRANSLATE_NOOP("Error", "must be one of {allowed}; got {value}"),
    "value.not_code_list": QT_TRANSLATE_NOOP("Error", "must be a list of codes, got {value}"),
    "value.not_ref": QT_TRANSLATE_NOOP("Error", "must be the id of a record ({kind}), got {value}"),
    "value.not_id": QT_TRANSLATE_NOOP("Error", "is not a valid id: {value}"),
    "value.not_ref_list": QT_TRANSLATE_NOOP(
        "Error", "must be a list of ids of records ({kind}), got {value}"
    ),
    "value.too_many_ids": QT_TRANSLATE_NOOP("Error", "has {count} records, at most {limit}"),
    "value.not_number": QT_TRANSLATE_NOOP("Error", "must be a number, got {value}"),
    "value.not_number_text": QT_TRANSLATE_NOOP("Error", "is not a number: {value}"),
    "value.not_finite": QT_TRANSLATE_NOOP("Error", "must be a finite number, got {value}"),
    "value.amount_too_large": QT_TRANSLATE_NOOP("Error", "is too large (at most {limit})"),
    "value.two_decimals": QT_TRANSLATE_NOOP("Error", "has more than two decimals: {value}"),
    "value.huge_number": QT_TRANSLATE_NOOP("Error", "a number too large"),
    "value.empty_name": QT_TRANSLATE_NOOP("Error", "cannot be empty"),
    "value.required": QT_TRANSLATE_NOOP("Error", "is required"),
    "value.generated": QT_TRANSLATE_NOOP("Error", "is given by CoopDesk and cannot be set"),
    "value.in_future": QT_TRANSLATE_NOOP("Error", "cannot be in the future ({date})"),
    "value.year_in_future": QT_TRANSLATE_NOOP("Error", "cannot be in the future ({year})"),
    # a record as given
    "input.not_an_object": QT_TRANSLATE_NOOP(
        "Error", "expected an object of field names and values"
    ),
    "input.unknown_field": QT_TRANSLATE_NOOP(
        "Error", "is not a field of this record ({kind}; its fields: {known})"
    ),
    # rules over several fields
    "meeting.ends_before_start": QT_TRANSLATE_NOOP("Error", "must be after the start ({start})"),
    "district.to_choose": QT_TRANSLATE_NOOP(
        "Error", "was written as “{text}”, which names no district: choose it"
    ),
    "meeting.ends_before_date": QT_TRANSLATE_NOOP(
        "Error", "is before the day the meeting starts ({date})"
    ),
    "meeting.hours_above_days": QT_TRANSLATE_NOOP(
        "Error", "{hours} hours do not fit in {days} day(s)"
    ),
    "meeting.days_below_attended": QT_TRANSLATE_NOOP(
        "Error", "{count} participant(s) attended more days than the {days} it would last"
    ),
    "participant.days_above_event": QT_TRANSLATE_NOOP(
        "Error", "is more than the {days} day(s) the meeting lasts"
    ),
    "meeting.fewer_than_women_men": QT_TRANSLATE_NOOP(
        "Error", "is {total}, fewer than women + men ({women} + {men})"
    ),
    "meeting.youth_above_total": QT_TRANSLATE_NOOP(
        "Error", "is {youth}, more than the participants ({total})"
    ),
    "meeting.held_in_future": QT_TRANSLATE_NOOP(
        "Error", "a meeting dated in the future cannot be held yet"
    ),
    "consultation.in_future": QT_TRANSLATE_NOOP(
        "Error", "a consultation cannot be dated in the future ({date})"
    ),
    "consultation.follow_up_before": QT_TRANSLATE_NOOP(
        "Error", "is before the consultation's date ({date})"
    ),
    "consultation.referral_required": QT_TRANSLATE_NOOP(
        "Error", "is required when the person is referred"
    ),
    "consent.date_required": QT_TRANSLATE_NOOP("Error", "is required when consent is given"),
    "consent.personal_data": QT_TRANSLATE_NOOP(
        "Error", "personal data is kept only with consent recorded"
    ),
    "participant.person_and_contact": QT_TRANSLATE_NOOP(
        "Error", "a participant is either a person or a contact, not both"
    ),
    "participant.days_below_one": QT_TRANSLATE_NOOP(
        "Error", "must be at least 1 (leave it empty for all days)"
    ),
    "appointment.mediator_required": QT_TRANSLATE_NOOP(
        "Error", "is required once the stage is “{stage}”"
    ),
    "body_member.nobody": QT_TRANSLATE_NOOP(
        "Error", "a member is an organisation or a contact: choose one of them or both"
    ),
    "body_member.leaves_before_joining": QT_TRANSLATE_NOOP(
        "Error", "is before the member joined ({date})"
    ),
    "project.ends_before_start": QT_TRANSLATE_NOOP(
        "Error", "is before the project's start date ({date})"
    ),
    "project.grant_above_budget": QT_TRANSLATE_NOOP("Error", "is more than the budget ({budget})"),
    "indicator.filter_not_for_manual": QT_TRANSLATE_NOOP(
        "Error", "does not apply to an indicator entered by hand"
    ),
    "indicator.filter_not_for_measure": QT_TRANSLATE_NOOP(
        "Error", "does not apply to the measure “{measure}”"
    ),
    "indicator.stage_required": QT_TRANSLATE_NOOP(
        "Error", "is required: the stage the procedures reach"
    ),
    "indicator.filter_to_before_from": QT_TRANSLATE_NOOP(
        "Error", "is before the start of the counting ({date})"
    ),
    # the records' use cases
    "work.cancelled": QT_TRANSLATE_NOOP("Error", "cancelled; nothing was changed"),
    "record.not_found": QT_TRANSLATE_NOOP("Error", "the chosen record ({kind}) no longer exists"),
    "record.not_found_by_code": QT_TRANSLATE_NOOP("Error", "no {kind} with the code or id {id}"),
    "record.not_deleted": QT_TRANSLATE_NOOP(
        "Error", "this record ({kind}) is not deleted; there is nothing to bring back"
    ),
    "record.unknown_kind": QT_TRANSLATE_NOOP(
        "Error", "unknown kind of record “{kind}” (known: {known})"
    ),
    "record.in_use": QT_TRANSLATE_NOOP(
        "Error", "cannot delete this record ({kind}): still referred to by {referrers}"
    ),
    "record.referrer": QT_TRANSLATE_NOOP("Error", "{count} × {kind} ({field})"),
    "record.merged_lives_on": QT_TRANSLATE_NOOP(
        "Error", "this record ({kind}) was merged into another and lives on there"
    ),
    "record.not_a_field": QT_TRANSLATE_NOOP("Error", "is not a field of this record ({kind})"),
    "list.no_date": QT_TRANSLATE_NOOP("Error", "these records ({kind}) have no date to filter by"),
    "list.cannot_sort": QT_TRANSLATE_NOOP(
        "Error", "these records ({kind}) cannot be sorted by “{name}”"
    ),
    "list.page_bounds": QT_TRANSLATE_NOOP("Error", "must be a whole number from 0 to {limit}"),
    "period.reversed": QT_TRANSLATE_NOOP(
        "Error", "the period starts ({start}) after it ends ({end})"
    ),
    "organization.must_stay_municipality": QT_TRANSLATE_NOOP(
        "Error",
        "must stay a municipality: {count} mediator appointment procedures belong to this "
        "municipality",
    ),
    "appointment.not_a_municipality": QT_TRANSLATE_NOOP(
        "Error", "must be a municipality ({name} is “{kind}”)"
    ),
    "project.code_ambiguous": QT_TRANSLATE_NOOP(
        "Error",
        "{count} projects have the code {code} (made apart on two devices); give one of them "
        "another code",
    ),
    "project.code_taken": QT_TRANSLATE_NOOP("Error", "another project has the code {code}"),
    "body.name_ambiguous": QT_TRANSLATE_NOOP(
        "Error", "{count} bodies are named {code} (made apart on two devices); choose one"
    ),
    "project.indicators_order": QT_TRANSLATE_NOOP(
        "Error", "the order must name each of the project's indicators once"
    ),
    "indicator.code_taken": QT_TRANSLATE_NOOP(
        "Error", "the project already has an indicator {code}"
    ),
    "indicator.values_entered": QT_TRANSLATE_NOOP(
        "Error",
        "the indicator has {count} entered values; a computed measure would ignore them "
        "(delete them first)",
    ),
    "indicator.computed": QT_TRANSLATE_NOOP(
        "Error",
        "indicator {code} is computed from the records ({measure}); values are entered only "
        "for indicators entered by hand",
    ),
    "meeting.body_dissolved": QT_TRANSLATE_NOOP(
        "Error",
        "the body {name} is dissolved and holds no new sessions (make it active again first)",
    ),
    "body_member.already_member": QT_TRANSLATE_NOOP(
        "Error",
        "is already a member of this body over these dates; change the dates of that "
        "membership instead",
    ),
    "participant.name_without_consent": QT_TRANSLATE_NOOP(
        "Error",
        "is kept only with consent: tick Consent for this row, or pick from the suggestions "
        "the person or contact it is",
    ),
    "participant.consent_relied_on": QT_TRANSLATE_NOOP(
        "Error",
        "{count} meeting rows show this name on the strength of this consent: erase the "
        "record to empty them too, or clear those rows first",
    ),
    "participant.link_kind": QT_TRANSLATE_NOOP(
        "Error", "a participant is linked to a person or a contact, not to “{kind}”"
    ),
    "participant.kind_and_id": QT_TRANSLATE_NOOP(
        "Error", "give both the kind and the id of the record, or neither"
    ),
    "participant.already_linked": QT_TRANSLATE_NOOP(
        "Error", "this row is already linked to a person or a contact"
    ),
    "duplicates.kind": QT_TRANSLATE_NOOP(
        "Error", "duplicates are looked for among persons and contacts, not “{kind}”"
    ),
    "merge.kind": QT_TRANSLATE_NOOP(
        "Error", "only persons and contacts can be merged, not “{kind}”"
    ),
    "merge.not_a_value": QT_TRANSLATE_NOOP(
        "Error", "must be the value of one of the two records being merged"
    ),
    "merge.was_merged": QT_TRANSLATE_NOOP(
        "Error", "this record ({kind}) cannot be merged: it was merged into another"
    ),
    "merge.deleted": QT_TRANSLATE_NOOP(
        "Error", "this record ({kind}) cannot be merged: it is deleted"
    ),
    "merge.with_itself": QT_TRANSLATE_NOOP("Error", "a record cannot be merged with itself"),
    "erasure.kind": QT_TRANSLATE_NOOP(
        "Error", "only a person's or a contact's data can be erased, not “{kind}”"
    ),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "Error",
        "demo data goes only into an empty database, and this one holds records ({held}); "
        "use a new data folder",
    ),
    "demo.held": QT_TRANSLATE_NOOP("Error", "{count} × {kind}"),
    "demo.scale": QT_TRANSLATE_NOOP("Error", "must be 1 or more, got {scale}"),
    # code lists and age bands
    "code.unknown_list": QT_TRANSLATE_NOOP(
        "Error", "“{value}” is not a code list (lists: {known})"
    ),
    "code.malformed": QT_TRANSLATE_NOOP(
        "Error",
        "must be lower-case Latin letters, digits and underscores (at most {limit}), got {value}",
    ),
    "code.built_in": QT_TRANSLATE_NOOP("Error", "{code} is already a built-in code of this list"),
    "code.taken": QT_TRANSLATE_NOOP("Error", "this list already has the code {code}"),
    "code.not_added": QT_TRANSLATE_NOOP("Error", "{code} is not a code added to this list"),
    "code.retired": QT_TRANSLATE_NOOP(
        "Error", "the code {code} is retired and is no longer given to records"
    ),
    "code.never_deleted": QT_TRANSLATE_NOOP("Error", "a code is never deleted, only retired"),
    "code.fixed": QT_TRANSLATE_NOOP(
        "Error", "a code's list and code never change once written; add another code"
    ),
    "age_bands.malformed": QT_TRANSLATE_NOOP(
        "Error", "“{text}” is not a list of age bands such as 0-17,18-29,30-54,55+"
    ),
    "age_bands.reversed": QT_TRANSLATE_NOOP("Error", "the band {band} ends before it starts"),
    "age_bands.too_old": QT_TRANSLATE_NOOP("Error", "the band {band} goes past age {limit}"),
    "age_bands.unsorted": QT_TRANSLATE_NOOP(
        "Error", "the bands must go from the youngest to the oldest: {text}"
    ),
    "age_bands.not_from_zero": QT_TRANSLATE_NOOP(
        "Error", "the first band must start at 0, not at {age}"
    ),
    "age_bands.open_before_last": QT_TRANSLATE_NOOP(
        "Error", "only the last band is open-ended, not {band}"
    ),
    "age_bands.gap": QT_TRANSLATE_NOOP(
        "Error",
        "no band holds the age of {ages}: each band starts the year after the one before it ends",
    ),
    "age_bands.overlap": QT_TRANSLATE_NOOP("Error", "the band {band} overlaps the band {before}"),
    "age_bands.last_not_open": QT_TRANSLATE_NOOP(
        "Error", "the last band must be open-ended (such as 55+), not {band}"
    ),
    # JSON from outside
    "json.duplicate_key": QT_TRANSLATE_NOOP("Error", "the JSON names the field “{key}” twice"),
    "json.constant": QT_TRANSLATE_NOOP(
        "Error", "the JSON holds {name}, which is not a value CoopDesk accepts"
    ),
    "json.invalid": QT_TRANSLATE_NOOP(
        "Error", "invalid JSON at line {line}, column {column}: {detail}"
    ),
    "json.not_utf8": QT_TRANSLATE_NOOP("Error", "the JSON is not UTF-8 text"),
    "json.number_too_long": QT_TRANSLATE_NOOP(
        "Error", "the JSON holds a number too long to be a value"
    ),
    "json.too_deep": QT_TRANSLATE_NOOP("Error", "the JSON is nested too deeply"),
    "json.too_many_containers": QT_TRANSLATE_NOOP(
        "Error", "the JSON holds far more lists and objects than text of its length"
    ),
    # papers
    "paper.meeting_cancelled": QT_TRANSLATE_NOOP(
        "Error",
        "the meeting “{title}” was cancelled: there is no attendance sheet to sign. Its "
        "minutes can still be printed.",
    ),
    "paper.language": QT_TRANSLATE_NOOP(
        "Error", "documents are printed in {languages}, not “{language}”"
    ),
    "paper.minutes_not_held": QT_TRANSLATE_NOOP(
        "Error", "the meeting “{title}” is still planned: it has no minutes until it is held"
    ),
    # a file attached as evidence
    "attachment.no_file": QT_TRANSLATE_NOOP("Error", "{path} is not a file that exists"),
    "attachment.empty": QT_TRANSLATE_NOOP("Error", "{name} is empty"),
    "attachment.too_large": QT_TRANSLATE_NOOP(
        "Error", "{name} is {size} MB, over the {cap} MB a file may have"
    ),
    "attachment.not_evidence": QT_TRANSLATE_NOOP(
        "Error", "{name} is neither a PDF nor a photo or scan (JPEG, PNG or WebP), by its content"
    ),
    "attachment.not_what_named": QT_TRANSLATE_NOOP(
        "Error", "{name} is named as {named} but its content is {found}"
    ),
    "attachment.damaged": QT_TRANSLATE_NOOP("Error", "{name} is damaged or cut short"),
    "attachment.too_many_pixels": QT_TRANSLATE_NOOP(
        "Error", "{name} claims more pixels than a photo has; it is not read"
    ),
    "attachment.no_files": QT_TRANSLATE_NOOP(
        "Error",
        "name at least one file to attach",
    ),
    "attachment.owner_kind": QT_TRANSLATE_NOOP(
        "Error",
        "files are attached to {allowed}, not to a {kind}",
    ),
    "attachment.owner_fixed": QT_TRANSLATE_NOOP(
        "Error",
        "a file stays with the record it was attached to; attach it to the other one instead",
    ),
    "attachment.without_consent": QT_TRANSLATE_NOOP(
        "Error",
        "a file is attached to a consultation only with the consent of the person consulted",
    ),
    "attachment.consent_relied_on": QT_TRANSLATE_NOOP(
        "Error",
        "{count} files attached to this person's consultations rely on this consent: "
        "remove them first, or erase the person",
    ),
    "attachment.bad_hash": QT_TRANSLATE_NOOP(
        "Error", "the file's fingerprint (its hash) is not 64 hexadecimal digits"
    ),
}
