"""The labelled training corpus (eventdesk/data/training/, format in its README)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from eventdesk.classify.features import parse_terms
from eventdesk.classify.model import Example
from eventdesk.coding.typology import LABELS
from eventdesk.errors import InputError

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "training"
def read_corpus(directory: Path = CORPUS_DIR) -> list[Example]:
    """Every labelled line of every `*.jsonl` in the folder, checked."""
    examples: list[Example] = []
    files = sorted(Path(directory).glob("*.jsonl"))
    if not files:
        raise InputError("no *.jsonl training files", path=str(directory))
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    row = json.loads(line)
                    example = Example(text=row["text"], start=int(row["start"]),
                                      end=int(row["end"]), label=row["label"],
                                      origin=row.get("origin", "real"), id=row.get("id", where))
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"not a training line ({exc})", path=where) from exc
                if example.label not in LABELS:
                    raise InputError(f"unknown label {example.label!r}", path=where)
                if not 0 <= example.start < example.end <= len(example.text):
                    raise InputError("event-word span outside the text", path=where)
                examples.append(example)
    return examples


def parse_cache_path() -> Path:
    """One DocBin per spaCy model and version, in eventdesk's data folder."""
    from eventdesk import settings
    from eventdesk.nlp import load_spacy

    meta = load_spacy().meta
    return settings.home() / "training-parses" / f"{meta['name']}-{meta['version']}.spacy"


def parsed(examples: Sequence[Example], cache: Path | None = None) -> list[Example]:
    """The examples with the parse features of their event word (`features.parse_terms`),
    from the project's spaCy model; sentences parsed before are read from a cache, so only
    new training files cost a parse."""
    from spacy.tokens import DocBin

    from eventdesk.nlp import load_spacy

    nlp = load_spacy()
    cache = cache or parse_cache_path()
    docs = {}
    if cache.exists():
        docs = {d.text: d for d in DocBin().from_disk(cache).get_docs(nlp.vocab)}
    missing = sorted({e.text for e in examples} - docs.keys())
    if missing:
        ours = [name for name in nlp.pipe_names if name.startswith("eventdesk_")]
        with nlp.select_pipes(disable=ours):
            docs.update((d.text, d) for d in nlp.pipe(missing, batch_size=256))
        store = DocBin(store_user_data=False)
        for doc in docs.values():
            store.add(doc)
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(cache.name + ".tmp")
        store.to_disk(tmp)
        tmp.replace(cache)
    out = []
    for example in examples:
        doc = docs[example.text]
        span = doc.char_span(example.start, example.end, alignment_mode="expand")
        word = span.root if span is not None else doc[-1]
        out.append(replace(example, parse=tuple(parse_terms(word))))
    return out
