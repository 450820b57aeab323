"""Benchmark the tool-poisoning detector on the development data (a diagnostic, not a target).

Usage: PYTHONPATH=src python bench/bench_poisoning.py [--data DIR] [--errors N]
           [--examined ORIGIN,...] [--save FILE.json] [--compare FILE.json]
           [--families a,b] [--seed N]

Reports recall and false-positive rate at the shipped global THRESHOLD, recall per origin and per
technique, recall at <= 1 % FPR from a threshold sweep (diagnostic only: the sweep is *not* used to
choose the shipped threshold), and microseconds per definition.

Leave-one-origin-out: the detector has no trained parameters, so "tuned on an origin" means "its
records were read while rules were written or changed". `--examined` names those origins (poisoned
and benign); the report then gives recall and FPR per origin, marks each origin as examined or
unseen, and totals the unseen ones separately: only those numbers say anything about new data.
`--save` writes the per-group counts as JSON and `--compare` prints them next to a saved run.
`server_tools` for each record is the other tools of the same `server` in the same file, as a
gateway would see in one tools/list.

`--families` (default "a,b") also scores the synthetic corpus of `mcpwarden.detectors.corpus`:
family A is the development/training family (its figures are in-sample), family B is the
held-out family that no rule or model was fitted on. Same fixed THRESHOLD, same report shape:
recall and FPR at the threshold, the diagnostic recall at <= 1 % FPR, and recall per technique,
obfuscation and carrier, FPR per benign category.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from mcpwarden.detectors.corpus.generate import DEFAULT_SEED, Record, build, family_by_name
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


# What a server publishes for a tool; the data set's own metadata (labels, licence, source) is
# not part of the definition and must not be scored.
MCP_TOOL_KEYS = ("name", "title", "description", "inputSchema", "outputSchema", "annotations")


def as_definition(record: dict[str, Any]) -> dict[str, Any]:
    return {key: record[key] for key in MCP_TOOL_KEYS if key in record}


def score_all(records: list[dict[str, Any]]) -> tuple[list[float], float]:
    servers = siblings(records)
    scores: list[float] = []
    started = time.perf_counter()
    for record in records:
        others = [n for n in servers[str(record.get("server", ""))] if n != record.get("name")]
        scores.append(score_tool(as_definition(record), server_tools=others).score)
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


Counts = dict[str, list[int]]  # group -> [flagged, total]


def group_counts(records: list[dict[str, Any]], scores: list[float], key: str) -> Counts:
    groups: Counts = defaultdict(lambda: [0, 0])
    for record, score in zip(records, scores, strict=True):
        counts = groups[str(record.get(key))]
        counts[0] += score >= THRESHOLD
        counts[1] += 1
    return dict(groups)


def report_groups(
    title: str,
    counts: Counts,
    before: Counts | None = None,
    examined: frozenset[str] | None = None,
) -> None:
    print(f"\n{title}" + ("   [before -> after]" if before is not None else ""))
    for name, (hits, total) in sorted(counts.items()):
        line = f"  {name:<48} "
        if before is not None:
            old = before.get(name, [0, total])
            line += f"{old[0]:>4}/{old[1]:<4} {old[0] / max(1, old[1]):6.1%}  ->  "
        line += f"{hits:>4}/{total:<4} {hits / total:6.1%}"
        if examined is not None:
            line += "  examined" if name in examined else "  UNSEEN"
        print(line)


def report_unseen(label: str, counts: Counts, examined: frozenset[str]) -> None:
    unseen = [c for name, c in counts.items() if name not in examined]
    hits, total = sum(c[0] for c in unseen), sum(c[1] for c in unseen)
    if total:
        print(f"{label} on origins nobody examined: {hits}/{total} {hits / total:6.1%}")
    else:
        print(f"{label} on origins nobody examined: no such origin (every origin was examined)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false alarms")
    parser.add_argument(
        "--examined",
        default="",
        help="comma-separated origins whose records were read while changing rules",
    )
    parser.add_argument("--save", type=Path, help="write per-group counts to this JSON file")
    parser.add_argument("--compare", type=Path, help="show a run saved with --save as 'before'")
    parser.add_argument(
        "--families", default="a,b,c,d,e", help="synthetic families to score ('' = none)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    report_shared(args)
    for family in (f.strip() for f in args.families.split(",") if f.strip()):
        report_family(family, args.seed)


def report_shared(args: argparse.Namespace) -> None:
    print("=== /work/shared/data (development data; origins listed as examined or UNSEEN) ===")
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
    examined = frozenset(o.strip() for o in args.examined.split(",") if o.strip())
    tables = {
        "recall by origin": group_counts(poisoned, pos, "origin"),
        "recall by technique": group_counts(poisoned, pos, "technique"),
        "recall by metadata_signal": group_counts(poisoned, pos, "metadata_signal"),
        "FPR on benign, by origin": group_counts(benign, neg, "origin"),
        "FPR on benign, by server": group_counts(benign, neg, "server"),
    }
    before = load_saved(args.compare) if args.compare else {}
    by_origin = {"recall by origin", "FPR on benign, by origin"}
    for title, counts in tables.items():
        marks = examined if title in by_origin else None
        report_groups(title, counts, before.get(title) if args.compare else None, marks)
    print()
    report_unseen("recall", tables["recall by origin"], examined)
    report_unseen("FPR", tables["FPR on benign, by origin"], examined)
    if args.save:
        args.save.write_text(json.dumps(tables, indent=1, sort_keys=True), encoding="utf-8")
    if args.errors:
        print_errors(poisoned, pos, benign, neg, args.errors)


FAMILY_ROLES = {
    "a": "training/development family, in-sample",
    "b": "held-out, measured once; later used for development (see docs)",
    "c": "held-out, measured once; later used for development (see docs)",
    "d": "held-out, measured once; later used for development (see docs)",
    "e": "HELD-OUT final check: measured once; only its false-alarm causes fixed (see docs)",
    "f": "round-2 development family, in-sample",
    "g": "round-2 HELD-OUT: measured once blind (see docs)",
}


def report_family(family: str, seed: int) -> None:
    role = FAMILY_ROLES.get(family, "unknown family")
    print(f"\n=== synthetic corpus family {family.upper()} ({role}), seed {seed} ===")
    records = build(family_by_name(family), seed)
    started = time.perf_counter()
    scores = [score_tool(r.definition, server_tools=r.server_tools).score for r in records]
    per_definition = (time.perf_counter() - started) / len(records) * 1e6
    pos = [s for r, s in zip(records, scores, strict=True) if r.label == "poisoned"]
    neg = [s for r, s in zip(records, scores, strict=True) if r.label == "benign"]
    hits, alarms = sum(s >= THRESHOLD for s in pos), sum(s >= THRESHOLD for s in neg)
    print(f"recall  {hits / len(pos):6.1%}  ({hits}/{len(pos)}) at the shipped threshold")
    print(f"FPR     {alarms / len(neg):6.1%}  ({alarms}/{len(neg)})")
    swept, at = recall_at_fpr(pos, neg, 0.01)
    print(f"diagnostic sweep: recall {swept:6.1%} at FPR<=1% (threshold {at:.3f}; not shipped)")
    print(f"speed: {per_definition:.0f} us/definition")
    for title, key, label in (
        ("recall by technique", "technique", "poisoned"),
        ("recall by obfuscation", "obfuscation", "poisoned"),
        ("recall by carrier", "carrier", "poisoned"),
        ("FPR by benign category", "category", "benign"),
    ):
        report_groups(title, record_counts(records, scores, key, label))


def record_counts(records: list[Record], scores: list[float], key: str, label: str) -> Counts:
    groups: Counts = defaultdict(lambda: [0, 0])
    for record, score in zip(records, scores, strict=True):
        if record.label == label:
            counts = groups[str(getattr(record, key))]
            counts[0] += score >= THRESHOLD
            counts[1] += 1
    return dict(groups)


def load_saved(path: Path) -> dict[str, Counts]:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"cannot read the saved run {path} for --compare: {exc}") from exc
    if not isinstance(saved, dict):
        raise SystemExit(f"{path} is not a run saved with --save (expected a JSON object)")
    return saved


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
        verdict = score_tool(as_definition(record), server_tools=others)
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
