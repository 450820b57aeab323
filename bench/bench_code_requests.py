"""Quality and speed of the code-request detector (`mcpwarden.detectors.code_requests`).

    PYTHONPATH=src .venv/bin/python bench/bench_code_requests.py [--data /work/shared/data]

Reports:
- our generated sets (`training.code_samples`), the ``train`` split (wordings in view while the
  rules were written) and the ``heldout`` split (written separately): recall on requested
  harmful code, the share of unrequested harmful code above the threshold, false positives on
  hard benign negatives, and recall per capability, markup and language;
- the shared development data, code task only, report only (never used to choose anything):
  recall per BIPIA category and false positives on the benign code contexts, *before* (the
  injection detector as it is) and *after* (its `_code_findings` replaced by this module, i.e.
  `combined_score` below), plus false positives of *after* on every benign record;
- CPU time in µs per KB of this module on prose (the shared table and e-mail contexts) and on
  code, next to the `"```" in skeleton` check it replaces in the detector.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from mcpwarden.detectors import code_requests, injection
from mcpwarden.detectors.training import code_samples

THRESHOLD = injection.THRESHOLD


def module_score(text: str) -> float:
    """This module alone, as `_code_findings` would call it."""
    return max((item.score for item in _module_findings(text)), default=0.0)


def combined_score(text: str) -> float:
    """The injection detector's score with its `_code_findings` replaced by this module: the
    report's findings without the old `malicious_code` ones, plus ours, combined by the
    detector's own `_combine` (noisy-OR of the strongest finding per reason, model findings as
    corroboration)."""
    report = injection.scan(text)
    kept = [f for f in report.findings if f.reason != code_requests.REASON]
    return injection._combine(kept + _module_findings(text))


def _module_findings(text: str) -> list[injection.Finding]:
    norm = injection.normalise(text)
    original = text if isinstance(norm, injection._IdentitySkeleton) else None
    return [
        injection.Finding(*norm.original_span(start, end), reason, detail, score)
        for start, end, reason, detail, score in code_requests.findings(norm.skeleton, original)
    ]


# ---------------------------------------------------------------------------------------------


def _generated(split: str, count: int) -> None:
    samples = code_samples.generate(code_samples.SEED, count, split)
    scored = [(module_score(s.text), s) for s in samples]
    print(f"\n== generated, split {split!r}: {len(samples)} samples")
    for kind in code_samples.KINDS:
        group = [score for score, sample in scored if sample.kind == kind]
        rate = sum(score >= THRESHOLD for score in group) / max(1, len(group))
        label = {"requested": "recall", "unrequested": "above threshold", "benign": "FPR"}[kind]
        print(f"  {kind:<12} n={len(group):<4} {label} {rate:.1%}")
    requested = [(score, sample) for score, sample in scored if sample.kind == "requested"]
    for field in ("capability", "markup", "language"):
        groups: dict[str, list[bool]] = defaultdict(list)
        for score, sample in requested:
            groups[getattr(sample, field)].append(score >= THRESHOLD)
        cells = ", ".join(
            f"{key} {sum(hits) / len(hits):.0%} ({len(hits)})"
            for key, hits in sorted(groups.items())
        )
        print(f"    recall by {field}: {cells}")


def _shared(data: Path) -> None:
    records = [
        json.loads(line)
        for name in ("outputs_benign.jsonl", "outputs_injected.jsonl")
        for line in (data / name).read_text().splitlines()
    ]
    code = [r for r in records if r.get("task") == "code"]
    attacks = [r for r in code if r["label"] == "injected"]
    benign = [r for r in code if r["label"] == "benign"]
    print(f"\n== shared data, code task (report only): {len(attacks)} injected, "
          f"{len(benign)} benign contexts")
    for label, score in (("before", lambda t: injection.scan(t).score),
                         ("after", combined_score), ("module alone", module_score)):
        _shared_rates(label, score, attacks, benign)
    for label in ("benign", "injected"):
        group = [r for r in records if r["label"] == label]
        after = sum(combined_score(r["text"]) >= THRESHOLD for r in group)
        before = sum(injection.scan(r["text"]).score >= THRESHOLD for r in group)
        print(f"  all {len(group)} {label} records (every task): flagged before {before}, "
              f"after {after}")


def _shared_rates(
    label: str, score: Callable[[str], float], attacks: list[dict[str, str]],
    benign: list[dict[str, str]],
) -> None:
    by_category: dict[str, list[bool]] = defaultdict(list)
    for record in attacks:
        by_category[record["attack_category"]].append(score(record["text"]) >= THRESHOLD)
    caught = sum(sum(v) for v in by_category.values())
    false = sum(score(r["text"]) >= THRESHOLD for r in benign)
    print(f"  {label:<13} recall {caught / len(attacks):.1%}, benign code contexts flagged "
          f"{false}/{len(benign)}")
    for category, hits in sorted(by_category.items()):
        print(f"      {category:<40} {sum(hits) / len(hits):.0%}")


def _speed(data: Path) -> None:
    lines = (data / "outputs_benign.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    prose = [injection.normalise(r["text"]).skeleton for r in records if r["task"] != "code"]
    code = [injection.normalise(r["text"]).skeleton for r in records if r["task"] == "code"]
    generated = [
        injection.normalise(s.text).skeleton
        for s in code_samples.generate(code_samples.SEED, 400, "heldout")
    ]
    print("\n== speed (CPU time, best of 9; the machine is shared)")
    for label, texts in (("prose (shared table + e-mail)", prose),
                         ("code (shared benign code contexts)", code),
                         ("code (generated held-out documents)", generated)):
        ours = _cpu_per_kb(texts, code_requests.findings)
        gate = _cpu_per_kb(texts, lambda s: "```" in s)
        print(f"  {label:<38} {ours:7.2f} µs/KB (the replaced '```' check: {gate:.2f} µs/KB)")


def _cpu_per_kb(texts: Iterable[str], function: Callable[[str], object], repeat: int = 9) -> float:
    texts = list(texts)
    kilobytes = sum(len(t.encode()) for t in texts) / 1024
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - started)
    return best / kilobytes * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    for split in code_samples.SPLITS:
        _generated(split, args.count)
    if args.data.exists():
        _shared(args.data)
        _speed(args.data)


if __name__ == "__main__":
    main()
