"""Corroboration benchmark: prints issue 10's clustering figures.

Cluster purity and inverse purity on the labelled corpora of tests/store (corpus.jsonl, and
same_place_corpus.jsonl: same-place incidents on nearby days in Mogadishu and Maiduguri,
with undated and outlet-less reports), each report added to an empty store in file order
and in shuffled arrival orders, then after `recluster`. Also: clusters mixing dated and
undated reports, whether ingest's clusters equal recluster's, and whether the clusters are
the same in every order. Events are the corpora's hand-coded ones (no model), so the
figures measure the corroboration rules alone.

With --pipeline, the events are coded by eventdesk's pipeline from the same report texts,
plus the bundled samples/ (not labelled: each of their events counts as an incident of its
own, so only false merges show there). A coded event takes the label of the hand-coded
evidence its evidence overlaps most, else counts as an incident of its own.

Targets: purity >= 0.95 and inverse purity >= 0.9 in every order; 0 mixed clusters.

Usage: .venv/bin/python bench/bench_corroboration.py [--shuffles N] [--pipeline]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))

from store_helpers import CORPUS, SAME_PLACE_CORPUS, load_corpus, purity  # noqa: E402

from eventdesk.records import Document  # noqa: E402
from eventdesk.store import Store  # noqa: E402

SEEDS = (1, 2, 3, 4, 5)


def labelled_reports(path: Path):
    """(document, events, labels) per report; labels prefixed by the corpus file's name so
    two corpora never share an incident id."""
    return [(doc, events, [f"{path.stem}:{label}" for label in labels])
            for doc, events, labels in load_corpus(path)]


def coded_reports(reports):
    """The reports' texts, and the bundled samples, as the pipeline codes them, each event
    labelled by the hand-coded evidence it overlaps most."""
    import eventdesk
    from eventdesk.io import read_documents

    spans = {doc.doc_id: [(e.evidence_start, e.evidence_end, label)
                          for e, label in zip(events, labels, strict=True)]
             for doc, events, labels in reports}
    samples = [d for d in read_documents([str(ROOT / "samples")]) if isinstance(d, Document)]
    out = []
    for doc, events in eventdesk.load().pipe([d for d, _, _ in reports] + samples):
        labels = []
        for e in events:
            overlaps = [(min(end, e.evidence_end) - max(start, e.evidence_start), label)
                        for start, end, label in spans.get(doc.doc_id, [])]
            best = max(overlaps, default=(0, None))
            labels.append(best[1] if best[0] > 0 else f"own:{doc.doc_id}:{e.evidence_start}")
        out.append((doc, events, labels))
    return out


def partition(store: Store, labels: dict) -> tuple[list[list[str]], int, frozenset]:
    """(true labels per cluster, clusters mixing dated and undated reports, the clusters as
    sets of (doc_id, evidence_start) for comparing runs)."""
    clusters: dict[int, list] = {}
    for row in store._query(
        "SELECT e.cluster_id, d.doc_id, e.evidence_start, e.event_date FROM events e"
        " JOIN documents d ON d.id = e.document_id"
    ):
        clusters.setdefault(row["cluster_id"], []).append(row)
    mixed = sum(1 for rows in clusters.values()
                if len({r["event_date"] is None for r in rows}) > 1)
    keys = frozenset(frozenset((r["doc_id"], r["evidence_start"]) for r in rows)
                     for rows in clusters.values())
    groups = [[labels[(r["doc_id"], r["evidence_start"])] for r in rows]
              for rows in clusters.values()]
    return groups, mixed, keys


def run(reports, shuffles: int) -> bool:
    labels = {(d.doc_id, e.evidence_start): label
              for d, events, ls in reports for e, label in zip(events, ls, strict=True)}
    orders = [("file order", list(reports))]
    for seed in SEEDS[:shuffles]:
        shuffled = list(reports)
        random.Random(seed).shuffle(shuffled)
        orders.append((f"shuffle seed {seed}", shuffled))
    ok = stable = True
    canonical, ingest_keys = None, set()
    print(f"{'arrival order':18s} {'step':10s} {'purity':>7s} {'inverse':>8s} {'clusters':>9s}"
          f" {'mixed':>6s}")
    for name, order in orders:
        with Store.open(":memory:") as store:
            for document, events, _ in order:
                store.add(document, events, extractor_version="bench")
            for step in ("ingest", "recluster"):
                if step == "recluster":
                    store.recluster()
                groups, mixed, keys = partition(store, labels)
                pure, inverse = purity(groups)
                ok &= pure >= 0.95 and inverse >= 0.9 and mixed == 0
                print(f"{name:18s} {step:10s} {pure:7.3f} {inverse:8.3f} {len(groups):9d}"
                      f" {mixed:6d}")
                if step == "ingest":
                    ingest_keys.add(keys)
                elif canonical is None:
                    canonical = keys
                    for group in groups:
                        if len(set(group)) > 1:
                            print(f"  one cluster joins incidents {sorted(set(group))}")
                    for label in sorted({x for g in groups for x in g}):
                        parts = sum(1 for g in groups if label in g)
                        if parts > 1:
                            print(f"  incident {label} split into {parts} clusters")
                elif keys != canonical:
                    stable = False
    same = ingest_keys == {canonical}
    print(f"recluster: the same clusters in all {len(orders)} orders: "
          f"{'yes' if stable else 'NO'}; ingest's clusters equal recluster's in every order: "
          f"{'yes' if same else 'no'}")
    return ok and stable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shuffles", type=int, default=len(SEEDS), choices=range(len(SEEDS) + 1))
    parser.add_argument("--pipeline", action="store_true",
                        help="code the texts with eventdesk's pipeline (and add samples/)")
    args = parser.parse_args(argv)
    same_place = labelled_reports(SAME_PLACE_CORPUS)
    both = labelled_reports(CORPUS) + same_place
    runs = [("same-place corpus", same_place),
            ("both corpora (corpus.jsonl + same_place_corpus.jsonl)", both)]
    if args.pipeline:
        runs = [("pipeline-coded: both corpora's texts + samples/", coded_reports(both))]
    ok = True
    for title, reports in runs:
        n_events = sum(len(e) for _, e, _ in reports)
        n_undated = sum(1 for _, es, _ in reports for e in es if e.event_date is None)
        n_unknown = sum(1 for d, _, _ in reports if not (d.outlet or d.url))
        print(f"\n{title}: {len(reports)} reports, {n_events} events "
              f"({n_undated} undated; {n_unknown} reports of unknown outlet), "
              f"{len({x for _, _, ls in reports for x in ls})} true incidents")
        ok &= run(reports, args.shuffles)
    print("\ntargets (purity >= 0.95, inverse purity >= 0.9, 0 mixed, every order):",
          "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
