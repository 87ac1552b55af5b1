"""``python -m soplab.coach TEXT`` (same as ``soplab coach TEXT``)."""

import sys

from soplab.cli.coach import main

sys.exit(main())
