"""The signed attendance sheets of a period in one archive, for a monitor's visit.

Each held meeting's signed sheets are named by the meeting's date and title
("2026-05-04 Среща с родители – Самоков.pdf"; a second sheet of one meeting gets
" (2)"), each dated the meeting's day, and `index.csv` lists every meeting held in
the period with its sheets' names, or says it has none on this device. The files
are written a piece at a time, as they are read from the database.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from coopdesk.documents.file_names import file_name
from coopdesk.documents.labels import Labels
from coopdesk.documents.spreadsheet_writing import csv_writer
from coopdesk.services import attachments
from coopdesk.store import contents
from coopdesk.store.database import Store

INDEX = "index.csv"


@dataclass(frozen=True)
class Archived:
    meetings: int  # held in the period
    sheets: int  # files written
    without: int  # meetings with no signed sheet whose file this device holds


def write_evidence_zip(
    out: BinaryIO, store: Store, held: Sequence[attachments.Evidence], labels: Labels
) -> Archived:
    """The signed sheets of the meetings `held`, and the index, into `out`."""
    names: dict[str, list[str]] = {row.meeting_id: [] for row in held}
    taken: set[str] = {INDEX}
    by_id = {row.meeting_id: row for row in held}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with store.read() as session:
            for meeting_id, sheet in attachments.signed_sheets(session, list(by_id)):
                row = by_id[meeting_id]
                suffix = PurePath(sheet.file_name).suffix.lower()
                name = _unique(file_name(row.date.isoformat(), row.title), suffix, taken)
                day = (row.date.year, row.date.month, row.date.day, 0, 0, 0)
                entry = zipfile.ZipInfo(name, day)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(entry, "w") as member:
                    for piece in contents.pieces(session, sheet.sha256):
                        member.write(piece)
                names[meeting_id].append(name)
        with archive.open(INDEX, "w") as index, csv_writer(index) as writer:  # type: ignore[arg-type]
            writer.writerow(
                [
                    labels["date"],
                    labels["meeting_title"],
                    labels["locality"],
                    labels["signed_sheet"],
                ]
            )
            for row in held:
                files = names[row.meeting_id]
                writer.writerow(
                    [
                        row.date.isoformat(),
                        row.title,
                        row.locality,
                        "; ".join(files) or labels["sheet_missing"],
                    ]
                )
    written = sum(len(files) for files in names.values())
    return Archived(len(held), written, sum(1 for files in names.values() if not files))


def _unique(stem: str, suffix: str, taken: set[str]) -> str:
    name, number = f"{stem}{suffix}", 1
    while name in taken:
        number += 1
        name = f"{stem} ({number}){suffix}"
    taken.add(name)
    return name
