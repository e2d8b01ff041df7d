"""Write docs/fields.md, every record kind's fields, from the schema.

    .venv/bin/python tools/fields_doc.py [--check]

`--check` writes nothing and exits 1 when the page differs from what the schema
gives (tests/domain/test_field_reference.py checks the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coopdesk.domain.field_reference import markdown  # noqa: E402

PAGE = ROOT / "docs" / "fields.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    page = markdown()
    if args.check:
        current = PAGE.exists() and PAGE.read_text(encoding="utf-8") == page
        print(f"{PAGE.relative_to(ROOT)} is {'current' if current else 'out of date'}")
        return 0 if current else 1
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
