"""nbgrader settings for everyone on the hub (install as /etc/jupyter/nbgrader_config.py).

Learners, instructors and the nbgrader command line all read this file. The
course's own ``nbgrader_config.py`` (in the instructor's course folder) adds the
grading settings on top of it.
"""

import os
import shutil
import tempfile
from stat import S_ISGID

from nbgrader.exchange.default import ExchangeSubmit

c = get_config()  # noqa: F821 (provided by nbgrader when it reads this file)

# Must match c.CourseDirectory.course_id of the course's nbgrader_config.py.
c.CourseDirectory.course_id = os.environ.get("SOPLAB_COURSE_ID") or "sop-er-best-practices"
# World-writable with the sticky bit (1777), on a filesystem every server sees.
c.Exchange.root = os.environ.get("SOPLAB_EXCHANGE") or "/srv/nbgrader/exchange"


class PrivateSubmit(ExchangeSubmit):
    """nbgrader's submit, but the submission is readable by the instructor only.

    nbgrader leaves each submission readable (and its folder writable) by every
    account and relies on the folder's unguessable name. Here, once nbgrader has
    copied the files, they are closed to everyone but their owner (the learner)
    and the group of the exchange's ``inbound`` folder, which is the instructor's
    own group: ``inbound`` is set-group-id, so new submissions take its group.
    Where that is not so (an exchange set up differently), nbgrader's
    permissions are kept, so the instructor can still collect.
    """

    def copy_files(self):
        super().copy_files()
        dest = os.path.join(self.inbound_path, self.assignment_filename)
        inbound = os.stat(self.inbound_path)
        if not inbound.st_mode & S_ISGID or os.stat(dest).st_gid != inbound.st_gid:
            self.log.warning("Submission left readable by all: %s is not set-group-id",
                             self.inbound_path)
            return
        self._regroup(dest, inbound.st_gid)
        self.set_perms(dest, fileperms=0o640, dirperms=0o750)
        # The instructor's group may tidy the folder away later, as nbgrader expects.
        os.chmod(dest, 0o770)

    def _regroup(self, dest, gid):
        """Give the instructor's group to files nbgrader wrote after copying
        (timestamp.txt, submission_secret.txt): copying cleared the folder's
        set-group-id bit, and a learner may not chgrp to a group they are not in.
        A file made in a new folder of ``inbound`` takes its group; move it in."""
        for folder, _, names in os.walk(dest):
            for name in names:
                path = os.path.join(folder, name)
                if os.stat(path).st_gid == gid:
                    continue
                staging = tempfile.mkdtemp(dir=self.inbound_path)
                try:
                    copy = os.path.join(staging, name)
                    with open(path, "rb") as src, open(copy, "wb") as out:
                        out.write(src.read())
                    os.replace(copy, path)
                finally:
                    shutil.rmtree(staging, ignore_errors=True)


c.ExchangeFactory.submit = PrivateSubmit
