"""Hostile input at scale (issue 7): the generators of tests/hostile.py through the pipeline.

Each generated document is coded on its own with `Pipeline.code` and timed. Reported:
failures by error code (E001 is expected for an out-of-range publication date or text that
is not valid Unicode; anything else is a bug, E008 being an exception caught at the document
boundary), exceptions that escaped `code` (none may), record invariant violations
(`records.event_problems`), the slowest document and every document over --slow seconds,
and how the time per character of long runs grows from 1,000 to 16,000 characters.
Document i is generated from the seed "SEED:i", so `--only i` reproduces it. Not part of
CI: run it by hand.

    .venv/bin/python bench/fuzz.py --n 10000                  # the issue's target run
    .venv/bin/python bench/fuzz.py --n 200 --report out.jsonl # problems as JSON lines
    .venv/bin/python bench/fuzz.py --only 4711                # one document again
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import hostile  # noqa: E402

from eventdesk.records import Document, event_problems  # noqa: E402


def generate(seed: int, i: int) -> Document:
    rng = random.Random(f"{seed}:{i}")
    text, published = hostile.document(rng)
    return Document(text=text, doc_id=f"fuzz-{seed}-{i}", published=published)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents (default 10,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first document index")
    parser.add_argument("--only", type=int, help="run document INDEX alone and show it")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds that count as slow")
    parser.add_argument("--report", help="write each problem as a JSON line to this file")
    parser.add_argument("--every", type=int, default=500, help="progress line every N docs")
    args = parser.parse_args(argv)

    import eventdesk

    pipeline = eventdesk.load()
    # warm up, including the lazy imports (dateparser for "16/01/2016"): one-time costs
    pipeline.code(Document(text="Gunmen killed two people in Aleppo on 16/01/2016.",
                           doc_id="warm-up", published=dt.date(2016, 1, 20)))
    indices = [args.only] if args.only is not None else range(args.start, args.start + args.n)
    report = open(args.report, "w", encoding="utf-8") if args.report else None  # noqa: SIM115
    codes: collections.Counter[str] = collections.Counter()
    problems = escaped = unexpected = events = chars = 0
    slow: list[tuple[float, int, int]] = []
    slowest = (0.0, -1, 0)
    began = time.perf_counter()

    def note(kind: str, i: int, document: Document, detail: str) -> None:
        print(f"  {kind} #{i} ({len(document.text)} chars): {detail}", flush=True)
        if report:
            report.write(json.dumps({"kind": kind, "index": i, "seed": args.seed,
                                     "detail": detail, "text": document.text[:2000],
                                     "published": str(document.published)}) + "\n")

    for n, i in enumerate(indices, start=1):
        document = generate(args.seed, i)
        if args.only is not None:
            print(repr(document.text), document.published)
        chars += len(document.text)
        started = time.perf_counter()
        try:
            result = pipeline.code(document)
        except Exception as exc:  # the bug this bench hunts: code() must never raise
            escaped += 1
            note("escaped", i, document, "".join(traceback.format_exception_only(exc)).strip())
            continue
        took = time.perf_counter() - started
        if took > slowest[0]:
            slowest = (took, i, len(document.text))
        if took > args.slow:
            slow.append((took, i, len(document.text)))
            note("slow", i, document, f"{took:.2f} s")
        if result.failure is not None:
            codes[result.failure.code] += 1
            expected = result.failure.code == "E001" and hostile.invalid(
                document.text, document.published)
            if not expected:
                unexpected += 1
                note("failure", i, document, str(result.failure))
        elif hostile.invalid(document.text, document.published):
            unexpected += 1
            note("accepted", i, document, "an invalid document was coded")
        events += len(result.events)
        for event in result.events:
            for problem in event_problems(event, document.text):
                problems += 1
                note("invariant", i, document, problem)
        if args.every and n % args.every == 0:
            print(f"{n} documents, {time.perf_counter() - began:.0f} s, {events} events, "
                  f"{unexpected} unexpected failures, {problems} violations", flush=True)
    if report:
        report.close()
    total = len(indices)
    elapsed = time.perf_counter() - began
    print(f"documents:              {total:,} ({chars / max(total, 1):,.0f} chars on average), "
          f"{elapsed:.0f} s, {events:,} events")
    print(f"escaped exceptions:     {escaped}")
    print(f"failures by code:       {dict(sorted(codes.items())) or 'none'} "
          f"(E001 expected for out-of-range dates, lone surrogates)")
    print(f"unexpected failures:    {unexpected}")
    print(f"invariant violations:   {problems}")
    print(f"slowest document:       #{slowest[1]} {slowest[0]:.2f} s ({slowest[2]:,} chars)")
    print(f"documents over {args.slow:g} s:    {len(slow)}"
          + (f" ({', '.join(f'#{i}' for _, i, _ in sorted(slow, reverse=True)[:10])})"
             if slow else ""))
    if args.only is None:
        linearity(pipeline)
    return 1 if escaped or unexpected or problems or slow else 0


def linearity(pipeline) -> None:
    """Time per character of long runs at 1,000 and 16,000 characters: a ratio near 1 is
    linear; a quadratic tokenizer would show about 16."""
    for unit in ("(", "!?", "'", "a", "9"):
        per_char = []
        for size in (1_000, 16_000):
            text = (unit * size)[:size]
            started = time.perf_counter()
            pipeline.code(Document(text=f"Gunmen killed two people. {text} The end.",
                                   doc_id="run"))
            per_char.append((time.perf_counter() - started) / size)
        print(f"run of {unit!r}: {per_char[1] * 16_000:.2f} s for 16,000 chars, time per char "
              f"16,000 vs 1,000: {per_char[1] / per_char[0]:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
