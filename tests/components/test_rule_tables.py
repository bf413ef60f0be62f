"""Tests generated from the example sentences of the rule tables in eventdesk/data/rules/.

Every typing rule, modality cue and default-actor rule carries examples with the outcome
they must get; each example is one test here, checking both the outcome and that it was
this rule (or cue) that decided. Adding an example to a table adds a test.
"""

import datetime as dt
import tomllib

import pytest

import eventdesk
from eventdesk.coding import typology
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.rules import RULES_DIR
from eventdesk.records import Document

pytestmark = pytest.mark.slow

DEFAULT_PUBLISHED = "2021-06-15"


def _table(name):
    return tomllib.loads((RULES_DIR / f"{name}.toml").read_text("utf-8"))


TYPING = _table("typing")
MODALITY = _table("modality")
ACTORS = _table("default_actors")


def _cases(entries, key="name"):
    return [pytest.param(entry, example, id=f"{entry[key]}-{n}")
            for entry in entries for n, example in enumerate(entry["examples"])]


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _code(pipeline, example):
    published = dt.date.fromisoformat(example.get("published", DEFAULT_PUBLISHED))
    doc = pipeline.parse(Document(text=example["text"], doc_id="rules", published=published),
                         classifier=False)
    decisions = [(outcome, why) for _, _, outcome, why in doc.user_data[DECISIONS_KEY]]
    return list(doc._.events), decisions


@pytest.mark.parametrize(("rule", "example"), _cases(TYPING["rule"]))
def test_typing_rule_example(pipeline, rule, example):
    events, decisions = _code(pipeline, example)
    assert (example["expect"], rule["name"]) in decisions, decisions
    if example["expect"] == typology.NONE:
        # `others`: what the example's other clauses code (the taking a fight won)
        assert [e.sub_event_type for e in events] == example.get("others", [])
    else:
        assert example["expect"] in [e.sub_event_type for e in events]


MODALITY_CUES = [dict(cue, name=name) for name, cue in MODALITY["cue"].items()]


@pytest.mark.parametrize(("cue", "example"), _cases(MODALITY_CUES))
def test_not_an_event_cue_example(pipeline, cue, example):
    events, decisions = _code(pipeline, example)
    assert ("not happened", cue["name"]) in decisions, decisions
    assert events == []


@pytest.mark.parametrize("example", MODALITY["happened"]["examples"],
                         ids=lambda e: e["text"][:40])
def test_control_sentences_are_events(pipeline, example):
    events, decisions = _code(pipeline, example)
    assert events, decisions


@pytest.mark.parametrize(("rule", "example"), _cases(ACTORS["rule"]))
def test_default_actor_example(pipeline, rule, example):
    events, decisions = _code(pipeline, example)
    applied = {name for outcome, why in decisions if outcome == "sides" for name in why.split()}
    assert rule["name"] in applied, decisions
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    for side in ("actor1", "actor2"):
        if side in example:
            assert (getattr(events[0], side) or "none") == example[side]


def test_every_sub_type_has_a_rule_with_an_example():
    covered = {ex["expect"] for rule in TYPING["rule"] for ex in rule["examples"]}
    assert set(typology.SUB_TYPES) <= covered


def test_every_rule_and_cue_has_an_example():
    assert all(cue.get("examples") for cue in MODALITY["cue"].values())
    assert all(rule["examples"] for rule in TYPING["rule"] + ACTORS["rule"])
