import sys

from soplab.cli import main

sys.exit(main())
