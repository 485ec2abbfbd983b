"""The `kiosk` program's first step: Python's objects go to the C library's allocator
(PYTHONMALLOC=malloc), then the kiosk starts (kiosk/ui/app.py).

Python's own allocator keeps small objects in 1 MB arenas and returns an arena to the system
only once every object in it is gone. Each new catalogue (10,000 products: about 150,000
small objects, and more made and dropped while its search index is built) left arenas that
held a few objects of the next one, so the kiosk grew with every catalogue staff installed.
With glibc's allocator the kiosk's `malloc_trim` (kiosk/ui/memory.py) hands those pages
back. Measured with the soak (benchmarks/soak.py, 100,000 actions, 19 new catalogues):
+26.0 MB after warm-up with Python's allocator, +17.3 MB with glibc's.

The variable counts only when the interpreter starts, so the program starts itself once
more with it set. An operator's own PYTHONMALLOC is kept. The one-folder build's
interpreter (PyInstaller's bootloader) reads no PYTHON* variable, so it keeps Python's.
"""

import os
import sys

# What the kiosk's process runs with; the benchmarks run the kiosk with it too.
ALLOCATOR = {"PYTHONMALLOC": "malloc"}


def main() -> int:
    if "PYTHONMALLOC" not in os.environ and not getattr(sys, "frozen", False):
        os.environ.update(ALLOCATOR)
        try:
            os.execv(sys.executable, sys.orig_argv)
        except OSError:  # the kiosk still runs, with Python's allocator (app.py logs which)
            del os.environ["PYTHONMALLOC"]
    from kiosk.ui.app import main as start

    return start()
