"""Quality and speed of the prompt-injection detector (`mcpwarden.detectors.injection`).

    PYTHONPATH=src .venv/bin/python bench/bench_injection.py [--data /work/shared/data] [--quick]

Reports, per data set: recall and false-positive rate at the shipped THRESHOLD, recall at the
best threshold with <= 1 % false positives (an oracle threshold, for information only: the
shipped threshold is never fitted to these sets), recall per attack category, and scan time in
µs per KB. Data sets:
- held-out generated set: `training.blocks_heldout` (wordings never used in training), own seed;
- validation draw from the training blocks (sanity check only);
- shared development data (BIPIA/MSB), split into two halves by `context_id` and reported
  separately: report only, never used to train or to choose thresholds.
"""

from __future__ import annotations

import argparse
import json
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from mcpwarden.detectors import injection
from mcpwarden.detectors.train_injection import SEED
from mcpwarden.detectors.training import blocks_heldout, blocks_train, generate

HELDOUT_SEED = 777
Sample = tuple[str, bool, str]  # text, injected, category


def _generated(blocks: object, seed: int, count: int) -> list[Sample]:
    documents = generate.generate(blocks, seed, count)  # type: ignore[arg-type]
    return [
        (d.text, d.injected, f"{d.category}/{d.disguise}" if d.injected else d.carrier)
        for d in documents
    ]


def _shared(data: Path) -> dict[str, list[Sample]]:
    halves: dict[str, list[Sample]] = {"shared half A": [], "shared half B": []}
    for name in ("outputs_benign.jsonl", "outputs_injected.jsonl"):
        for line in (data / name).read_text().splitlines():
            row = json.loads(line)
            context = row.get("context_id") or row["id"]
            half = "shared half A" if zlib.crc32(context.encode()) % 2 == 0 else "shared half B"
            injected = row["label"] == "injected"
            category = (
                f"{row.get('dataset')}:{row.get('attack_category')}"
                if injected
                else row.get("task", "")
            )
            halves[half].append((row["text"], injected, category))
    return halves


def _evaluate(name: str, samples: list[Sample]) -> None:
    started = time.perf_counter()
    scores = [injection.scan(text).score for text, _, _ in samples]
    elapsed = time.perf_counter() - started
    kilobytes = sum(len(text.encode()) for text, _, _ in samples) / 1024
    benign = sorted(s for s, (_, inj, _) in zip(scores, samples, strict=True) if not inj)
    attacks = [(s, cat) for s, (_, inj, cat) in zip(scores, samples, strict=True) if inj]
    flagged_benign = sum(s >= injection.THRESHOLD for s in benign)
    caught = sum(s >= injection.THRESHOLD for s, _ in attacks)
    print(f"\n== {name}: {len(attacks)} injected, {len(benign)} benign, {kilobytes:.0f} KB")
    print(
        f"  at THRESHOLD={injection.THRESHOLD}: recall {caught / max(1, len(attacks)):.1%}, "
        f"FPR {flagged_benign / max(1, len(benign)):.2%} ({flagged_benign} benign flagged)"
    )
    oracle = _oracle_threshold(benign)
    oracle_recall = sum(s >= oracle for s, _ in attacks) / max(1, len(attacks))
    print(f"  oracle threshold {oracle:.3f} (FPR <= 1 %): recall {oracle_recall:.1%}")
    print(f"  time: {elapsed / max(1e-9, kilobytes) * 1e6:.1f} µs/KB over all samples")
    _per_category(attacks)


def _oracle_threshold(benign: list[float]) -> float:
    if not benign:
        return injection.THRESHOLD
    allowed = int(len(benign) * 0.01)
    return benign[len(benign) - 1 - allowed] + 1e-6


def _per_category(attacks: Iterable[tuple[float, str]]) -> None:
    groups: dict[str, list[float]] = defaultdict(list)
    for score, category in attacks:
        groups[category].append(score)
    for category, scores in sorted(groups.items()):
        recall = sum(s >= injection.THRESHOLD for s in scores) / len(scores)
        print(f"    {category:<48} n={len(scores):<4} recall {recall:.0%}")


def _throughput(samples: list[Sample], label: str, repeat: int = 5) -> None:
    """Best of `repeat` passes, wall-clock and CPU time (the machine is shared: CPU time of this
    process is the steadier figure)."""
    texts = [text for text, injected, _ in samples if not injected]
    kilobytes = sum(len(t.encode()) for t in texts) / 1024
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            injection.scan(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(
        f"throughput on benign {label}: {best_cpu / kilobytes * 1e6:.1f} µs/KB CPU, "
        f"{best_wall / kilobytes * 1e6:.1f} µs/KB wall ({len(texts)} texts, {kilobytes:.0f} KB, "
        f"best of {repeat})"
    )


def _per_scan(texts: list[str], label: str, repeat: int = 5) -> None:
    """CPU time per scan of short texts (the fixed per-scan cost dominates there)."""
    best = float("inf")
    for _ in range(repeat):
        cpu = time.process_time()
        for text in texts:
            injection.scan(text)
        best = min(best, time.process_time() - cpu)
    size = sum(len(t.encode()) for t in texts) / max(1, len(texts))
    print(
        f"short texts, {label}: {best / max(1, len(texts)) * 1e6:.1f} µs per scan CPU "
        f"({len(texts)} texts, {size:.0f} bytes on average, best of {repeat})"
    )


def _short_texts(samples: list[Sample]) -> None:
    """300-500-byte slices of the benign shared texts, split by whether any cue word, trigger
    word or window-opening imperative occurs (the detector's cheap path) or not."""
    slices = [
        text[start : start + 400]
        for text, injected, _ in samples
        if not injected
        for start in range(0, len(text) - 300, 400)
    ]
    def cued(text: str) -> bool:
        return bool(injection._candidate_windows(injection.normalise(text).skeleton))

    _per_scan([t for t in slices if not cued(t)], "no cue words")
    _per_scan([t for t in slices if cued(t)], "with cue words")


def _stages(texts: list[str], label: str, repeat: int = 3) -> None:
    """CPU µs per KB of each detector stage on `texts` (best of `repeat`), to see where the
    time goes; the stages' inputs are computed once beforehand, so each line is that stage
    alone (the gates' Hyperscan passes are counted in their stage)."""
    kilobytes = sum(len(t.encode()) for t in texts) / 1024
    norms = [injection.normalise(t) for t in texts]
    words = [injection._word_hits(n.skeleton) for n in norms]
    pairs = list(zip(norms, words, strict=True))
    windows = [injection._candidate_windows(n.skeleton, w) for n, w in pairs]
    structure = [injection._has_structure(n.skeleton, w) for n, w in pairs]
    work = list(zip(texts, norms, words, windows, structure, strict=True))
    stages: list[tuple[str, Callable[[], object]]] = [
        ("whole scan", lambda: [injection.scan(t) for t in texts]),
        ("normalise", lambda: [injection.normalise(t) for t in texts]),
        ("word gate", lambda: [injection._word_hits(n.skeleton) for n in norms]),
        ("windows", lambda: [injection._candidate_windows(n.skeleton, w) for n, w in pairs]),
        ("rules", lambda: [injection._rule_findings(n, ws, st) for _, n, _, ws, st in work
                           if ws or st]),
        ("model", lambda: [injection._model_findings(n, ws) for _, n, _, ws, _ in work if ws]),
        ("bare tasks", lambda: [injection._bare_task_findings(n, ws) for _, n, _, ws, _ in work
                                if ws]),
        ("foreign rules", lambda: [injection._foreign_text_findings(t, n) for t, n, *_ in work
                                   if not t.isascii()]),
        ("unpack + pieces", lambda: [injection._piece_findings(t, n.skeleton, [], 0, [65536])
                                     for t, n, *_ in work]),
    ]
    print(f"stages, {label} ({len(texts)} texts, {kilobytes:.0f} KB), CPU µs/KB:")
    for name, run in stages:
        best = float("inf")
        for _ in range(repeat):
            cpu = time.process_time()
            run()
            best = min(best, time.process_time() - cpu)
        print(f"    {name:<16} {best / kilobytes * 1e6:7.1f}")


def _distinct_benign_lines(blocks: object, seed: int) -> None:
    """False positives per distinct benign line: a generated document set repeats its few
    hundred lines, so one flagged line moves the per-document rate a lot."""
    lines = {
        line
        for d in generate.generate(blocks, seed, 2000)  # type: ignore[arg-type]
        if not d.injected
        for line in d.text.split("\n")
        if len(line.split()) >= 3
    }
    flagged = sorted(line for line in lines if injection.scan(line).injected)
    print(f"  distinct benign lines flagged: {len(flagged)} of {len(lines)}")
    for line in flagged[:5]:
        print(f"    {line[:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--quick", action="store_true", help="skip the shared data")
    parser.add_argument("--speed", action="store_true", help="speed only: throughput, stages")
    args = parser.parse_args()
    injection.compile_gates()
    injection.scan("warm-up")
    heldout = _generated(blocks_heldout, HELDOUT_SEED, 2000)
    if args.speed:
        _speed(args.data, heldout)
        return
    _evaluate("held-out generated (blocks_heldout)", heldout)
    _distinct_benign_lines(blocks_heldout, HELDOUT_SEED)
    _evaluate("validation draw (blocks_train, seed+2)", _generated(blocks_train, SEED + 2, 1000))
    if not args.quick and args.data.exists():
        shared = _shared(args.data)
        for name, samples in shared.items():
            _evaluate(name, samples)
        _throughput(shared["shared half A"] + shared["shared half B"], "shared data")
        _short_texts(shared["shared half A"] + shared["shared half B"])
    _throughput(heldout, "held-out generated")


def _speed(data: Path, heldout: list[Sample]) -> None:
    """Throughput and per-stage cost on benign text: shared documents one by one and as 16 KB
    chunks, and the generated held-out set (short texts full of cue words)."""
    if data.exists():
        shared = _shared(data)
        samples = shared["shared half A"] + shared["shared half B"]
        _throughput(samples, "shared data")
        _short_texts(samples)
        lines = (data / "outputs_benign.jsonl").read_text().splitlines()
        benign = [json.loads(line)["text"] for line in lines]
        _stages(benign, "shared benign documents")
        joined = "\n\n".join(benign)
        _stages([joined[i : i + 16_000] for i in range(0, len(joined), 16_000)], "16 KB chunks")
    _throughput(heldout, "held-out generated")
    _stages([text for text, injected, _ in heldout if not injected], "held-out generated")


if __name__ == "__main__":
    main()
