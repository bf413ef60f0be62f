"""`eventdesk eval`: score extraction against a gold file as GUIDELINES.md defines it."""

from __future__ import annotations

import json
import sys

from eventdesk.cli import nonblank


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval", help="score extraction against gold events (GUIDELINES.md)",
        description="Run the pipeline on every report of a gold JSONL file (or read "
                    "predictions with --pred) and print lenient and strict precision, recall "
                    "and F1, attribute agreement and the median location error.",
        epilog="Exit status: 0 when scored; 1 when some report failed to be coded (the scores "
               "are printed, those reports counted as having no predictions, and the failures "
               "listed on standard error) or a file is malformed; 2 for a usage error.")
    parser.add_argument("gold", metavar="GOLD.jsonl", type=nonblank, help="gold JSONL file")
    parser.add_argument("--pred", metavar="PRED.jsonl", type=nonblank,
                        help="predicted events as JSONL records with a doc_id (what "
                             "`extract --format jsonl` writes) instead of running the pipeline")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true",
                        help="list every missed and every spurious event with its evidence")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes when running the pipeline (0 = all cores)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from eventdesk.cli import print_failures, processes
    from eventdesk.evaluate import (
        format_errors,
        format_table,
        load_gold,
        load_predictions,
        score,
    )
    from eventdesk.records import Document

    jobs = processes(args.jobs, "--jobs")
    gold = load_gold(args.gold)
    failures = []
    if args.pred:
        predictions = load_predictions(args.pred)
    else:
        import eventdesk

        pipeline = eventdesk.load()
        documents = [Document(text=g.text, doc_id=g.doc_id, published=g.published,
                              outlet=g.outlet, title=g.title, url=g.url) for g in gold]
        predictions = {}
        for result in pipeline.pipe(documents, n_process=jobs):
            document, events = result
            predictions[document.doc_id] = events
            if getattr(result, "failure", None) is not None:
                failures.append(result.failure)
    scores = score(gold, predictions)
    print_failures(failures)
    if failures:
        print(f"eventdesk: {len(failures)} report(s) failed; scored as having no events",
              file=sys.stderr)
    from eventdesk.evaluate.regions import alias_index

    index = alias_index()
    aliases = index[0] if index else None   # the admin1 names a pair with no point matches on
    if args.json:
        payload = scores.to_dict()
        payload["admin1_alias_index"] = aliases
        if not args.errors:
            del payload["missed"], payload["spurious"]
        payload["failed"] = [{"doc_id": f.doc_id, "code": f.code, "message": f.message}
                             for f in failures]
        json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 1 if failures else 0
    print(format_table(scores))
    print(f"admin1 aliases read from: {aliases or 'no index (names folded alike only)'}")
    if args.errors:
        print()
        print(format_errors(scores))
    return 1 if failures else 0
