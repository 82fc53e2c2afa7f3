"""Allow `python -m briefings`."""

import sys

from briefings.cli import main

sys.exit(main())
