"""Content detectors on the blind sets (`bench/blind_sets/`): prompt-injection recall and false
positives in tool results, secret and personal-data recall per kind, false redactions on
look-alikes, and `injection.scan` throughput.

The sets were written without looking at the detectors' rules, word lists or training data, so
these are the "unseen data" figures of issue #5. Nothing here is tuned: the shipped threshold is
used as is; the "oracle" line reports what the best threshold *for this set* would give, which is
an optimistic bound, not a figure to quote.

    PYTHONPATH=src:bench .venv/bin/python bench/bench_blind.py [--set 2|3|...|13] [--part P]

Texts are printed only with `--show-texts` (set 1). `--set 2` scores the second blind set
(`bench/blind_sets2/`, written by another engineer in session 4 without seeing the detectors or
the first set), `--set 3` the third (`bench/blind_sets3/`, session 5, written without seeing the
detectors or the earlier sets; it adds personal data), `--set 4` the fourth (`bench/blind_sets4/`,
session 6, written the same way, with more benign hard negatives), `--set 5` the fifth
(`bench/blind_sets5/`, session 7, written the same way), `--set 6` the sixth
(`bench/blind_sets6/`, later in session 7), `--set 7` to `--set 11` the seventh to
eleventh (session 8; no sentence of six words or more in more than three texts of a list; set 8
with a third of its plain attacks written as ordinary business text), `--set 12` and `--set 13`
(session 9; at least a third of the attacks of ten categories careful, workplace and consumer
carriers respectively). `--part injection` or
`--part leakage` scores one half only. Their texts are never printed, only figures per
category, so that reading the report cannot leak their wordings into the detectors. (Sets 1
and 3 to 9 have since become development sets: their misses were read after their first run;
see docs/injection-model.md.)
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterable

from blind_sets.leakage_set import Planted, Sample, build

from mcpwarden import detectors
from mcpwarden.detectors import injection, pii, secrets
from mcpwarden.detectors.leaks import Leak

MAX_FP_RATE = 0.01
SHOWN = 25


def _short(text: str, width: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:5.1f} %" if whole else "0/0"


def _oracle_cut(benign_scores: list[float]) -> float:
    """Highest benign score that must be excluded so that at most 1 % of benign texts reach the
    threshold; the oracle flags texts whose score is strictly above it."""
    allowed = int(MAX_FP_RATE * len(benign_scores))
    ranked = sorted(benign_scores, reverse=True)
    return ranked[allowed] if allowed < len(ranked) else -1.0


Labelled = list[tuple[str, str]]


def injection_report(injected_texts: Labelled, benign_texts: Labelled, show_texts: bool) -> None:
    detectors.warm_up()
    injection.scan("warm-up text for the detector")
    injected = [(category, text, injection.scan(text)) for category, text in injected_texts]
    benign = []
    started = time.perf_counter()
    for carrier, text in benign_texts:
        benign.append((carrier, text, injection.scan(text)))
    elapsed = time.perf_counter() - started
    kilobytes = sum(len(text.encode()) for _, text in benign_texts) / 1024

    hits = sum(r.injected for _, _, r in injected)
    false_positives = [(c, t, r) for c, t, r in benign if r.injected]
    print(f"== prompt injection in tool results ({len(injected)} injected, {len(benign)} benign)")
    print(f"threshold {injection.THRESHOLD} (shipped): recall {_percent(hits, len(injected))}, "
          f"false positives {_percent(len(false_positives), len(benign))}")
    cut = _oracle_cut([r.score for _, _, r in benign])
    oracle_hits = sum(r.score > cut for _, _, r in injected)
    oracle_fp = sum(r.score > cut for _, _, r in benign)
    print(f"oracle threshold (score > {cut:.3f}, chosen on this set for <= 1 % FP): recall "
          f"{_percent(oracle_hits, len(injected))}, false positives "
          f"{_percent(oracle_fp, len(benign))}")
    print(f"throughput: {1e6 * elapsed / kilobytes:.0f} µs/KB over {kilobytes:.0f} KB of benign "
          f"text ({1e3 * elapsed / len(benign):.2f} ms per text)")

    print("\nrecall per category (shipped threshold | oracle):")
    by_category: dict[str, list[float]] = defaultdict(list)
    for category, _, report in injected:
        by_category[category].append(report.score)
    for category, scores in by_category.items():
        shipped = sum(s >= injection.THRESHOLD for s in scores)
        print(f"  {category:16s} {_percent(shipped, len(scores))}   | "
              f"{sum(s > cut for s in scores)}/{len(scores)}")

    print("\nfalse positives per benign carrier (shipped threshold):")
    by_carrier: dict[str, list[bool]] = defaultdict(list)
    for carrier, _, report in benign:
        by_carrier[carrier].append(report.injected)
    flagged = {c: sum(v) for c, v in by_carrier.items() if sum(v)}
    print("  " + (", ".join(f"{c} {n}/{len(by_carrier[c])}" for c, n in sorted(flagged.items()))
                  or "none"))

    if show_texts:
        _show_texts(injected, false_positives)


def _show_texts(injected: list[tuple[str, str, injection.Report]],
                false_positives: list[tuple[str, str, injection.Report]]) -> None:
    misses = sorted((r.score, c, t) for c, t, r in injected if not r.injected)
    print(f"\nmisses ({len(misses)}, lowest score first, first {SHOWN}):")
    for score, category, text in misses[:SHOWN]:
        print(f"  {score:.3f} [{category}] {_short(text)}")
    causes = {_short(text[f.start:f.end], 50) for _, text, r in false_positives
              for f in r.findings[:1]}
    print(f"\nfalse positives ({len(false_positives)}, from {len(causes)} distinct first-finding "
          f"spans: carriers reuse filler snippets, so one snippet can cause several; "
          f"first {SHOWN}):")
    for carrier, text, report in sorted(false_positives, key=lambda x: -x[2].score)[:SHOWN]:
        reasons = ",".join(sorted({f.reason for f in report.findings}))
        print(f"  {report.score:.3f} [{carrier}] ({reasons}) {_short(text)}")


def _covers(leaks: Iterable[Leak], start: int, end: int) -> bool:
    return any(leak.start <= start and leak.end >= end for leak in leaks)


def _overlaps(leaks: Iterable[Leak], start: int, end: int) -> bool:
    return any(leak.start < end and leak.end > start for leak in leaks)


def _recall(title: str, samples: list[Sample], find: Callable[[str], list[Leak]],
            show_texts: bool = True) -> None:
    found: dict[str, list[bool]] = defaultdict(list)
    missed: dict[str, list[str]] = defaultdict(list)
    for sample in samples:
        leaks = find(sample.text)
        for planted in sample.planted:
            ok = _covers(leaks, planted.start, planted.end)
            found[planted.kind].append(ok)
            if not ok:
                partly = _overlaps(leaks, planted.start, planted.end)
                value = _short(sample.text[planted.start:planted.end], 60)
                note = " (partly covered)" if partly else ""
                missed[planted.kind].append(f"[{sample.context}]{note} {value}")
    total = sum(len(v) for v in found.values())
    print(f"\n== {title}: recall {_percent(sum(sum(v) for v in found.values()), total)}")
    for kind, values in found.items():
        print(f"  {kind:28s} {_percent(sum(values), len(values))}")
    for kind, examples in missed.items() if show_texts else ():
        for example in examples[:3]:
            print(f"    miss {kind}: {example}")


def _false_redactions(title: str, samples: list[Sample],
                      find: Callable[[str], list[Leak]], show_texts: bool = True) -> None:
    redacted: dict[str, list[bool]] = defaultdict(list)
    anything = 0
    examples: list[str] = []
    for sample in samples:
        leaks = find(sample.text)
        anything += bool(leaks)
        for planted in sample.planted:
            hit = [leak for leak in leaks if leak.start < planted.end and leak.end > planted.start]
            redacted[planted.kind].append(bool(hit))
            if hit:
                examples.append(f"{planted.kind} as {hit[0].kind}: "
                                f"{_short(sample.text[planted.start:planted.end], 70)}")
    total = sum(len(v) for v in redacted.values())
    bad = sum(sum(v) for v in redacted.values())
    print(f"\n== {title}: false redactions {_percent(bad, total)} "
          f"(any finding anywhere in the text: {_percent(anything, len(samples))})")
    print("  " + ", ".join(f"{kind} {sum(v)}/{len(v)}" for kind, v in redacted.items()))
    if "docs_example_key" in redacted:
        rest = [hit for kind, v in redacted.items() if kind != "docs_example_key" for hit in v]
        print(f"  without documented example keys (if one decides they may be redacted): "
              f"{_percent(sum(rest), len(rest))}")
    for example in examples[:SHOWN] if show_texts else ():
        print(f"    {example}")


def leakage_report(show_texts: bool) -> None:
    sets = build()
    _recall("secrets", sets.secrets, secrets.find_secrets, show_texts)
    _false_redactions("secret look-alikes", sets.secret_lookalikes, secrets.find_secrets,
                      show_texts)
    _recall("personal data", sets.pii, pii.find_pii, show_texts)
    _false_redactions("personal-data look-alikes", sets.pii_lookalikes, pii.find_pii, show_texts)


def later_set_leakage(number: int) -> None:
    """Sets 2 and 3 list (kind, text, value) secrets and (kind, text) look-alikes (set 3 also
    personal data in the same shapes); a look-alike counts as falsely redacted when anything in
    its text is reported."""
    module = importlib.import_module(f"blind_sets{number}.leakage_set")
    parts = [("secrets", "SECRETS", "LOOKALIKES", secrets.find_secrets)]
    if hasattr(module, "PII"):
        parts.append(("personal data", "PII", "PII_LOOKALIKES", pii.find_pii))
    for title, found_name, lookalike_name, find in parts:
        planted = [
            Sample(text, (Planted(kind, text.index(value), text.index(value) + len(value)),), kind)
            for kind, text, value in getattr(module, found_name)
        ]
        lookalikes = [Sample(text, (Planted(kind, 0, len(text)),), kind)
                      for kind, text in getattr(module, lookalike_name)]
        _recall(f"{title} (set {number})", planted, find, show_texts=False)
        _false_redactions(f"{title} look-alikes (set {number})", lookalikes, find,
                          show_texts=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=int, choices=tuple(range(1, 14)), default=1)
    parser.add_argument("--part", choices=("all", "injection", "leakage"), default="all")
    parser.add_argument("--show-texts", action="store_true",
                        help="set 1 only: print missed and falsely flagged texts")
    args = parser.parse_args()
    injection_part = args.part in ("all", "injection")
    leakage_part = args.part in ("all", "leakage")
    if args.set > 1:
        if injection_part:
            later = importlib.import_module(f"blind_sets{args.set}.injection_set")
            injection_report(later.INJECTED, later.BENIGN, show_texts=False)
        if leakage_part:
            later_set_leakage(args.set)
        return
    if injection_part:
        first = importlib.import_module("blind_sets.injection_set")
        injection_report(first.INJECTED, first.BENIGN, show_texts=args.show_texts)
    if leakage_part:
        leakage_report(show_texts=args.show_texts)


if __name__ == "__main__":
    main()
