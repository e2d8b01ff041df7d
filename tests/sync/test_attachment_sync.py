"""Attached files through sync (issue #17): records as any other, bytes once per peer
by SHA-256 in a format 2 bundle's frames, asked for again when they did not arrive,
and a bundle whose file is not what its record names refused whole."""

from __future__ import annotations

import io
import os
import struct

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from coopdesk.domain.enums import SendFiles
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import CONSULTATION, LOCALITY, MEETING
from coopdesk.services import attachments, erasure, persons, records
from coopdesk.store import contents
from coopdesk.store.models import AttachmentContent, ThisDevice
from coopdesk.sync import bundle_format
from coopdesk.sync import contents as sync_contents
from coopdesk.sync.bundle_format import BundleRefused
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org


@pytest.fixture
def org(tmp_path):
    org = Org(tmp_path)
    field = org.enrol("Медиатор Самоков")
    yield org.office, field
    org.close()


def _photo(path, seed=0):
    """A phone photo with EXIF (a camera's make and a GPS block)."""
    image = Image.effect_noise((1200, 900), 40 + seed).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {2: (42.0, 20.0, 0.0)}  # GPSInfo: a latitude
    image.save(path, format="JPEG", exif=exif.tobytes(), quality=92)
    return path


def _pdf(path):
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000) + b"\n%%EOF\n")
    return path


def _meeting(store):
    place = records.create(store, LOCALITY, {"name": "Самоков", "kind": "town"})
    data = {"title": "Среща", "date": "2026-05-04", "locality_id": place["id"], "status": "held"}
    return records.create(store, MEETING, data)


def _held(store):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(AttachmentContent))


def _bytes(store, attachment_id):
    return attachments.content(store, attachment_id)[1]


def test_files_reach_the_peer_whole_once_and_without_their_exif(org, tmp_path):
    office, field = org
    meeting = _meeting(field)
    sheet, photo = _pdf(tmp_path / "лист.pdf"), _photo(tmp_path / "IMG_0001.jpg")
    made = attachments.attach(
        field, "meeting", meeting["id"], [sheet, photo], attachments.Options(kind="signed_sheet")
    )
    # the same file attached twice, to another meeting: one content
    other = _meeting(field)
    attachments.attach(field, "meeting", other["id"], [sheet], attachments.Options())
    path = tmp_path / "first.coopsync"
    result = export_bundle(field, path)
    assert result.files == 2
    assert path.read_bytes()[8:10] == struct.pack(">H", bundle_format.FORMAT_WITH_FILES)
    imported = import_bundle(office, path, tmp_path / "backups")
    assert imported.files == 2 and _held(office) == 2
    assert dump(office) == dump(field)
    for record in made:
        assert _bytes(office, record["id"]) == _bytes(field, record["id"])
    assert _bytes(office, made[0]["id"]) == sheet.read_bytes()
    stored = Image.open(io.BytesIO(_bytes(office, made[1]["id"])))
    assert not stored.getexif()  # no make, no GPS
    # the next bundle for the office carries no file again
    attachments.attach(
        field, "meeting", meeting["id"], [_photo(tmp_path / "b.jpg", 5)], attachments.Options()
    )
    second = export_bundle(field, tmp_path / "second.coopsync")
    assert second.files == 1


def test_a_file_held_back_by_the_setting_is_asked_for_and_sent_later(org, tmp_path):
    office, field = org
    meeting = _meeting(field)
    with field.write() as writer:
        writer.session.execute(update(ThisDevice).values(send_files=SendFiles.NONE))
    (made,) = attachments.attach(
        field, "meeting", meeting["id"], [_photo(tmp_path / "p.jpg")], attachments.Options()
    )
    export_bundle(field, tmp_path / "records.coopsync")
    import_bundle(office, tmp_path / "records.coopsync", tmp_path / "backups")
    (seen,) = attachments.list_for(office, meeting["id"])
    assert seen["id"] == made["id"] and seen["held"] is False  # "file not yet received"
    assert sync_contents.not_received(office) == 1
    with pytest.raises(Exception, match="attachment_content"):
        attachments.content(office, made["id"])
    # the office asks for it; the field device, allowed again, sends it
    export_bundle(office, tmp_path / "asks.coopsync")
    import_bundle(field, tmp_path / "asks.coopsync", tmp_path / "backups")
    with field.write() as writer:
        writer.session.execute(update(ThisDevice).values(send_files=SendFiles.ALL))
    assert export_bundle(field, tmp_path / "file.coopsync").files == 1
    import_bundle(office, tmp_path / "file.coopsync", tmp_path / "backups")
    assert attachments.list_for(office, meeting["id"])[0]["held"] is True
    assert _bytes(office, made["id"]) == _bytes(field, made["id"])
    assert sync_contents.not_received(office) == 0


def test_evidence_only_sends_signed_sheets_and_orders(org, tmp_path):
    office, field = org
    meeting = _meeting(field)
    with field.write() as writer:
        writer.session.execute(update(ThisDevice).values(send_files=SendFiles.EVIDENCE))
    attachments.attach(
        field,
        "meeting",
        meeting["id"],
        [_pdf(tmp_path / "s.pdf")],
        attachments.Options(kind="signed_sheet"),
    )
    attachments.attach(
        field,
        "meeting",
        meeting["id"],
        [_photo(tmp_path / "p.jpg")],
        attachments.Options(kind="photo"),
    )
    assert export_bundle(field, tmp_path / "b.coopsync").files == 1
    import_bundle(office, tmp_path / "b.coopsync", tmp_path / "backups")
    held = {r["kind"]: r["held"] for r in attachments.list_for(office, meeting["id"])}
    assert held == {"signed_sheet": True, "photo": False}


def _flip_in_frames(path):
    data = bytearray(path.read_bytes())
    data[-64 - 40] ^= 0x01  # in the last frame's ciphertext, before the signature
    path.write_bytes(bytes(data))


def test_a_damaged_file_in_a_bundle_refuses_it_whole(org, tmp_path):
    office, field = org
    meeting = _meeting(field)
    attachments.attach(
        field, "meeting", meeting["id"], [_pdf(tmp_path / "s.pdf")], attachments.Options()
    )
    path = tmp_path / "b.coopsync"
    export_bundle(field, path)
    before = dump(office)
    _flip_in_frames(path)
    with pytest.raises(BundleRefused, match="forged"):
        import_bundle(office, path, tmp_path / "backups")
    # cut short: the frames end before the signature
    export_bundle(field, path, replace=True, full=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleRefused):
        import_bundle(office, path, tmp_path / "backups")
    assert dump(office) == before and _held(office) == 0


def test_a_file_not_what_its_hash_says_is_refused_though_signed(org, tmp_path, monkeypatch):
    """A sender whose database holds other bytes under a hash (a damaged content) signs
    them; the reader checks the hash of what it takes in, and refuses the bundle."""
    office, field = org
    meeting = _meeting(field)
    attachments.attach(
        field, "meeting", meeting["id"], [_pdf(tmp_path / "s.pdf")], attachments.Options()
    )
    real = contents.pieces

    def damaged(session, sha256):
        for piece in real(session, sha256):
            yield bytes([piece[0] ^ 1]) + piece[1:]

    monkeypatch.setattr(contents, "pieces", damaged)
    export_bundle(field, tmp_path / "b.coopsync")
    monkeypatch.setattr(contents, "pieces", real)
    before = dump(office)
    with pytest.raises(BundleRefused, match="not the one its record names"):
        import_bundle(office, tmp_path / "b.coopsync", tmp_path / "backups")
    assert dump(office) == before and _held(office) == 0


def test_an_older_reader_is_never_given_an_attachment(org, tmp_path):
    _, field = org
    meeting = _meeting(field)
    attachments.attach(
        field, "meeting", meeting["id"], [_pdf(tmp_path / "s.pdf")], attachments.Options()
    )
    with pytest.raises(ValidationError, match=r"attachment.*sync schema 6.*update CoopDesk"):
        export_bundle(field, tmp_path / "old.coopsync", schema=6)


def test_erasing_a_person_deletes_their_consultations_files_on_every_replica(org, tmp_path):
    office, field = org
    person = persons.create_person(
        field,
        {"full_name": "Мария Петрова", "consent_given": True, "consent_date": "2026-01-05"},
    )
    consultation = records.create(
        field, CONSULTATION, {"date": "2026-03-01", "person_id": person["id"]}
    )
    marker = b"PLANTED-" + os.urandom(8).hex().encode()
    scan = tmp_path / "договор.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + marker * 500 + b"\n%%EOF\n")
    attachments.attach(field, "consultation", consultation["id"], [scan], attachments.Options())
    export_bundle(field, tmp_path / "a.coopsync")
    import_bundle(office, tmp_path / "a.coopsync", tmp_path / "backups")
    assert _held(office) == 1
    erased = erasure.erase_person(office, person["id"])
    assert erased.files == 1 and _held(office) == 0
    assert attachments.list_for(office, consultation["id"]) == []
    export_bundle(office, tmp_path / "e.coopsync")
    import_bundle(field, tmp_path / "e.coopsync", tmp_path / "backups")
    assert _held(field) == 0 and dump(field) == dump(office)
    for store in (office, field):
        path = store.path
        for file in (path, path.with_name(path.name + "-wal")):
            if file.exists():
                assert marker not in file.read_bytes()


def test_a_sync_folder_sends_a_file_a_peer_asks_for_though_no_record_changed(org, tmp_path):
    from tests.sync.test_folder import Device

    office, field = org
    shared = tmp_path / "shared"
    shared.mkdir()
    at_office, in_field = Device(office, tmp_path, shared), Device(field, tmp_path, shared)
    at_office.now()
    in_field.now()
    meeting = _meeting(field)
    with field.write() as writer:
        writer.session.execute(update(ThisDevice).values(send_files=SendFiles.NONE))
    (made,) = attachments.attach(
        field, "meeting", meeting["id"], [_pdf(tmp_path / "s.pdf")], attachments.Options()
    )
    in_field.now()  # the record, not its file
    at_office.now()  # takes the record; its bundle asks for the file
    assert attachments.list_for(office, meeting["id"])[0]["held"] is False
    in_field.now()
    with field.write() as writer:
        writer.session.execute(update(ThisDevice).values(send_files=SendFiles.ALL))
    written = in_field.now().written  # nothing new to say but the file the office lacks
    assert written
    at_office.now()
    assert _bytes(office, made["id"]) == _bytes(field, made["id"])
    assert not in_field.now().written  # sent once: no bundle again for it
