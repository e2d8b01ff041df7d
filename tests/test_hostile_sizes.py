"""Files too large or endless, through every door: a signed bundle whose content is a
memory bomb, a device given as a file, a huge file in the sync folder.

Each is refused (or, in the folder, skipped) in one line, quickly and in a few MiB.
The commands run in a child capped at 1.5 GiB of address space (tests/bounded_child.py):
before the bounds these took gigabytes and ended in MemoryError.
"""

from __future__ import annotations

import json
import os
import random
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from coopdesk.demo.generate import generate_demo
from coopdesk.domain.strict_json import MIN_BYTES_PER_CONTAINER
from coopdesk.store.device_keys import box_key
from coopdesk.sync.bundle_format import (
    MAX_EXPANSION,
    BundleRefused,
    open_payload,
    read_bundle,
    seal,
    seal_text,
)
from coopdesk.sync.changes import SYNC_SCHEMA
from coopdesk.sync.exchange import _keys, export_bundle, import_bundle
from tests.bounded_child import ChildRun, run_cli
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org
from tests.test_hostile_input import _one_line_refusal

# One worker runs these tests one after another (`--dist loadgroup`): two of them at
# once would load the machine while the other's baseline is measured.
pytestmark = pytest.mark.xdist_group("hostile-sizes")


def unlocking(data_dir) -> ChildRun:
    """What a command costs on `data_dir` before it reads anything: unlocking the
    database (its key stretched with 64 MiB of memory on purpose, store/keys.py) and
    loading SQLAlchemy, measured by `sync status` there, the budgets' baseline.

    Measured next to the run it is compared with, never remembered from an earlier
    test: under a parallel run the load of the other workers changes from one test to
    the next."""
    return run_cli(data_dir, "sync", "status")


def within(run: ChildRun, base: ChildRun, mib: int, seconds: float) -> bool:
    return run.grew_mib < base.grew_mib + mib and run.seconds < base.seconds + seconds


@pytest.fixture(scope="module")
def signed_org(tmp_path_factory):
    root = tmp_path_factory.mktemp("bombs")
    org = Org(root)
    field = org.enrol("Field")
    yield org, field, root
    org.close()


def _sealed_text(org, field, text: bytes) -> bytes:
    """A bundle as an enrolled office that turned hostile would write it: signed with
    its key, sealed to the field device, deflated at the level bombs use."""
    with org.office.read() as session:
        signer = _keys(session).signer()
    with field.read() as session:
        box = _keys(session).box_public
    return seal_text(
        text,
        {},
        org_id=org.office.device.org_id,
        sender=org.office.device.device_id,
        signer=signer,
        recipients={field.device.device_id: box_key(box)},
        level=9,
    )


def test_a_signed_bundle_of_empty_lists_is_refused_quickly_in_little_memory(signed_org):
    """100 MB of `[],` deflate to 100 KB; json.loads made 2.4 GB of lists of them."""
    org, field, root = signed_org
    bomb = root / "bomb.coopsync"
    bomb.write_bytes(_sealed_text(org, field, b"[" + b"[]," * 34_000_000 + b"[]]"))
    assert bomb.stat().st_size < 200_000
    run = run_cli(root / "Field", "sync", "import", str(bomb))
    assert run.code == 1
    _one_line_refusal(run.err)
    assert "refused bomb.coopsync: the bundle's content expands far more" in run.err
    assert within(run, unlocking(root / "Field"), 50, 3), run


def test_a_payload_dense_with_lists_is_refused_before_it_is_parsed(signed_org):
    """Random words between the lists keep the expansion of real data (about 4); the
    lists are counted before json.loads would build 1.6 million of them."""
    org, field, root = signed_org
    rng = random.Random(22)
    words = (b'"' + rng.randbytes(8).hex().encode() + b'"' for _ in range(200_000))
    text = b'{"changes":[' + b",".join(w + b",[]" * 8 for w in words) + b"]}"
    path = root / "dense.coopsync"
    path.write_bytes(_sealed_text(org, field, text))
    assert len(text) < 8 * path.stat().st_size  # within the expansion real bundles have
    before = dump(field)
    with pytest.raises(BundleRefused, match="far more lists and objects") as refused:
        import_bundle(field, path, root / "backups")
    assert "\n" not in str(refused.value)
    assert dump(field) == before


def _stranger_framing(org_id: str, size: int) -> bytes:
    """The first bytes of a file of `size` bytes framed as a bundle from a device no one
    enrolled (no key needed: an organisation's id is in every bundle's plain header)."""
    someone = str(uuid.uuid4())
    sealed = seal(
        {"changes": {}},
        {},
        org_id=org_id,
        sender=someone,
        signer=ed25519.Ed25519PrivateKey.generate(),
        recipients={someone: x25519.X25519PrivateKey.generate().public_key()},
    )
    head = 14 + int.from_bytes(sealed[10:14], "big")
    body_length = size - head - 8 - 64
    return sealed[:head] + body_length.to_bytes(8, "big")


def test_a_strangers_bundle_of_hundreds_of_mib_is_refused_before_its_body_is_read(signed_org):
    org, _, root = signed_org
    path = root / "stranger.coopsync"
    size = 400 * 1024 * 1024
    path.write_bytes(_stranger_framing(org.office.device.org_id, size))
    os.truncate(path, size)  # sparse: its framing is whole, its body zeros
    base = unlocking(root / "Field")
    run = run_cli(root / "Field", "sync", "import", str(path))
    assert run.code == 1
    _one_line_refusal(run.err)
    assert "comes from a device this one does not know" in run.err  # the reason, in its line
    assert within(run, base, 20, 2), run


@pytest.mark.parametrize("schema", [SYNC_SCHEMA, 2, 1])
def test_real_bundles_import_and_stay_far_inside_the_bounds(tmp_path, schema):
    """The bounds must never refuse a real bundle: a demo organisation's leaves them a
    margin of four at least (it measures 4-6 against 64, one container per 150 bytes
    and more against 12). An older reader's bundle carries the demo without projects and
    without the people reached."""
    org = Org(tmp_path)
    try:
        field = org.enrol("Field")
        current = schema == SYNC_SCHEMA
        generate_demo(org.office, scale=1, projects=current, people=current)
        path = export_bundle(org.office, tmp_path / "demo.coopsync", full=True, schema=schema).path
        envelope = read_bundle(path)
        with field.read() as session:
            manifest, payload = open_payload(
                envelope, field.device.device_id, _keys(session).opener()
            )
        assert manifest["payload_bytes"] < MAX_EXPANSION / 4 * len(envelope.body)
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        containers = text.count("[") + text.count("{")
        assert containers * MIN_BYTES_PER_CONTAINER * 4 < len(text)
        result = import_bundle(field, path, tmp_path / "backups")
        assert result.summary.new > 3000
        assert dump(field) == dump(org.office)
    finally:
        org.close()


CODE = "ABCD-EFGH-JKLM-NPQR"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("sync", "import", "/dev/zero"), "not a CoopDesk sync bundle"),
        (("sync", "import", "/dev/urandom"), "not a CoopDesk sync bundle"),
        (
            ("init", "--device-name", "F", "--join", "/dev/zero", "--code", CODE),
            "zero is not a CoopDesk enrolment file",
        ),
        (
            ("init", "--device-name", "F", "--join", "/dev/urandom", "--code", CODE),
            "urandom is not a CoopDesk enrolment file",
        ),
    ],
    ids=["import-zero", "import-urandom", "join-zero", "join-urandom"],
)
def test_an_endless_device_given_as_a_file_is_refused_in_one_line_quickly(
    cli, tmp_path, args, says
):
    """Their size reads as 0; read whole, they never ended (MemoryError)."""
    data_dir = cli.data_dir if args[0] == "sync" else tmp_path / "joining"
    base = unlocking(cli.data_dir)
    run = run_cli(data_dir, *args)
    assert run.code == 1
    _one_line_refusal(run.err)
    assert says in run.out + run.err
    assert within(run, base, 20, 2), run


def test_huge_files_in_the_sync_folder_are_skipped_without_being_read(cli, tmp_path):
    """6 GB files were read whole, twice, at every exchange. One framed as a bundle
    without files is refused by its size; one not framed as a bundle, by its first
    bytes (a bundle carrying files may be that large: the size alone cannot say)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    assert cli("sync", "folder", str(shared)).code == 0
    stranger = _stranger_framing(str(uuid.uuid4()), 6 * 1024**3)
    for name, start in (("zeros.coopsync", b""), ("begins-well.coopsync", stranger)):
        (shared / name).write_bytes(start)
        os.truncate(shared / name, 6 * 1024**3)  # sparse: no disk space used
    base = unlocking(cli.data_dir)
    run = run_cli(cli.data_dir, "sync", "now")
    assert run.code == 0, run.err
    assert "nothing new to import" in run.out
    warnings = run.err.splitlines()
    assert len(warnings) == 2 and all(w.startswith("warning: ") for w in warnings)
    assert "begins-well.coopsync skipped for now: the file is larger than any" in run.err
    assert "zeros.coopsync skipped for now: not a CoopDesk sync bundle" in run.err
    assert within(run, base, 20, 2), run
