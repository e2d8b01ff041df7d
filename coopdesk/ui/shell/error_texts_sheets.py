"""The window's words for the errors of a spreadsheet brought in: the file, the
mapping of its columns, its cells and rows (their codes: coopdesk/domain/error_texts.py);
error_texts.py renders them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SHEET_TEXTS = {
    "sheet.utf16_damaged": QT_TRANSLATE_NOOP(
        "Error", "{name} is not a spreadsheet: its UTF-16 text is damaged"
    ),
    "sheet.not_spreadsheet": QT_TRANSLATE_NOOP(
        "Error", "{name} is not a spreadsheet CoopDesk reads (an .xlsx workbook or a .csv file)"
    ),
    "sheet.not_text": QT_TRANSLATE_NOOP(
        "Error", "{name} is not text in UTF-8 or Windows-1251; save it again as CSV UTF-8"
    ),
    "sheet.not_a_file": QT_TRANSLATE_NOOP("Error", "{name} is not a file"),
    "sheet.too_large": QT_TRANSLATE_NOOP(
        "Error", "{name} is {size} MB; CoopDesk reads spreadsheets of at most {limit} MB"
    ),
    "sheet.cannot_read": QT_TRANSLATE_NOOP("Error", "cannot read {name}: {reason}"),
    "sheet.encrypted": QT_TRANSLATE_NOOP(
        "Error",
        "{name} is a password-protected (encrypted) workbook; open it in Excel, remove the "
        "password (File › Info › Protect Workbook) and save it again",
    ),
    "sheet.xls": QT_TRANSLATE_NOOP(
        "Error",
        "{name} is an Excel 97–2003 workbook (.xls), which CoopDesk does not read; save it as "
        ".xlsx or CSV",
    ),
    "sheet.csv_has_no_sheets": QT_TRANSLATE_NOOP(
        "Error", "{name} is a CSV file: it has no sheets to choose from"
    ),
    "sheet.csv_unreadable": QT_TRANSLATE_NOOP(
        "Error", "{name}, row {row}: cannot be read as CSV ({detail})"
    ),
    "sheet.damaged": QT_TRANSLATE_NOOP("Error", "{name} is damaged: it is not a whole .xlsx file"),
    "sheet.ods": QT_TRANSLATE_NOOP(
        "Error",
        "{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx "
        "or CSV",
    ),
    "sheet.zip": QT_TRANSLATE_NOOP(
        "Error", "{name} is a ZIP file, not an Excel workbook; save it as .xlsx or CSV"
    ),
    "sheet.unpacks_too_large": QT_TRANSLATE_NOOP(
        "Error",
        "{name} unpacks to more than {limit} MB; CoopDesk does not read workbooks that large",
    ),
    "sheet.not_workbook": QT_TRANSLATE_NOOP(
        "Error", "{name} cannot be read as an Excel workbook ({detail})"
    ),
    "sheet.no_such_sheet": QT_TRANSLATE_NOOP(
        "Error", "{name} has no sheet “{sheet}” (its sheets: {sheets})"
    ),
    "sheet.no_worksheet": QT_TRANSLATE_NOOP("Error", "{name} has no worksheet"),
    "sheet.chart": QT_TRANSLATE_NOOP("Error", "the sheet “{sheet}” is a chart, not a table"),
    "sheet.part_unreadable": QT_TRANSLATE_NOOP(
        "Error", "{name}, row {row}: the sheet cannot be read ({detail})"
    ),
    "sheet.named": QT_TRANSLATE_NOOP("Error", "the sheet “{sheet}”"),
    "sheet.too_many_columns": QT_TRANSLATE_NOOP(
        "Error",
        "{where}, row {row}: has a value in column {column}; CoopDesk reads at most {limit} "
        "columns",
    ),
    "sheet.too_many_rows": QT_TRANSLATE_NOOP(
        "Error", "{where} has more than {limit} rows; split it into parts"
    ),
    "sheet.empty": QT_TRANSLATE_NOOP("Error", "{where} is empty"),
    "sheet.header_only": QT_TRANSLATE_NOOP(
        "Error", "{where} has a header (row {row}) but no rows under it"
    ),
    "import.kind_not_importable": QT_TRANSLATE_NOOP(
        "Error", "records of this kind ({kind}) are not imported from spreadsheets (kinds: {kinds})"
    ),
    "import.not_a_target": QT_TRANSLATE_NOOP(
        "Error",
        "“{name}” is not a field a column can fill for this kind ({kind}); fields: {fields}",
    ),
    "import.unknown_target": QT_TRANSLATE_NOOP(
        "Error", "“{name}” is not a field a column can fill for this kind ({kind})"
    ),
    "import.columns_same_header": QT_TRANSLATE_NOOP(
        "Error",
        "the sheet has {count} columns “{header}” ({letters}); choose the one meant by its letter",
    ),
    "import.no_such_column": QT_TRANSLATE_NOOP(
        "Error", "the sheet has no column “{header}” (its columns: {columns})"
    ),
    "import.not_column_equals": QT_TRANSLATE_NOOP(
        "Error", "“{item}” does not say which column fills which field"
    ),
    "import.column_mapped_twice": QT_TRANSLATE_NOOP(
        "Error",
        "the column “{column}” is given two fields ({first} and {second}); a column fills one "
        "field",
    ),
    "import.no_column_number": QT_TRANSLATE_NOOP("Error", "the sheet has no column {number}"),
    "import.field_from_two_columns": QT_TRANSLATE_NOOP(
        "Error",
        "columns {first} and {second} both fill “{name}”; a field takes one column (leave the "
        "other out)",
    ),
    "import.column_named": QT_TRANSLATE_NOOP("Error", "“{column}” (column {letter})"),
    "import.name_whole_and_parts": QT_TRANSLATE_NOOP(
        "Error",
        "the name comes from “{column}” and from its parts ({parts}); choose one or the other",
    ),
    "import.required_unmapped": QT_TRANSLATE_NOOP(
        "Error",
        "no column gives “{name}”, which every record of this kind ({kind}) needs; choose a "
        "column for it",
    ),
    "import.meeting_twice": QT_TRANSLATE_NOOP(
        "Error",
        "the meeting is given twice: chosen for all rows and named in a column; leave the "
        "column out or do not choose the meeting",
    ),
    "import.meeting_needed": QT_TRANSLATE_NOOP(
        "Error",
        "participants need their meeting: choose it, or choose a column naming it (by its "
        "title, with its date in another column)",
    ),
    "import.municipality_alone": QT_TRANSLATE_NOOP(
        "Error",
        "a municipality column only tells apart localities named in another column; choose the "
        "locality's column too",
    ),
    "import.no_consent_column": QT_TRANSLATE_NOOP(
        "Error",
        "the sheet has personal data (column “{column}”) but no consent column; add a column "
        "“Съгласие” (да/не) with “Дата на съгласие”, or say that consent was recorded on paper "
        "and on what date",
    ),
    "import.rows_refused": QT_TRANSLATE_NOOP(
        "Error", "{invalid} of {rows} rows cannot be imported, so nothing was written; {first}"
    ),
    "import.rows_refused_more": QT_TRANSLATE_NOOP(
        "Error",
        "{invalid} of {rows} rows cannot be imported, so nothing was written; {first} (and "
        "{more} more rows)",
    ),
    "import.row_problem": QT_TRANSLATE_NOOP("Error", "row {row}: {reason}"),
    "import.row_column_problem": QT_TRANSLATE_NOOP(
        "Error", "row {row}, column “{column}”: {reason}"
    ),
    "import.no_meeting_titled": QT_TRANSLATE_NOOP(
        "Error", "no meeting is titled {value} on that date"
    ),
    "import.no_person_with_code": QT_TRANSLATE_NOOP("Error", "no person has the code {value}"),
    "import.not_named": QT_TRANSLATE_NOOP(
        "Error", "no {kind} is named {value}; add it first, or let the import create it"
    ),
    "import.not_named_in": QT_TRANSLATE_NOOP(
        "Error",
        "no {kind} is named {value} in the municipality {municipality}; add it first, or let "
        "the import create it",
    ),
    "import.cannot_create": QT_TRANSLATE_NOOP("Error", "cannot be created: {error}"),
    "import.unknown_code": QT_TRANSLATE_NOOP(
        "Error",
        "no person has the code {value} (codes are given by CoopDesk; leave the cell empty for "
        "a new person)",
    ),
    "import.code_repeated": QT_TRANSLATE_NOOP("Error", "{code} is on an earlier row too"),
    "import.repeats_row": QT_TRANSLATE_NOOP("Error", "repeats row {row} ({same}); keep one"),
    "import.same_person": QT_TRANSLATE_NOOP("Error", "the same name, year of birth and locality"),
    "import.same_contact": QT_TRANSLATE_NOOP("Error", "the same name and organisation"),
    "import.same_participant": QT_TRANSLATE_NOOP("Error", "the same person at the same meeting"),
    "import.same_locality": QT_TRANSLATE_NOOP("Error", "the same name and municipality"),
    "import.same_organization": QT_TRANSLATE_NOOP("Error", "the same name"),
    "import.same_meeting": QT_TRANSLATE_NOOP("Error", "the same date, title and locality"),
    "cell.formula": QT_TRANSLATE_NOOP(
        "Error",
        "holds a formula ({value}); CoopDesk takes values only: copy the column and paste it "
        "back as values",
    ),
    "cell.excel_error": QT_TRANSLATE_NOOP("Error", "holds the spreadsheet error {value}"),
    "cell.not_real_date": QT_TRANSLATE_NOOP("Error", "{value} is not a real date"),
    "cell.not_date": QT_TRANSLATE_NOOP("Error", "{value} is not a date"),
    "cell.not_date_written": QT_TRANSLATE_NOOP(
        "Error", "{value} is not a date (write it as 14.10.2026 or 2026-10-14)"
    ),
    "cell.not_time": QT_TRANSLATE_NOOP("Error", "{value} is not a time of day (write it as 10:30)"),
    "cell.not_whole": QT_TRANSLATE_NOOP("Error", "{value} is not a whole number"),
    "cell.not_year": QT_TRANSLATE_NOOP("Error", "{value} is not a year"),
    "cell.not_yes_no": QT_TRANSLATE_NOOP("Error", "{value} is not yes or no (write да or не)"),
    "cell.not_a_code": QT_TRANSLATE_NOOP(
        "Error", "{value} is not one of the values CoopDesk knows here: {labels}"
    ),
    "cell.too_long": QT_TRANSLATE_NOOP("Error", "{value} is too long for this field"),
    "cell.not_importable": QT_TRANSLATE_NOOP("Error", "{value} cannot be imported into this field"),
    "cell.localities_same_name": QT_TRANSLATE_NOOP(
        "Error",
        "{value}: {count} localities have this name; add a municipality column (Община) to tell"
        " them apart",
    ),
    "cell.organisations_same_name": QT_TRANSLATE_NOOP(
        "Error", "{value}: {count} organisations have this name"
    ),
    "cell.meetings_same_title": QT_TRANSLATE_NOOP(
        "Error",
        "{value}: {count} meetings have this title ({dates}); add a column with the meeting's date",
    ),
}
