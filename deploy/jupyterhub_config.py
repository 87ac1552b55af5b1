"""JupyterHub for one cohort of the course on one machine.

* Login: PAM, so every learner and instructor is a real local account (their
  password is the machine password). Only members of the learners' and the
  instructors' groups may log in.
* Servers: LocalProcessSpawner starts each person's JupyterLab as that person
  (setuid from the hub, which runs as root), from the same Python environment
  as the hub, where the course package ``soplab`` and nbgrader are installed.
* nbgrader: the hub-wide nbgrader settings (exchange folder, course id) are in
  ``etc/jupyter/nbgrader_config.py`` beside this file, installed as
  ``/etc/jupyter/nbgrader_config.py``. Instructors run formgrader in their own
  server; learners use the Assignments panel. Learners' servers do not load the
  instructor tools (``etc/jupyter-learner``).

Every setting can be changed with an environment variable of the hub process
(defaults in brackets); the end-to-end test uses these to run a private hub:

=========================== ===============================================
SOPLAB_HUB_URL              public address [http://127.0.0.1:8000/]
SOPLAB_HUB_API_URL          hub's internal address [http://127.0.0.1:8081]
SOPLAB_PROXY_API_URL        proxy's control address [http://127.0.0.1:8001]
SOPLAB_HUB_STATE            hub database, cookie secret, pid file [/srv/jupyterhub]
SOPLAB_PROXY_COMMAND        configurable-http-proxy [deploy/node_modules/.bin/..., else PATH]
SOPLAB_LEARNERS_GROUP       UNIX group of learners [soplab-learners]
SOPLAB_INSTRUCTORS_GROUP    UNIX group of instructors [soplab-instructors]
SOPLAB_EXCHANGE             nbgrader exchange [/srv/nbgrader/exchange]
SOPLAB_COURSE_ID            nbgrader course id [sop-er-best-practices]
SOPLAB_NBGRADER_CONFIG_DIR  folder of the hub-wide nbgrader_config.py [/etc/jupyter]
SOPLAB_SSL_CERT/_KEY        serve HTTPS directly (else put a TLS proxy in front)
SOPLAB_HUB_ADMINS           hub admins, comma-separated [none]
SOPLAB_AUTH                 ``pam`` (local accounts) or ``lti`` (LTI 1.3) [pam]
=========================== ===============================================

LTI 1.3 login (``SOPLAB_AUTH=lti``; deploy/README.md, "LTI 1.3", says where each
value is found in Canvas or Moodle):

=========================== ===============================================
SOPLAB_LTI_ISSUER           the platform's issuer (iss)
SOPLAB_LTI_CLIENT_ID        the tool's client id in the LMS
SOPLAB_LTI_DEPLOYMENT_IDS   accepted deployment ids, comma-separated
SOPLAB_LTI_AUTHORIZE_URL    the platform's OIDC authorization endpoint
SOPLAB_LTI_JWKS_URL         the platform's public keys (JWKS)
SOPLAB_LTI_CONTEXT_IDS      LMS course ids this hub serves [any]
SOPLAB_LTI_ROSTER           roster.csv: learners' lms_id -> account
SOPLAB_LTI_INSTRUCTORS      instructors: lms_id=account, comma-separated
JUPYTERHUB_CRYPT_KEY        keeps the LMS ids (auth_state) encrypted; set it
=========================== ===============================================

The tool's own key (grades back with ``soplab lms push``), served as a JWKS at
``/services/soplab-lti/jwks.json`` when ``SOPLAB_LTI_KEY`` (private key file) and
``SOPLAB_LTI_KEY_ID`` are set (``SOPLAB_LTI_JWKS_PORT`` [8011]).
"""

import grp
import os
import pwd
import sys
from pathlib import Path

c = get_config()  # noqa: F821 (provided by JupyterHub when it reads this file)

HERE = Path(__file__).resolve().parent


def setting(name: str, default: str) -> str:
    return os.environ.get(name) or default


STATE = Path(setting("SOPLAB_HUB_STATE", "/srv/jupyterhub"))
LEARNERS = setting("SOPLAB_LEARNERS_GROUP", "soplab-learners")
INSTRUCTORS = setting("SOPLAB_INSTRUCTORS_GROUP", "soplab-instructors")
NBGRADER_CONFIG_DIR = setting("SOPLAB_NBGRADER_CONFIG_DIR", "/etc/jupyter")
# The single-user servers run from the hub's own environment (the course venv).
ENV_BIN = Path(sys.prefix) / "bin"

# --- network -------------------------------------------------------------
c.JupyterHub.bind_url = setting("SOPLAB_HUB_URL", "http://127.0.0.1:8000/")
c.JupyterHub.hub_bind_url = setting("SOPLAB_HUB_API_URL", "http://127.0.0.1:8081")
c.ConfigurableHTTPProxy.api_url = setting("SOPLAB_PROXY_API_URL", "http://127.0.0.1:8001")
_local_proxy = HERE / "node_modules" / ".bin" / "configurable-http-proxy"
c.ConfigurableHTTPProxy.command = [setting(
    "SOPLAB_PROXY_COMMAND",
    str(_local_proxy) if _local_proxy.exists() else "configurable-http-proxy")]
if os.environ.get("SOPLAB_SSL_CERT"):
    c.JupyterHub.ssl_cert = os.environ["SOPLAB_SSL_CERT"]
    c.JupyterHub.ssl_key = os.environ["SOPLAB_SSL_KEY"]

# --- the hub's own files (root only) -------------------------------------
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")

# --- who may log in ------------------------------------------------------
LTI_LOGIN = setting("SOPLAB_AUTH", "pam") == "lti"


def _list(name: str) -> set[str]:
    return {item.strip() for item in setting(name, "").split(",") if item.strip()}


if LTI_LOGIN:
    # Launched from the LMS (LTI 1.3): the course's checks are in soplab.cohort.lms.hubauth.
    c.JupyterHub.authenticator_class = "soplab.cohort.lms.hubauth.CourseLTI13Authenticator"
    lti = c.CourseLTI13Authenticator
    lti.issuer = setting("SOPLAB_LTI_ISSUER", "")
    lti.client_id = _list("SOPLAB_LTI_CLIENT_ID")
    lti.deployment_ids = _list("SOPLAB_LTI_DEPLOYMENT_IDS")
    lti.authorize_url = setting("SOPLAB_LTI_AUTHORIZE_URL", "")
    lti.jwks_endpoint = setting("SOPLAB_LTI_JWKS_URL", "")
    lti.context_ids = _list("SOPLAB_LTI_CONTEXT_IDS")
    lti.roster_file = setting("SOPLAB_LTI_ROSTER", "")
    lti.instructor_accounts = dict(pair.split("=", 1) for pair in _list("SOPLAB_LTI_INSTRUCTORS"))
    lti.learners_group, lti.instructors_group = LEARNERS, INSTRUCTORS
    lti.tool_name = "Best Practices for ER (SOP)"
    # The authenticator itself refuses anyone not on the roster or instructor list.
    c.Authenticator.allow_all = True
    c.Authenticator.manage_groups = True
    c.Authenticator.enable_auth_state = bool(os.environ.get("JUPYTERHUB_CRYPT_KEY"))
else:
    c.JupyterHub.authenticator_class = "pam"
    c.PAMAuthenticator.allowed_groups = {LEARNERS, INSTRUCTORS}
# Instructors need no hub-admin rights to teach; name hub admins explicitly.
c.Authenticator.admin_users = {
    name for name in setting("SOPLAB_HUB_ADMINS", "").split(",") if name}


# --- the single-user servers ---------------------------------------------
def _in_group(username: str, group: str) -> bool:
    try:
        info = grp.getgrnam(group)
        user = pwd.getpwnam(username)
    except KeyError:
        return False
    return username in info.gr_mem or user.pw_gid == info.gr_gid


c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(ENV_BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.environment = {
    # nbgrader calls its helper tools (alembic) by name.
    "PATH": f"{ENV_BIN}:/usr/local/bin:/usr/bin:/bin",
    "SOPLAB_EXCHANGE": setting("SOPLAB_EXCHANGE", "/srv/nbgrader/exchange"),
    "SOPLAB_COURSE_ID": setting("SOPLAB_COURSE_ID", "sop-er-best-practices"),
}


def _is_instructor(user) -> bool:
    """With LTI, the role of the latest launch (hub group); else the UNIX group."""
    if LTI_LOGIN:
        return INSTRUCTORS in {group.name for group in user.groups}
    return _in_group(user.name, INSTRUCTORS)


def pre_spawn_hook(spawner) -> None:
    """Learners get the learner view; instructors keep formgrader."""
    paths = [NBGRADER_CONFIG_DIR]
    if not _is_instructor(spawner.user):
        paths.insert(0, str(HERE / "etc" / "jupyter-learner"))
    # A new dict: the configured one is shared by every spawner.
    spawner.environment = {**spawner.environment,
                           "JUPYTER_CONFIG_PATH": os.pathsep.join(paths)}


c.Spawner.pre_spawn_hook = pre_spawn_hook


# --- the tool's public key for the LMS (LTI Advantage grades) -------------
if os.environ.get("SOPLAB_LTI_KEY"):
    _jwks_port = setting("SOPLAB_LTI_JWKS_PORT", "8011")
    c.JupyterHub.services = [{
        "name": "soplab-lti",
        "url": f"http://127.0.0.1:{_jwks_port}",
        "command": [sys.executable, "-m", "soplab.cohort.lms.jwks_service"],
        "environment": {"SOPLAB_LTI_KEY": os.environ["SOPLAB_LTI_KEY"],
                        "SOPLAB_LTI_KEY_ID": setting("SOPLAB_LTI_KEY_ID", "soplab-1")},
    }]
