"""The `kiosk-admin` program of the one-folder build."""

import sys

from kiosk.admin.cli import main

sys.exit(main())
