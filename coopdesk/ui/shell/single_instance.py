"""One window per data directory: a second start hands over to the first and quits.

Who holds the data directory is decided by a lock file (QLockFile: a lock left by
a process that died is taken over); the local socket that lets a later start wake
the first is opened only after the window shows, so QtNetwork is not imported
before it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAKE = b"raise\n"


def server_name(data_root: Path) -> str:
    # Qt's SHA-256 rather than hashlib's: OpenSSL is not loaded before the window shows.
    name = str(data_root.resolve()).encode("utf-8")
    digest = QCryptographicHash.hash(name, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"coopdesk-{bytes(digest.data()).decode('ascii')[:16]}"


class SingleInstance(QObject):
    """Listens for later starts on the same data directory; `activated` asks to come forward."""

    activated = Signal()

    def __init__(self, data_root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_root)
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def notify_running(self, timeout_ms: int = 500) -> bool:
        """True if another instance holds this data directory (it has been told to come
        forward, if it listens yet); this one should then quit."""
        if self._lock.tryLock(0):
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(timeout_ms):
                return True  # still starting: it holds the lock all the same
            socket.write(_WAKE)
            socket.waitForBytesWritten(timeout_ms)
            socket.disconnectFromServer()
            return True
        finally:
            socket.abort()
            socket.deleteLater()

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A server left behind by a crash: nobody answered, so take it over.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(self._on_message)

    def _on_message(self) -> None:
        for socket in list(self._clients):
            if socket.bytesAvailable() and bytes(socket.readAll().data()).startswith(_WAKE.strip()):
                self.activated.emit()

    def close(self) -> None:
        for socket in self._clients:
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
