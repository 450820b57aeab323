"""Recall and false positives of the poisoning and injection detectors on the lead's own sets
(bench/lead_sets/), written apart from the detectors' training corpora and the shared data.

    PYTHONPATH=src:bench .venv/bin/python bench/bench_lead_sets.py
"""

from __future__ import annotations

from lead_sets.outputs_set import BENIGN as BENIGN_OUTPUTS
from lead_sets.outputs_set import INJECTED
from lead_sets.tools_set import BENIGN as BENIGN_TOOLS
from lead_sets.tools_set import POISONED

from mcpwarden.detectors import injection
from mcpwarden.detectors.poisoning import score_tool


def main() -> None:
    missed_tools = [(t, d["name"]) for t, d in POISONED if not score_tool(d).flagged]
    false_tools = [d["name"] for d in BENIGN_TOOLS if score_tool(d).flagged]
    print(f"poisoning: recall {len(POISONED) - len(missed_tools)}/{len(POISONED)}, "
          f"false positives {len(false_tools)}/{len(BENIGN_TOOLS)}")
    for technique, name in missed_tools:
        print(f"  missed {technique}: {name}")
    for name in false_tools:
        print(f"  false positive: {name}")
    missed = [label for label, text in INJECTED if not injection.scan(text).injected]
    false = [text[:60] for text in BENIGN_OUTPUTS if injection.scan(text).injected]
    print(f"injection: recall {len(INJECTED) - len(missed)}/{len(INJECTED)}, "
          f"false positives {len(false)}/{len(BENIGN_OUTPUTS)}")
    for label in missed:
        print(f"  missed {label}")
    for text in false:
        print(f"  false positive: {text!r}")


if __name__ == "__main__":
    main()
