"""Training the record vetter (components/vetting.py): a logistic regression over each
record's features, labelled kept (the scorer matched it to a gold event) or not, fitted
the same way for the same table and seed. scikit-learn is needed here only, as for
`eventdesk train`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from eventdesk.components.vetting import Vetter, feature_names

# Inverse regularisation strength: a few thousand records, a few dozen features
DEFAULT_C = 0.3


def matrix(rows: Sequence[dict[str, float]], names: Sequence[str]) -> np.ndarray:
    """The rows' features as columns in `names` order (absent features are 0)."""
    return np.array([[row.get(name, 0.0) for name in names] for row in rows], dtype=np.float64)


def fit_vetter(rows: Sequence[dict[str, float]], labels: Sequence[int], *,
               threshold: float, c: float = DEFAULT_C, seed: int = 0) -> Vetter:
    """A Vetter fitted on `rows` (features) and `labels` (1 kept, 0 not): standardised
    columns, L2-regularised, balanced classes (false records are few, and each costs as
    much as a missed one). Weights are rounded so the JSON file stays small and the same
    table gives the same bytes."""
    from sklearn.linear_model import LogisticRegression

    names = feature_names()
    x = matrix(rows, names)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000,
                               random_state=seed)
    model.fit((x - mean) / scale, np.asarray(labels))
    return Vetter(features=names, mean=_rounded(mean), scale=_rounded(scale),
                  weights=_rounded(model.coef_[0]), bias=round(float(model.intercept_[0]), 6),
                  threshold=threshold)


def _rounded(values) -> list[float]:
    return [round(float(v), 6) for v in values]
