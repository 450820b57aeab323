"""Train the injection detector's model from the project's own generated data (reproducible).

    python -m mcpwarden.detectors.train_injection            # write the artifact, print its hash
    python -m mcpwarden.detectors.train_injection --check    # retrain in memory, compare hashes

Pure Python (no NumPy/scikit-learn): documents come from `training.generate` with the TRAINING
blocks and a fixed seed; every sentence window is labelled by its overlap with the injected
payload; duplicate windows are dropped; a logistic regression over word uni+bigrams is fitted by
SGD `FITS` times in seeded orders and the fits are averaged; tiny weights are pruned and the
rest rounded, so the same seed gives a byte-identical artifact. The calibration cut is chosen on
a separate validation draw from the same training blocks (never on shared development data or
on the held-out blocks).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

from mcpwarden.detectors import injection
from mcpwarden.detectors import injection_model as model_mod
from mcpwarden.detectors.training import authored, blocks_train, generate

SEED = 20_261_121
TRAIN_DOCUMENTS = 10_000
VALIDATION_DOCUMENTS = 1_500
EPOCHS = 8
LEARNING_RATE = 0.2
L2 = 2e-2  # with the pairs one word apart (three times the features), stronger shrinkage
PRUNE_BELOW = 0.02
DIGITS = 3
VALIDATION_FALSE_POSITIVE_RATE = 0.005
MIN_CUT = 0.8
FITS = 5

Window = tuple[tuple[str, ...], int]

# Function words on their own say how an author writes, not what the text asks for: as features
# they learned the training authors' habits ("this" weighed more than "send"). They still count
# inside word pairs ("ignore the", "to the user").
_STYLE = (
    "a an the this that these those is are was were be been being am it its s t d of in on at"
    " by for with from as and or but if so than then there here which who whom whose what when"
    " where how why all any each every some such no not only own same other into over under"
    " again further once about above below up down out off very can will just should would"
    " could may might shall do does did doing have has had having i me my we our us he him his"
    " she her they them their"
)
STYLE_WORDS = frozenset(_STYLE.split())


def labelled_windows(documents: list[generate.Document]) -> list[Window]:
    """Unique (tokens, label) windows; windows only partly inside a payload are left out."""
    seen: set[Window] = set()
    out: list[Window] = []
    for document in documents:
        norm = injection.normalise(document.text)
        for start, end in model_mod.windows(norm.skeleton):
            segment = norm.skeleton[start:end]
            words = model_mod.model_words(segment, model_mod.tokens(segment))
            words = words[: model_mod.MAX_TOKENS]
            if len(words) < 3 or not model_mod.is_candidate(words, set(words)):
                continue
            label = _label(norm.original_span(start, end), document.payload_span)
            item = (tuple(words), label) if label is not None else None
            if item is not None and item not in seen:
                seen.add(item)
                out.append(item)
    return out


def _label(span: tuple[int, int], payload: tuple[int, int]) -> int | None:
    overlap = max(0, min(span[1], payload[1]) - max(span[0], payload[0]))
    share = overlap / max(1, span[1] - span[0])
    if share >= 0.6:
        return 1
    return 0 if share == 0 else None


def fit_averaged(windows: list[Window], seed: int) -> tuple[dict[str, float], float]:
    """The mean of `FITS` fits that differ only in their seeded visiting order: SGD on a few
    thousand windows swings with the order, the averaged model (still one linear model, so
    scoring costs the same) is steadier on text unlike the training blocks."""
    fits = [_fit_raw(windows, seed + index) for index in range(FITS)]
    names = sorted({name for weights, _ in fits for name in weights})
    mean = {name: sum(weights.get(name, 0.0) for weights, _ in fits) / FITS for name in names}
    kept = {name: round(w, DIGITS) for name, w in mean.items() if abs(w) >= PRUNE_BELOW}
    return kept, round(sum(bias for _, bias in fits) / FITS, DIGITS)


def _fit_raw(windows: list[Window], seed: int) -> tuple[dict[str, float], float]:
    vocabulary: dict[str, int] = {}
    rows: list[tuple[list[int], int]] = []
    for words, label in windows:
        ids = sorted(
            {
                vocabulary.setdefault(f, len(vocabulary))
                for f in model_mod.features(list(words))
                if f not in STYLE_WORDS
            }
        )
        rows.append((ids, label))
    positives = sum(label for _, label in rows)
    class_weight = {
        1: len(rows) / (2 * max(1, positives)),
        0: len(rows) / (2 * max(1, len(rows) - positives)),
    }
    weights = [0.0] * len(vocabulary)
    bias = 0.0
    rng = random.Random(seed)  # noqa: S311 - a seeded, reproducible order, not a secret
    order = list(range(len(rows)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = LEARNING_RATE / (1 + epoch)
        for index in order:
            ids, label = rows[index]
            total = bias + sum(weights[j] for j in ids)
            prob = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))
            gradient = (prob - label) * class_weight[label]
            bias -= rate * gradient
            for j in ids:
                weights[j] -= rate * (gradient + L2 * weights[j])
    return {name: weights[index] for name, index in vocabulary.items()}, bias


def choose_cut(model: model_mod.LinearModel, documents: list[generate.Document]) -> float:
    """Smallest window probability that flags at most the target share of benign validation docs."""
    maxima = sorted(_max_probability(model, d.text) for d in documents if not d.injected)
    allowed = int(len(maxima) * VALIDATION_FALSE_POSITIVE_RATE)
    cut = maxima[len(maxima) - 1 - allowed] + 10**-DIGITS if maxima else MIN_CUT
    return round(max(MIN_CUT, min(0.99, cut)), DIGITS)


def _max_probability(model: model_mod.LinearModel, text: str) -> float:
    skeleton = injection.normalise(text).skeleton
    best = 0.0
    for start, end in model_mod.windows(skeleton):
        segment = skeleton[start:end]
        words = model_mod.model_words(segment, model_mod.tokens(segment))[: model_mod.MAX_TOKENS]
        if len(words) >= 3 and model_mod.is_candidate(words, set(words)):
            best = max(best, model.probability(words))
    return best


def training_documents(seed: int, exclude: tuple[str, ...] = ()) -> list[generate.Document]:
    """Generated documents plus the hand-written documents of every author not in `exclude`."""
    documents = generate.generate(blocks_train, seed, TRAIN_DOCUMENTS, encode=False)
    written = authored.all_documents(exclude)
    return documents + [doc for doc in written if not authored.is_calibration(doc)]


def calibration_documents(seed: int, exclude: tuple[str, ...] = ()) -> list[generate.Document]:
    """A separate generated draw plus the hand-written documents kept out of training."""
    documents = generate.generate(blocks_train, seed + 1, VALIDATION_DOCUMENTS)
    written = authored.all_documents(exclude)
    return documents + [doc for doc in written if authored.is_calibration(doc)]


def fit(seed: int = SEED, exclude: tuple[str, ...] = ()) -> model_mod.LinearModel:
    """The calibrated model for `seed`, trained without the authors in `exclude`."""
    weights, bias = fit_averaged(labelled_windows(training_documents(seed, exclude)), seed)
    provisional = model_mod.LinearModel(weights, bias, MIN_CUT)
    cut = choose_cut(provisional, calibration_documents(seed, exclude))
    return model_mod.LinearModel(weights, bias, cut)


def train(seed: int = SEED) -> bytes:
    """The artifact bytes for `seed` (deterministic)."""
    model = fit(seed)
    weights, bias, cut = dict(model.weights), model.bias, model.cut
    artifact = {
        "format": "mcpwarden-injection-lr/2",
        "seed": seed,
        "features": (
            "word unigrams + bigrams with start marker + pairs one word apart, skeleton text, "
            "<=48 tokens/window"
        ),
        "training": (
            f"training.blocks_train x generate.generate, {TRAIN_DOCUMENTS} documents; "
            f"training.authored_* ({', '.join(authored.AUTHORS)})"
        ),
        "bias": bias,
        "cut": cut,
        "weights": weights,
    }
    return model_mod.artifact_bytes(artifact)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=None, help="default: the packaged artifact")
    parser.add_argument(
        "--check", action="store_true", help="retrain and compare with the shipped hash"
    )
    args = parser.parse_args(argv)
    data = train(args.seed)
    digest = model_mod.sha256(data)
    if args.check:
        same = digest == model_mod.MODEL_SHA256
        verdict = "matches" if same else "DIFFERS FROM"
        print(f"retrained {digest} {verdict} recorded {model_mod.MODEL_SHA256}")
        return 0 if same else 1
    out = args.out or model_mod.model_path()
    out.write_bytes(data)
    print(f"wrote {out} ({len(data)} bytes)\nsha256 {digest}")
    if digest != model_mod.MODEL_SHA256:
        print(
            "update MODEL_SHA256 in mcpwarden/detectors/injection_model.py to this hash",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
