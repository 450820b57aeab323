"""Optional back-end: a larger injection classifier in ONNX format, from a local path.

Nothing is downloaded: the user supplies the model file (and, optionally, its SHA-256, checked
before loading). `onnxruntime` (and NumPy, which it requires) are imported only when a back-end
is created; the default detector never needs them.

The model is called once per chunk of at most `chunk_chars` characters. Two input styles:

* `tokenizer=None`: the model takes one string tensor (shape `[1]`), e.g. a model exported with
  its tokenizer (onnxruntime-extensions);
* `tokenizer=callable`: `tokenizer(chunk)` returns the model's input feed
  (`{"input_ids": array, "attention_mask": array}`), e.g. from a local `tokenizers` file.

The first output is read as class scores `[1, n]` (logits or probabilities; softmax is applied
when they are not probabilities) and `positive_index` selects the injection class, or as a
single probability `[1]`/`[1, 1]`.
"""

from __future__ import annotations

import hashlib
import importlib
import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mcpwarden.detectors import injection, injection_model

Tokenizer = Callable[[str], Mapping[str, Any]]


class OnnxBackend:
    def __init__(
        self,
        model_path: str | Path,
        *,
        sha256: str | None = None,
        tokenizer: Tokenizer | None = None,
        positive_index: int = 1,
        chunk_chars: int = 2_000,
        max_chunks: int = 32,
    ) -> None:
        path = Path(model_path)
        data = path.read_bytes()
        if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256.lower():
            raise injection_model.ModelIntegrityError(
                f"ONNX model {path} does not match the expected SHA-256 {sha256}"
            )
        try:
            runtime = importlib.import_module("onnxruntime")
            self._numpy = importlib.import_module("numpy")
        except ImportError as exc:
            raise RuntimeError(
                "the ONNX back-end needs the optional packages onnxruntime and numpy"
            ) from exc
        self._session = runtime.InferenceSession(data, providers=["CPUExecutionProvider"])
        self._input_name = self._session.get_inputs()[0].name
        self._tokenizer = tokenizer
        self._positive = positive_index
        self._chunk_chars = chunk_chars
        self._max_chunks = max_chunks

    def score(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, probability) per chunk of `text`."""
        out: list[tuple[int, int, float]] = []
        for start in range(0, len(text), self._chunk_chars)[: self._max_chunks]:
            chunk = text[start : start + self._chunk_chars]
            out.append((start, start + len(chunk), self._probability(chunk)))
        return out

    def _probability(self, chunk: str) -> float:
        if self._tokenizer is None:
            feed: Mapping[str, Any] = {self._input_name: self._numpy.array([chunk], dtype=object)}
        else:
            feed = self._tokenizer(chunk)
        first = self._session.run(None, dict(feed))[0]
        values = [float(v) for v in self._numpy.asarray(first, dtype=float).reshape(-1)]
        return _positive_probability(values, self._positive)


def _positive_probability(values: list[float], positive: int) -> float:
    if len(values) == 1:
        value = values[0]
        return value if 0.0 <= value <= 1.0 else 1.0 / (1.0 + math.exp(-value))
    if not all(0.0 <= v <= 1.0 for v in values) or abs(sum(values) - 1.0) > 1e-3:
        peak = max(values)
        exps = [math.exp(v - peak) for v in values]
        values = [e / sum(exps) for e in exps]
    return values[positive]


def scan_with(text: str, backend: OnnxBackend) -> injection.Report:
    """The default scan plus the back-end's chunk scores as `model_backend` findings; the
    back-end's strongest chunk and the default score combine like two model opinions (max +
    corroboration)."""
    base = injection.scan(text)
    extra = [
        injection.Finding(start, end, "model_backend", "larger ONNX classifier score", prob)
        for start, end, prob in backend.score(text)
        if prob >= 0.2
    ]
    strongest = max((f.score for f in extra), default=0.0)
    combined = max(base.score, strongest) + 0.25 * min(base.score, strongest)
    findings = tuple(sorted((*base.findings, *extra), key=lambda f: (f.start, f.end, f.reason)))
    return injection.Report(score=round(min(0.99, combined), 4), findings=findings)
