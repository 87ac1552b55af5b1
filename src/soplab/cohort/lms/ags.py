"""LTI Advantage Assignment and Grade Services (AGS 2.0), as the tool: line items,
results and scores, with an OAuth 2 client-credentials token.

Why PyJWT + cryptography + httpx and not an LTI library: the tool needs three
small things (sign one JWT, ask for a token, send JSON), and these libraries are
widely used, kept up to date and framework-free. ``pylti1p3`` last released in
2022 and is built around Django/Flask request objects; ``ltiauthenticator`` (the
hub's login) does launches, not grades. See deploy/README.md, "Grades back".

Every refusal from the platform becomes :class:`PlatformError` with one line that
says which step failed (token, line items, results, score) and the platform's own
reason.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import jwt

from .config import LtiConfig
from .keys import load_private_key

__all__ = [
    "AgsClient", "LINEITEM", "LINEITEM_CONTAINER", "PlatformError", "RESULT_CONTAINER",
    "SCOPES", "SCORE", "client_assertion",
]

SCOPES = (
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
)
LINEITEM = "application/vnd.ims.lis.v2.lineitem+json"
LINEITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json"
RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json"
SCORE = "application/vnd.ims.lis.v1.score+json"
_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


class PlatformError(RuntimeError):
    """The LMS refused or could not be reached; one line, naming the step."""


def client_assertion(config: LtiConfig, now: float | None = None) -> str:
    """The tool's signed JWT for the client-credentials grant (RS256, ``kid`` = key_id)."""
    now = time.time() if now is None else now
    claims = {"iss": config.client_id, "sub": config.client_id, "aud": config.audience,
              "iat": int(now), "exp": int(now) + 300, "jti": uuid.uuid4().hex}
    return jwt.encode(claims, load_private_key(config.private_key), algorithm="RS256",
                      headers={"kid": config.key_id})


@dataclass
class AgsClient:
    """One conversation with the platform (a token is asked for once, on first use)."""
    config: LtiConfig
    http: httpx.Client
    _token: str = ""

    def _fail(self, step: str, response: httpx.Response) -> PlatformError:
        try:
            body = response.json()
            reason = body.get("error_description") or body.get("error") or str(body)
        except ValueError:
            reason = response.text.strip().splitlines()[0] if response.text.strip() else ""
        reason = " ".join(str(reason).split())[:200]
        return PlatformError(f"{step}: the LMS answered {response.status_code}"
                             f"{': ' + reason if reason else ''}")

    def _send(self, step: str, method: str, url: str | httpx.URL, **kwargs) -> httpx.Response:
        try:
            response = self.http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise PlatformError(f"{step}: cannot reach {httpx.URL(url).host} "
                                f"({exc.__class__.__name__}); check the address in "
                                "lms/lti.toml and the network") from exc
        if response.status_code >= 400:
            raise self._fail(step, response)
        return response

    def token(self) -> str:
        if not self._token:
            data = {"grant_type": "client_credentials", "client_assertion_type": _ASSERTION_TYPE,
                    "client_assertion": client_assertion(self.config), "scope": " ".join(SCOPES)}
            response = self._send("token", "POST", self.config.token_url, data=data)
            try:
                self._token = str(response.json()["access_token"])
            except (ValueError, KeyError, TypeError) as exc:
                raise PlatformError("token: the LMS's answer holds no access_token") from exc
        return self._token

    def _auth(self, accept: str, content: str | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token()}", "Accept": accept}
        if content:
            headers["Content-Type"] = content
        return headers

    def _pages(self, step: str, url: str | httpx.URL, accept: str,
               params: dict | None = None) -> Iterator[dict]:
        next_url: str | httpx.URL | None = url
        while next_url:
            response = self._send(step, "GET", next_url, headers=self._auth(accept),
                                  params=params)
            params = None  # the next link carries its own query
            body = response.json()
            yield from (body if isinstance(body, list) else [])
            next_url = response.links.get("next", {}).get("url")

    def line_items(self, resource_id: str, tag: str) -> list[dict]:
        """The line items the tool made for this resource (``resourceId`` and ``tag``)."""
        items = self._pages("line items", self.config.lineitems, LINEITEM_CONTAINER,
                            {"resource_id": resource_id, "tag": tag})
        return [i for i in items if i.get("resourceId") == resource_id and i.get("tag") == tag]

    def create_line_item(self, label: str, maximum: float, resource_id: str, tag: str) -> dict:
        body = {"label": label, "scoreMaximum": maximum, "resourceId": resource_id, "tag": tag}
        return self._send("line items", "POST", self.config.lineitems,
                          headers=self._auth(LINEITEM, LINEITEM), json=body).json()

    def update_line_item(self, item: dict, **changes) -> dict:
        body = {k: v for k, v in item.items() if k != "id"} | changes
        return self._send("line items", "PUT", item["id"],
                          headers=self._auth(LINEITEM, LINEITEM), json=body).json()

    @staticmethod
    def _under(item: dict, leaf: str) -> httpx.URL:
        url = httpx.URL(item["id"])
        return url.copy_with(path=url.path.rstrip("/") + "/" + leaf)

    def results(self, item: dict) -> list[dict]:
        return list(self._pages("results", self._under(item, "results"), RESULT_CONTAINER))

    def post_score(self, item: dict, score: dict) -> None:
        self._send("score", "POST", self._under(item, "scores"),
                   headers=self._auth("application/json", SCORE), json=score)
