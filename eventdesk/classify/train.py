"""Training and cross-validation of the event classifier (needs scikit-learn).

Deterministic for a seed: the vocabulary is sorted, folds are seeded, and the solver
(L-BFGS) is deterministic. Synthetic sentences are training material only: cross-validation
scores the real sentences of each held-out fold.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from eventdesk.classify.features import dense_features, load_encoder, ngram_terms, term_weights
from eventdesk.classify.model import EventClassifier, Example
from eventdesk.errors import InputError

MIN_DF = 2
DEFAULT_C = 20.0


@dataclass(slots=True)
class Report:
    """Cross-validated figures on the real sentences."""

    weighted_f1: float
    macro_f1: float
    accuracy: float
    per_class: dict[str, dict[str, float]]
    n: int


def _vocabulary(term_lists: Sequence[list[str]]) -> tuple[list[str], np.ndarray]:
    df: Counter[str] = Counter()
    for terms in term_lists:
        df.update(set(terms))
    vocabulary = sorted(t for t, n in df.items() if n >= MIN_DF)
    n_docs = len(term_lists)
    idf = np.array([math.log((1 + n_docs) / (1 + df[t])) + 1.0 for t in vocabulary],
                   dtype=np.float32)
    return vocabulary, idf


def _sparse(term_lists, vocabulary: list[str], idf: np.ndarray):
    from scipy.sparse import csr_matrix

    index = {t: i for i, t in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    for row, terms in enumerate(term_lists):
        indices, weights = term_weights(terms, index, idf)
        rows.extend([row] * len(indices))
        cols.extend(indices.tolist())
        vals.extend(weights.tolist())
    return csr_matrix((vals, (rows, cols)), shape=(len(term_lists), len(vocabulary)),
                      dtype=np.float32)


def fit(examples: Sequence[Example], *, seed: int = 0, c: float = DEFAULT_C,
        dense: np.ndarray | None = None, encoder=None) -> EventClassifier:
    """Train on labelled examples; `dense` may pass precomputed dense features."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    _two_labels(examples, "the corpus")
    encoder = encoder if encoder is not None else load_encoder()
    if dense is None:
        dense = dense_features(encoder, [e.text for e in examples],
                               [(e.start, e.end) for e in examples])
    term_lists = [ngram_terms(e.text, (e.start, e.end)) for e in examples]
    vocabulary, idf = _vocabulary(term_lists)
    features = hstack([csr_matrix(dense), _sparse(term_lists, vocabulary, idf)]).tocsr()
    labels = [e.label for e in examples]
    model = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    model.fit(features, labels)
    coef = model.coef_.T.astype(np.float32)  # features × classes
    n_dense = dense.shape[1]
    return EventClassifier([str(c) for c in model.classes_], vocabulary, idf, coef[:n_dense],
                           coef[n_dense:], model.intercept_.astype(np.float32),
                           encoder=encoder)


def fold_splits(examples: Sequence[Example], *, folds: int = 5, seed: int = 0
                ) -> list[tuple[np.ndarray, np.ndarray]]:
    """The cross-validation folds: (indices of the training examples, positions of the
    held-out ones among the real examples) per fold. Held out are real sentences only
    (stratified by label, labels with fewer than `folds` real examples pooled); every
    written and development example trains every fold. One split for `cross_validate` and
    for the benches that need out-of-fold models (bench/bench_proposal_limits.py)."""
    from sklearn.model_selection import StratifiedKFold

    real = np.array([i for i, e in enumerate(examples) if e.origin == "real"])
    other = np.array([i for i, e in enumerate(examples) if e.origin != "real"], dtype=int)
    y = [examples[i].label for i in real]
    counts = Counter(y)
    strata = np.array([label if counts[label] >= folds else "rare" for label in y])
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    splits = [(np.concatenate([real[train_at], other]).astype(int), test_at)
              for train_at, test_at in splitter.split(real, strata)]
    for k, (train, _) in enumerate(splits, start=1):
        _two_labels([examples[i] for i in train], f"cross-validation fold {k} of {folds}",
                    hint="; use fewer folds (--cv) or more real sentences")
    return splits


def _two_labels(examples: Sequence[Example], what: str, hint: str = "") -> None:
    """A classifier learns to tell labels apart: examples of one label only (a small or
    one-sided corpus, a fold of one) are an InputError saying so, not scikit-learn's
    ValueError."""
    labels = sorted({e.label for e in examples})
    if len(labels) < 2:
        held = f"only examples labelled {labels[0]!r}" if labels else "no examples"
        raise InputError(f"{what} trains on {held}; the classifier needs at least two "
                         f"labels{hint}")


def cross_validate(examples: Sequence[Example], *, folds: int = 5, seed: int = 0,
                   c: float = DEFAULT_C, encoder=None,
                   progress: Callable[[int], None] | None = None) -> Report:
    """k-fold CV over the real examples; every fold trains on the other real folds plus all
    synthetic and development examples."""
    from sklearn.metrics import classification_report, f1_score

    _two_labels(examples, "the corpus")  # both checked before the sentences are encoded
    splits = fold_splits(examples, folds=folds, seed=seed)
    encoder = encoder if encoder is not None else load_encoder()
    dense = dense_features(encoder, [e.text for e in examples],
                           [(e.start, e.end) for e in examples])
    real = np.array([i for i, e in enumerate(examples) if e.origin == "real"])
    y = np.array([examples[i].label for i in real])
    predicted = np.empty(len(real), dtype=object)
    for k, (train, test_at) in enumerate(splits):
        model = fit([examples[i] for i in train], seed=seed, c=c, dense=dense[train],
                    encoder=encoder)
        probs = model.predict_proba([examples[i] for i in real[test_at]])
        predicted[test_at] = [model.labels[j] for j in probs.argmax(axis=1)]
        if progress:
            progress(k + 1)
    per_class = classification_report(y, predicted, output_dict=True, zero_division=0)
    return Report(
        weighted_f1=float(f1_score(y, predicted, average="weighted")),
        macro_f1=float(f1_score(y, predicted, average="macro")),
        accuracy=float((y == predicted).mean()),
        per_class={k: v for k, v in per_class.items() if isinstance(v, dict)},
        n=len(real),
    )
