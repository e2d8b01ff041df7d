"""Hostile input through every door a person can open: the CLI's --json, signed bundles
whose payload is malformed, enrolment files, backups given to `restore`.

For any input: it is taken, or refused with one line naming the problem and the
database exactly as it was (its dump compared before and after). Example counts
are modest for CI; COOPDESK_FUZZ_EXAMPLES raises them (docs/reliability.md).
"""

from __future__ import annotations

import copy
import io
import json
import os
import struct
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coopdesk.domain.code_lists import code_id
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import (
    BODY,
    BODY_MEMBER,
    CONTACT,
    INDICATOR,
    KINDS,
    LOCALITY,
    MEETING,
    PARTICIPANT,
    PROJECT,
)
from coopdesk.paths import DataDir
from coopdesk.services import attachments, codes, persons, records
from coopdesk.services import settings as org_settings
from coopdesk.services.merging import merge_records
from coopdesk.store.backups import write_backup
from coopdesk.store.device_keys import box_key
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database
from coopdesk.sync import enrolment
from coopdesk.sync.bundle_format import FRAME_BYTES, seal, seal_with_files
from coopdesk.sync.enrolment import enrol_device
from coopdesk.sync.exchange import _keys, export_bundle, import_bundle
from tests.conftest import PASSPHRASE
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org

EXAMPLES = int(os.environ.get("COOPDESK_FUZZ_EXAMPLES", "20"))
SCAN = b"%PDF-1.4\n" + b"signed sheet " * 4000 + b"\n%%EOF\n"  # 52 KB: one frame
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(["2026-02-30", "25:61", "", " ", "roma", "female", "village", "-1"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _one_line_refusal(err: str) -> None:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("coopdesk: ") and "Traceback" not in err
    assert "unexpected error" not in err, err  # a bug, not a refusal


# --- the CLI's --json ----------------------------------------------------------------


@pytest.fixture
def cli_store(cli):
    store = open_database(DataDir(cli.data_dir), Keyring(PASSPHRASE))
    place = records.create(store, LOCALITY, {"name": "Gorno"})
    yield cli, store, place["id"]
    store.close()


def _field_soup(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    names = st.sampled_from([*KINDS[kind].field_names, "id", "deleted", "clocks", "x"])
    return st.dictionaries(names, json_values, max_size=5)


@FUZZ
@given(data=st.data())
def test_cli_json_is_stored_or_refused_in_one_line(cli_store, data):
    cli, store, place_id = cli_store
    kind = data.draw(st.sampled_from(sorted(KINDS)))
    text = data.draw(
        st.one_of(
            _field_soup(kind).map(lambda d: json.dumps(d, ensure_ascii=False)),
            st.text(max_size=40),
            json_values.map(json.dumps),
            st.just('{"name": 1, "name": 2}'),
            st.just('{"name": NaN}'),
            st.just("[" * 5000 + "]" * 5000),
        )
    )
    command = data.draw(st.sampled_from(["add", "update"]))
    args = [command, kind] if command == "add" else [command, "locality", place_id]
    before = dump(store)
    result = cli(*args, "--json", text)
    if result.code == 0:
        event("stored")
        return
    event("refused")
    _one_line_refusal(result.err)
    assert dump(store) == before


def test_members_and_sessions_a_body_cannot_have_are_refused_in_one_line(cli_store):
    """A member who leaves before joining, a member who is no one, a second membership
    over the same days, a new session of a dissolved body: one line, nothing written."""
    cli, store, place_id = cli_store
    contact = records.create(store, CONTACT, {"position": "секретар"})
    body = records.create(store, BODY, {"name": "ОКМД Gorno", "status": "dissolved"})
    records.create(store, BODY_MEMBER, {"body_id": body["id"], "contact_id": contact["id"]})
    member = {"body_id": body["id"], "contact_id": contact["id"]}
    refused = [
        ("body_member", {**member, "from_date": "2026-03-01", "to_date": "2026-02-28"}, "to_date"),
        ("body_member", {"body_id": body["id"], "role": "member"}, "organization_id"),
        ("body_member", {**member, "from_date": "2026-05-01"}, "contact_id"),
        ("meeting", {"title": "Заседание", "date": "2026-03-01", "locality_id": place_id,
                     "body_id": body["id"]}, "body_id"),
    ]  # fmt: skip
    before = dump(store)
    for kind, data, field in refused:
        err = cli("add", kind, "--json", json.dumps(data, ensure_ascii=False)).err
        _one_line_refusal(err)
        assert err.startswith(f"coopdesk: {field}: "), err
    assert dump(store) == before


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"date": "2026-03-12", "end_date": "2026-03-11"}, "end_date"),
        ({"date": "2026-03-12", "hours": "six"}, "hours"),
        ({"date": "2026-03-12", "hours": -6}, "hours"),
        ({"date": "2026-03-12", "hours": 6.125}, "hours"),
        ({"date": "2026-03-12", "end_date": "2026-03-13", "hours": 49}, "hours"),
    ],
    ids=["ends before it starts", "hours as words", "negative hours", "three decimals",
         "more hours than its days"],
)  # fmt: skip
def test_a_meeting_of_impossible_days_or_hours_is_refused_in_one_line(cli_store, fields, named):
    cli, store, place_id = cli_store
    given = {"title": "Обучение", "locality_id": place_id, **fields}
    before = dump(store)
    result = cli("add", "meeting", "--json", json.dumps(given, ensure_ascii=False))
    assert result.code == 1
    _one_line_refusal(result.err)
    assert named in result.err
    assert dump(store) == before


@pytest.mark.parametrize("district", ["Пирин", "Благоевград", "BLAGOEVGRAD", "", 7, ["varna"]])
def test_a_district_that_is_not_a_districts_code_is_refused_in_one_line(cli_store, district):
    cli, store, place_id = cli_store
    before = dump(store)
    result = cli("update", "locality", place_id, "--json", json.dumps({"district": district}))
    assert result.code == 1
    _one_line_refusal(result.err)
    assert "district" in result.err and "blagoevgrad" in result.err  # the codes it takes
    assert dump(store) == before


# --- bundles: signed by an enrolled device, payload malformed ---------------------


@pytest.fixture(scope="module")
def signed_org(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-bundles")
    org = Org(root)
    field = org.enrol("Field")
    dolno = records.create(org.office, LOCALITY, {"name": "Dolno"})
    project = records.create(
        org.office,
        PROJECT,
        {"code": "BG05-0193", "title": "T", "start_date": "2026-01-01", "budget_initial": 1000.5},
    )
    export_bundle(org.office, root / "first.coopsync")
    import_bundle(field, root / "first.coopsync", root / "backups")
    # the template holds both forms: a new record as a table row, an edit as a record;
    # and the project side: sets of ids, amounts, an indicator's filters, project_id
    records.update(org.office, LOCALITY, dolno["id"], {"notes": "y"})
    records.update(
        org.office, PROJECT, project["id"], {"locality_ids": [dolno["id"]], "grant_amount": 900}
    )
    records.create(org.office, LOCALITY, {"name": "Sredno", "notes": "x"})
    records.create(
        org.office,
        INDICATOR,
        {
            "project_id": project["id"],
            "code": "1.1",
            "name": "Meetings",
            "target": 12,
            "measure": "meetings_held",
            "filter_topics": ["health"],
            "filter_locality_ids": [dolno["id"]],
        },
    )
    records.create(
        org.office,
        MEETING,
        {
            "title": "M",
            "date": "2026-03-01",
            "end_date": "2026-03-02",
            "hours": 12,
            "locality_id": dolno["id"],
            "project_id": project["id"],
        },
    )
    # and the people reached: a contact, a person, participants linked to each, a merge
    contact = records.create(
        org.office,
        CONTACT,
        {"full_name": "Илка Янева", "position": "директор", "consent_given": True,
         "consent_date": "2026-02-01"},
    )  # fmt: skip
    meeting = records.list_records(org.office, MEETING, records.ListQuery())[0]
    twins = [
        persons.create_person(org.office, {"gender": "female", "birth_year": 1990})
        for _ in range(2)
    ]
    for linked in ({"contact_id": contact["id"]}, {"person_id": twins[1]["id"]}):
        records.create(
            org.office, PARTICIPANT, {"meeting_id": meeting["id"], "attended_days": 2, **linked}
        )
    merge_records(org.office, "person", twins[0]["id"], twins[1]["id"])
    # and a coordination body: its member, the meeting one of its sessions
    body = records.create(
        org.office,
        BODY,
        {"name": "ОКМД Dolno", "district": "blagoevgrad", "established_on": "2026-01-15",
         "planned_frequency": "monthly"},
    )  # fmt: skip
    records.create(
        org.office,
        BODY_MEMBER,
        {"body_id": body["id"], "contact_id": contact["id"], "role": "chair",
         "from_date": "2026-01-15"},
    )  # fmt: skip
    records.update(org.office, MEETING, meeting["id"], {"body_id": body["id"]})
    # and the office's own code lists: an added topic the meeting holds, the age bands
    codes.add_code(
        org.office,
        {"list": "topic", "code": "legal_aid", "label_bg": "Правна помощ", "label_en": "Legal aid"},
    )
    org_settings.set_age_bands(org.office, "0-14,15-64,65+")
    records.update(org.office, MEETING, meeting["id"], {"topics": ["legal_aid", "health"]})
    # and the evidence: a signed sheet of the meeting, its bytes in the bundle's frames
    scan = root / "sheet.pdf"
    scan.write_bytes(SCAN)
    attachments.attach(
        org.office, "meeting", meeting["id"], [scan], attachments.Options(kind="signed_sheet")
    )
    path = export_bundle(org.office, root / "second.coopsync").path
    with org.office.read() as session:
        keys = _keys(session)
    recipients = {field.device.device_id: box_key(_box_public(field))}
    template = _payload_of(org.office, path, field)
    yield org, field, keys, recipients, template, root
    org.close()


def _box_public(store) -> str:
    with store.read() as session:
        return _keys(session).box_public


def _payload_of(office, path: Path, field) -> dict[str, Any]:
    """The payload of a real bundle, the template mutations start from."""
    from coopdesk.sync.bundle_format import open_payload, read_envelope

    with field.read() as session:
        keys = _keys(session)
    envelope = read_envelope(path.read_bytes())
    return copy.deepcopy(open_payload(envelope, field.device.device_id, keys.opener())[1])


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


@st.composite
def mutated_payloads(draw, template):
    payload = copy.deepcopy(template)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(payload) if p]
        if not paths:  # every key dropped already
            break
        where = draw(st.sampled_from(paths))
        parent = payload
        for step in where[:-1]:
            parent = parent[step]
        how = draw(st.sampled_from(["replace", "drop", "add"]))
        if how == "replace":
            parent[where[-1]] = draw(json_values)
        elif how == "drop" and isinstance(parent, dict):
            del parent[where[-1]]
        elif how == "drop":
            parent.pop(where[-1])
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return payload


def test_the_template_payload_itself_imports(signed_org):
    _, field, _, _, template, root = signed_org
    path = root / "template.coopsync"
    path.write_bytes(_sealed(signed_org, template))
    assert template["changes"]["tables"] and template["changes"]["records"]
    import_bundle(field, path, root / "backups")
    assert "Sredno" in dump(field)


def _sealed(signed_org, payload, files: list[bytes] | None = None) -> bytes:
    """The payload signed by the office; with the files it lists (the template's sheet,
    unless `files` are given) in a format 2 bundle's frames when it lists any."""
    org, _, keys, recipients, _, _ = signed_org
    sealing = {
        "org_id": org.office.device.org_id,
        "sender": org.office.device.device_id,
        "signer": keys.signer(),
        "recipients": recipients,
    }
    listed = payload.get("contents") if isinstance(payload, dict) else None
    if files is None and not (isinstance(listed, list) and listed):
        return seal(payload, {}, **sealing)
    out = io.BytesIO()
    given = [SCAN] if files is None else files
    seal_with_files(out, payload, {}, [[data] for data in given], **sealing)
    return out.getvalue()


def test_a_record_kind_that_is_not_a_string_is_refused_in_one_line(signed_org):
    """Found by the fuzzer below: a list as the kind raised a TypeError."""
    _, field, _, _, template, root = signed_org
    payload = copy.deepcopy(template)
    payload["changes"]["records"][0]["kind"] = []
    path = root / "list-kind.coopsync"
    path.write_bytes(_sealed(signed_org, payload))
    before = dump(field)
    with pytest.raises(CoopDeskError, match="unknown record kind"):
        import_bundle(field, path, root / "backups")
    assert dump(field) == before


def _code_row(payload: dict[str, Any], **values: Any) -> None:
    """The template's code as another one a device could not have written: its id the
    one its list and code give (unless `id` is given), so that it arrives as new."""
    (table,) = [t for t in payload["changes"]["tables"] if t["kind"] == "code"]
    row = table["rows"][0]  # id, stamp, device, fields
    for name, value in values.items():
        if name != "id":
            row[3 + table["fields"].index(name)] = value
    named = dict(zip(table["fields"], row[3:], strict=True))
    row[0] = values.get("id") or code_id(str(named["list"]), str(named["code"]))


@pytest.mark.parametrize(
    ("values", "said"),
    [
        ({"list": "hobbies", "code": "chess"}, "must be one of"),
        ({"code": "Legal Aid"}, "lower-case letters"),
        ({"code": "health"}, "already a built-in code"),
        ({"code": "advocacy", "id": code_id("topic", "advocacy_x")}, "not the id its code"),
        ({"code": "advocacy", "deleted": True}, "never deleted"),
        ({"code": "advocacy", "label_bg": ""}, "label_bg is required"),
        ({"code": "legal_aid", "list": "group", "id": code_id("topic", "legal_aid")}, "never"),
    ],
    ids=["bad list", "bad code", "built-in", "id of another", "deleted", "no label", "moved"],
)
def test_a_code_record_a_device_cannot_write_refuses_the_bundle_whole(signed_org, values, said):
    _, field, _, _, template, root = signed_org
    import_bundle(field, root / "second.coopsync", root / "backups")  # holds legal_aid
    payload = copy.deepcopy(template)
    _code_row(payload, **values)
    path = root / "bad-code.coopsync"
    path.write_bytes(_sealed(signed_org, payload))
    before = dump(field)
    with pytest.raises(CoopDeskError, match=said) as refused:
        import_bundle(field, path, root / "backups")
    assert "\n" not in str(refused.value)
    assert dump(field) == before


def test_a_device_list_entry_that_is_not_a_device_is_refused_in_one_line(signed_org):
    """Found by the fuzzer below: a list as a device id raised a TypeError."""
    _, field, _, _, template, root = signed_org
    for damage in ({"device_id": []}, {"role": "admin"}, {"sign_public": "AAAA"}):
        payload = copy.deepcopy(template)
        payload["devices"][0].update(damage)
        path = root / "bad-device.coopsync"
        path.write_bytes(_sealed(signed_org, payload))
        before = dump(field)
        with pytest.raises(CoopDeskError, match="device list is damaged"):
            import_bundle(field, path, root / "backups")
        assert dump(field) == before


@FUZZ
@given(data=st.data())
def test_signed_bundles_with_a_malformed_payload_are_taken_or_refused_whole(signed_org, data):
    _, field, _, _, template, root = signed_org
    payload = data.draw(mutated_payloads(template))
    path = root / "hostile.coopsync"
    path.write_bytes(_sealed(signed_org, payload))
    before = dump(field)
    try:
        import_bundle(field, path, root / "backups")
    except CoopDeskError as error:
        event("refused")
        assert "\n" not in str(error) and str(error)
        assert dump(field) == before
    else:
        event("taken")


def _held(store) -> int:
    from sqlalchemy import func, select

    from coopdesk.store.models import AttachmentContent

    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentContent)) or 0)


@st.composite
def hostile_files(draw, template):
    """The template's payload with its list of files and the bytes it carries made to
    disagree, as a device with the office's keys could: sizes, hashes, entries, bytes."""
    payload = copy.deepcopy(template)
    listed = payload["contents"]
    files = [SCAN]
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["size", "hash", "type", "drop", "extra", "bytes", "more"]))
        if how == "size" and listed:
            listed[0][1] = max(0, listed[0][1] + draw(st.sampled_from([-1, 1, -50_000, 10**6])))
        elif how == "hash" and listed:
            listed[0][0] = draw(st.sampled_from(["0" * 64, "g" * 64, "ab", 7]))
        elif how == "type" and listed:
            listed[0][2] = draw(st.sampled_from(["text/html", "image/png", None]))
        elif how == "drop" and listed:
            listed.pop()
        elif how == "extra":
            listed.append(list(draw(st.sampled_from(listed or [["1" * 64, 5, "image/png"]]))))
        elif how == "bytes":
            at = draw(st.integers(0, len(files[0]) - 1)) if files and files[0] else 0
            if files and files[0]:
                files[0] = files[0][:at] + bytes([files[0][at] ^ 0x20]) + files[0][at + 1 :]
        else:  # more bytes than listed, across a frame's end
            files.append(draw(st.binary(min_size=1, max_size=64)) * (FRAME_BYTES // 32))
    return payload, files


def test_the_template_carries_a_file_that_imports_whole(signed_org):
    _, field, _, _, template, root = signed_org
    assert len(template["contents"]) == 1
    path = root / "with-file.coopsync"
    path.write_bytes(_sealed(signed_org, template))
    import_bundle(field, path, root / "backups")
    assert _held(field) == 1


@FUZZ
@given(data=st.data())
def test_signed_bundles_whose_files_disagree_with_their_list_are_refused_whole(signed_org, data):
    _, field, _, _, template, root = signed_org
    payload, files = data.draw(hostile_files(template))
    path = root / "hostile-files.coopsync"
    path.write_bytes(_sealed(signed_org, payload, files))
    before, held = dump(field), _held(field)
    try:
        import_bundle(field, path, root / "backups")
    except CoopDeskError as error:
        event("refused")
        assert "\n" not in str(error) and str(error)
        assert dump(field) == before and _held(field) == held
    else:
        event("taken")  # only when what it lists is what it carries
        assert payload["contents"] == template["contents"] and files == [SCAN]


# --- enrolment files -------------------------------------------------------------------


CODE = "ABCD-EFGH-JKLM-NPQR"


def _enrolment_file(content: Any) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    head = struct.pack(">8sH16s12s", enrolment.MAGIC, enrolment.FORMAT, salt, nonce)
    plain = json.dumps(content).encode("utf-8")
    return head + ChaCha20Poly1305(enrolment._key(CODE, salt)).encrypt(nonce, plain, head)


@pytest.fixture(scope="module")
def real_enrolment(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-enrolment")
    org = Org(root)
    data, code = enrol_device(org.office, "Field")
    head_size = struct.calcsize(">8sH16s12s")
    salt, nonce = data[10:26], data[26:38]
    plain = ChaCha20Poly1305(enrolment._key(code, salt)).decrypt(
        nonce, data[head_size:], data[:head_size]
    )
    yield json.loads(plain), data
    org.close()


def test_the_test_writes_enrolment_files_as_the_office_does(real_enrolment, tmp_path):
    content, _ = real_enrolment
    path = tmp_path / "same.coopenrol"
    path.write_bytes(_enrolment_file(content))
    assert enrolment.read_enrolment(path, CODE).device_name == "Field"


@FUZZ
@given(data=st.data())
def test_enrolment_files_join_or_are_refused_in_one_line(real_enrolment, tmp_path_factory, data):
    content, raw = real_enrolment
    root = tmp_path_factory.mktemp("join")
    path = root / "hostile.coopenrol"
    if data.draw(st.booleans()):
        path.write_bytes(_enrolment_file(data.draw(mutated_payloads(content))))
    else:
        damaged = bytearray(raw[: data.draw(st.integers(0, len(raw)))])
        for position in data.draw(st.lists(st.integers(0, 10_000), max_size=3)):
            if damaged:
                damaged[position % len(damaged)] ^= 0x5A
        path.write_bytes(bytes(damaged))
    from tests.conftest import Cli

    cli = Cli(root / "data")
    result = cli("init", "--device-name", "Field", "--join", str(path), "--code", CODE)
    if result.code == 0:
        event("joined")
        assert cli("check").code == 0
        return
    event("refused")
    _one_line_refusal(result.err)
    assert not (root / "data" / "coopdesk.db").exists() or cli("check").code == 0


# --- backups given to restore ------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_damaged_backups_are_refused_in_one_line_and_change_nothing(cli_store, tmp_path, data):
    cli, store, _ = cli_store
    backup = tmp_path / "good.coopdesk-backup"
    if not backup.exists():
        write_backup(store.engine, backup)
    raw = backup.read_bytes()
    cut = data.draw(st.integers(0, len(raw)))
    damaged = bytearray(raw[:cut] if data.draw(st.booleans()) else raw)
    for position in data.draw(st.lists(st.integers(0, len(raw)), min_size=1, max_size=3)):
        if damaged:
            damaged[position % len(damaged)] ^= data.draw(st.integers(1, 255))
    if bytes(damaged) == raw:
        return
    path = tmp_path / "damaged.coopdesk-backup"
    path.write_bytes(bytes(damaged))
    before = dump(store)
    result = cli("restore", str(path))
    if result.code == 0:
        event("restored (the damage fell in unused bytes)")
        assert cli("check").code == 0
        return
    event("refused")
    _one_line_refusal(result.err)
    assert dump(store) == before


def _row_name(payload: dict[str, Any], text: str) -> None:
    table = next(t for t in payload["changes"]["tables"] if "name" in t["fields"])
    table["rows"][0][3 + table["fields"].index("name")] = text  # id, stamp, device, fields


def _record_notes(payload: dict[str, Any], text: str) -> None:
    payload["changes"]["records"][0]["stamped"]["notes"][0] = text


@pytest.mark.parametrize("put", [_row_name, _record_notes], ids=["new record", "edit"])
@pytest.mark.parametrize(
    "text",
    ["Sredno\u202eondreS", "Sredno\u2067x", "Sredno\x1b[2J", "Sredno\x9b2J"],
    ids=["right-to-left override", "isolate", "ESC", "C1 CSI"],
)
def test_a_bundle_carrying_direction_or_terminal_controls_is_refused_whole(signed_org, put, text):
    """Values in a bundle pass the field rules a person's input passes."""
    _, field, _, _, template, root = signed_org
    payload = copy.deepcopy(template)
    put(payload, text)
    path = root / "controls.coopsync"
    path.write_bytes(_sealed(signed_org, payload))
    before = dump(field)
    with pytest.raises(CoopDeskError, match=r"name|notes") as refused:
        import_bundle(field, path, root / "backups")
    assert "\n" not in str(refused.value) and text not in str(refused.value)
    assert dump(field) == before
