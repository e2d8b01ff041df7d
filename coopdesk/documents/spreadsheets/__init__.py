"""Records brought in from spreadsheets (XLSX and CSV), in the steps an assistant takes.

1. `reading.read_sheet(path, sheet)`: the file's columns and data rows, whatever its
   encoding, delimiter, title rows or two-row header;
2. `mapping.propose_mapping(kind, sheet.columns)`, then `mapping.override(...)` with
   what the person changed: which column fills which field;
3. `importing.preview_import(store, sheet, plan)`: how many rows would be created,
   updated and skipped, and each row the domain's rules refuse (nothing written);
4. `importing.write_import(store, sheet, plan, backups)`: all of it in one
   transaction after a backup, or nothing.

The package sits beside the report's writers in `documents` rather than in
`services`: the code lists' labels a spreadsheet is written in live in
`documents/labels_*.py`, which services may not import. It writes records only
through `services.records`, inside `Store.write()`, like sync's import.
"""
