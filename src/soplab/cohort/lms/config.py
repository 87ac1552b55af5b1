"""The course's link to its LMS: ``lms/lti.toml`` in the course folder.

Written once, from what the LMS shows when the tool is registered (deploy/README.md,
"LTI 1.3"), for example::

    issuer = "https://canvas.instructure.com"
    client_id = "10000000000042"
    deployment_id = "7:5f1c..."
    token_url = "https://canvas.example.edu/login/oauth2/token"
    lineitems = "https://canvas.example.edu/api/lti/courses/101/line_items"
    private_key = "/srv/soplab/lti/tool-key.pem"
    key_id = "soplab-2026"
    # token_audience = "..."   # only if the LMS asks for another audience than token_url

``lineitems`` is the course's line-item service (the LTI launch carries it in the
``https://purl.imsglobal.org/spec/lti-ags/claim/endpoint`` claim); ``private_key`` is
the tool's own RSA key (``soplab lms keygen``), whose public half the hub serves as a
JWKS. Problems are reported one line each, ``lti.toml: token_url: ...``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LTI_FILE", "LtiConfig", "LtiConfigError", "read_lti_config"]

LTI_FILE = Path("lms") / "lti.toml"
_REQUIRED = ("issuer", "client_id", "token_url", "lineitems", "private_key", "key_id")


class LtiConfigError(ValueError):
    """``lms/lti.toml`` is missing or wrong; the message names the field."""


@dataclass(frozen=True)
class LtiConfig:
    issuer: str
    client_id: str
    token_url: str
    lineitems: str
    private_key: Path
    key_id: str
    deployment_id: str = ""
    token_audience: str = ""

    @property
    def audience(self) -> str:
        """The ``aud`` of the tool's client assertion: the token URL unless told otherwise."""
        return self.token_audience or self.token_url


def _is_url(text: str) -> bool:
    # plain http only for a platform on this machine (the tests' fake platform)
    return text.startswith(("https://", "http://127.0.0.1:", "http://localhost:"))


def read_lti_config(root: Path | str, path: Path | str | None = None) -> LtiConfig:
    """Read and check the course's ``lms/lti.toml`` (or ``path``)."""
    path = Path(path) if path else Path(root) / LTI_FILE
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LtiConfigError(f"{path}: not found; register the tool in the LMS and write "
                             "this file (see deploy/README.md, LTI 1.3)") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LtiConfigError(f"{name}: cannot be read ({exc})") from exc
    missing = [k for k in _REQUIRED if not str(data.get(k, "")).strip()]
    if missing:
        raise LtiConfigError(f"{name}: {missing[0]}: missing (needs {', '.join(_REQUIRED)})")
    values = {k: str(v).strip() for k, v in data.items() if isinstance(v, str | int)}
    for key in ("issuer", "token_url", "lineitems", "token_audience"):
        value = values.get(key, "")
        if value and key != "token_audience" and not _is_url(value):
            raise LtiConfigError(f"{name}: {key}: '{value}' must be an https:// address")
    key = Path(values["private_key"]).expanduser()
    if not key.is_absolute():
        key = (Path(root) / key).resolve()
    unknown = sorted(set(values) - {*_REQUIRED, "deployment_id", "token_audience"})
    if unknown:
        raise LtiConfigError(f"{name}: {unknown[0]}: not a setting of this file")
    return LtiConfig(values["issuer"], values["client_id"], values["token_url"],
                     values["lineitems"], key, values["key_id"],
                     values.get("deployment_id", ""), values.get("token_audience", ""))
