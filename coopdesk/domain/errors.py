"""Errors a person can act on; each message is one line that names the problem."""


class CoopDeskError(Exception):
    """Base of every error that is shown to the user rather than logged as a bug."""


class Cancelled(CoopDeskError):
    """The person cancelled a long piece of work before it finished; nothing of it
    was kept (its transaction rolled back)."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


class ValidationError(CoopDeskError):
    """A value or a combination of values breaks a rule; names the field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(CoopDeskError):
    def __init__(self, kind: str, record_id: str, key: str = "id") -> None:
        super().__init__(f"no {kind} with {key} {record_id}")
        self.kind = kind
        self.record_id = record_id


class NotDeleted(CoopDeskError):
    """Asked to bring back a record that is not deleted."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"the {kind} {record_id} is not deleted; there is nothing to bring back")


class UnknownKind(CoopDeskError):
    def __init__(self, kind: str, known: list[str]) -> None:
        super().__init__(f"unknown record kind '{kind}' (known: {', '.join(known)})")
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
