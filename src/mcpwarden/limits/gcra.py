"""GCRA (the generic cell rate algorithm) over a theoretical arrival time per key.

A key's state is one number, its TAT: the time at which it would be back to a full burst. A
request costs one `interval`; it is admitted while the new TAT stays within `tolerance`
(burst * interval) of now. Nothing needs refilling or sweeping, and a missing key is a full one.
"""

from __future__ import annotations

from typing import Final

# A wait shorter than this is rounding noise of float timestamps, not a refusal.
SLACK: Final = 1e-6

