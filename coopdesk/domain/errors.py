"""Errors a person can act on; each message is one line that names the problem.

An error carries a code of the catalogue (`error_texts.ENGLISH`) and the values
it quotes: `str(error)` is the English line the command line prints, and the
window says the same in its own language from the code and values
(`error.message_of()` gives both as one `Message`).
"""

from __future__ import annotations

from typing import Any

from coopdesk.domain.messages import Message


class CoopDeskError(Exception):
    """Base of every error that is shown to the user rather than logged as a bug."""

    def __init__(self, code: str, /, **values: Any) -> None:
        self.said = Message(code, values)
        super().__init__(str(self.said))

    @property
    def code(self) -> str:
        return self.said.code

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.said.values)

    def message_of(self) -> Message:
        """What the error says, for a reader to render in its language."""
        return self.said

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied or pickled whole: the constructors take codes, not the English line.
        return (_restored, (type(self), self.__dict__))


def _restored(cls: type[CoopDeskError], state: dict[str, Any]) -> CoopDeskError:
    error = cls.__new__(cls)
    Exception.__init__(error, str(state["said"]))
    error.__dict__.update(state)
    return error


class Cancelled(CoopDeskError):
    """The person cancelled a long piece of work before it finished; nothing of it
    was kept (its transaction rolled back)."""

    def __init__(self) -> None:
        super().__init__("work.cancelled")


class ValidationError(CoopDeskError):
    """A value or a combination of values breaks a rule; names the field."""

    def __init__(self, field: str, code: str, /, **values: Any) -> None:
        super().__init__(code, **values)
        self.said = Message(code, values, field)
        self.args = (str(self.said),)
        self.field = field
        self.message = self.said.text  # the English line without the field

    @property
    def problem(self) -> Message:
        """What is wrong with the field's value, without naming the field."""
        return Message(self.said.code, self.said.values)


class NotFound(CoopDeskError):
    def __init__(self, kind: str, record_id: str, *, by_code: bool = False) -> None:
        code = "record.not_found_by_code" if by_code else "record.not_found"
        super().__init__(code, kind=kind, id=record_id)
        self.kind = kind
        self.record_id = record_id


class NotDeleted(CoopDeskError):
    """Asked to bring back a record that is not deleted."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__("record.not_deleted", kind=kind, id=record_id)


class UnknownKind(CoopDeskError):
    def __init__(self, kind: str, known: list[str]) -> None:
        super().__init__("record.unknown_kind", kind=kind, known=known)
        self.kind = kind


class StoreError(CoopDeskError):
    """The database cannot be opened or used as asked."""


class WrongPassphrase(StoreError):
    pass


class NotInitialised(StoreError):
    pass


class AlreadyInitialised(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class DamagedDatabase(StoreError):
    pass


class InUse(CoopDeskError):
    """A record cannot be deleted while other live records refer to it."""
