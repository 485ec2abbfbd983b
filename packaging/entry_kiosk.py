"""The `kiosk` program of the one-folder build."""

import sys

from kiosk.ui.app import main

sys.exit(main())
