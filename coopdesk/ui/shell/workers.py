"""Slow work off the GUI thread: a job runs a plain function on a worker thread and
reports on the GUI thread. Jobs take and return plain data and ids, never ORM objects;
each service call opens its own session."""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from coopdesk.diagnostics import crash_summary

log = logging.getLogger("coopdesk.ui")


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """`fn(*args)` on the pool; `signals.finished(result)` or `signals.failed(error)`."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except BaseException as error:  # reported on the GUI thread
            self._report(self.signals.failed, error)
            return
        self._report(self.signals.finished, result)

    def _report(self, signal: Any, value: Any) -> None:
        if self.cancelled:
            return
        with contextlib.suppress(RuntimeError):  # the application is closing
            signal.emit(value)


_running: set[Job] = set()


def wait_all(timeout_ms: int = 10_000) -> bool:
    """At exit: let running jobs end (they hold database sessions)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def start(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> Job:
    """Run `fn(*args)` on a worker; the callbacks run on the GUI thread.

    `owner`: the view the callbacks update. If it was deleted before the answer came
    (a restore or a change of language rebuilds the window), the answer is dropped;
    an error is still logged.
    """
    job = Job(fn, *args)
    _running.add(job)

    def gone() -> bool:
        return owner is not None and not isValid(owner)

    def done(result: Any) -> None:
        _running.discard(job)
        if on_done is not None and not gone():
            on_done(result)

    def failed(error: BaseException) -> None:
        _running.discard(job)
        if on_error is not None and not gone():
            on_error(error)
        else:
            log.error("background job failed: %s", crash_summary(error))

    job.signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)
    return job


def with_progress(
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    cancel_aware: bool = False,
) -> tuple[Job, QProgressDialog]:
    """Run a job behind a busy progress dialog; cancelling stops waiting for its result.
    The dialog is `parent`'s: if `parent` is deleted first, so is the answer (`start`).

    `cancel_aware`: `fn` also gets `cancelled=`, a function saying whether the person
    cancelled; it stops at its next check (an import rolls back) and how it ended is
    still reported, so the screen can say that nothing changed.
    """
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Workers", "Cancel"))
    else:
        dialog.setCancelButton(None)  # type: ignore[arg-type]

    def done(result: Any) -> None:
        dialog.reset()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        dialog.reset()
        if on_error is not None:
            on_error(error)

    stop = threading.Event()
    if cancel_aware:
        fn = functools.partial(fn, cancelled=stop.is_set)
    job = start(fn, *args, on_done=done, on_error=failed, owner=parent)

    def cancel() -> None:
        if cancel_aware:
            stop.set()
            return
        job.cancelled = True
        _running.discard(job)

    dialog.canceled.connect(cancel)
    return job, dialog
