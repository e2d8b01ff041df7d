"""The text a PDF shows, as pypdf extracts it, with line breaks folded to spaces."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def folded(text: str) -> str:
    return " ".join(text.split())
