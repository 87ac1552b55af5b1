"""The course inside the agency's LMS (LTI 1.3 and LTI Advantage).

One concept per module, imported by name (this package imports none of them, so
that the hub and the commands load only what they use):
:mod:`.config` (the course's ``lms/lti.toml``), :mod:`.keys` (the tool's RSA key and
JWKS), :mod:`.ags` (line items, results and scores over HTTP), :mod:`.push` (the
gradebook's scores to the LMS), :mod:`.panel` (the same from the instructor
dashboard, with buttons), :mod:`.jwks_service` (the hub service that serves the
JWKS), :mod:`.hubauth` (LTI 1.3 login to the hub; imported by the hub only). Extensions
and accommodations are :mod:`soplab.cohort.extensions`. The commands are
:mod:`soplab.cli.lms` (``soplab lms``) and :mod:`soplab.cli.extend` (``soplab extend``).
"""

__all__: list[str] = []
