"""`eventdesk eval` in-process: table, JSON, error lists, bad gold files, the pipeline path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import eventdesk
from eventdesk.cli import main
from eventdesk.records import Event

GOLD = Path("/work/shared/gold/dev.jsonl")
TEXT = "Clashes erupted in Homs on Saturday. Shelling hit Talbiseh."


def _gold(tmp_path) -> Path:
    events = [
        {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2013-07-06",
         "time_precision": 1, "country": "Syria", "admin1": "Homs", "location": "Homs",
         "latitude": 34.73, "longitude": 36.72, "geo_precision": 1, "actor1": "Syrian rebels",
         "inter1": 2, "actor2": None, "inter2": 0, "fatalities": None, "claimed_by": None,
         "evidence": "Clashes erupted in Homs"},
        {"event_type": "Explosions/Remote violence",
         "sub_event_type": "Shelling/artillery/missile attack", "event_date": "2013-07-06",
         "time_precision": 1, "country": "Syria", "admin1": "Homs", "location": "Talbiseh",
         "latitude": 34.84, "longitude": 36.73, "geo_precision": 1,
         "actor1": "Military Forces of Syria", "inter1": 1, "actor2": None, "inter2": 0,
         "fatalities": None, "claimed_by": None, "evidence": "Shelling hit Talbiseh"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc_id": "r1", "published": "2013-07-07", "outlet": "Wire",
                                "text": TEXT, "events": events}) + "\n")
    return path


def _clash(doc_id="r1") -> Event:
    return Event(event_type="Battles", sub_event_type="Armed clash", doc_id=doc_id,
                 evidence="Clashes erupted in Homs", evidence_start=0, evidence_end=23,
                 event_date=dt.date(2013, 7, 6), time_precision=1, admin1="Homs",
                 latitude=34.73, longitude=36.72, inter1=2)


def test_eval_with_predictions_prints_the_table(tmp_path, capsys):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_clash().to_dict()) + "\n")
    assert main(["eval", str(_gold(tmp_path)), "--pred", str(pred), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "lenient" in out and "strict" in out and "median error 0.0 km" in out
    assert "missed (in gold, not predicted): 1" in out and '"Shelling hit Talbiseh"' in out
    assert "spurious (predicted, not in gold): 0" in out


def test_eval_json(tmp_path, capsys):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_clash().to_dict()) + "\n")
    assert main(["eval", str(_gold(tmp_path)), "--pred", str(pred), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["tp"], data["fp"], data["fn"]) == (1, 0, 1)
    assert data["precision"] == 1.0 and data["recall"] == 0.5
    assert "missed" not in data
    assert main(["eval", str(_gold(tmp_path)), "--pred", str(pred), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["evidence"] for m in data["missed"]] == ["Shelling hit Talbiseh"]


def test_eval_runs_the_pipeline_without_pred(tmp_path, capsys, monkeypatch):
    seen = []

    class FakePipeline:
        def pipe(self, documents, *, n_process=1, batch_size=16):
            assert n_process == 2
            for document in documents:
                seen.append(document)
                yield document, [_clash(document.doc_id)]

    monkeypatch.setattr(eventdesk, "load", lambda: FakePipeline())
    assert main(["eval", str(_gold(tmp_path)), "--json", "--jobs", "2"]) == 0
    assert json.loads(capsys.readouterr().out)["tp"] == 1
    assert [(d.doc_id, d.published, d.outlet) for d in seen] == [
        ("r1", dt.date(2013, 7, 7), "Wire")]


def test_bad_gold_file_is_a_message_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc_id": "x", "text": "t", "events": [{"event_type": "Battles"}]}\n')
    assert main(["eval", str(bad), "--pred", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "[E004]" in err and f"{bad}:1" in err and "sub_event_type" in err
    assert "Traceback" not in err


def test_eval_on_dev_gold_against_itself(capsys):
    assert main(["eval", str(GOLD), "--pred", str(GOLD), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["f1"] == 1.0 and data["strict_f1"] == 1.0 and data["fn"] == 0


def test_eval_lists_failed_reports_and_exits_1(tmp_path, capsys, monkeypatch):
    from eventdesk.records import DocumentFailure, DocumentResult

    class FailingPipeline:
        def pipe(self, documents, *, n_process=1, batch_size=16):
            for document in documents:
                failure = DocumentFailure(document.doc_id, "E008", "ZeroDivisionError: oops")
                yield DocumentResult(document, [], failure)

    monkeypatch.setattr(eventdesk, "load", lambda: FailingPipeline())
    assert main(["eval", str(_gold(tmp_path)), "--json"]) == 1
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["failed"] == [{"doc_id": "r1", "code": "E008",
                               "message": "ZeroDivisionError: oops"}]
    assert data["fn"] == 2 and "failed [E008]: r1: ZeroDivisionError: oops" in err


def test_eval_states_the_index_it_read_admin1_aliases_from(tmp_path, capsys, monkeypatch):
    """Scores of pairs with no point depend on the index's names of regions: the summary
    and the JSON say which index was read, or that there was none."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_clash().to_dict()) + "\n")
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tmp_path / "absent.sqlite"))
    assert main(["eval", str(_gold(tmp_path)), "--pred", str(pred), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["admin1_alias_index"] is None
    index = tmp_path / "index.sqlite"
    index.write_bytes(b"")
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    assert main(["eval", str(_gold(tmp_path)), "--pred", str(pred), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["admin1_alias_index"] == str(index)
    assert main(["eval", str(_gold(tmp_path)), "--pred", str(pred)]) == 0
    assert f"admin1 aliases read from: {index}" in capsys.readouterr().out
