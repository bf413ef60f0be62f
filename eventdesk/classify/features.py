"""Features of a clause: static embeddings of the sentence, of the words around the event
word and of the event word itself, plus sparse word n-grams that mark the event word.

The encoder is a model2vec distillation of all-MiniLM-L6-v2 (Apache-2.0) shipped in
`eventdesk/data/models/encoder/`; looking a sentence up costs microseconds, unlike running
the transformer (see bench/bench_classifier.py for the comparison).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ENCODER_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "encoder"
WINDOW_CHARS = 60
WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


@functools.lru_cache(maxsize=2)
def load_encoder(path: str = str(ENCODER_DIR)):
    """The static encoder, loaded once per process from the package (never from a hub)."""
    from model2vec import StaticModel

    return StaticModel.from_pretrained(path, force_download=False)


def _feature_strings(texts: Sequence[str], spans: Sequence[tuple[int, int]]
                     ) -> tuple[list[str], list[str], list[str]]:
    """The sentences, the ±60-character windows and the event words."""
    windows = [t[max(0, s - WINDOW_CHARS):e + WINDOW_CHARS]
               for t, (s, e) in zip(texts, spans, strict=True)]
    words = [t[s:e] or t for t, (s, e) in zip(texts, spans, strict=True)]
    return list(texts), windows, words


def encode_features(encoder, texts: Sequence[str], spans: Sequence[tuple[int, int]]
                    ) -> tuple[np.ndarray, dict[str, int]]:
    """Each distinct string of the features encoded once: (vectors, each string's row). A
    batch of reports is encoded in one call, which costs about as much as a hundred
    strings do; a string's embedding does not depend on what is encoded with it."""
    parts = _feature_strings(texts, spans)
    distinct = list(dict.fromkeys(string for part in parts for string in part))
    vectors = encoder.encode(distinct, show_progress_bar=False, use_multiprocessing=False)
    return vectors, {string: i for i, string in enumerate(distinct)}


def dense_features(encoder, texts: Sequence[str], spans: Sequence[tuple[int, int]],
                   encoded: tuple[np.ndarray, dict[str, int]] | None = None) -> np.ndarray:
    """Sentence, ±60-character window and event-word embeddings side by side, read from
    `encoded` (`encode_features` of these examples or more) or encoded here. Each distinct
    string is encoded once (a sentence recurs for each of its clauses, an event word across
    sentences)."""
    vectors, row = encoded if encoded is not None else encode_features(encoder, texts, spans)
    return np.hstack([vectors[[row[string] for string in part]]
                      for part in _feature_strings(texts, spans)]).astype(np.float32)


def ngram_terms(text: str, span: tuple[int, int]) -> list[str]:
    """Word unigrams and bigrams of the sentence, and the event word with its neighbours
    (`V=`, `L=`, `R=`), lower-cased."""
    start, end = span
    before = [w.lower() for w in WORD.findall(text[:start])]
    verb = [w.lower() for w in WORD.findall(text[start:end])]
    after = [w.lower() for w in WORD.findall(text[end:])]
    words = before + verb + after
    terms = list(words)
    terms += [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    terms += [f"V={w}" for w in verb]
    terms += [f"L={w}" for w in before[-2:]]
    terms += [f"R={w}" for w in after[:2]]
    return terms


def term_weights(terms: list[str], vocabulary: dict[str, int], idf: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Known terms as (indices, weights): sublinear tf × idf, L2-normalised."""
    # known terms in the order they first occur, each looked up once
    counts = [(index, n) for term, n in Counter(terms).items()
              if (index := vocabulary.get(term)) is not None]
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    indices = np.fromiter((index for index, _ in counts), dtype=np.int64, count=len(counts))
    # one float32 product per term, as `(1.0 + math.log(n)) * idf[index]` makes it, but
    # without a NumPy scalar read and multiplied per term
    weights = np.array([1.0 + math.log(n) for _, n in counts], dtype=np.float32) * idf[indices]
    weights /= float(np.linalg.norm(weights)) or 1.0
    return indices, weights
