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
=========================== ===============================================
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


def pre_spawn_hook(spawner) -> None:
    """Learners get the learner view; instructors keep formgrader."""
    name = spawner.user.name
    paths = [NBGRADER_CONFIG_DIR]
    if not _in_group(name, INSTRUCTORS):
        paths.insert(0, str(HERE / "etc" / "jupyter-learner"))
    # A new dict: the configured one is shared by every spawner.
    spawner.environment = {**spawner.environment,
                           "JUPYTER_CONFIG_PATH": os.pathsep.join(paths)}


c.Spawner.pre_spawn_hook = pre_spawn_hook
