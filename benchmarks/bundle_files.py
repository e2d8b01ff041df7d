"""Issue #17's bundle figures: a bundle carrying 1 GB of attached files, exported and
imported, against the same exchange without the files, and against a plain copy of
the same bytes, in the same run.

    .venv/bin/python benchmarks/bundle_files.py [--megabytes 1024] [--file-mb 10]

A field device attaches `--megabytes` of files (PDFs of random bytes, `--file-mb`
each: a scan or a photo does not compress either) to its meetings. Each step runs in
a process of its own, as a person's `coopdesk sync export` / `sync import` would,
and reports its peak resident memory (ru_maxrss) and its time:

- memory: the export and the import of the bundle with the files, each against the
  same step on the same records with `sync files none` (target: at most 200 MiB
  above it);
- throughput: the files' bytes over the export's and the import's time, against
  copying a file of the same size (shutil.copyfile, after the bundle was read once,
  so both read from the page cache; target: at least 50 %).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase for bundles"
MIB = 1024 * 1024


def _child(step: str, root: Path, name: str) -> None:
    """One step in this process; prints its time and peak memory as JSON."""
    from coopdesk.paths import DataDir
    from coopdesk.store.keys import Keyring
    from coopdesk.store.opening import open_database
    from coopdesk.sync.exchange import export_bundle, import_bundle

    keyring = Keyring(PASSPHRASE)
    if step == "export":
        store = open_database(DataDir(root / "field"), keyring)
        start = time.perf_counter()  # the exchange itself: the passphrase's key is derived
        result = export_bundle(store, root / f"{name}.coopsync", replace=True)
        done = {"files": result.files}
    else:
        store = open_database(DataDir(root / name.replace("bundle", "office")), keyring)
        start = time.perf_counter()
        result = import_bundle(store, root / f"{name}.coopsync", root / "backups")
        done = {"files": result.files, "new": result.summary.new}
    seconds = time.perf_counter() - start
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak": peak, **done}))


def _run(step: str, root: Path, name: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", step, str(root), name],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _setup(root: Path, megabytes: int, file_mb: int) -> int:
    """An office, a field device it enrolled holding meetings with the files attached,
    and a copy of the office for each import; the files' bytes in all."""
    from coopdesk.domain.schema import LOCALITY, MEETING
    from coopdesk.paths import DataDir
    from coopdesk.services import attachments, records
    from coopdesk.store.keys import Keyring
    from coopdesk.store.opening import create_database
    from coopdesk.sync.enrolment import enrol_device, read_enrolment

    keyring = Keyring(PASSPHRASE)
    office = create_database(DataDir(root / "office"), keyring, PASSPHRASE, "Офис", "Бенчмарк")
    data, code = enrol_device(office, "Поле")
    (root / "field.coopenrol").write_bytes(data)
    identity = read_enrolment(root / "field.coopenrol", code)
    field = create_database(
        DataDir(root / "field"), keyring, PASSPHRASE, "Поле", identity.org_name, identity=identity
    )
    office.close()
    place = records.create(field, LOCALITY, {"name": "Самоков", "kind": "town"})
    scans = root / "scans"
    scans.mkdir()
    total, count = 0, max(1, megabytes // file_mb)
    for n in range(count):
        meeting = records.create(
            field,
            MEETING,
            {"title": f"Среща {n}", "date": "2026-05-04", "locality_id": place["id"]},
        )
        scan = scans / f"лист-{n:04d}.pdf"
        scan.write_bytes(b"%PDF-1.4\n" + os.urandom(file_mb * MIB - 16) + b"\n%%EOF\n")
        attachments.attach(field, "meeting", meeting["id"], [scan], attachments.Options())
        total += scan.stat().st_size
        scan.unlink()
    field.close()
    for copy in ("office-plain", "office-files"):
        shutil.copytree(root / "office", root / copy)
    return total


def _send_files(root: Path, value: str) -> None:
    from coopdesk.paths import DataDir
    from coopdesk.store.keys import Keyring
    from coopdesk.store.opening import open_database
    from coopdesk.sync import contents

    store = open_database(DataDir(root / "field"), Keyring(PASSPHRASE))
    contents.set_send_files(store, value)
    with store.write() as writer:  # forget what the first export marked as sent
        from coopdesk.store.models import PeerContent

        writer.session.query(PeerContent).delete()
    store.close()


def _copy_seconds(source: Path, target: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(source, target)
    with target.open("rb+") as file:
        os.fsync(file.fileno())
    seconds = time.perf_counter() - start
    target.unlink()
    return seconds


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], Path(sys.argv[3]), sys.argv[4])
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--file-mb", type=int, default=10)
    parser.add_argument("--folder", type=Path, help="where to work (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        root = Path(folder)
        started = time.perf_counter()
        total = _setup(root, args.megabytes, args.file_mb)
        print(f"setup: {total / MIB:.0f} MiB attached in {time.perf_counter() - started:.0f} s")
        _send_files(root, "none")
        plain_export = _run("export", root, "bundle-plain")
        _send_files(root, "all")
        files_export = _run("export", root, "bundle-files")
        size = (root / "bundle-files.coopsync").stat().st_size
        plain_import = _run("import", root, "bundle-plain")
        files_import = _run("import", root, "bundle-files")
        copy = _copy_seconds(root / "bundle-files.coopsync", root / "copy.bin")
        assert files_export["files"] == files_import["files"] > 0, (files_export, files_import)
        for step, plain, files in (
            ("export", plain_export, files_export),
            ("import", plain_import, files_import),
        ):
            above = (files["peak"] - plain["peak"]) / MIB
            print(
                f"{step}: peak memory {files['peak'] / MIB:.0f} MiB with the files, "
                f"{plain['peak'] / MIB:.0f} MiB without: {above:+.0f} MiB "
                f"(target ≤ +200 MiB) {'OK' if above <= 200 else 'MISSED'}"
            )
            share = copy / files["seconds"]
            print(
                f"{step}: {total / MIB:.0f} MiB in {files['seconds']:.2f} s "
                f"({total / MIB / files['seconds']:.0f} MiB/s) against a copy of the "
                f"{size / MIB:.0f} MiB bundle in {copy:.2f} s: {100 * share:.0f} % "
                f"(target ≥ 50 %) {'OK' if share >= 0.5 else 'MISSED'}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
