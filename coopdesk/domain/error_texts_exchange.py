"""The codes of the store's, the backups' and the sync's errors, with their English
lines; `error_texts.ENGLISH` holds them with the records' codes."""

from __future__ import annotations

# Opening, locking, keying and changing the database (store/).
STORE = {
    "file.cannot_read": "cannot read {path}: {reason:os}",
    "file.cannot_write": "cannot write {path}: {reason:os}",
    "file.cannot_create": "cannot create {path}: {reason:os}",
    "file.is_folder": "{path} is a folder; give a file name",
    "file.not_regular": "{path} is not a regular file (a device, a link or a pipe)",
    "file.exists": "{path} already exists",
    "lock.cannot_lock": "cannot lock {path}: {reason:os}",
    "lock.failed": "cannot lock {path}: {detail}",
    "lock.in_use": (
        "another CoopDesk has the database of {root} open (the window is open on it, or a "
        "command is still running); close the window or let the command finish, and try again"
    ),
    "lock.being_replaced": (
        "a restore or a passphrase change is replacing the database of {root}; try again when "
        "it has finished"
    ),
    "lock.replacing_already": "a restore or a passphrase change is already running here",
    "database.wrong_passphrase": (
        "wrong passphrase for {path} (or the file is not a CoopDesk database)"
    ),
    "database.too_short": "{path} is not a CoopDesk database (too short)",
    "database.unencrypted": "{path} is an unencrypted SQLite file, not a CoopDesk database",
    "database.damaged": (
        "the database {path} is damaged ({detail}); nothing was changed in it. Restore the "
        "newest good backup: coopdesk restore FILE"
    ),
    "database.schema_unreadable": "its schema cannot be read",
    "database.device_unreadable": "its device record cannot be read",
    "database.unreadable": "unreadable: {detail}",
    "database.exists": "{root} already holds a CoopDesk database",
    "database.none": "no CoopDesk database in {root}; run 'coopdesk init' first",
    "database.too_new": (
        "this database was written by a newer CoopDesk (schema {schema}); install the newer "
        "CoopDesk to open it"
    ),
    "database.migration_breaks": (
        "the schema change would break {count} references; the database is left as it was"
    ),
    "database.cannot_set_aside": "cannot set the damaged database aside: {reason:os}",
    "passphrase.too_short": "the passphrase must have at least {count} characters",
    "passphrase.empty": "the passphrase is empty",
    "passphrase.not_changed": "the passphrase could not be changed: {reason:os}",
    "crypto.no_argon2": (
        "this installation's cryptography library has no Argon2id (it needs cryptography 44 "
        "or later with OpenSSL 3.2 or later)"
    ),
}

# Backups: taking, checking, restoring (store/backups.py, backup_rotation.py, opening.py).
BACKUPS = {
    "backup.damaged": "the backup {name} is damaged: {detail}",
    "backup.unreadable": "the backup {name} is damaged ({detail})",
    "backup.unfinished": (
        "{name} is an unfinished backup (its writing stopped before the end); restore a "
        "{suffix} file"
    ),
    "backup.failed": "backup to {path} failed: {detail}",
    "backup.restore_failed": "restore into {path} failed: {reason:os}",
    "backup.none_at": "no backup file at {path}",
    "backup.not_whole": "{path} is not a whole CoopDesk backup",
    "backup.too_new": "{name} was written by a newer CoopDesk (schema {schema})",
    "backup.other_device": (
        "{name} is a backup of another device; restoring it here would give this laptop that "
        "device's identity"
    ),
    "backup.cannot_reencrypt": "cannot re-encrypt {name}: {reason:os}",
}

# Devices, exchanges and the sync folder (sync/).
SYNC = {
    "device.not_enrolled": "no enrolled device '{device}'",
    "device.no_keys": "this device has no sync keys",
    "device.revoked": "{device} is revoked",
    "enrolment.office_only": "only the office enrols devices",
    "enrolment.revoke_office_only": "only the office revokes devices",
    "enrolment.revoke_itself": "the office cannot revoke itself",
    "enrolment.not_a_file": "{name} is not a CoopDesk enrolment file",
    "enrolment.format": "{name} needs another version of CoopDesk (format {version})",
    "enrolment.wrong_code": "wrong enrolment code, or the file is damaged",
    "enrolment.damaged": "{name} is damaged",
    "export.no_peers": "no other device is enrolled yet: nothing to send to",
    "export.older_reader": (
        "{what}, which a CoopDesk of sync schema {schema} cannot read; update CoopDesk on "
        "that device and export at the current schema"
    ),
    "export.older_kind": "the bundle would carry {kind:kind} records",
    "export.older_field": "the bundle would carry {kind:kind} {id}'s {name:field}",
    "export.older_empty": "the bundle would carry {kind:kind} {id} without a {name:field}",
    "export.older_edit": "the bundle would carry an edit of {kind:kind} {id}'s {name:field}",
    "export.older_code": "the bundle would carry {kind:kind} {id}'s {name:field} '{code}'",
    "import.other_org": "the bundle belongs to another organisation",
    "import.unknown_sender": (
        "the bundle comes from a device this one does not know; import the office's latest "
        "bundle first"
    ),
    "import.sender_revoked": "the bundle comes from {device}, which has been revoked",
    "import.invalid": "the bundle's content is invalid ({detail})",
    "import.another_sender": "the bundle's content names another sender",
    "import.second_laptop": (
        "it comes from a second laptop that joined as {device} with the same enrolment file; "
        "revoke {device} and enrol each laptop with a file of its own"
    ),
    "import.never_enrolled": (
        "{kind:kind} {id} is stamped by device {device}, which was never enrolled"
    ),
    "import.incomplete": (
        "{kind:kind} {id} arrives without {missing:fields}; ask its sender for a full export"
    ),
    "import.missing_required": "{kind:kind}.{name:field} is required",
    "import.broken_rule": "{kind:kind} {id}: {problem}",
    "import.keyed_id": (
        "{kind:kind} {id} is not the id its {name:field} gives every device; the bundle was "
        "not written by CoopDesk"
    ),
    "import.missing_references": (
        "it refers to records this device does not have; ask its sender for a full export"
    ),
    "folder.not_a_folder": "{path} is not a folder that exists",
    "folder.none": "no sync folder is set; choose one first (coopdesk sync folder PATH)",
    "folder.unreachable": "the sync folder {path} cannot be reached; will try again",
    "folder.skipped": "{name} skipped for now: {reason}",
    "folder.unreadable": "cannot read it ({reason:os})",
    "folder.not_written": "no bundle written: {reason}",
    "folder.cannot_remove": "cannot remove {name}: {reason:os}",
}

# A bundle file and its content, as read (sync/bundle_format.py, changes.py, lineage.py).
BUNDLE = {
    "bundle.not_a_bundle": "not a CoopDesk sync bundle",
    "bundle.format": "bundle format {version} needs another version of CoopDesk",
    "bundle.changed_while_read": "the file changed while it was read; try again",
    "bundle.truncated": "the bundle is truncated",
    "bundle.wrong_length": "the bundle is truncated or has bytes added",
    "bundle.not_a_file": (
        "a bundle carrying files is read from a file, not from a device or a pipe"
    ),
    "bundle.files_damaged": (
        "the list of attached files in the bundle does not match the files it carries"
    ),
    "bundle.file_mismatch": (
        "an attached file in the bundle is not the one its record names (SHA-256 {sha256}…)"
    ),
    "bundle.too_large": "the file is larger than any bundle CoopDesk writes",
    "bundle.header_too_large": "the bundle's header is too large",
    "bundle.header_damaged": "the bundle's header is damaged",
    "bundle.forged": "the bundle is damaged or forged (its signature does not match)",
    "bundle.not_for_us": "the bundle is not addressed to this device",
    "bundle.wrong_key": "the bundle cannot be opened with this device's key",
    "bundle.content_damaged": "the bundle's content is damaged",
    "bundle.content_damaged_detail": "the bundle's content is damaged ({detail})",
    "bundle.content_cut_short": "the bundle's content is cut short",
    "bundle.content_too_large": "the bundle's content is larger than CoopDesk accepts",
    "bundle.expands_too_much": "the bundle's content expands far more than any bundle's does",
    "bundle.manifest_missing": "the bundle's manifest is missing",
    "bundle.manifest_damaged": "the bundle's manifest is damaged",
    "bundle.manifest_mismatch": "the bundle's manifest does not match its header",
    "bundle.needs_newer": (
        "the bundle needs a newer CoopDesk (sync schema {schema}); update CoopDesk to import it"
    ),
    "bundle.payload_mismatch": "the bundle's payload does not match its manifest",
    "bundle.device_list_damaged": "the device list is damaged",
    "bundle.payload_not_object": "the payload is not an object",
    "bundle.vector_missing": "the version vector is missing",
    "bundle.base_missing": "the base vector is missing",
    "bundle.records_missing": "the list of records is missing",
    "bundle.tables_not_list": "the tables of records are not a list",
    "bundle.given_twice": "{kind:kind} {id} is given twice",
    "bundle.not_clock": "{where}: not a clock value",
    "bundle.not_device_id": "{where}: not a device id",
    "bundle.not_stamp": "{where}: not [hlc, device]",
    "bundle.bad_value": "{kind:kind}.{field:field}: {problem}",
    "bundle.record_not_object": "a record is not an object",
    "bundle.fields_not_objects": "{kind:kind} {id}: fields are not objects",
    "bundle.no_fields": "{kind:kind} {id}: no fields",
    "bundle.not_stamped_value": "{where}: not [value, hlc, device(, parent)]",
    "bundle.value_twice": "{where}: given twice",
    "bundle.table_not_object": "a table of records is not an object",
    "bundle.table_incomplete": "{kind:kind}: a table lacks its fields, devices or rows",
    "bundle.table_field_not_text": "{kind:kind}: a table's field name is not text",
    "bundle.table_fields_repeated": "{kind:kind}: a table's fields are empty or repeated",
    "bundle.row_shape": "{kind:kind}: a row is not [id, hlc, device, {count} values]",
    "bundle.row_device_not_number": "{kind:kind}.stamp: not a device's number",
    "bundle.row_device_unknown": "{kind:kind}.stamp: no device numbered {device}",
    "bundle.unknown_field": "{kind:kind} has no field {name}",
    "bundle.unknown_kind": "unknown record kind {kind}",
    "bundle.record_id": "{kind:kind}: a record id is not an id",
    "bundle.lineage_not_object": "lineage: not an object",
    "bundle.lineage_instance": "lineage.instance: not an installation id",
    "bundle.lineage_incarnation": "lineage.incarnation: not a whole number",
    "bundle.lineage_range": "lineage.incarnation: out of range",
}
