"""A file to attach as evidence, made ready before it is stored (issue #17).

What a file is comes from its content, never its name: a scan named `.pdf` that is
a JPEG, or a text file named `.jpg`, is refused. A photo from a phone is large and
says where it was taken and with which camera (EXIF: GPS, serial numbers): it is
turned upright as the camera meant, downscaled to a long edge (only ever down) and
encoded again without that metadata, unless the person asks to keep the original
bytes. A file that is missing, empty, over the size cap, of a kind that is not
evidence, or cut short is refused in one line naming the file; nothing is kept of
it.

Pillow reads the images. Its guard against decompression bombs (an image that
claims far more pixels than its bytes) stays on and is a refusal here.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from coopdesk.domain.errors import ValidationError

DEFAULT_LONG_EDGE = 2000  # pixels: a signed sheet stays legible, a photo stays small
DEFAULT_CAP = 25 * 1024 * 1024  # bytes on disk, before any downscaling
JPEG_QUALITY = 85

# What evidence can be, by the bytes it starts with, and the names it may bear.
_KINDS: dict[str, tuple[tuple[bytes, ...], tuple[str, ...]]] = {
    "image/jpeg": ((b"\xff\xd8\xff",), (".jpg", ".jpeg")),
    "image/png": ((b"\x89PNG\r\n\x1a\n",), (".png",)),
    "image/webp": ((b"RIFF",), (".webp",)),  # and "WEBP" at byte 8
    "application/pdf": ((b"%PDF-",), (".pdf",)),
}
_PILLOW_FORMAT = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}


@dataclass(frozen=True)
class Prepared:
    """The bytes to store and what the record says of them."""

    file_name: str
    media_type: str
    content: bytes
    sha256: str
    width: int | None = None  # an image's, as stored
    height: int | None = None

    @property
    def size(self) -> int:
        return len(self.content)


def media_type_of(head: bytes) -> str | None:
    """The kind of evidence a file's first bytes say it is; None for anything else."""
    for media_type, (starts, _names) in _KINDS.items():
        if any(head.startswith(start) for start in starts):
            if media_type == "image/webp" and head[8:12] != b"WEBP":
                continue
            return media_type
    return None


def _refuse(code: str, file: Path, **values: object) -> ValidationError:
    return ValidationError("file", code, name=file.name, **values)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def prepare(
    path: Path,
    *,
    long_edge: int = DEFAULT_LONG_EDGE,
    keep_original: bool = False,
    cap: int = DEFAULT_CAP,
) -> Prepared:
    """The file at `path` checked and, for an image, downscaled and stripped of its
    metadata (`keep_original`: its bytes as they are, once they are known to be a
    whole image)."""
    if not path.is_file():
        raise _refuse("attachment.no_file", path, path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise _refuse("attachment.empty", path)
    if size > cap:
        raise _refuse("attachment.too_large", path, size=_megabytes(size), cap=_megabytes(cap))
    content = path.read_bytes()
    media_type = media_type_of(content[:16])
    if media_type is None:
        raise _refuse("attachment.not_evidence", path)
    suffix = path.suffix.lower()
    named = next((kind for kind, (_, names) in _KINDS.items() if suffix in names), None)
    if named is not None and named != media_type:
        raise _refuse("attachment.not_what_named", path, named=named, found=media_type)
    if media_type == "application/pdf":
        return _pdf(path, content)
    return _image(path, content, media_type, long_edge, keep_original)


def _pdf(path: Path, content: bytes) -> Prepared:
    """A PDF as it is: whole when its end says so (a file cut short in copying has no
    `%%EOF` in its last kilobyte)."""
    if b"%%EOF" not in content[-1024:]:
        raise _refuse("attachment.damaged", path)
    return Prepared(path.name, "application/pdf", content, hashlib.sha256(content).hexdigest())


def _image(
    path: Path, content: bytes, media_type: str, long_edge: int, keep_original: bool
) -> Prepared:
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as opened:
                if not keep_original:
                    _decode_smaller(opened, long_edge)
                opened.load()  # every pixel: a file cut short fails here
                if keep_original:
                    width, height = opened.size
                    kept = content
                else:
                    upright = ImageOps.exif_transpose(opened)
                    upright.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
                    width, height = upright.size
                    kept = _encoded(upright, media_type)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse("attachment.too_many_pixels", path) from None
    except (OSError, SyntaxError, ValueError):  # Pillow's ways of saying "not whole"
        raise _refuse("attachment.damaged", path) from None
    return Prepared(path.name, media_type, kept, hashlib.sha256(kept).hexdigest(), width, height)


def _decode_smaller(image: object, long_edge: int) -> None:
    """A JPEG decoded straight at the smallest of its scales (1/2, 1/4, 1/8) that still
    covers the size asked: a 12-megapixel photo is a quarter of the work."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    width, height = image.size
    factor = long_edge / max(width, height)
    if image.format == "JPEG" and factor < 1:
        image.draft(image.mode, (max(1, int(width * factor)), max(1, int(height * factor))))


def _encoded(image: object, media_type: str) -> bytes:
    """The image in its own format again, with no metadata but its colour profile."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    out = io.BytesIO()
    options: dict[str, object] = {}
    if profile := image.info.get("icc_profile"):
        options["icc_profile"] = profile  # colours, not whereabouts
    if media_type == "image/jpeg":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        options.update(quality=JPEG_QUALITY, optimize=True)
    elif media_type == "image/png":
        options.update(optimize=True)
    image.save(out, format=_PILLOW_FORMAT[media_type], **options)
    return out.getvalue()
