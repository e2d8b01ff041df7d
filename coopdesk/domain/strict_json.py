"""JSON from outside (a person's --json, a bundle): one meaning only, or refused."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from coopdesk.domain.errors import CoopDeskError


class JsonRefused(CoopDeskError):
    """Text that is not JSON CoopDesk accepts; the message says where or why."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefused("json.duplicate_key", key=key)
        result[key] = value
    return result


def _no_constants(name: str) -> NoReturn:
    raise JsonRefused("json.constant", name=name)


# json.loads builds a list or dict of 56-72 bytes and more for every `[` and `{`:
# three bytes of text (`[],`) cost over 60 of memory. Real JSON holds far fewer: a
# sync payload one per 150-220 bytes, the densest record it can carry (an object
# with an id, a stamp and no values) one per 24. Text with more than one per this
# many bytes is refused before anything is built.
MIN_BYTES_PER_CONTAINER = 12
_CONTAINERS_ALWAYS_ALLOWED = 64  # for short text: `{"topics": ["a"]}`


def loads_strict(text: str | bytes | bytearray) -> Any:
    """json.loads without duplicate keys, NaN or Infinity, huge numbers, deep nesting
    or far more lists and objects than text of its length holds."""
    _containers_bounded(text)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise JsonRefused(
            "json.invalid", line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    except UnicodeDecodeError:
        raise JsonRefused("json.not_utf8") from None
    except ValueError:  # Python refuses integers of over 4300 digits
        raise JsonRefused("json.number_too_long") from None
    except RecursionError:
        raise JsonRefused("json.too_deep") from None


def _containers_bounded(text: str | bytes | bytearray) -> None:
    """Count before building: an upper bound, since strings may hold brackets too."""
    if isinstance(text, str):
        containers = text.count("[") + text.count("{")
    else:
        containers = text.count(b"[") + text.count(b"{")
    if containers > len(text) // MIN_BYTES_PER_CONTAINER + _CONTAINERS_ALWAYS_ALLOWED:
        raise JsonRefused("json.too_many_containers")
