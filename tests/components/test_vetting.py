"""The learned vetting of records (components/vetting.py): a record the model scores below
its threshold is dropped and the reason kept, one it scores high is kept, an unplaced one
is never scored; the training is deterministic; the shipped model reads the features the
stage computes."""

import importlib.util
import json
from pathlib import Path

import pytest

from eventdesk.components.vetting import (
    VETTING_KEY,
    Vetter,
    feature_names,
    load_vetter,
    record_features,
    vet,
)
from eventdesk.records import Event

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Raiders burned Kelvash market ."


@pytest.fixture
def doc(parsed):
    built = parsed(TEXT.split(), heads=[1, 1, 3, 1, 1],
                   deps=["nsubj", "ROOT", "compound", "dobj", "punct"])
    built._.events = [
        _event("Battles", "Armed clash", placed=True),
        _event("Violence against civilians", "Attack", placed=True),
        _event("Battles", "Armed clash", placed=False),
    ]
    return built


def _event(event_type, sub_type, *, placed):
    return Event(event_type=event_type, sub_event_type=sub_type, doc_id="t",
                 evidence=TEXT[:-2], evidence_start=0, evidence_end=len(TEXT) - 2,
                 latitude=12.5 if placed else None, longitude=7.25 if placed else None,
                 location="Kelvash" if placed else None, geo_precision=1 if placed else None)


@pytest.fixture
def tiny_model(tmp_path):
    """A hand-written model: a battle is unlikely to be kept, anything else likely."""
    path = tmp_path / "vetter.json"
    path.write_text(json.dumps({"kind": "logistic", "features": ["type=Battles"],
                                "mean": [0.0], "scale": [1.0], "weights": [-10.0],
                                "bias": 5.0, "threshold": 0.5}))
    return load_vetter(path)


def test_a_record_scored_low_is_dropped_and_one_scored_high_kept(doc, tiny_model):
    decisions = []
    kept = vet(doc, tiny_model, decisions)
    assert [(e.sub_event_type, e.latitude) for e in kept] == [("Attack", 12.5),
                                                              ("Armed clash", None)]
    assert [(d[2], d[3]) for d in decisions] == [("vetted out", "P(kept)=0.01 < 0.50")]
    scored = doc.user_data[VETTING_KEY]
    assert [round(p, 3) for _, _, p in scored] == [0.007, 0.993]  # the unplaced one: unscored


def test_without_a_model_every_record_is_kept_and_its_features_read(doc, tmp_path):
    assert load_vetter(tmp_path / "none.json") is None
    assert len(vet(doc, None)) == 3
    assert [p for _, _, p in doc.user_data[VETTING_KEY]] == [None, None]


def test_a_second_record_of_a_type_at_one_place_is_seen_as_such(doc):
    battle, attack = doc._.events[:2]
    again = _event("Battles", "Armed clash", placed=True)
    first, other, second = record_features(doc, [battle, attack, again])
    assert first["same_type_place"] == second["same_type_place"] == 1.0
    assert (first["same_type_place_before"], second["same_type_place_before"]) == (0.0, 1.0)
    assert first["order_same_type"] == 0.0 < second["order_same_type"]
    assert other["same_type"] == 0.0 and other["same_place_other_type"] == 1.0
    assert first["head=other"] == 1.0  # a hand parse: no tags


def test_the_shipped_model_reads_the_features_the_stage_computes(doc):
    shipped = load_vetter()
    assert shipped is not None and shipped.features == feature_names()
    assert 0.0 < shipped.threshold < 0.5
    for values in record_features(doc, doc._.events):
        assert set(values) <= set(shipped.features)


def _train_script():
    spec = importlib.util.spec_from_file_location("train_vetter",
                                                  ROOT / "scripts" / "train_vetter.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_script_is_deterministic_on_a_tiny_table(tmp_path):
    rows = []
    for n in range(24):
        battle = n % 3 == 0
        rows.append({"set": "tiny", "doc_id": f"r{n}", "event": {}, "label": int(not battle),
                     "features": {"type=Battles": 1.0} if battle
                     else {"type=Protests": 1.0, "has_date": float(n % 2)}})
    rows.append({"set": "tiny", "doc_id": "r-opt", "event": {}, "label": None,
                 "features": {"type=Riots": 1.0}})
    table = tmp_path / "table.jsonl"
    table.write_text("".join(json.dumps(r) + "\n" for r in rows))
    script = _train_script()
    outputs = []
    for name in ("a.json", "b.json"):
        assert script.main(["fit", str(table), "--threshold", "0.2",
                            "-o", str(tmp_path / name)]) == 0
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    model = Vetter.from_dict(json.loads(outputs[0]))
    assert model.threshold == 0.2
    assert model.p_kept({"type=Battles": 1.0}) < 0.5 < model.p_kept({"type=Protests": 1.0})


def test_the_cross_fit_groups_part_the_sets_the_same_way_for_a_seed():
    script = _train_script()
    sets = [Path(f"gold/dev{n}.jsonl") for n in range(11)]
    groups = script.cross_fit_groups(sets, 3, seed=4)
    assert groups == script.cross_fit_groups(sets, 3, seed=4)
    assert sorted(p for g in groups for p in g) == sorted(sets)
    assert sorted(len(g) for g in groups) == [3, 4, 4]
    assert all(g == sorted(g, key=sets.index) for g in groups)
    assert groups != script.cross_fit_groups(sets, 3, seed=5)


def test_a_reports_only_placed_record_is_never_dropped(doc, tiny_model):
    """The model learned from reports of several events: a lone record is no second telling."""
    doc._.events = doc._.events[:1] + doc._.events[2:]   # one battle placed, one not
    assert [e.sub_event_type for e in vet(doc, tiny_model)] == ["Armed clash", "Armed clash"]
    assert [round(p, 3) for _, _, p in doc.user_data[VETTING_KEY]] == [0.007]


def test_the_pipeline_gives_the_coders_records_without_the_vetting_when_asked():
    import eventdesk
    from eventdesk.records import Document

    text = "Raiders burned the market of Kelvash on Friday, residents said."
    pipeline = eventdesk.load()
    assert "eventdesk_vetting" in pipeline._nlp.pipe_names
    doc = pipeline.parse(Document(text=text, doc_id="v"), vetting=False)
    assert VETTING_KEY not in doc.user_data
    assert VETTING_KEY in pipeline.parse(Document(text=text, doc_id="v")).user_data
