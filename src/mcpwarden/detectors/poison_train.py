"""Train the hashed n-gram model on template family A of the synthetic corpus (fixed seed).

Usage: python -m mcpwarden.detectors.poison_train [--seed N] [--epochs N] [--check]

Writes `models/poison_model.json` next to this module and prints its SHA-256, which must be
copied into `poison_model.WEIGHTS_SHA256`. `--check` retrains in memory and verifies that the
shipped file is byte-identical (reproducibility). Families B and C are never read here: they
are held-out measurements. Only the synthetic corpus is used; no record of /work/shared/data is
ever trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random

from mcpwarden.detectors import poison_model
from mcpwarden.detectors.corpus.generate import DEFAULT_SEED, build, family_by_name
from mcpwarden.detectors.poisoning import definition_texts

L2 = 1e-5
LEARNING_RATE = 0.5
EPOCHS = 8
# Weights this small change no decision; dropping them keeps the shipped file small.
MIN_WEIGHT = 1e-3


def training_set(seed: int) -> list[tuple[list[int], int]]:
    examples: list[tuple[list[int], int]] = []
    for record in build(family_by_name("a"), seed):
        texts = [text for _path, text in definition_texts(record.definition)]
        features: set[int] = set()
        for text in texts:
            features |= poison_model.hashed_features(text)
        examples.append((sorted(features), int(record.label == "poisoned")))
    return examples


def train(examples: list[tuple[list[int], int]], seed: int, epochs: int) -> poison_model.Model:
    """Class-balanced logistic regression, AdaGrad, deterministic order from `seed`."""
    positives = sum(label for _, label in examples)
    class_weight = {
        1: len(examples) / (2.0 * max(1, positives)),
        0: len(examples) / (2.0 * max(1, len(examples) - positives)),
    }
    weights: dict[int, float] = {}
    squared: dict[int, float] = {}
    bias, bias_squared = 0.0, 1e-8
    rng = random.Random(seed)  # noqa: S311 - a seeded, reproducible corpus, not a secret
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            features, label = examples[index]
            scale = 1.0 / math.sqrt(max(1, len(features)))
            margin = bias + sum(weights.get(f, 0.0) for f in features) * scale
            predicted = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, margin))))
            gradient = (predicted - label) * class_weight[label]
            bias_squared += gradient * gradient
            bias -= LEARNING_RATE * gradient / math.sqrt(bias_squared)
            for feature in features:
                old = weights.get(feature, 0.0)
                step = gradient * scale + L2 * old
                squared[feature] = squared.get(feature, 1e-8) + step * step
                weights[feature] = old - LEARNING_RATE * step / math.sqrt(squared[feature])
    kept = {f: round(w, 5) for f, w in weights.items() if abs(w) >= MIN_WEIGHT}
    return poison_model.Model(round(bias, 6), kept)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--check", action="store_true", help="verify the shipped file only")
    args = parser.parse_args(argv)
    data = poison_model.encode(train(training_set(args.seed), args.seed, args.epochs))
    digest = hashlib.sha256(data).hexdigest()
    if args.check:
        shipped = poison_model.WEIGHTS_PATH.read_bytes()
        same = shipped == data
        print(f"retrained SHA-256 {digest}; shipped file {'matches' if same else 'DIFFERS'}")
        raise SystemExit(0 if same else 1)
    poison_model.WEIGHTS_PATH.write_bytes(data)
    print(f"wrote {poison_model.WEIGHTS_PATH} ({len(data)} bytes), SHA-256 {digest}")


if __name__ == "__main__":
    main()
