"""Hashed n-gram logistic regression over a definition's normalised text (pure Python at run time).

Features: word unigrams, word bigrams and 5-letter word prefixes of the lower-cased, homoglyph-
folded skeleton (CJK/kana/hangul characters count as words), hashed with CRC-32 into 2**20
buckets, binary, scaled by 1/sqrt(n). The weights are trained by `poison_train` on template
family A of `detectors/corpus` only (fixed seed) and shipped as
`detectors/models/poison_model.json`; the file's SHA-256 is checked at load, and a mismatch fails
closed (the detector refuses to score rather than silently dropping the model).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DIM_BITS = 20
_MASK = (1 << DIM_BITS) - 1
WEIGHTS_PATH = Path(__file__).with_name("models") / "poison_model.json"
# Written by `python -m mcpwarden.detectors.poison_train`; update together with the file.
WEIGHTS_SHA256 = "f58c1dd265b0c412e64e30a4f7d763963a6a2940e0fb462eea737f3fc14970bb"
FORMAT = "mcpwarden-poison-ngram/1"

_TOKEN = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\W_\u3040-\u30ff\u3400-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff]+"
)
_MAX_TOKENS = 4_000


class ModelIntegrityError(RuntimeError):
    """The shipped weights do not match their recorded SHA-256."""


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: dict[int, float]

    def contributions(self, texts: Sequence[str]) -> tuple[float, list[float]]:
        """Probability of poisoning and each text's share of the decision (same order)."""
        per_text = [hashed_features(t) for t in texts]
        total = sum(len(f) for f in per_text)
        if total == 0:
            return _sigmoid(self.bias), [0.0 for _ in texts]
        scale = 1.0 / math.sqrt(total)
        shares = [sum(self.weights.get(i, 0.0) for i in f) * scale for f in per_text]
        return _sigmoid(self.bias + sum(shares)), shares


def _sigmoid(value: float) -> float:
    if value < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)[:_MAX_TOKENS]


def feature_names(text: str) -> Iterable[str]:
    words = tokens(text)
    previous = "^"
    for word in words:
        yield word
        yield previous + " " + word
        if len(word) > 6:
            yield word[:5] + "~"
        previous = word


def hashed_features(text: str) -> set[int]:
    return {zlib.crc32(name.encode("utf-8")) & _MASK for name in feature_names(text)}


def encode(model: Model) -> bytes:
    """Deterministic JSON: same model, same bytes (the SHA-256 pins it)."""
    document = {
        "format": FORMAT,
        "dim_bits": DIM_BITS,
        "bias": model.bias,
        "weights": [[index, weight] for index, weight in sorted(model.weights.items())],
    }
    return json.dumps(document, separators=(",", ":"), sort_keys=True).encode("utf-8")


def decode(data: bytes) -> Model:
    try:
        document = json.loads(data)
        if document.get("format") != FORMAT or document.get("dim_bits") != DIM_BITS:
            raise ModelIntegrityError("poison_model.json is not a mcpwarden poisoning model")
        weights = {int(index): float(weight) for index, weight in document["weights"]}
        return Model(float(document["bias"]), weights)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ModelIntegrityError(f"poison_model.json is malformed: {exc}") from exc


@lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model, verified against WEIGHTS_SHA256 (fails closed on a mismatch)."""
    return verified(WEIGHTS_PATH.read_bytes())


def verified(data: bytes, expected: str = WEIGHTS_SHA256) -> Model:
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected:
        raise ModelIntegrityError(
            f"{WEIGHTS_PATH.name} has SHA-256 {digest}, expected {expected}; reinstall"
            " mcpwarden or retrain with `python -m mcpwarden.detectors.poison_train`"
        )
    return decode(data)
