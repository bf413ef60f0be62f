"""The scorer against hand-made gold/prediction pairs whose answers are known."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.coding.typology import EVENT_TYPES
from eventdesk.distance import haversine_km
from eventdesk.errors import GoldFormatError
from eventdesk.evaluate import (
    GoldDocument,
    GoldEvent,
    fold_admin1,
    load_gold,
    load_predictions,
    score,
)
from eventdesk.records import Event

HOMS = (34.73, 36.72)
TEXT = "Clashes erupted in Homs. Shelling hit Talbiseh."


def gold_event(**kw) -> GoldEvent:
    base = dict(event_type="Battles", sub_event_type="Armed clash", evidence="Clashes erupted",
                event_date=dt.date(2013, 7, 6), time_precision=1, admin1="Homs",
                latitude=HOMS[0], longitude=HOMS[1], inter1=1, inter2=2, fatalities=3,
                claimed_by=None)
    base.update(kw)
    return GoldEvent(**base)


def pred(**kw) -> Event:
    base = dict(event_type="Battles", sub_event_type="Armed clash", doc_id="d1",
                evidence="Clashes erupted", evidence_start=0, evidence_end=15,
                event_date=dt.date(2013, 7, 6), time_precision=1, admin1="Homs",
                latitude=HOMS[0], longitude=HOMS[1], inter1=1, inter2=2, fatalities=3)
    base.update(kw)
    return Event(**base)


def doc(*events: GoldEvent, doc_id: str = "d1") -> GoldDocument:
    return GoldDocument(doc_id=doc_id, text=TEXT, events=list(events))


def north_of(lat: float, lon: float, km: float) -> tuple[float, float]:
    """A point `km` due north (one degree of latitude is 6371.0088·π/180 km)."""
    return lat + km / (6371.0088 * 3.141592653589793 / 180), lon


def test_exact_match_counts_one_true_positive():
    s = score([doc(gold_event())], {"d1": [pred()]})
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert s.inter1_agreement == 1.0 and s.median_km == pytest.approx(0.0)


def test_counts_with_a_miss_and_a_spurious_event():
    gold = doc(gold_event(), gold_event(event_type="Explosions/Remote violence",
                                        sub_event_type="Shelling/artillery/missile attack",
                                        evidence="Shelling hit Talbiseh"))
    predicted = [pred(), pred(event_type="Riots", sub_event_type="Mob violence",
                              evidence="riot words")]
    s = score([gold], {"d1": predicted})
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5
    assert [m.evidence for m in s.missed] == ["Shelling hit Talbiseh"]
    assert [(x.doc_id, x.evidence) for x in s.spurious] == [("d1", "riot words")]


def test_different_event_type_never_matches():
    s = score([doc(gold_event())], {"d1": [pred(event_type="Riots",
                                                 sub_event_type="Mob violence")]})
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_25_km_boundary():
    lat_in, lon = north_of(*HOMS, 24.9)
    lat_out, _ = north_of(*HOMS, 25.1)
    assert haversine_km(*HOMS, lat_in, lon) == pytest.approx(24.9, abs=1e-6)
    inside = score([doc(gold_event())], {"d1": [pred(latitude=lat_in, longitude=lon)]})
    outside = score([doc(gold_event())], {"d1": [pred(latitude=lat_out, longitude=lon)]})
    assert inside.tp == 1 and inside.median_km == pytest.approx(24.9, abs=1e-3)
    assert outside.tp == 0 and (outside.fp, outside.fn) == (1, 1)


def test_coordinates_far_apart_do_not_fall_back_to_admin1():
    lat, lon = north_of(*HOMS, 60)
    s = score([doc(gold_event())], {"d1": [pred(latitude=lat, longitude=lon)]})
    assert s.tp == 0


def test_two_day_window():
    for days, expected in ((2, 1), (-2, 1), (3, 0)):
        date = dt.date(2013, 7, 6) + dt.timedelta(days=days)
        s = score([doc(gold_event())], {"d1": [pred(event_date=date)]})
        assert s.tp == expected, days


def test_precision_3_or_missing_date_matches_any_date():
    far = dt.date(2013, 6, 1)
    assert score([doc(gold_event(time_precision=3))], {"d1": [pred(event_date=far)]}).tp == 1
    assert score([doc(gold_event())], {"d1": [pred(event_date=far, time_precision=3)]}).tp == 1
    assert score([doc(gold_event(event_date=None))], {"d1": [pred(event_date=far)]}).tp == 1
    assert score([doc(gold_event())], {"d1": [pred(event_date=None)]}).tp == 1
    # Precision 2 is not open-ended: the 2-day window still applies.
    assert score([doc(gold_event(time_precision=2))], {"d1": [pred(event_date=far)]}).tp == 0


def test_admin1_fallback_when_a_side_has_no_coordinates():
    unplaced_coords = dict(latitude=None, longitude=None)
    same = score([doc(gold_event())], {"d1": [pred(admin1="Homs Governorate",
                                                   **unplaced_coords)]})
    other = score([doc(gold_event())], {"d1": [pred(admin1="Hama", **unplaced_coords)]})
    assert same.tp == 1 and same.median_km is None
    assert other.tp == 0 and other.fp == 1
    gold_no_coords = doc(gold_event(admin1="Al-Hasakah", latitude=None, longitude=None))
    assert score([gold_no_coords], {"d1": [pred(admin1="Hasakah")]}).tp == 1


def test_fold_admin1():
    assert fold_admin1("Al-Ḥasakah Governorate") == fold_admin1("hasakah") == "hasakah"
    assert fold_admin1("Deir ez-Zor") == fold_admin1("deir zor")
    assert fold_admin1("Borno State") == "borno"
    assert fold_admin1(None) is None and fold_admin1("") is None
    assert fold_admin1("Homs") != fold_admin1("Hama")


def test_fold_admin1_joins_one_name_written_as_one_word_or_several():
    assert fold_admin1("North-West") == fold_admin1("Northwest") == fold_admin1("North West")
    assert fold_admin1("Shanxi") != fold_admin1("Shaanxi")
    assert fold_admin1("Nord-Kivu") != fold_admin1("North Kivu")
    assert fold_admin1("South-West") != fold_admin1("North-West")


def test_predictions_placed_no_better_than_country_are_left_out():
    unplaced = pred(admin1=None, latitude=None, longitude=None, evidence="somewhere")
    s = score([doc(gold_event())], {"d1": [unplaced]})
    assert (s.tp, s.fp, s.fn) == (0, 0, 1)
    assert s.n_unplaced == 1 and s.n_predicted == 0


def test_optional_gold_is_neither_rewarded_nor_penalised():
    optional = gold_event(event_type="Riots", sub_event_type="Mob violence", optional=True)
    matched = score([doc(gold_event(), optional)],
                    {"d1": [pred(), pred(event_type="Riots", sub_event_type="Mob violence")]})
    assert (matched.tp, matched.fp, matched.fn) == (1, 0, 0)
    missed = score([doc(gold_event(), optional)], {"d1": [pred()]})
    assert (missed.tp, missed.fp, missed.fn) == (1, 0, 0)
    assert missed.n_gold == 1 and missed.n_gold_optional == 1


def test_one_to_one_best_pairs_first():
    # Two gold clashes 10 km apart, one prediction near the second: it must take the closer
    # one, and only one of them.
    lat2, lon2 = north_of(*HOMS, 10)
    lat_p, lon_p = north_of(*HOMS, 9)
    gold = doc(gold_event(evidence="first"), gold_event(evidence="second", latitude=lat2,
                                                       longitude=lon2))
    s = score([gold], {"d1": [pred(latitude=lat_p, longitude=lon_p)]})
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)
    assert [m.evidence for m in s.missed] == ["first"]
    assert s.median_km == pytest.approx(1.0, abs=1e-3)
    # Two identical predictions for one gold event: one matches, the other is spurious.
    twice = score([doc(gold_event())], {"d1": [pred(), pred()]})
    assert (twice.tp, twice.fp, twice.fn) == (1, 1, 0)


def test_date_gap_breaks_distance_ties():
    gold = doc(gold_event(evidence="sixth"),
               gold_event(evidence="seventh", event_date=dt.date(2013, 7, 7)))
    s = score([gold], {"d1": [pred(event_date=dt.date(2013, 7, 8))]})
    assert [m.evidence for m in s.missed] == ["sixth"]


def test_strict_requires_equal_sub_event_type():
    gold = doc(gold_event(sub_event_type="Government regains territory"))
    s = score([gold], {"d1": [pred(sub_event_type="Armed clash")]})
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert (s.strict_tp, s.strict_fp, s.strict_fn) == (0, 1, 1)
    assert s.strict_f1 == 0.0 and s.f1 == 1.0


def test_attribute_agreement_and_median_km():
    lats = [north_of(*HOMS, km) for km in (1, 2, 10)]
    gold = doc(*(gold_event(evidence=str(i), event_date=dt.date(2013, 7, 1 + 5 * i))
                 for i in range(3)))
    predicted = [
        pred(latitude=lats[0][0], longitude=lats[0][1], event_date=dt.date(2013, 7, 1)),
        pred(latitude=lats[1][0], longitude=lats[1][1], event_date=dt.date(2013, 7, 6),
             inter1=2, fatalities=None, claimed_by="SOHR"),
        pred(latitude=lats[2][0], longitude=lats[2][1], event_date=dt.date(2013, 7, 11),
             inter2=0, fatalities=4),
    ]
    s = score([gold], {"d1": predicted})
    assert s.n_matched == 3
    assert s.inter1_agreement == pytest.approx(2 / 3)
    assert s.inter2_agreement == pytest.approx(2 / 3)
    assert s.fatalities_agreement == pytest.approx(1 / 3)
    assert s.claimed_by_agreement == pytest.approx(2 / 3)
    assert s.median_km == pytest.approx(2.0, abs=1e-3)


def test_dict_predictions_and_other_documents():
    as_dict = pred().to_dict()
    s = score([doc(gold_event()), doc(doc_id="d2")],
              {"d1": [as_dict], "d2": [pred(doc_id="d2")], "zz": [pred()]})
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert s.unknown_doc_ids == ["zz"]


def test_nothing_expected_nothing_predicted():
    s = score([doc()], {})
    assert s.f1 == 1.0 and s.inter1_agreement is None and s.median_km is None


def _gold_line(**overrides) -> str:
    event = {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2013-07-06",
             "time_precision": 1, "country": "Syria", "admin1": "Homs", "location": "Homs",
             "latitude": 34.73, "longitude": 36.72, "geo_precision": 1,
             "actor1": "Military Forces of Syria", "inter1": 1, "actor2": "Syrian rebels",
             "inter2": 2, "fatalities": None, "claimed_by": None,
             "evidence": "Clashes erupted", "optional": False}
    event.update(overrides)
    return json.dumps({"doc_id": "d1", "published": "2013-07-06", "text": TEXT,
                       "events": [event]})


def test_a_gold_type_in_another_case_names_acled_s_spelling(tmp_path):
    """'Explosions/Remote Violence' was refused with no hint that only a capital was off."""
    bad = tmp_path / "case.jsonl"
    bad.write_text(_gold_line(event_type="battles", sub_event_type="armed clash") + "\n")
    with pytest.raises(GoldFormatError, match=r"\(did you mean 'Battles'\?\)"):
        load_gold(bad)
    bad.write_text(_gold_line(sub_event_type="armed clash") + "\n")
    with pytest.raises(GoldFormatError, match=r"\(did you mean 'Armed clash'\?\)"):
        load_gold(bad)


def test_load_gold_reads_and_validates(tmp_path):
    good = tmp_path / "gold.jsonl"
    good.write_text(_gold_line() + "\n")
    [loaded] = load_gold(good)
    assert loaded.published == dt.date(2013, 7, 6)
    assert loaded.events[0].event_date == dt.date(2013, 7, 6)
    for overrides, field_name in (
        ({"event_type": "Skirmish"}, "event_type"),
        ({"sub_event_type": "Mob violence"}, "sub_event_type"),
        ({"inter1": 9}, "inter1"),
        ({"event_date": "2013-02-30"}, "event_date"),
        ({"evidence": "not in the text"}, "evidence"),
        ({"latitude": None}, "latitude"),
    ):
        bad = tmp_path / "bad.jsonl"
        bad.write_text(_gold_line() + "\n" + _gold_line(**overrides).replace('"d1"', '"d2"'))
        with pytest.raises(GoldFormatError) as info:
            load_gold(bad)
        assert f"{bad}:2" in str(info.value) and repr(field_name) in str(info.value)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n")
    with pytest.raises(GoldFormatError, match="line 1"):
        load_gold(broken)
    with pytest.raises(GoldFormatError, match="no such gold file"):
        load_gold(tmp_path / "missing.jsonl")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_gold_file_saved_by_a_windows_editor_is_read(tmp_path, encoding):
    """A gold file saved as 'Unicode' (UTF-16 with its byte order mark) was 'not UTF-8 text
    (byte 0)'; its lines and their numbers are read as in UTF-8."""
    path = tmp_path / "gold.jsonl"
    path.write_bytes((_gold_line() + "\r\n").encode(encoding))
    [loaded] = load_gold(path)
    assert loaded.doc_id == "d1"
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes((_gold_line() + "\n").encode("utf-16")[:-1])
    with pytest.raises(GoldFormatError, match=r"cut.jsonl: not UTF-16 text \(byte"):
        load_gold(cut)


def test_load_predictions_accepts_event_records_and_gold_lines(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(pred().to_dict()) + "\n" + _gold_line().replace('"d1"', '"d2"'))
    loaded = load_predictions(path)
    assert set(loaded) == {"d1", "d2"} and len(loaded["d1"]) == 1
    s = score([doc(gold_event()), doc(gold_event(), doc_id="d2")], loaded)
    assert s.tp == 2 and s.f1 == 1.0


def test_a_report_twice_in_the_predictions_is_named_not_counted_twice(tmp_path):
    """Found fuzzing `eval --pred`: a prediction file of report lines written twice (two runs
    appended to one file) was scored with every event counted twice, F1 lower, no word."""
    line = json.dumps({"doc_id": "d1", "events": [{"event_type": "Battles"}]})
    path = tmp_path / "pred.jsonl"
    path.write_text(f"{line}\n{json.dumps({'doc_id': 'd2', 'events': []})}\n{line}\n",
                    encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"line 3: doc_id 'd1' appears twice \(also "
                                              r"line 1\)") as info:
        load_predictions(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    rows = tmp_path / "rows.jsonl"  # event rows of one report: one line each, as extract writes
    rows.write_text(f"{json.dumps({'doc_id': 'd1', 'event_type': 'Battles'})}\n" * 2,
                    encoding="utf-8")
    assert len(load_predictions(rows)["d1"]) == 2


def test_load_predictions_accepts_the_json_export_of_extract(tmp_path):
    """`extract -o pred.json` writes one indented JSON array: the same predictions."""
    import io as text_io

    from eventdesk.io import write_events

    for fmt in ("json", "jsonl"):
        out = text_io.StringIO()
        write_events([pred()], fmt, out)
        (tmp_path / f"pred.{fmt}").write_text(out.getvalue())
    as_json = load_predictions(tmp_path / "pred.json")
    as_lines = load_predictions(tmp_path / "pred.jsonl")
    for loaded in (as_json, as_lines):
        for record in loaded["d1"]:
            record.pop("timestamp")  # when each was written
    assert as_json == as_lines and len(as_json["d1"]) == 1


def test_a_csv_prediction_file_is_refused_with_what_to_give(tmp_path):
    path = tmp_path / "pred.csv"
    path.write_text("event_id_cnty,event_date\nSYR1,2014-05-09\n")
    with pytest.raises(GoldFormatError, match=r"line 1: not JSON .*--format jsonl"):
        load_predictions(path)


_SUBTYPES = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
_gold_events = st.builds(
    lambda ts, date, prec, lat, lon, admin1, inter1, inter2, fatal, claim, opt: GoldEvent(
        event_type=ts[0], sub_event_type=ts[1], evidence="Clashes", event_date=date,
        time_precision=prec, admin1=admin1, latitude=lat, longitude=lon, inter1=inter1,
        inter2=inter2, fatalities=fatal, claimed_by=claim, optional=opt),
    st.sampled_from(_SUBTYPES),
    st.one_of(st.none(), st.dates(dt.date(2010, 1, 1), dt.date(2020, 1, 1))),
    st.sampled_from([1, 2, 3]),
    st.floats(-60, 60), st.floats(-179, 179),
    st.sampled_from(["Homs", "Aleppo", "Borno", None]),
    st.integers(1, 8), st.integers(0, 8),
    st.one_of(st.none(), st.integers(0, 500)),
    st.one_of(st.none(), st.just("SOHR")),
    st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_gold_events, max_size=6), min_size=1, max_size=4))
def test_gold_scored_against_itself_is_perfect(event_lists):
    docs = [GoldDocument(doc_id=f"d{i}", text="Clashes", events=events)
            for i, events in enumerate(event_lists)]
    predictions = {d.doc_id: [
        {**{k: getattr(e, k) for k in GoldEvent.__slots__}, "doc_id": d.doc_id}
        for e in d.events] for d in docs}
    s = score(docs, predictions)
    assert s.fp == 0 and s.fn == 0 and s.f1 == 1.0 and s.strict_f1 == 1.0
    if s.n_matched:
        assert s.inter1_agreement == s.inter2_agreement == 1.0
        assert s.fatalities_agreement == s.claimed_by_agreement == 1.0
        assert s.median_km == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize("line, words", [
    ('{"doc_id": "a", "text": "x", "events": [], "n": ' + "1" * 5000 + "}",
     "a number of over 4,300 digits"),
    ("[" * 5000 + "]" * 5000, "nested too deep"),
])
def test_valid_json_past_the_parsers_limits_is_a_gold_format_error(tmp_path, line, words):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n")
    with pytest.raises(GoldFormatError, match=words):
        load_gold(gold)
    with pytest.raises(GoldFormatError, match=words):
        load_predictions(gold)


_PRED_FIELDS = ["event_type", "sub_event_type", "event_date", "time_precision", "admin1",
                "location", "latitude", "longitude", "inter1", "inter2", "fatalities",
                "fatalities_reported", "claimed_by", "evidence"]
_ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.text(max_size=12),
    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from(
        ["2013-07-06", "2013-02-30", "", [], {}, [1], {"a": 1}, 1e308, -400.0, 35.0]))


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.dictionaries(st.sampled_from(_PRED_FIELDS), _ODD_VALUES, min_size=1, max_size=5),
       st.booleans())
def test_a_prediction_with_odd_values_is_scored_or_refused_by_line_and_field(
        tmp_path_factory, odd, nested):
    """A hand-made or damaged prediction file: every value of the wrong type or outside
    its range is a GoldFormatError naming the line and the field, never a traceback."""
    from eventdesk.evaluate import format_errors, format_table

    record = {"event_type": "Battles", "sub_event_type": "Armed clash", "admin1": "Homs",
              "event_date": "2013-07-06", "latitude": HOMS[0], "longitude": HOMS[1],
              "evidence": "Clashes erupted", **odd}
    line = {"doc_id": "d1", "events": [record]} if nested else {**record, "doc_id": "d1"}
    path = tmp_path_factory.mktemp("pred") / "pred.jsonl"
    path.write_text(json.dumps(line) + "\n")
    try:
        predictions = load_predictions(path)
    except GoldFormatError as exc:
        assert f"{path}: line 1" in str(exc) and "field '" in str(exc)
        return
    s = score([doc(gold_event())], predictions)
    format_table(s), format_errors(s)


@pytest.mark.parametrize("field, value, words", [
    ("event_date", 20130706, "'event_date' must be a YYYY-MM-DD string"),
    ("event_date", "2013-02-30", "'event_date' must be a YYYY-MM-DD date"),
    ("latitude", True, "'latitude' must be a number within ±90"),
    ("longitude", -180.5, "'longitude' must be a number within ±180"),
])
def test_gold_and_prediction_files_refuse_a_date_or_coordinate_alike(tmp_path, field, value,
                                                                     words):
    """One date and one coordinate check serve both files: the same words for the same fault."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_gold_line(**{field: value}))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc_id": "d1", "event_type": "Battles", field: value}))
    for read in (load_gold, load_predictions):
        path = gold if read is load_gold else pred
        with pytest.raises(GoldFormatError, match=f"field {words}"):
            read(path)


def test_an_empty_prediction_date_is_no_date_but_an_empty_gold_date_is_refused(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc_id": "d1", "event_type": "Battles", "event_date": ""}))
    assert load_predictions(pred)["d1"][0]["event_date"] == ""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_gold_line(event_date=""))
    with pytest.raises(GoldFormatError, match="'event_date' must be a YYYY-MM-DD date"):
        load_gold(gold)


@pytest.mark.parametrize("field, value, words", [
    ("event_date", 20130706, "'event_date' must be a YYYY-MM-DD string"),
    ("event_date", "2013-02-30", "'event_date' must be a YYYY-MM-DD date"),
    ("latitude", "34.7", "'latitude' must be a number within ±90"),
    ("longitude", 1e308, "'longitude' must be a number within ±180"),
    ("admin1", 7, "'admin1' must be a string or null"),
    ("fatalities", "5", "'fatalities' must be an integer or null"),
])
def test_a_prediction_field_of_the_wrong_kind_is_named(tmp_path, field, value, words):
    path = tmp_path / "pred.jsonl"
    record = {"doc_id": "d1", "event_type": "Battles", "evidence": "x", field: value}
    path.write_text(json.dumps({"doc_id": "d0", "events": []}) + "\n" + json.dumps(record))
    with pytest.raises(GoldFormatError, match=f"line 2: field {words}"):
        load_predictions(path)


def test_gold_and_predictions_saved_with_a_byte_order_mark_are_read(tmp_path):
    gold = {"doc_id": "d1", "text": TEXT, "events": [
        {"event_type": "Battles", "sub_event_type": "Armed clash",
         "evidence": "Clashes erupted", "admin1": "Homs"}]}
    pred = {"doc_id": "d1", "event_type": "Battles", "sub_event_type": "Armed clash",
            "admin1": "Homs", "evidence": "Clashes erupted"}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8-sig")
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8-sig")
    s = score(load_gold(tmp_path / "gold.jsonl"), load_predictions(tmp_path / "pred.jsonl"))
    assert s.tp == 1 and s.fp == s.fn == 0
