"""``python -m soplab.analytics report|export ...`` (the same as ``soplab report|export``)."""

import sys

from soplab.cli import main

sys.exit(main())
