"""Make `tests/support.py` importable from every test folder, and let the many gateways the
tests start share their compiled Hyperscan databases (`mcpwarden.detectors.hscache`): one cache
directory per test run, private to it."""

import os
import sys
import tempfile
from pathlib import Path

from mcpwarden.detectors import hscache

sys.path.insert(0, str(Path(__file__).resolve().parent))

if hscache.CACHE_ENV not in os.environ:
    os.environ[hscache.CACHE_ENV] = tempfile.mkdtemp(prefix="mcpwarden-hyperscan-")
