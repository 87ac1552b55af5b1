"""The course inside the agency's LMS (LTI 1.3 and LTI Advantage).

:mod:`.config` (the course's ``lms/lti.toml``), :mod:`.keys` (the tool's RSA key and
JWKS), :mod:`.ags` (line items, results and scores over HTTP), :mod:`.push` (the
gradebook's scores to the LMS), :mod:`.jwks_service` (the hub service that serves the
JWKS). The ``soplab lms`` command is :mod:`soplab.cli.lms`.
"""

from .ags import AgsClient, PlatformError
from .config import LTI_FILE, LtiConfig, LtiConfigError, read_lti_config
from .keys import ToolKeyError, generate_key, jwks, load_private_key
from .push import PushError, PushReport, Score, plan_scores, push_assignment

__all__ = [
    "AgsClient", "LTI_FILE", "LtiConfig", "LtiConfigError", "PlatformError", "PushError",
    "PushReport", "Score", "ToolKeyError", "generate_key", "jwks", "load_private_key",
    "plan_scores", "push_assignment", "read_lti_config",
]
