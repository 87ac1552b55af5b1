"""The tool's own RSA key, and its public half as a JSON Web Key Set (JWKS).

The LMS checks every request the tool signs (the client-credentials assertion of
:mod:`.ags`) against the JWKS at the address it was given when the tool was
registered; the hub serves that JWKS (:mod:`.jwks_service`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

__all__ = ["ToolKeyError", "generate_key", "jwks", "load_private_key"]


class ToolKeyError(ValueError):
    """The tool's key cannot be read or written."""


def generate_key(path: Path | str) -> Path:
    """Write a new 2048-bit RSA private key (PEM, mode 0600); never overwrite one."""
    path = Path(path)
    if path.exists():
        raise ToolKeyError(f"{path}: already exists; a new key would break the LMS's trust in "
                        "the old one (move it away first if you mean to replace it)")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    return path


def load_private_key(path: Path | str) -> rsa.RSAPrivateKey:
    path = Path(path)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as exc:
        raise ToolKeyError(f"{path}: the tool's key is not there; make one with "
                        "`soplab lms keygen` and register its JWKS in the LMS") from exc
    except (OSError, ValueError, TypeError) as exc:
        raise ToolKeyError(f"{path}: not a readable unencrypted PEM private key "
                        f"({exc.__class__.__name__})") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ToolKeyError(f"{path}: not an RSA key (LTI 1.3 signs with RS256)")
    return key


def jwks(key: rsa.RSAPrivateKey | rsa.RSAPublicKey, key_id: str) -> dict:
    """``{"keys": [<public JWK with kid, alg RS256, use sig>]}``."""
    public = key.public_key() if isinstance(key, rsa.RSAPrivateKey) else key
    jwk = json.loads(RSAAlgorithm.to_jwk(public))
    jwk.update({"kid": key_id, "alg": "RS256", "use": "sig"})
    return {"keys": [jwk]}
