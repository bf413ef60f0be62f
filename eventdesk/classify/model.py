"""The event classifier: a multinomial logistic-regression head over clause features.

Stored as one `.npz` (labels, n-gram vocabulary, idf, weights; no pickle), so loading is a
file read and prediction is a few dot products.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eventdesk.classify.features import (
    dense_features,
    encode_features,
    load_encoder,
    ngram_terms,
    term_weights,
)
from eventdesk.errors import ModelError

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "event-classifier.npz"
NONE = "none"


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence and the character span of its event word; `label` when known."""

    text: str
    start: int
    end: int
    label: str | None = None
    origin: str = "real"
    id: str = ""


class EventClassifier:
    """P(label) for each clause; labels are ACLED's 25 sub-types plus `none`."""

    def __init__(self, labels: Sequence[str], vocabulary: Sequence[str], idf: np.ndarray,
                 dense_weights: np.ndarray, sparse_weights: np.ndarray, bias: np.ndarray,
                 encoder=None):
        self.labels = list(labels)
        self.vocabulary = {term: i for i, term in enumerate(vocabulary)}
        self.idf = idf.astype(np.float32)
        self.dense_weights = dense_weights.astype(np.float32)
        self.sparse_weights = sparse_weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.encoder = encoder if encoder is not None else load_encoder()

    def scores(self, examples: Sequence[Example], encoded=None) -> np.ndarray:
        """Logits, one row per example; `encoded`: `encode_features` of these examples or
        more."""
        if not examples:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        dense = dense_features(self.encoder, [e.text for e in examples],
                               [(e.start, e.end) for e in examples], encoded)
        logits = dense @ self.dense_weights + self.bias
        for row, example in enumerate(examples):
            indices, weights = term_weights(ngram_terms(example.text, (example.start, example.end)),
                                            self.vocabulary, self.idf)
            if len(indices):
                logits[row] += weights @ self.sparse_weights[indices]
        return logits

    def predict_proba(self, examples: Sequence[Example], encoded=None) -> np.ndarray:
        logits = self.scores(examples, encoded)
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def predict(self, examples: Sequence[Example], encoded=None) -> list[dict[str, float]]:
        """One {label: probability} per example."""
        probabilities = self.predict_proba(examples, encoded)
        return [dict(zip(self.labels, row.tolist(), strict=True)) for row in probabilities]

    def predict_groups(self, groups: Sequence[Sequence[Example]]
                       ) -> list[list[dict[str, float]]]:
        """`predict` of each group (a report's clauses), every group's strings encoded in
        one call; each group is scored as `predict` scores it alone, so its figures are
        the same to the bit."""
        flat = [e for group in groups for e in group]
        if not flat:
            return [[] for _ in groups]
        encoded = encode_features(self.encoder, [e.text for e in flat],
                                  [(e.start, e.end) for e in flat])
        return [self.predict(group, encoded) for group in groups]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        vocabulary = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        tmp = path.with_name(path.name + ".tmp.npz")
        try:
            np.savez_compressed(tmp, labels=np.array(self.labels),
                                vocabulary=np.array(vocabulary), idf=self.idf,
                                dense_weights=self.dense_weights.astype(np.float16),
                                sparse_weights=self.sparse_weights.astype(np.float16),
                                bias=self.bias)
            tmp.replace(path)
        finally:  # a failed write (a full disk) leaves no half model behind
            tmp.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path = MODEL_PATH, encoder=None) -> EventClassifier:
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(data["labels"].tolist(), data["vocabulary"].tolist(), data["idf"],
                           data["dense_weights"], data["sparse_weights"], data["bias"],
                           encoder=encoder)
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"the event classifier cannot be loaded ({exc}); "
                             "run `eventdesk train` to rebuild it", path=str(path)) from exc


@functools.lru_cache(maxsize=1)
def load_classifier() -> EventClassifier:
    """The classifier the `classifier` setting names (EVENTDESK_CLASSIFIER), or else the one
    shipped in the package; loaded once per process."""
    from eventdesk import settings

    return EventClassifier.load(Path(settings.get("classifier") or MODEL_PATH))
