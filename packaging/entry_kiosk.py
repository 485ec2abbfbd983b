"""The `kiosk` program of the one-folder build."""

import sys

from kiosk.ui.launch import main

sys.exit(main())
