"""`python -m app`: the same program as the `membership-register` command."""

import sys

from app.cli import main

sys.exit(main())
