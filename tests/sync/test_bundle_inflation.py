"""A bundle's content inflated in bounded steps reads exactly as it was written, for any
content within the bounds, whatever its size against the steps' and however it
compresses; content past a bound is refused as soon as it is crossed."""

from __future__ import annotations

import random
import uuid
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from hypothesis import example, given, settings
from hypothesis import strategies as st

from coopdesk.sync.bundle_format import (
    BundleRefused,
    _inflated,
    open_payload,
    read_envelope,
    seal,
    seal_text,
    verify,
)

DEVICE = str(uuid.uuid4())
SIGNER = ed25519.Ed25519PrivateKey.generate()
BOX = x25519.X25519PrivateKey.generate()


def _sealed(payload: dict | None = None, text: bytes = b"", level: int = 3) -> bytes:
    common = {
        "org_id": str(uuid.uuid4()),
        "sender": str(uuid.uuid4()),
        "signer": SIGNER,
        "recipients": {DEVICE: BOX.public_key()},
    }
    if payload is not None:
        return seal(payload, {}, **common)
    return seal_text(text, {}, level=level, **common)


def _opened(data: bytes):
    envelope = read_envelope(data)
    verify(envelope, SIGNER.public_key())
    return open_payload(envelope, DEVICE, BOX)[1]


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    pieces=st.integers(0, 30_000),
    repeated=st.floats(0, 0.97),
)
@example(seed=1, pieces=30_000, repeated=0.0)  # hardly compresses: 1.4 MB, many feeds
@example(seed=2, pieces=30_000, repeated=0.97)  # five MB, compressed about forty times
@example(seed=3, pieces=9_000, repeated=0.5)
def test_any_content_within_the_bounds_reads_back_as_written(seed, pieces, repeated):
    """Up to 3 MB: many inflation steps of 256 KiB and input feeds of 64 KiB, from
    content that hardly compresses to content that compresses some thirty times."""
    rng = random.Random(seed)
    note = "".join(rng.choice("абвгдежз ,.") for _ in range(100))
    rows = [
        [note if rng.random() < repeated else rng.randbytes(20).hex(), index, None]
        for index in range(pieces)
    ]
    payload = {"changes": {"rows": rows}}
    assert _opened(_sealed(payload)) == payload


def test_content_that_outgrows_its_compressed_size_is_refused_before_it_is_inflated():
    """Two gigabytes of one byte would deflate to 2 MB; refused within its first MiBs."""
    text = b'{"a":"' + b"x" * 64 * 1024 * 1024 + b'"}'
    with pytest.raises(BundleRefused, match="expands far more than any bundle's does"):
        _opened(_sealed(text=text, level=9))


def test_content_cut_short_is_refused_after_its_last_step():
    """A deflate stream that stops midway (a writer's bug, or a hostile device's)."""
    compressed = zlib.compress(random.Random(1).randbytes(1_000_000).hex().encode())
    inflated = _inflated(compressed[: len(compressed) // 2])
    with pytest.raises(BundleRefused, match="cut short"):
        b"".join(inflated)
