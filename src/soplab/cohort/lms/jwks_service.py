"""The tool's public key set (JWKS), served by a small JupyterHub service.

The LMS is given ``https://<hub>/services/soplab-lti/jwks.json`` when the tool is
registered, and checks the tool's signed requests against it. The hub starts this
as a managed service (deploy/jupyterhub_config.py); it reads:

* ``SOPLAB_LTI_KEY``: the tool's private key file (only its public half is served);
* ``SOPLAB_LTI_KEY_ID``: the key id (``key_id`` in the course's ``lms/lti.toml``);
* ``JUPYTERHUB_SERVICE_URL`` and ``JUPYTERHUB_SERVICE_PREFIX``: where to listen and the
  path prefix, both set by the hub.

Run by hand: ``python -m soplab.cohort.lms.jwks_service``. It answers ``GET
<prefix>jwks.json`` and nothing else, needs no login (an LMS fetches it), and
serves only public data.
"""

from __future__ import annotations

import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from .keys import ToolKeyError, jwks, load_private_key

__all__ = ["main", "make_server"]


def make_server(key_file: str, key_id: str, url: str, prefix: str = "/") -> ThreadingHTTPServer:
    """An HTTP server on ``url``'s host and port that serves the JWKS at ``prefix``jwks.json."""
    body = json.dumps(jwks(load_private_key(key_file), key_id)).encode()
    paths = {prefix.rstrip("/") + "/jwks.json", "/jwks.json"}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # the hub logs requests already
            pass

        def do_GET(self):  # noqa: N802
            ok = urlsplit(self.path).path in paths
            data = body if ok else b'{"error": "not found"}'
            self.send_response(200 if ok else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Cache-Control", "max-age=300")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    where = urlsplit(url)
    return ThreadingHTTPServer((where.hostname or "127.0.0.1", where.port or 80), Handler)


def main() -> int:
    env = os.environ
    missing = [k for k in ("SOPLAB_LTI_KEY", "SOPLAB_LTI_KEY_ID") if not env.get(k)]
    if missing:
        print(f"soplab-lti: {missing[0]} is not set; see deploy/README.md (LTI 1.3)",
              file=sys.stderr)
        return 2
    try:
        server = make_server(env["SOPLAB_LTI_KEY"], env["SOPLAB_LTI_KEY_ID"],
                             env.get("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:8011"),
                             env.get("JUPYTERHUB_SERVICE_PREFIX", "/"))
    except ToolKeyError as exc:
        print(f"soplab-lti: {exc}", file=sys.stderr)
        return 2
    server.serve_forever()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
