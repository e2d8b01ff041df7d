"""The window's words for the errors of the store, the backups and the sync (their
codes: coopdesk/domain/error_texts_exchange.py); error_texts.py renders them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EXCHANGE_TEXTS = {
    # files, locks, the database
    "file.cannot_read": QT_TRANSLATE_NOOP("Error", "cannot read {path}: {reason}"),
    "file.cannot_write": QT_TRANSLATE_NOOP("Error", "cannot write {path}: {reason}"),
    "file.cannot_create": QT_TRANSLATE_NOOP("Error", "cannot create {path}: {reason}"),
    "file.is_folder": QT_TRANSLATE_NOOP("Error", "{path} is a folder; give a file name"),
    "file.not_regular": QT_TRANSLATE_NOOP(
        "Error", "{path} is not a regular file (a device, a link or a pipe)"
    ),
    "file.exists": QT_TRANSLATE_NOOP("Error", "{path} already exists"),
    "lock.cannot_lock": QT_TRANSLATE_NOOP("Error", "cannot lock {path}: {reason}"),
    "lock.failed": QT_TRANSLATE_NOOP("Error", "cannot lock {path}: {detail}"),
    "lock.in_use": QT_TRANSLATE_NOOP(
        "Error",
        "another CoopDesk has the database of {root} open (a window is open on it, or a "
        "command is still running); close it or let the command finish, and try again",
    ),
    "lock.being_replaced": QT_TRANSLATE_NOOP(
        "Error",
        "a restore or a passphrase change is replacing the database of {root}; try again when "
        "it has finished",
    ),
    "lock.replacing_already": QT_TRANSLATE_NOOP(
        "Error", "a restore or a passphrase change is already running here"
    ),
    "database.wrong_passphrase": QT_TRANSLATE_NOOP(
        "Error", "wrong passphrase (or the file {path} is not a CoopDesk database)"
    ),
    "database.too_short": QT_TRANSLATE_NOOP(
        "Error", "{path} is not a CoopDesk database (too short)"
    ),
    "database.unencrypted": QT_TRANSLATE_NOOP(
        "Error", "{path} is an unencrypted SQLite file, not a CoopDesk database"
    ),
    "database.damaged": QT_TRANSLATE_NOOP(
        "Error",
        "the database {path} is damaged ({detail}); nothing was changed in it. Restore the "
        "newest good backup (File → Backups).",
    ),
    "database.schema_unreadable": QT_TRANSLATE_NOOP("Error", "its schema cannot be read"),
    "database.device_unreadable": QT_TRANSLATE_NOOP("Error", "its device record cannot be read"),
    "database.unreadable": QT_TRANSLATE_NOOP("Error", "unreadable: {detail}"),
    "database.exists": QT_TRANSLATE_NOOP("Error", "{root} already holds a CoopDesk database"),
    "database.none": QT_TRANSLATE_NOOP(
        "Error", "there is no CoopDesk database in {root}; set CoopDesk up first"
    ),
    "database.too_new": QT_TRANSLATE_NOOP(
        "Error",
        "this database was written by a newer CoopDesk (schema {schema}); install the newer "
        "CoopDesk to open it",
    ),
    "database.migration_breaks": QT_TRANSLATE_NOOP(
        "Error",
        "the change of the database's format would break {count} references; the database "
        "is left as it was",
    ),
    "database.cannot_set_aside": QT_TRANSLATE_NOOP(
        "Error", "cannot set the damaged database aside: {reason}"
    ),
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "Error", "the passphrase must have at least {count} characters"
    ),
    "passphrase.empty": QT_TRANSLATE_NOOP("Error", "the passphrase is empty"),
    "passphrase.not_changed": QT_TRANSLATE_NOOP(
        "Error", "the passphrase could not be changed: {reason}"
    ),
    "crypto.no_argon2": QT_TRANSLATE_NOOP(
        "Error",
        "this installation's cryptography library has no Argon2id (it needs cryptography 44 "
        "or later with OpenSSL 3.2 or later)",
    ),
    # backups
    "backup.damaged": QT_TRANSLATE_NOOP("Error", "the backup {name} is damaged: {detail}"),
    "backup.unreadable": QT_TRANSLATE_NOOP("Error", "the backup {name} is damaged ({detail})"),
    "backup.unfinished": QT_TRANSLATE_NOOP(
        "Error",
        "{name} is an unfinished backup (its writing stopped before the end); restore a "
        "{suffix} file",
    ),
    "backup.failed": QT_TRANSLATE_NOOP("Error", "the backup to {path} failed: {detail}"),
    "backup.restore_failed": QT_TRANSLATE_NOOP("Error", "the restore into {path} failed: {reason}"),
    "backup.none_at": QT_TRANSLATE_NOOP("Error", "there is no backup file at {path}"),
    "backup.not_whole": QT_TRANSLATE_NOOP("Error", "{path} is not a whole CoopDesk backup"),
    "backup.too_new": QT_TRANSLATE_NOOP(
        "Error", "{name} was written by a newer CoopDesk (schema {schema})"
    ),
    "backup.other_device": QT_TRANSLATE_NOOP(
        "Error",
        "{name} is a backup of another device; restoring it here would give this laptop that "
        "device's identity",
    ),
    "backup.cannot_reencrypt": QT_TRANSLATE_NOOP("Error", "cannot re-encrypt {name}: {reason}"),
    # devices, exchanges, the sync folder
    "device.not_enrolled": QT_TRANSLATE_NOOP("Error", "no enrolled device “{device}”"),
    "device.no_keys": QT_TRANSLATE_NOOP("Error", "this device has no sync keys"),
    "device.revoked": QT_TRANSLATE_NOOP("Error", "{device} is revoked"),
    "enrolment.office_only": QT_TRANSLATE_NOOP("Error", "only the office enrols devices"),
    "enrolment.revoke_office_only": QT_TRANSLATE_NOOP("Error", "only the office revokes devices"),
    "enrolment.revoke_itself": QT_TRANSLATE_NOOP("Error", "the office cannot revoke itself"),
    "enrolment.not_a_file": QT_TRANSLATE_NOOP("Error", "{name} is not a CoopDesk enrolment file"),
    "enrolment.format": QT_TRANSLATE_NOOP(
        "Error", "{name} needs another version of CoopDesk (format {version})"
    ),
    "enrolment.wrong_code": QT_TRANSLATE_NOOP(
        "Error", "wrong enrolment code, or the file is damaged"
    ),
    "enrolment.damaged": QT_TRANSLATE_NOOP("Error", "{name} is damaged"),
    "export.no_peers": QT_TRANSLATE_NOOP(
        "Error", "no other device is enrolled yet: nothing to send to"
    ),
    "export.older_reader": QT_TRANSLATE_NOOP(
        "Error",
        "{what}, which a CoopDesk of sync schema {schema} cannot read; update CoopDesk on "
        "that device and export again",
    ),
    "export.older_kind": QT_TRANSLATE_NOOP("Error", "the bundle would carry records of {kind}"),
    "export.older_field": QT_TRANSLATE_NOOP(
        "Error", "the bundle would carry the field “{name}” of a record ({kind})"
    ),
    "export.older_empty": QT_TRANSLATE_NOOP(
        "Error", "the bundle would carry a record ({kind}) without “{name}”"
    ),
    "export.older_edit": QT_TRANSLATE_NOOP(
        "Error", "the bundle would carry an edit of the field “{name}” of a record ({kind})"
    ),
    "export.older_code": QT_TRANSLATE_NOOP(
        "Error", "the bundle would carry “{code}” in the field “{name}” of a record ({kind})"
    ),
    "import.other_org": QT_TRANSLATE_NOOP("Error", "the bundle belongs to another organisation"),
    "import.unknown_sender": QT_TRANSLATE_NOOP(
        "Error",
        "the bundle comes from a device this one does not know; import the office's latest "
        "bundle first",
    ),
    "import.sender_revoked": QT_TRANSLATE_NOOP(
        "Error", "the bundle comes from {device}, which has been revoked"
    ),
    "import.invalid": QT_TRANSLATE_NOOP("Error", "the bundle's content is invalid ({detail})"),
    "import.another_sender": QT_TRANSLATE_NOOP(
        "Error", "the bundle's content names another sender"
    ),
    "import.second_laptop": QT_TRANSLATE_NOOP(
        "Error",
        "it comes from a second laptop that joined as {device} with the same enrolment file; "
        "revoke {device} and enrol each laptop with a file of its own",
    ),
    "import.never_enrolled": QT_TRANSLATE_NOOP(
        "Error", "a record ({kind} {id}) is stamped by device {device}, which was never enrolled"
    ),
    "import.incomplete": QT_TRANSLATE_NOOP(
        "Error",
        "a record ({kind} {id}) arrives without {missing}; ask its sender for a full export",
    ),
    "import.missing_required": QT_TRANSLATE_NOOP(
        "Error", "a record ({kind}) lacks {name}, which is required"
    ),
    "import.broken_rule": QT_TRANSLATE_NOOP("Error", "a record ({kind} {id}): {problem}"),
    "import.keyed_id": QT_TRANSLATE_NOOP(
        "Error",
        "a record ({kind} {id}) does not have the id its {name} gives every device; the "
        "bundle was not written by CoopDesk",
    ),
    "import.missing_references": QT_TRANSLATE_NOOP(
        "Error",
        "it refers to records this device does not have; ask its sender for a full export",
    ),
    "folder.not_a_folder": QT_TRANSLATE_NOOP("Error", "{path} is not a folder that exists"),
    "folder.none": QT_TRANSLATE_NOOP(
        "Error", "no sync folder is set; choose one in the settings first"
    ),
    "folder.unreachable": QT_TRANSLATE_NOOP(
        "Error", "the sync folder {path} cannot be reached; will try again"
    ),
    "folder.skipped": QT_TRANSLATE_NOOP("Error", "{name} skipped for now: {reason}"),
    "folder.unreadable": QT_TRANSLATE_NOOP("Error", "cannot read it ({reason})"),
    "folder.not_written": QT_TRANSLATE_NOOP("Error", "no bundle written: {reason}"),
    "folder.cannot_remove": QT_TRANSLATE_NOOP("Error", "cannot remove {name}: {reason}"),
    # a bundle file and its content
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP("Error", "not a CoopDesk sync bundle"),
    "bundle.format": QT_TRANSLATE_NOOP(
        "Error", "bundle format {version} needs another version of CoopDesk"
    ),
    "bundle.changed_while_read": QT_TRANSLATE_NOOP(
        "Error", "the file changed while it was read; try again"
    ),
    "bundle.truncated": QT_TRANSLATE_NOOP("Error", "the bundle is truncated"),
    "bundle.wrong_length": QT_TRANSLATE_NOOP("Error", "the bundle is truncated or has bytes added"),
    "bundle.not_a_file": QT_TRANSLATE_NOOP(
        "Error", "a bundle carrying files is read from a file, not from a device or a pipe"
    ),
    "bundle.files_damaged": QT_TRANSLATE_NOOP(
        "Error", "the list of attached files in the bundle does not match the files it carries"
    ),
    "bundle.file_mismatch": QT_TRANSLATE_NOOP(
        "Error",
        "an attached file in the bundle is not the one its record names (its fingerprint "
        "differs: {sha256}…)",
    ),
    "bundle.too_large": QT_TRANSLATE_NOOP(
        "Error", "the file is larger than any bundle CoopDesk writes"
    ),
    "bundle.header_too_large": QT_TRANSLATE_NOOP("Error", "the bundle's header is too large"),
    "bundle.header_damaged": QT_TRANSLATE_NOOP("Error", "the bundle's header is damaged"),
    "bundle.forged": QT_TRANSLATE_NOOP(
        "Error", "the bundle is damaged or forged (its signature does not match)"
    ),
    "bundle.not_for_us": QT_TRANSLATE_NOOP("Error", "the bundle is not addressed to this device"),
    "bundle.wrong_key": QT_TRANSLATE_NOOP(
        "Error", "the bundle cannot be opened with this device's key"
    ),
    "bundle.content_damaged": QT_TRANSLATE_NOOP("Error", "the bundle's content is damaged"),
    "bundle.content_damaged_detail": QT_TRANSLATE_NOOP(
        "Error", "the bundle's content is damaged ({detail})"
    ),
    "bundle.content_cut_short": QT_TRANSLATE_NOOP("Error", "the bundle's content is cut short"),
    "bundle.content_too_large": QT_TRANSLATE_NOOP(
        "Error", "the bundle's content is larger than CoopDesk accepts"
    ),
    "bundle.expands_too_much": QT_TRANSLATE_NOOP(
        "Error", "the bundle's content expands far more than any bundle's does"
    ),
    "bundle.manifest_missing": QT_TRANSLATE_NOOP("Error", "the bundle's manifest is missing"),
    "bundle.manifest_damaged": QT_TRANSLATE_NOOP("Error", "the bundle's manifest is damaged"),
    "bundle.manifest_mismatch": QT_TRANSLATE_NOOP(
        "Error", "the bundle's manifest does not match its header"
    ),
    "bundle.needs_newer": QT_TRANSLATE_NOOP(
        "Error",
        "the bundle needs a newer CoopDesk (sync schema {schema}); update CoopDesk to import it",
    ),
    "bundle.payload_mismatch": QT_TRANSLATE_NOOP(
        "Error", "the bundle's content does not match its manifest"
    ),
    "bundle.device_list_damaged": QT_TRANSLATE_NOOP("Error", "the device list is damaged"),
    "bundle.payload_not_object": QT_TRANSLATE_NOOP("Error", "the content is not an object"),
    "bundle.vector_missing": QT_TRANSLATE_NOOP("Error", "the version vector is missing"),
    "bundle.base_missing": QT_TRANSLATE_NOOP("Error", "the base vector is missing"),
    "bundle.records_missing": QT_TRANSLATE_NOOP("Error", "the list of records is missing"),
    "bundle.tables_not_list": QT_TRANSLATE_NOOP("Error", "the tables of records are not a list"),
    "bundle.given_twice": QT_TRANSLATE_NOOP("Error", "a record ({kind} {id}) is given twice"),
    "bundle.not_clock": QT_TRANSLATE_NOOP("Error", "{where}: not a clock value"),
    "bundle.not_device_id": QT_TRANSLATE_NOOP("Error", "{where}: not a device id"),
    "bundle.not_stamp": QT_TRANSLATE_NOOP(
        "Error", "{where}: not a stamp (a clock value and a device)"
    ),
    "bundle.bad_value": QT_TRANSLATE_NOOP("Error", "a record ({kind}), {field}: {problem}"),
    "bundle.record_not_object": QT_TRANSLATE_NOOP("Error", "a record is not an object"),
    "bundle.fields_not_objects": QT_TRANSLATE_NOOP(
        "Error", "a record ({kind} {id}): its fields are not objects"
    ),
    "bundle.no_fields": QT_TRANSLATE_NOOP("Error", "a record ({kind} {id}) has no fields"),
    "bundle.not_stamped_value": QT_TRANSLATE_NOOP("Error", "{where}: not a value with its stamp"),
    "bundle.value_twice": QT_TRANSLATE_NOOP("Error", "{where}: given twice"),
    "bundle.table_not_object": QT_TRANSLATE_NOOP("Error", "a table of records is not an object"),
    "bundle.table_incomplete": QT_TRANSLATE_NOOP(
        "Error", "{kind}: a table lacks its fields, devices or rows"
    ),
    "bundle.table_field_not_text": QT_TRANSLATE_NOOP(
        "Error", "{kind}: a table's field name is not text"
    ),
    "bundle.table_fields_repeated": QT_TRANSLATE_NOOP(
        "Error", "{kind}: a table's fields are empty or repeated"
    ),
    "bundle.row_shape": QT_TRANSLATE_NOOP(
        "Error", "{kind}: a row lacks its id, its stamp or some of its {count} values"
    ),
    "bundle.row_device_not_number": QT_TRANSLATE_NOOP(
        "Error", "{kind}: a row's device is not a number"
    ),
    "bundle.row_device_unknown": QT_TRANSLATE_NOOP(
        "Error", "{kind}: a row names device {device}, which the table does not list"
    ),
    "bundle.unknown_field": QT_TRANSLATE_NOOP("Error", "a record ({kind}) has no field {name}"),
    "bundle.unknown_kind": QT_TRANSLATE_NOOP("Error", "unknown kind of record {kind}"),
    "bundle.record_id": QT_TRANSLATE_NOOP("Error", "{kind}: a record's id is not valid"),
    "bundle.lineage_not_object": QT_TRANSLATE_NOOP(
        "Error", "the sender's installation record is not an object"
    ),
    "bundle.lineage_instance": QT_TRANSLATE_NOOP(
        "Error", "the sender's installation id is not valid"
    ),
    "bundle.lineage_incarnation": QT_TRANSLATE_NOOP(
        "Error", "the number of the sender's restores is not a whole number"
    ),
    "bundle.lineage_range": QT_TRANSLATE_NOOP(
        "Error", "the number of the sender's restores is out of range"
    ),
}
