"""How the injection detector does on a writing style it was not trained on.

    PYTHONPATH=src:bench .venv/bin/python bench/bench_authors.py [--seeds 1] [--shared]

For each author of hand-written training documents (`training/authored_*.py`), the model is
retrained without that author's documents and the whole detector (rules + that model) scores the
author's injected and benign documents: recall and false positives at the shipped THRESHOLD, and
recall at the best threshold with <= 1 % false positives on that author's benign documents (an
oracle figure, for comparison between training variants only). The pooled line treats every
author's documents as unseen data for its own left-out model. `generated only` is the model trained
without any hand-written documents, the baseline the authored data must beat. `--shared` also
scores the all-authors model on the held-out generated set and the shared development data.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench_injection import HELDOUT_SEED, _evaluate, _generated, _shared

from mcpwarden.detectors import injection
from mcpwarden.detectors import injection_model as model_mod
from mcpwarden.detectors import train_injection as trainer
from mcpwarden.detectors.training import authored, blocks_heldout
from mcpwarden.detectors.training.generate import Document

MAX_FP_RATE = 0.01
Scored = list[tuple[float, Document]]


@contextmanager
def using(model: model_mod.LinearModel) -> Iterator[None]:
    """Score with `model` instead of the shipped artifact for the duration of the block."""
    shipped = model_mod.load_model
    model_mod.load_model = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        model_mod.load_model = shipped


def score(model: model_mod.LinearModel, documents: list[Document]) -> Scored:
    with using(model):
        return [(injection.scan(doc.text).score, doc) for doc in documents]


def oracle_cut(benign: list[float]) -> float:
    """Scores strictly above this flag at most 1 % of `benign`."""
    ranked = sorted(benign, reverse=True)
    allowed = int(MAX_FP_RATE * len(ranked))
    return ranked[allowed] if allowed < len(ranked) else -1.0


def summary(scored: Scored) -> str:
    attacks = [s for s, d in scored if d.injected]
    benign = [s for s, d in scored if not d.injected]
    caught = sum(s >= injection.THRESHOLD for s in attacks)
    flagged = sum(s >= injection.THRESHOLD for s in benign)
    cut = oracle_cut(benign)
    oracle = sum(s > cut for s in attacks)
    return (
        f"recall {_rate(caught, len(attacks))} FP {_rate(flagged, len(benign))} | "
        f"<=1 % FP: recall {_rate(oracle, len(attacks))} (cut {cut:.3f})"
    )


def _rate(part: int, whole: int) -> str:
    return f"{100 * part / max(1, whole):5.1f} %"


def per_category(scored: Scored) -> str:
    groups: dict[str, list[float]] = defaultdict(list)
    for value, doc in scored:
        if doc.injected:
            groups[doc.category].append(value)
    return ", ".join(
        f"{name} {sum(v >= injection.THRESHOLD for v in values)}/{len(values)}"
        for name, values in sorted(groups.items())
    )


def leave_one_out(seeds: list[int]) -> None:
    pooled: dict[str, Scored] = {"generated only": [], "other authors": []}
    for author in authored.AUTHORS:
        documents = authored.documents(author)
        for seed in seeds:
            baseline = score(trainer.fit(seed, authored.AUTHORS), documents)
            others = score(trainer.fit(seed, (author,)), documents)
            pooled["generated only"] += baseline
            pooled["other authors"] += others
            print(f"\n== {author} (seed {seed}): {len(documents)} documents")
            print(f"  generated only : {summary(baseline)}")
            print(f"  other authors  : {summary(others)}")
            print(f"    per category : {per_category(others)}")
    print("\n== pooled over authors (each scored by a model that never saw it)")
    for name, scored in pooled.items():
        print(f"  {name:15s}: {summary(scored)}")


def shared_sets(data: Path) -> None:
    model = trainer.fit(trainer.SEED)
    with using(model):
        _evaluate("held-out generated (all-authors model)", _generated(blocks_heldout,
                                                                        HELDOUT_SEED, 2000))
        if data.exists():
            for name, samples in _shared(data).items():
                _evaluate(f"{name} (all-authors model)", samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1, help="training seeds per author")
    parser.add_argument("--shared", action="store_true")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    args = parser.parse_args()
    injection.compile_gates()
    leave_one_out([trainer.SEED + index for index in range(args.seeds)])
    if args.shared:
        shared_sets(args.data)


if __name__ == "__main__":
    main()
