"""`eventdesk train`: train the event classifier on the labelled corpus, with an optional
cross-validation report, deterministically for a seed."""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from eventdesk.cli import nonblank_path
from eventdesk.errors import OutputError, UsageError


def register(subparsers) -> None:
    from eventdesk.classify.corpus import CORPUS_DIR
    from eventdesk.classify.model import MODEL_PATH

    parser = subparsers.add_parser(
        "train", help="train the event classifier on the labelled corpus",
        description="Train the event classifier (P of each ACLED sub-type and of 'none' for a "
                    "clause) on every *.jsonl file of a corpus folder, optionally reporting "
                    "k-fold cross-validated F1 on its real sentences first. The same corpus "
                    "and seed give the same model.",
        epilog=f"The pipeline uses {MODEL_PATH} unless EVENTDESK_CLASSIFIER names another "
               "file. Corpus format: eventdesk/data/training/README.md.")
    parser.add_argument("--corpus", type=nonblank_path, default=CORPUS_DIR, metavar="DIR",
                        help="folder of labelled *.jsonl files (default: the shipped corpus)")
    parser.add_argument("-o", "--out", type=nonblank_path, default=MODEL_PATH, metavar="FILE",
                        help="where to write the model (.npz; default: the shipped model)")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="first report K-fold cross-validation on the real sentences")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--c", type=float, default=None, metavar="C",
                        help="inverse regularisation strength of the logistic head")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args) -> int:
    from tqdm import tqdm

    from eventdesk.classify.corpus import read_corpus
    from eventdesk.classify.train import DEFAULT_C, cross_validate, fit

    if args.cv and args.cv < 2:
        raise UsageError("--cv needs at least 2 folds")
    if args.out.suffix != ".npz":
        raise UsageError(f"--out must end in .npz, not {args.out.name!r}")
    if args.out.is_dir():
        raise UsageError(f"--out {args.out}: is a folder, not a file")
    c = args.c if args.c is not None else DEFAULT_C
    if not (math.isfinite(c) and c > 0):
        raise UsageError(f"--c must be positive and finite, not {c}")
    if not 0 <= args.seed < 2**32:
        raise UsageError(f"--seed must be between 0 and {2**32 - 1}, not {args.seed}")
    _check_out(args.out)
    examples = read_corpus(args.corpus)
    real = sum(e.origin == "real" for e in examples)
    if args.cv > real:
        raise UsageError(f"--cv {args.cv}: the corpus holds {real} real sentence(s), too few "
                         f"to hold out in {args.cv} folds")
    labels = Counter(e.label for e in examples)
    origins = Counter(e.origin for e in examples)
    summary: dict = {"examples": len(examples), "by_origin": dict(origins),
                     "by_label": dict(labels.most_common()), "seed": args.seed, "c": c}
    print(f"eventdesk: {len(examples)} labelled examples "
          f"({', '.join(f'{n} {o}' for o, n in origins.most_common())}), "
          f"{len(labels)} labels", file=sys.stderr)
    steps = args.cv + 1
    with tqdm(total=steps, desc="training", unit="fit", disable=True if args.quiet else None,
              file=sys.stderr) as bar:
        if args.cv:
            report = cross_validate(examples, folds=args.cv, seed=args.seed, c=c,
                                    progress=lambda k: bar.update(1))
            summary["cross_validation"] = {
                "folds": args.cv, "real_examples": report.n,
                "weighted_f1": round(report.weighted_f1, 4),
                "macro_f1": round(report.macro_f1, 4), "accuracy": round(report.accuracy, 4),
                "per_label": {k: {m: round(v, 4) for m, v in d.items()}
                              for k, d in report.per_class.items()},
            }
        model = fit(examples, seed=args.seed, c=c)
        bar.update(1)
    try:
        model.save(args.out)
    except OSError as exc:
        raise OutputError(f"--out {args.out}: cannot write the model ({exc.strerror or exc})"
                          ) from None
    summary["model"] = str(args.out)
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"model written to {args.out} ({len(model.labels)} labels, "
          f"{len(model.vocabulary)} n-gram features)")
    cv = summary.get("cross_validation")
    if cv:
        print(f"{cv['folds']}-fold cross-validation on {cv['real_examples']} real sentences: "
              f"weighted F1 {cv['weighted_f1']:.3f}, macro F1 {cv['macro_f1']:.3f}, "
              f"accuracy {cv['accuracy']:.3f}")
        print(f"{'label':40s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>6s}")
        rows = [(k, v) for k, v in cv["per_label"].items() if k not in
                ("macro avg", "weighted avg")]
        for label, figures in sorted(rows, key=lambda kv: -kv[1]["support"]):
            print(f"{label:40s} {figures['precision']:6.2f} {figures['recall']:6.2f} "
                  f"{figures['f1-score']:6.2f} {figures['support']:6.0f}")
    else:
        print(f"{'label':40s} {'examples':>8s}")
        for label, n in labels.most_common():
            print(f"{label:40s} {n:8d}")
    return 0


def _check_out(out: Path) -> None:
    """The model's folder exists (or is made) and takes a file, found before the minutes of
    training: a path under a file is a usage error, a folder that cannot be made or written
    (no permission, a read-only file system, /proc) an output error."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".probe", dir=out.parent)
    except (FileExistsError, NotADirectoryError):
        raise UsageError(f"--out {out}: its folder is a file or lies under one") from None
    except OSError as exc:
        raise OutputError(f"--out {out}: cannot write there ({exc.strerror or exc})") from None
    os.close(fd)
    os.unlink(probe)
