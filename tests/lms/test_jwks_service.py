"""The hub service that serves the tool's JWKS: public half only, at its prefix."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx

from soplab.cohort.lms.keys import generate_key, jwks, load_private_key


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_service_serves_the_public_jwks_only(tmp_path):
    key = generate_key(tmp_path / "tool.pem")
    port = _port()
    env = dict(os.environ, SOPLAB_LTI_KEY=str(key), SOPLAB_LTI_KEY_ID="k1",
               JUPYTERHUB_SERVICE_URL=f"http://127.0.0.1:{port}",
               JUPYTERHUB_SERVICE_PREFIX="/services/soplab-lti/")
    proc = subprocess.Popen([sys.executable, "-m", "soplab.cohort.lms.jwks_service"], env=env)
    try:
        url = f"http://127.0.0.1:{port}/services/soplab-lti/jwks.json"
        for _ in range(100):
            try:
                response = httpx.get(url)
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert response.status_code == 200
        served = response.json()
        assert served == jwks(load_private_key(key), "k1")
        (jwk,) = served["keys"]
        assert jwk["kid"] == "k1" and jwk["alg"] == "RS256" and jwk["kty"] == "RSA"
        assert not {"d", "p", "q", "dp", "dq", "qi"} & set(jwk)  # no private parts
        assert httpx.get(f"http://127.0.0.1:{port}/services/soplab-lti/other").status_code == 404
        assert key.read_text() not in json.dumps(served)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_service_without_key_says_what_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOPLAB_LTI")}
    done = subprocess.run([sys.executable, "-m", "soplab.cohort.lms.jwks_service"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == ("soplab-lti: SOPLAB_LTI_KEY is not set; see "
                                   "deploy/README.md (LTI 1.3)")
