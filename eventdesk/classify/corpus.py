"""The labelled training corpus (eventdesk/data/training/, format in its README)."""

from __future__ import annotations

import json
from pathlib import Path

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
