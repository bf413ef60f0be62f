"""Speed of extraction against the bare spaCy pass, one process and all cores (issue 2, "Speed").

Builds N reports of about 400 words, deterministically, by recombining the sentences of the
shipped samples and the dev gold texts (no network), then times in one run:

  (a) the bare spaCy pipeline: `pipe.nlp.pipe(texts)`,
  (b) full eventdesk extraction: `pipe.pipe(documents)`,

each on one process and on --jobs processes, and prints reports/s, words/s, CPU seconds,
the (b)/(a) time ratio, and the resident memory at 25/50/75/100 % of the one-process
extraction stream (flat figures mean memory does not grow with the stream).

    .venv/bin/python bench/bench_extract.py            # 1,000 reports, 2 jobs
    .venv/bin/python bench/bench_extract.py --quick    # 120 reports, a smoke run
    .venv/bin/python bench/bench_extract.py --interleaved   # + bare/full batch by batch
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventdesk.records import Document  # noqa: E402

GOLD = Path("/work/shared/gold/dev.jsonl")
TARGET_WORDS = 400
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[A-Z\"“'])")


def _source_texts() -> list[tuple[str, dt.date | None]]:
    """(text, published) of every report shipped with the repository, plus dev gold."""
    from eventdesk.io import read_documents

    sources = []
    for item in read_documents([str(ROOT / "samples")]):
        if isinstance(item, Document):
            sources.append((item.text, item.published or dt.date(2013, 7, 6)))
    if GOLD.exists():
        for line in GOLD.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                record = json.loads(line)
                sources.append((record["text"], dt.date.fromisoformat(record["published"])))
    if not sources:
        sys.exit("bench_extract: no sample reports found under samples/")
    return sources


def build_reports(n: int, *, seed: int = 2013) -> list[Document]:
    """N reports of about TARGET_WORDS words: a source report's sentences, in order, topped up
    with sentences of other reports, so texts are realistic but not repeated verbatim."""
    rng = random.Random(seed)
    sources = _source_texts()
    sentence_lists = [
        [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
        for text, _ in sources
    ]
    pool = [s for sentences in sentence_lists for s in sentences]
    reports = []
    for i in range(n):
        k = rng.randrange(len(sources))
        sentences = list(sentence_lists[k])
        words = sum(len(s.split()) for s in sentences)
        while words < TARGET_WORDS:
            extra = rng.choice(pool)
            sentences.insert(rng.randrange(1, len(sentences) + 1), extra)
            words += len(extra.split())
        while words > TARGET_WORDS + 60 and len(sentences) > 3:
            words -= len(sentences.pop().split())
        text = " ".join(sentences)
        reports.append(Document(text=text, doc_id=f"bench-{i:05d}", published=sources[k][1]))
    return reports


def _rss_mb() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


class Timer:
    def __enter__(self):
        self.wall = time.perf_counter()
        self.cpu = time.process_time()
        self.children = os.times()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        after = os.times()
        self.cpu = (time.process_time() - self.cpu
                    + (after.children_user - self.children.children_user)
                    + (after.children_system - self.children.children_system))


def run_bare(pipe, texts: list[str], *, n_process: int, batch_size: int) -> Timer:
    with Timer() as timer:
        for _doc in pipe.nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
            pass
    return timer


def run_full(pipe, docs: list[Document], *, n_process: int, batch_size: int,
             memory: list | None = None) -> tuple[Timer, int]:
    marks = {max(1, round(len(docs) * q / 4)): q * 25 for q in (1, 2, 3, 4)}
    events = 0
    with Timer() as timer:
        for i, (_document, found) in enumerate(
                pipe.pipe(iter(docs), n_process=n_process, batch_size=batch_size), start=1):
            events += len(found)
            if memory is not None and i in marks:
                memory.append((marks[i], i, _rss_mb(), _peak_rss_mb()))
    return timer, events


def run_interleaved(pipe, docs: list[Document], *, batch_size: int) -> tuple[Timer, Timer]:
    """Bare and full passes over each batch in turn, one process: on a shared machine a load
    that comes and goes falls on both alike, so their ratio holds from run to run (two
    passes one after the other measured 1.32x and 1.54x CPU for the same code)."""
    bare, full = Timer(), Timer()
    bare.wall = bare.cpu = full.wall = full.cpu = 0.0
    for start in range(0, len(docs), batch_size):
        batch = docs[start:start + batch_size]
        one = run_bare(pipe, [d.text for d in batch], n_process=1, batch_size=batch_size)
        two = run_full(pipe, batch, n_process=1, batch_size=batch_size)[0]
        bare.wall, bare.cpu = bare.wall + one.wall, bare.cpu + one.cpu
        full.wall, full.cpu = full.wall + two.wall, full.cpu + two.cpu
    return bare, full


def run_stages(pipe, docs: list[Document], *, batch_size: int) -> list[tuple[str, float]]:
    """Wall seconds of each pipeline component over the same documents, one process: the
    stream is run stage by stage (each component over all documents, in batches), so each
    stage's share of the full extraction can be stated."""
    nlp = pipe._nlp
    spacy_docs = [pipe._make_doc(d) for d in docs]
    spacy_docs = [d for d in spacy_docs if d is not None]
    timings = []
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        if hasattr(proc, "pipe"):
            spacy_docs = list(proc.pipe(spacy_docs, batch_size=batch_size))
        else:
            spacy_docs = [proc(doc) for doc in spacy_docs]
        timings.append((name, time.perf_counter() - t0))
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="reports to process (default 1000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes for the all-cores runs (default: all cores)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--quick", action="store_true", help="120 reports, for a smoke run")
    parser.add_argument("--no-stages", action="store_true",
                        help="skip the per-component timing pass")
    parser.add_argument("--interleaved", action="store_true",
                        help="also time bare and full extraction batch by batch in turn, "
                             "for a ratio that holds on a shared machine")
    args = parser.parse_args(argv)
    n = 120 if args.quick else args.n
    if n < 1 or args.jobs < 1 or args.batch_size < 1:
        parser.error("--n, --jobs and --batch-size must be at least 1")

    import eventdesk

    t0 = time.perf_counter()
    docs = build_reports(n)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    print(f"{n} reports, {words} words ({words / n:.0f} per report), built in "
          f"{time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    pipe = eventdesk.load()
    # Warm up both paths (lazy tables, caches) outside the timed runs.
    list(pipe.pipe(docs[:8], batch_size=args.batch_size))
    list(pipe.nlp.pipe(texts[:8]))
    print(f"pipeline {pipe.version} loaded and warmed up in {time.perf_counter() - t0:.1f} s; "
          f"{os.cpu_count()} core(s)")

    memory: list = []
    runs = [("bare spaCy", 1, run_bare(pipe, texts, n_process=1, batch_size=args.batch_size))]
    full1, events = run_full(pipe, docs, n_process=1, batch_size=args.batch_size,
                             memory=memory)
    runs.append(("eventdesk", 1, full1))
    if args.jobs > 1:
        runs.append(("bare spaCy", args.jobs,
                     run_bare(pipe, texts, n_process=args.jobs, batch_size=args.batch_size)))
        runs.append(("eventdesk", args.jobs,
                     run_full(pipe, docs, n_process=args.jobs, batch_size=args.batch_size)[0]))

    print()
    print(f"{'pass':<12}{'procs':>6}{'wall s':>9}{'CPU s':>9}{'reports/s':>11}{'words/s':>10}")
    for name, procs, timer in runs:
        print(f"{name:<12}{procs:>6}{timer.wall:>9.2f}{timer.cpu:>9.2f}"
              f"{n / timer.wall:>11.1f}{words / timer.wall:>10.0f}")
    print()
    by_procs: dict[int, dict[str, Timer]] = {}
    for name, procs, timer in runs:
        by_procs.setdefault(procs, {})[name] = timer
    for procs, pair in by_procs.items():
        if len(pair) == 2:
            full, bare = pair["eventdesk"], pair["bare spaCy"]
            print(f"time ratio eventdesk / bare spaCy on {procs} process(es): "
                  f"{full.wall / bare.wall:.2f}x wall, {full.cpu / bare.cpu:.2f}x CPU")
    print(f"events found: {events} ({events / n:.1f} per report)")
    if args.interleaved:
        bare, full = run_interleaved(pipe, docs, batch_size=args.batch_size)
        print(f"interleaved by batch, 1 process: {full.wall / bare.wall:.2f}x wall, "
              f"{full.cpu / bare.cpu:.2f}x CPU ({bare.cpu:.2f} / {full.cpu:.2f} CPU s)")
    if not args.no_stages:
        t0 = time.perf_counter()
        make = sum(pipe._make_doc(d) is not None for d in docs)  # tokenizer + checks
        make_s = time.perf_counter() - t0
        stages = [("make_doc (tokenizer)", make_s)]
        stages += run_stages(pipe, docs, batch_size=args.batch_size)
        total = sum(s for _, s in stages)
        print()
        print(f"time per stage, one process, {make} reports, stage by stage "
              f"(sum {total:.2f} s):")
        for name, seconds in stages:
            print(f"  {name:<24}{seconds:>8.2f} s {100 * seconds / total:>6.1f} %")
    print()
    print("memory over the one-process extraction stream:")
    for pct, i, rss, peak in memory:
        print(f"  {pct:>3}% ({i:>5} reports)  RSS {rss:7.1f} MB   peak RSS {peak:7.1f} MB")
    if len(memory) >= 2:
        print(f"  growth from 25% to 100%: {memory[-1][2] - memory[0][2]:+.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
