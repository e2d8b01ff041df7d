"""A device's key pairs: Ed25519 to sign its bundles, X25519 to receive them."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class DeviceKeys:
    """Private keys, base64 of their raw bytes (as stored in the encrypted database)."""

    sign_private: str
    box_private: str

    @classmethod
    def generate(cls) -> DeviceKeys:
        sign = ed25519.Ed25519PrivateKey.generate().private_bytes(
            _RAW, _RAW_PRIVATE, serialization.NoEncryption()
        )
        box = x25519.X25519PrivateKey.generate().private_bytes(
            _RAW, _RAW_PRIVATE, serialization.NoEncryption()
        )
        return cls(_b64(sign), _b64(box))

    def signer(self) -> ed25519.Ed25519PrivateKey:
        return ed25519.Ed25519PrivateKey.from_private_bytes(_unb64(self.sign_private))

    def opener(self) -> x25519.X25519PrivateKey:
        return x25519.X25519PrivateKey.from_private_bytes(_unb64(self.box_private))

    @property
    def sign_public(self) -> str:
        return _b64(self.signer().public_key().public_bytes(_RAW, _RAW_PUBLIC))

    @property
    def box_public(self) -> str:
        return _b64(self.opener().public_key().public_bytes(_RAW, _RAW_PUBLIC))


def verifier(sign_public: str) -> ed25519.Ed25519PublicKey:
    return ed25519.Ed25519PublicKey.from_public_bytes(_unb64(sign_public))


def box_key(box_public: str) -> x25519.X25519PublicKey:
    return x25519.X25519PublicKey.from_public_bytes(_unb64(box_public))
