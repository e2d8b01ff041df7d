"""Issue #17's photo figure: attaching phone photos to a meeting (`coopdesk attach`'s
services.attachments.attach: each read, recognised, decoded, turned upright,
downscaled to 2000 px, encoded without EXIF, hashed, then stored in the encrypted
database in one write) against Pillow alone decoding, resizing and encoding the
same files, in the same run. Target: within 3×. `prepare` alone (the same without
storing) is printed beside it.

    .venv/bin/python benchmarks/attach_photos.py [--photos 100] [--repeat 3]

The photos are made first: 4000 × 3000 JPEGs of some 4 MB (noise over a gradient,
as a phone's photo of a room is hard to compress), with GPS and a camera serial,
each a little different from the others (a content is kept once: a hundred copies
of one photo would store one).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coopdesk.services import attachments  # noqa: E402
from coopdesk.services.attachment_files import DEFAULT_LONG_EDGE, JPEG_QUALITY, prepare  # noqa: E402


def make_photos(folder: Path, count: int) -> list[Path]:
    noise = Image.effect_noise((4000, 3000), 40).convert("RGB")
    gradient = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
    base = Image.blend(noise, gradient, 0.5)
    exif = Image.Exif()
    exif[0xA431] = "SN-4471-2207"
    exif[0x8825] = {1: "N", 2: (42.0, 1.0, 12.5), 3: "E", 4: (23.0, 5.0, 50.0)}
    paths = []
    for n in range(count):
        path = folder / f"IMG_{n:04d}.jpg"
        base.paste((n * 37 % 256, n * 91 % 256, 40), (16 * (n % 200), 0, 16 * (n % 200) + 64, 64))
        base.save(path, "JPEG", quality=85, exif=exif)
        paths.append(path)
    return paths


def pillow_alone(paths: list[Path]) -> None:
    for path in paths:
        with Image.open(path) as image:
            image.load()
            image.thumbnail((DEFAULT_LONG_EDGE, DEFAULT_LONG_EDGE), Image.Resampling.LANCZOS)
            image.save(io.BytesIO(), "JPEG", quality=JPEG_QUALITY, optimize=True)


def prepared(paths: list[Path]) -> None:
    for path in paths:
        prepare(path)


class Attaching:
    """A fresh office with one meeting for each round: nothing held from the last."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.round = folder, 0

    def __call__(self, paths: list[Path]) -> None:
        self.round += 1
        attachments.attach(self.store, "meeting", self.meeting, paths, attachments.Options())
        self.store.close()

    def prepare_round(self) -> None:
        from coopdesk.domain.schema import LOCALITY, MEETING
        from coopdesk.paths import DataDir
        from coopdesk.services import records
        from coopdesk.store.keys import Keyring
        from coopdesk.store.opening import create_database

        passphrase = "benchmark passphrase for photos"
        data_dir = DataDir(self.folder / f"office-{self.round}")
        self.store = create_database(data_dir, Keyring(passphrase), passphrase, "Офис", "Б")
        place = records.create(self.store, LOCALITY, {"name": "Самоков", "kind": "town"})
        self.meeting = records.create(
            self.store,
            MEETING,
            {"title": "Среща", "date": "2026-05-04", "locality_id": place["id"]},
        )["id"]


def timed_attach(attaching: Attaching, paths: list[Path], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        attaching.prepare_round()  # not timed: an office and its meeting
        start = time.perf_counter()
        attaching(paths)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed(work, paths: list[Path], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work(paths)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = make_photos(Path(folder), args.photos)
        megabytes = paths[0].stat().st_size / 2**20
        baseline = timed(pillow_alone, paths, args.repeat)
        alone = timed(prepared, paths, args.repeat)
        subject = timed_attach(Attaching(Path(folder)), paths, args.repeat)
    ratio = subject / baseline
    verdict = "OK" if ratio <= 3 else "MISSED"
    print(
        f"attach {args.photos} photos of {megabytes:.1f} MB: subject {subject:.2f} s "
        f"(of which made ready: {alone:.2f} s), "
        f"baseline (Pillow decode + resize + encode) {baseline:.2f} s, "
        f"ratio {ratio:.2f}× (target ≤ 3×) {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
