#!/usr/bin/env bash
# Set up one machine to run the course for a cohort with JupyterHub (run as root).
#
#   deploy/setup.sh system              groups, exchange, hub folders, config files,
#                                       proxy (npm ci), systemd unit
#   deploy/setup.sh instructor NAME     account in the instructors' group, with the
#                                       course in ~NAME/course, ready for formgrader
#   deploy/setup.sh learner NAME...     accounts in the learners' group
#   deploy/setup.sh groups | exchange   parts of `system`, on their own
#
# Passwords: set each with `passwd NAME` (or `chpasswd`); PAM checks them at login.
# Settings (environment, defaults in brackets) match deploy/jupyterhub_config.py:
#   SOPLAB_VENV [the checkout's .venv]   SOPLAB_HOME_BASE [/home]
#   SOPLAB_LEARNERS_GROUP [soplab-learners]  SOPLAB_INSTRUCTORS_GROUP [soplab-instructors]
#   SOPLAB_EXCHANGE [/srv/nbgrader/exchange] SOPLAB_COURSE_ID [sop-er-best-practices]
#   SOPLAB_HUB_STATE [/srv/jupyterhub]
set -euo pipefail

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$DEPLOY")"
VENV="${SOPLAB_VENV:-$REPO/.venv}"
HOME_BASE="${SOPLAB_HOME_BASE:-/home}"
LEARNERS="${SOPLAB_LEARNERS_GROUP:-soplab-learners}"
INSTRUCTORS="${SOPLAB_INSTRUCTORS_GROUP:-soplab-instructors}"
EXCHANGE="${SOPLAB_EXCHANGE:-/srv/nbgrader/exchange}"
COURSE_ID="${SOPLAB_COURSE_ID:-sop-er-best-practices}"
STATE="${SOPLAB_HUB_STATE:-/srv/jupyterhub}"

say() { echo "setup: $*"; }
die() { echo "setup: error: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (accounts, groups and the exchange need it)"

make_groups() {
  for group in "$LEARNERS" "$INSTRUCTORS"; do
    getent group "$group" >/dev/null || { groupadd "$group"; say "group $group created"; }
  done
}

make_exchange() {
  # nbgrader needs the exchange writable by every account; the sticky bit stops
  # anyone from renaming or deleting a folder that is not theirs.
  mkdir -p "$EXCHANGE"
  chown root:root "$EXCHANGE"
  chmod 1777 "$EXCHANGE"
  say "exchange $EXCHANGE (mode 1777)"
}

new_account() {  # name group
  local name="$1" group="$2"
  if id "$name" >/dev/null 2>&1; then
    usermod -a -G "$group" "$name"
  else
    # Homes are private: a learner cannot read another learner's work.
    useradd --create-home --base-dir "$HOME_BASE" --shell /bin/bash --groups "$group" "$name"
  fi
  chmod 0700 "$(getent passwd "$name" | cut -d: -f6)"
}

add_instructor() {
  local name="$1"
  new_account "$name" "$INSTRUCTORS"
  local home course
  home="$(getent passwd "$name" | cut -d: -f6)"
  course="$home/course"
  if [ ! -e "$course" ]; then
    mkdir -p "$course"
    cp -r "$REPO/nbgrader_config.py" "$REPO/data" "$REPO/source" "$course/"
    say "course copied to $course"
  fi
  mkdir -p "$home/.jupyter"
  cat >"$home/.jupyter/nbgrader_config.py" <<EOF
# Written by deploy/setup.sh: formgrader and nbgrader work on this course folder.
c = get_config()
c.CourseDirectory.root = "$course"
EOF
  chown -R "$name:" "$course" "$home/.jupyter"
  chmod 0700 "$course"
  check_runs_as "$name" || true
  # The course's folder in the exchange belongs to its instructor from the start,
  # so nobody else can claim the name first.
  if [ -d "$EXCHANGE" ] && [ ! -e "$EXCHANGE/$COURSE_ID" ]; then
    install -d -o "$name" -g "$(id -gn "$name")" -m 0755 "$EXCHANGE/$COURSE_ID"
    say "exchange folder $EXCHANGE/$COURSE_ID belongs to $name"
  fi
  say "instructor $name ready (course in $course)"
}

check_runs_as() {  # name: the account can run the course's Python environment
  runuser -u "$1" -- "$VENV/bin/python" -c "import soplab" 2>/dev/null || {
    echo "setup: warning: $1 cannot run $VENV/bin/python; every folder on the way to the" \
         "environment and to its base Python must be searchable by all (chmod o+x)" >&2
    return 1
  }
}

add_learner() {
  new_account "$1" "$LEARNERS"
  check_runs_as "$1" || true
  say "learner $1 ready"
}

install_system() {
  make_groups
  make_exchange
  install -d -m 0700 "$STATE"
  install -d -m 0755 /etc/jupyter /etc/jupyterhub
  install -m 0644 "$DEPLOY/etc/jupyter/nbgrader_config.py" /etc/jupyter/nbgrader_config.py
  [ -x "$VENV/bin/jupyterhub" ] || die "$VENV has no jupyterhub: $VENV/bin/pip install jupyterhub"
  (cd "$DEPLOY" && npm ci --no-audit --no-fund --silent)
  cat >/etc/systemd/system/soplab-hub.service <<EOF
[Unit]
Description=JupyterHub for the SOP course
After=network.target

[Service]
User=root
Environment=SOPLAB_HUB_STATE=$STATE SOPLAB_EXCHANGE=$EXCHANGE SOPLAB_COURSE_ID=$COURSE_ID
Environment=SOPLAB_LEARNERS_GROUP=$LEARNERS SOPLAB_INSTRUCTORS_GROUP=$INSTRUCTORS
WorkingDirectory=$STATE
ExecStart=$VENV/bin/jupyterhub -f $DEPLOY/jupyterhub_config.py
Restart=on-failure

[Install]
WantedBy=multi-user.target
EOF
  say "installed; start with: systemctl daemon-reload && systemctl enable --now soplab-hub"
}

case "${1:-}" in
  system) install_system ;;
  groups) make_groups ;;
  exchange) make_exchange ;;
  instructor) [ $# -eq 2 ] || die "usage: setup.sh instructor NAME"; make_groups; add_instructor "$2" ;;
  learner) [ $# -ge 2 ] || die "usage: setup.sh learner NAME..."; make_groups
           shift; for name in "$@"; do add_learner "$name"; done ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
