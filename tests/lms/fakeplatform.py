"""A fake LTI 1.3 platform (an LMS) on 127.0.0.1, for the tests: no internet needed.

It has its own RSA key and JWKS, signs id_tokens for launches (OIDC login
initiation -> authorization endpoint -> form post to the tool), runs a token
endpoint for the client-credentials grant (it checks the tool's signed assertion
against the tool's public key), and AGS line-item, score and result endpoints.
It follows the specs strictly where a real LMS would refuse (content types,
audience, expiry, scopes, required score fields) and records what it received.

    with FakePlatform(client_id="soplab-tool", tool_jwks=jwks(...)) as lms:
        lms.url, lms.token_url, lms.lineitems_url, lms.scores, lms.requests
"""

from __future__ import annotations

import html
import json
import re
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

__all__ = ["FakePlatform", "LaunchUser", "login_form_fields"]

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"
SCOPE_RESULT = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly"
SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
ROLE_LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
ROLE_INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
ACTIVITY = {"Initialized", "Started", "InProgress", "Submitted", "Completed"}
GRADING = {"FullyGraded", "Pending", "PendingManual", "Failed", "NotReady"}


@dataclass
class LaunchUser:
    sub: str
    name: str
    roles: list[str]
    email: str = ""
    lms_user_id: str = ""  # the LMS's own id (Canvas: $Canvas.user.id), a custom claim


@dataclass
class _State:
    lineitems: dict[int, dict] = field(default_factory=dict)
    results: dict[int, dict[str, dict]] = field(default_factory=dict)
    scores: list[dict] = field(default_factory=list)  # every score received, with its item
    requests: list[tuple[str, str]] = field(default_factory=list)
    tokens: dict[str, tuple[float, set[str]]] = field(default_factory=dict)
    launches: dict[str, LaunchUser] = field(default_factory=dict)  # login_hint -> user
    token_refusals: list[str] = field(default_factory=list)


class FakePlatform:
    def __init__(self, client_id: str = "soplab-tool", deployment_id: str = "dep-1",
                 tool_jwks: dict | None = None, redirect_uris: tuple[str, ...] = (),
                 context: dict | None = None):
        self.client_id = client_id
        self.deployment_id = deployment_id
        self.tool_jwks = tool_jwks or {"keys": []}
        self.redirect_uris = set(redirect_uris)
        self.context = context or {"id": "course-er-2026", "label": "ER-SOP",
                                   "title": "Best Practices for ER (2026 cohort)"}
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = "platform-" + secrets.token_hex(4)
        self.state = _State()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # ---- addresses ----------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    issuer = property(lambda self: self.url)
    token_url = property(lambda self: self.url + "/token")
    jwks_url = property(lambda self: self.url + "/jwks")
    auth_url = property(lambda self: self.url + "/auth")
    lineitems_url = property(lambda self: self.url + "/courses/er/lineitems")

    @property
    def scores(self) -> list[dict]:
        return self.state.scores

    @property
    def requests(self) -> list[tuple[str, str]]:
        return self.state.requests

    def __enter__(self) -> FakePlatform:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def jwks(self) -> dict:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": self.kid, "alg": "RS256", "use": "sig"})
        return {"keys": [jwk]}

    # ---- launches -------------------------------------------------------------------
    def login_initiation(self, user: LaunchUser, target_link_uri: str) -> dict[str, str]:
        """The parameters the platform sends to the tool's OIDC login URL."""
        hint = secrets.token_hex(8)
        with self._lock:
            self.state.launches[hint] = user
        return {"iss": self.issuer, "login_hint": hint, "target_link_uri": target_link_uri,
                "lti_message_hint": "rl-1", "client_id": self.client_id,
                "lti_deployment_id": self.deployment_id}

    def id_token(self, user: LaunchUser, nonce: str, *, target_link_uri: str = "",
                 issuer: str | None = None, audience: str | None = None,
                 deployment_id: str | None = None, expires_in: int = 300,
                 key: rsa.RSAPrivateKey | None = None, unsigned: bool = False) -> str:
        """A signed LtiResourceLinkRequest id_token; the keywords make bad ones."""
        now = int(time.time())
        claims = {
            "iss": issuer or self.issuer, "aud": audience or self.client_id,
            "azp": self.client_id, "sub": user.sub, "iat": now - 5, "exp": now + expires_in,
            "nonce": nonce, "name": user.name, "email": user.email,
            "given_name": user.name.split()[0], "family_name": user.name.split()[-1],
            LTI + "message_type": "LtiResourceLinkRequest", LTI + "version": "1.3.0",
            LTI + "deployment_id": deployment_id or self.deployment_id,
            LTI + "target_link_uri": target_link_uri,
            LTI + "resource_link": {"id": "rl-1", "title": "The course"},
            LTI + "roles": user.roles, LTI + "context": self.context,
            LTI + "custom": {"lms_user_id": user.lms_user_id} if user.lms_user_id else {},
            AGS_CLAIM: {"scope": [SCOPE_LINEITEM, SCOPE_RESULT, SCOPE_SCORE],
                        "lineitems": self.lineitems_url},
        }
        if unsigned:
            return jwt.encode(claims, None, algorithm="none")
        return jwt.encode(claims, key or self.key, algorithm="RS256",
                          headers={"kid": self.kid})

    def authorize(self, params: dict[str, str], **bad) -> tuple[str, dict[str, str]]:
        """The authorization endpoint, called directly: check the tool's authentication
        request and return (redirect_uri, form fields) that the browser would post."""
        problems = []
        for key, want in (("scope", "openid"), ("response_type", "id_token"),
                          ("response_mode", "form_post"), ("prompt", "none"),
                          ("client_id", self.client_id)):
            if params.get(key) != want:
                problems.append(f"{key} must be {want}")
        if self.redirect_uris and params.get("redirect_uri") not in self.redirect_uris:
            problems.append("redirect_uri is not registered")
        user = self.state.launches.get(params.get("login_hint", ""))
        if user is None:
            problems.append("unknown login_hint")
        if not params.get("nonce") or not params.get("state"):
            problems.append("nonce and state are required")
        if problems:
            raise ValueError("; ".join(problems))
        token = self.id_token(user, params["nonce"],
                              target_link_uri=params.get("redirect_uri", ""), **bad)
        return params["redirect_uri"], {"id_token": token, "state": params["state"]}

    # ---- the HTTP side --------------------------------------------------------------
    def _check_assertion(self, form: dict[str, str]) -> set[str]:
        if form.get("grant_type") != "client_credentials":
            raise PermissionError("unsupported_grant_type")
        if form.get("client_assertion_type") != \
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer":
            raise PermissionError("invalid_request: client_assertion_type")
        assertion = form.get("client_assertion", "")
        try:
            header = jwt.get_unverified_header(assertion)
        except jwt.PyJWTError as exc:
            raise PermissionError(f"invalid_client: {exc}") from exc
        keys = {k.get("kid"): k for k in self.tool_jwks.get("keys", [])}
        if header.get("alg") != "RS256" or header.get("kid") not in keys:
            raise PermissionError("invalid_client: unknown key id or algorithm")
        public = RSAAlgorithm.from_jwk(json.dumps(keys[header["kid"]]))
        try:
            claims = jwt.decode(assertion, public, algorithms=["RS256"],
                                audience=self.token_url, options={"require": ["exp", "iat",
                                                                              "jti"]})
        except jwt.PyJWTError as exc:
            raise PermissionError(f"invalid_client: {exc}") from exc
        if claims.get("iss") != self.client_id or claims.get("sub") != self.client_id:
            raise PermissionError("invalid_client: iss and sub must be the client_id")
        wanted = set(form.get("scope", "").split())
        allowed = {SCOPE_LINEITEM, SCOPE_RESULT, SCOPE_SCORE}
        if not wanted or not wanted <= allowed:
            raise PermissionError("invalid_scope")
        return wanted

    def _handler(self):
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body=None, ctype="application/json",
                      headers: dict | None = None):
                data = b"" if body is None else (
                    body.encode() if isinstance(body, str) else json.dumps(body).encode())
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _bearer(self, scope: str) -> bool:
                auth = self.headers.get("Authorization", "")
                token = auth[7:] if auth.startswith("Bearer ") else ""
                found = platform.state.tokens.get(token)
                if not found or found[0] < time.time() or scope not in found[1]:
                    self._send(401, {"error": "invalid_token"})
                    return False
                return True

            def do_GET(self):  # noqa: N802
                self._route("GET")

            def do_POST(self):  # noqa: N802
                self._route("POST")

            def do_PUT(self):  # noqa: N802
                self._route("PUT")

            def _route(self, method: str):
                parts = urlsplit(self.path)
                path, query = parts.path, parse_qs(parts.query)
                body = self._body() if method in ("POST", "PUT") else b""
                with platform._lock:
                    platform.state.requests.append((method, path))
                if path == "/jwks" and method == "GET":
                    return self._send(200, platform.jwks())
                if path == "/auth":
                    params = {k: v[0] for k, v in (parse_qs(body.decode()) if method == "POST"
                                                   else query).items()}
                    try:
                        target, fields = platform.authorize(params)
                    except ValueError as exc:
                        return self._send(400, {"error": "invalid_request",
                                                "error_description": str(exc)})
                    inputs = "".join(f'<input type="hidden" name="{k}" value="{html.escape(v)}">'
                                     for k, v in fields.items())
                    page = (f'<form method="post" action="{html.escape(target)}">{inputs}'
                            "</form><script>document.forms[0].submit()</script>")
                    return self._send(200, page, "text/html")
                if path == "/token" and method == "POST":
                    form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
                    try:
                        scopes = platform._check_assertion(form)
                    except PermissionError as exc:
                        platform.state.token_refusals.append(str(exc))
                        error, _, detail = str(exc).partition(": ")
                        return self._send(400 if error != "invalid_client" else 401,
                                          {"error": error, "error_description": detail})
                    token = secrets.token_urlsafe(24)
                    platform.state.tokens[token] = (time.time() + 3600, scopes)
                    return self._send(200, {"access_token": token, "token_type": "Bearer",
                                            "expires_in": 3600, "scope": " ".join(scopes)})
                return self._ags(method, path, query, body)

            def _ags(self, method, path, query, body):
                base = "/courses/er/lineitems"
                match = re.fullmatch(re.escape(base) + r"(?:/(\d+)(?:/(scores|results))?)?",
                                     path)
                if not match:
                    return self._send(404, {"error": "not found"})
                item_no, leaf = match.group(1), match.group(2)
                state = platform.state
                if item_no is None:
                    if not self._bearer(SCOPE_LINEITEM):
                        return None
                    if method == "GET":
                        items = [i for i in state.lineitems.values()
                                 if all(i.get(f) == query[q][0] for q, f in
                                        (("resource_id", "resourceId"), ("tag", "tag"))
                                        if q in query)]
                        return self._send(200, items, "application/vnd.ims.lis.v2."
                                                      "lineitemcontainer+json")
                    if self.headers.get("Content-Type") != \
                            "application/vnd.ims.lis.v2.lineitem+json":
                        return self._send(415, {"error": "lineitem content type required"})
                    item = json.loads(body)
                    if not item.get("label") or not float(item.get("scoreMaximum", 0)) > 0:
                        return self._send(400, {"error": "label and scoreMaximum > 0 needed"})
                    with platform._lock:
                        number = len(state.lineitems) + 1
                        item["id"] = f"{platform.url}{base}/{number}"
                        state.lineitems[number] = item
                        state.results[number] = {}
                    return self._send(201, item, "application/vnd.ims.lis.v2.lineitem+json")
                number = int(item_no)
                if number not in state.lineitems:
                    return self._send(404, {"error": "no such line item"})
                if leaf is None:
                    if not self._bearer(SCOPE_LINEITEM):
                        return None
                    if method == "PUT":
                        item = json.loads(body) | {"id": state.lineitems[number]["id"]}
                        state.lineitems[number] = item
                    return self._send(200, state.lineitems[number],
                                      "application/vnd.ims.lis.v2.lineitem+json")
                if leaf == "results" and method == "GET":
                    if not self._bearer(SCOPE_RESULT):
                        return None
                    return self._send(200, list(state.results[number].values()),
                                      "application/vnd.ims.lis.v2.resultcontainer+json")
                if leaf == "scores" and method == "POST":
                    if not self._bearer(SCOPE_SCORE):
                        return None
                    if self.headers.get("Content-Type") != "application/vnd.ims.lis.v1.score+json":
                        return self._send(415, {"error": "score content type required"})
                    score = json.loads(body)
                    if (not score.get("userId") or score.get("activityProgress") not in ACTIVITY
                            or score.get("gradingProgress") not in GRADING
                            or not score.get("timestamp")
                            or ("scoreGiven" in score and "scoreMaximum" not in score)):
                        return self._send(400, {"error": "invalid score"})
                    with platform._lock:
                        state.scores.append(score | {"lineitem": number})
                        result = {"id": f"{platform.url}{base}/{number}/results/"
                                        f"{uuid.uuid5(uuid.NAMESPACE_URL, score['userId'])}",
                                  "scoreOf": state.lineitems[number]["id"],
                                  "userId": score["userId"], "comment": score.get("comment")}
                        if "scoreGiven" in score:
                            result["resultScore"] = score["scoreGiven"]
                            result["resultMaximum"] = score["scoreMaximum"]
                        state.results[number][score["userId"]] = result
                    return self._send(204)
                return self._send(405, {"error": "method not allowed"})

        return Handler


def login_form_fields(page: str) -> tuple[str, dict[str, str]]:
    """(action, fields) of the platform's auto-submitting form (what a browser posts)."""
    action = html.unescape(re.search(r'action="([^"]*)"', page).group(1))
    fields = {m.group(1): html.unescape(m.group(2))
              for m in re.finditer(r'name="([^"]+)" value="([^"]*)"', page)}
    return action, fields

