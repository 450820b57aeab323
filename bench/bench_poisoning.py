"""Benchmark the tool-poisoning detector on the development data (a diagnostic, not a target).

Usage: PYTHONPATH=src python bench/bench_poisoning.py [--data DIR] [--errors N]

Reports recall and false-positive rate at the shipped global THRESHOLD, recall per origin and per
technique, recall at <= 1 % FPR from a threshold sweep (diagnostic only: the sweep is *not* used to
choose the shipped threshold), and microseconds per definition. `server_tools` for each record is
the other tools of the same `server` in the same file, as a gateway would see in one tools/list.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from mcpwarden.detectors.poisoning import THRESHOLD, score_tool

DEFAULT_DATA = Path("/work/shared/data")


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def siblings(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    by_server: dict[str, list[str]] = defaultdict(list)
    for record in records:
        by_server[str(record.get("server", ""))].append(str(record.get("name", "")))
    return by_server


def score_all(records: list[dict[str, Any]]) -> tuple[list[float], float]:
    servers = siblings(records)
    scores: list[float] = []
    started = time.perf_counter()
    for record in records:
        others = [n for n in servers[str(record.get("server", ""))] if n != record.get("name")]
        scores.append(score_tool(record, server_tools=others).score)
    elapsed = time.perf_counter() - started
    return scores, elapsed / max(1, len(records)) * 1e6


def recall_at_fpr(pos: list[float], neg: list[float], max_fpr: float) -> tuple[float, float]:
    best = (0.0, 1.01)
    for threshold in sorted(set(pos + neg + [1.01])):
        fpr = sum(s >= threshold for s in neg) / max(1, len(neg))
        if fpr <= max_fpr:
            recall = sum(s >= threshold for s in pos) / max(1, len(pos))
            if recall > best[0]:
                best = (recall, threshold)
    return best


def report_groups(title: str, records: list[dict[str, Any]], scores: list[float], key: str) -> None:
    groups: dict[str, list[float]] = defaultdict(list)
    for record, score in zip(records, scores, strict=True):
        groups[str(record.get(key))].append(score)
    print(f"\n{title}")
    for name, values in sorted(groups.items()):
        hits = sum(s >= THRESHOLD for s in values)
        print(f"  {name:<48} {hits:>4}/{len(values):<4} {hits / len(values):6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false alarms")
    args = parser.parse_args()
    poisoned = load(args.data / "tools_poisoned.jsonl")
    benign = load(args.data / "tools_benign.jsonl")
    pos, us_pos = score_all(poisoned)
    neg, us_neg = score_all(benign)
    recall = sum(s >= THRESHOLD for s in pos) / len(pos)
    fpr = sum(s >= THRESHOLD for s in neg) / len(neg)
    print(f"threshold (fixed, shipped): {THRESHOLD}")
    print(f"recall  {recall:6.1%}  ({sum(s >= THRESHOLD for s in pos)}/{len(pos)})")
    print(f"FPR     {fpr:6.1%}  ({sum(s >= THRESHOLD for s in neg)}/{len(neg)})")
    metadata = [
        (r, s)
        for r, s in zip(poisoned, pos, strict=True)
        if "none_in_metadata_attack_in_response" not in r.get("metadata_signal", [])
    ]
    meta_hits = sum(s >= THRESHOLD for _, s in metadata)
    print(
        f"recall excluding attacks invisible in metadata: {meta_hits / len(metadata):6.1%}"
        f" ({meta_hits}/{len(metadata)})"
    )
    swept, at = recall_at_fpr(pos, neg, 0.01)
    print(f"diagnostic sweep: recall {swept:6.1%} at FPR<=1% (threshold {at:.3f}; not shipped)")
    print(f"speed: {us_pos:.0f} us/definition (poisoned), {us_neg:.0f} us/definition (benign)")
    report_groups("recall by origin", poisoned, pos, "origin")
    report_groups("recall by technique", poisoned, pos, "technique")
    report_groups("recall by metadata_signal", poisoned, pos, "metadata_signal")
    report_groups("flag rate on benign, by origin", benign, neg, "origin")
    if args.errors:
        print_errors(poisoned, pos, benign, neg, args.errors)


def print_errors(
    poisoned: list[dict[str, Any]],
    pos: list[float],
    benign: list[dict[str, Any]],
    neg: list[float],
    count: int,
) -> None:
    misses = [r for r, s in zip(poisoned, pos, strict=True) if s < THRESHOLD]
    alarms = [r for r, s in zip(benign, neg, strict=True) if s >= THRESHOLD]
    servers = siblings(benign)
    print("\nfalse alarms:")
    for record in alarms[:count]:
        others = [n for n in servers[str(record.get("server", ""))] if n != record.get("name")]
        verdict = score_tool(record, server_tools=others)
        print(f"  {record['id']} {record['name']} {verdict.score}")
        for found in verdict.findings:
            print(f"     {found.kind} {found.score} {found.field} {found.reason}")
    print("\nmisses:")
    for record in misses[:count]:
        print(
            f"  {record['id']} {record['technique']} {record['name']}:"
            f" {record['description'][:100]!r}"
        )


if __name__ == "__main__":
    main()
