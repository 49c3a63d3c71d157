"""Entry point of the frozen app (PyInstaller runs this file as `__main__`)."""

from __future__ import annotations

import multiprocessing
import sys

from cutie_app.__main__ import main

if __name__ == "__main__":
    # A frozen process-pool child re-runs this executable; freeze_support() turns it into the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
