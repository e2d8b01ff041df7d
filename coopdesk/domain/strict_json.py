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
            raise JsonRefused(f"the JSON names field '{key}' twice")
        result[key] = value
    return result


def _no_constants(name: str) -> NoReturn:
    raise JsonRefused(f"the JSON holds {name}, which is not a value CoopDesk accepts")


def loads_strict(text: str | bytes) -> Any:
    """json.loads without duplicate keys, NaN or Infinity, huge numbers or deep nesting."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise JsonRefused(
            f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except UnicodeDecodeError:
        raise JsonRefused("the JSON is not UTF-8 text") from None
    except ValueError:  # Python refuses integers of over 4300 digits
        raise JsonRefused("the JSON holds a number too long to be a value") from None
    except RecursionError:
        raise JsonRefused("the JSON is nested too deeply") from None
