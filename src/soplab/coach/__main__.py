"""``python -m soplab.coach TEXT`` (same as ``soplab coach TEXT``)."""

import sys

from soplab.coach.cli import main

sys.exit(main())
