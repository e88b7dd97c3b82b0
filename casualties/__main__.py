"""``python -m casualties``: the same as the ``casualties`` command."""

import sys

from .cli import main

sys.exit(main())
