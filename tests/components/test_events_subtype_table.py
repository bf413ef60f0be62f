"""Typing: the rule table's checks and the seam where a classifier's proposal meets the rules."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.subtype import table as typing_table
from eventdesk.components.events.subtype.table import Decision, combine, compile_table
from eventdesk.errors import RuleDataError
from eventdesk.records import Document

CLASH = "Armed clash"
ATTACK = "Attack"
AIR = "Air/drone strike"
RETAKEN = "Government regains territory"


def test_without_a_proposal_the_rules_decide():
    assert combine(Decision(CLASH, "clash"), None) == Decision(CLASH, "clash")
    assert combine(Decision(None, "attack-unclear"), {}) == Decision(None, "attack-unclear")


@pytest.mark.parametrize(("ruled", "proposal", "expected"), [
    # the rules found nothing: a confident proposal codes the clause, a weak one does not
    (None, {CLASH: 0.75, "none": 0.25}, CLASH),
    (None, {CLASH: 0.55, "none": 0.45}, None),
    # the rules chose: only a very confident other sub-type replaces their choice
    (CLASH, {RETAKEN: 0.95}, RETAKEN),
    (CLASH, {RETAKEN: 0.85, CLASH: 0.15}, CLASH),
    # "none" removes an event the rules coded only when it is near certain (veto_at 0.85)
    (CLASH, {"none": 0.9, CLASH: 0.1}, None),
    (CLASH, {"none": 0.8, CLASH: 0.2}, CLASH),
    # labels outside the typology are ignored
    (None, {"Skirmish": 0.99}, None),
])
def test_proposal_is_weighed_against_the_rules(ruled, proposal, expected):
    decision = combine(Decision(ruled, "rule"), proposal)
    assert decision.sub_type == expected
    assert decision.rule == ("proposal" if expected != ruled else "rule")


def test_a_final_none_rule_is_not_overridden_by_a_proposal():
    ruled = Decision(None, "takes-a-thing", final=True)
    assert combine(ruled, {CLASH: 0.99, "none": 0.01}) == ruled
    # the same "none" from a rule that is not final is open to a confident proposal
    assert combine(Decision(None, "attack-unclear"), {CLASH: 0.99}).sub_type == CLASH


def test_only_a_none_rule_can_be_final():
    with pytest.raises(RuleDataError, match="only a rule that gives 'none' can be final"):
        compile_table({"rule": [{"name": "x", "gives": CLASH, "final": True}], "cue": {}})


def test_decision_knows_its_event_type():
    assert Decision(RETAKEN, "retaken").event_type == "Battles"
    assert Decision(None, "no-rule").event_type is None


@pytest.mark.parametrize(("entry", "message"), [
    ({"name": "x", "gives": "Skirmish"}, "not a sub-type"),
    ({"name": "x", "gives": CLASH, "if": ["no_such_predicate"]}, "unknown predicate"),
    ({"name": "x", "gives": CLASH, "familly": ["battle"]}, "unknown key"),
    ({"name": "x", "gives": CLASH, "cues": ["nothing"]}, "unknown cue"),
])
def test_a_bad_rule_fails_when_loaded_naming_the_rule(entry, message):
    with pytest.raises(RuleDataError, match=message) as err:
        compile_table({"rule": [entry], "cue": {}})
    assert "'x'" in str(err.value) and "typing.toml" in str(err.value)


def test_rules_are_tried_in_order():
    table = compile_table({"rule": [
        {"name": "first", "family": ["battle"], "gives": RETAKEN},
        {"name": "second", "family": ["battle"], "gives": CLASH},
    ]})
    assert [r.name for r in table.rules] == ["first", "second"]
    assert table.limits.propose_at < table.limits.override_at


def test_a_family_is_put_only_to_its_own_rules_and_those_naming_none_in_order():
    table = compile_table({"rule": [
        {"name": "battle", "family": ["battle"], "gives": CLASH},
        {"name": "any", "gives": ATTACK},
        {"name": "both", "family": ["attack", "battle"], "gives": ATTACK},
        {"name": "attack", "family": ["attack"], "gives": ATTACK},
    ]})
    # asked for one family, then another, then the first again: each its own rules
    for family, names in (("battle", ["battle", "any", "both"]),
                          ("attack", ["any", "both", "attack"]),
                          ("battle", ["battle", "any", "both"]),
                          ("riot", ["any"])):
        assert [r.name for r in table.rules_for(family)] == names



def test_the_rules_a_clause_meets_are_read_once_per_family_categories_and_roles():
    """rules_meeting keeps, in order, the rules whose family, category and role conditions
    the clause meets, and answers a clause with the same ones from what it read before."""
    table = compile_table({"rule": [
        {"name": "armed-on-civilians", "family": ["attack"], "agent_role": ["armed"],
         "patient_role": ["civilian"], "gives": ATTACK},
        {"name": "no-air", "family": ["attack"], "categories_none": ["air"], "gives": ATTACK},
        {"name": "air", "categories_any": ["air"], "gives": AIR},
        {"name": "not-state", "agent_role_not": ["state"], "gives": CLASH},
    ]})

    def facts(categories, agent, patient):
        return typing_table.ClauseFacts(None, None, "attack", set(categories),
                                        _Side(agent), _Side(patient))

    first = table.rules_meeting(facts({"attack"}, "armed", "civilian"))
    assert [r.name for r in first] == ["armed-on-civilians", "no-air", "not-state"]
    assert [r.name for r in table.rules_meeting(facts({"air"}, "state", "civilian"))] == ["air"]
    assert table.rules_meeting(facts({"attack"}, "armed", "civilian")) is first


class _Side:
    def __init__(self, role_hint):
        self.role_hint = role_hint


@pytest.mark.slow
def test_a_proposal_on_the_doc_reaches_the_coder():
    """A classifier stage sets doc._.proposals; the coder combines it with the rules."""
    pipeline = eventdesk.load()
    text = "An attack took place in Tal Afar on Monday."
    doc = pipeline.parse(Document(text=text, doc_id="p", published=dt.date(2021, 6, 15)))
    assert doc._.events == []  # the rules alone: an attack with no sides is not coded
    coder = pipeline._nlp.get_pipe("eventdesk_events")
    doc._.proposals = {tok.i: {CLASH: 0.8, "none": 0.2} for tok in doc}
    coder(doc)
    assert [e.sub_event_type for e in doc._.events] == [CLASH]
    assert (CLASH, "proposal") in [(o, w) for _, _, o, w in doc.user_data[DECISIONS_KEY]]


def test_every_named_predicate_is_registered():
    table = typing_table.rule_table()
    used = {p.__name__ for r in table.rules for key in ("if", "unless")
            for p in r.conditions.get(key, ())}
    assert used <= set(typing_table.predicate.functions)
    assert {"has_civilian_victims", "without_fighting", "crowd_under_fire"} <= \
        set(typing_table.predicate.functions)


def _decided(text: str) -> list[tuple[str, str]]:
    doc = eventdesk.load().parse(
        Document(text=text, doc_id="t", published=dt.date(2021, 6, 15)), classifier=False)
    return [(o, w) for _, _, o, w in doc.user_data[DECISIONS_KEY] if o != "sides"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "rule"), [
    # a soldier is no civilian victim, whatever the lexicon could name
    ("Gunmen shot dead two soldiers in Omusu village on Monday.", "civilians-attacked"),
    # a person acted upon by an armed side is no mob's victim
    ("Militants burned a suspected informer alive in Tal Afar on Monday.", "mob-on-people"),
    # a wedding party is neither a force nor its post
    ("Gunmen attacked a wedding party in Omusu village on Monday.", "force-attacked-unnamed"),
    # a bridge is property, not a war asset
    ("Militiamen destroyed a bridge near Tal Afar on Monday.", "military-asset-destroyed"),
    # two armed sides fighting: no crowd in the battle
    ("Rebels clashed with army troops near Tal Afar on Monday.", "crowd-clashes"),
    # "abandoned their posts" gives up no named place and hands nothing over
    ("Many soldiers abandoned their posts on Monday.", "withdrawal"),
    # a town the gazetteer knows is the scene, not a person attacked, whatever NER says
    ("Iraqi militants attacked Tal Afar on Monday morning.", "civilians-attacked"),
    ("Iraqi militants attacked Tal Afar on Monday morning.", "civilians-by-word"),
    # shells alone, and aircraft alone, are not two means told together
    ("Artillery shells hit the town of Tal Afar on Tuesday, killing two civilians.",
     "air-with-shells"),
    ("Warplanes bombed the town of Tal Afar on Monday, killing five civilians.",
     "air-with-shells"),
    # "air" with "and" but no strike noun after it
    ("Rebels fired rockets at the air and naval base near Tal Afar on Monday.",
     "air-and-other-fire"),
    # the force that tells the news ("police said") did not fight the assault back
    ("Gunmen stormed a clinic in Tal Afar on Friday night and abducted two nurses, police "
     "said.", "armed-group-assault-met"),
    # the subject the assault's verb shares with the verb it is joined to is its own side
    ("Islamic State militants killed four villagers near Tal Afar on Monday. Police said the "
     "attackers invaded the village at dawn and shot sporadically.", "armed-group-assault-met"),
])
def test_a_predicate_that_does_not_hold_leaves_its_rule_out(text, rule):
    assert rule not in [w for _, w in _decided(text)]


def test_a_firm_rule_keeps_its_sub_type_but_not_against_the_none_veto():
    ruled = Decision(ATTACK, "armed-side-on-named-civilians", firm=True)
    assert combine(ruled, {CLASH: 0.99, ATTACK: 0.01}) == ruled
    assert combine(ruled, {"none": 0.99}).sub_type is None
    # the same sub-type from a rule that is not firm gives way to a confident proposal
    assert combine(Decision(ATTACK, "civilians-attacked"), {CLASH: 0.99}).sub_type == CLASH


def test_a_grenade_named_is_not_replaced_by_a_proposed_planted_device():
    """"Two grenades exploded in X, wounding five people": the classifier reads "exploded"
    as a planted device's verb; the rule read the weapon named."""
    rule = next(r for r in typing_table.rule_table().rules if r.name == "grenade")
    ruled = Decision(rule.gives, rule.name, rule.final, rule.firm, rule.sense_known)
    assert combine(ruled, {"Remote explosive/landmine/IED": 0.95, "Grenade": 0.05}) == ruled


@pytest.mark.parametrize("name", ["protest-ended-by-a-force", "protest-joined-to-its-violence",
                                  "damage-by-a-protesting-crowd"])
def test_a_protest_read_beyond_its_clause_is_not_replaced_by_a_peaceful_proposal(name):
    """"Protested, blocking roads, until police fired tear gas": the classifier reads only
    the protest's clause and proposes a peaceful protest; the rule read the clause joined."""
    rule = next(r for r in typing_table.rule_table().rules if r.name == name)
    ruled = Decision(rule.gives, rule.name, rule.final, rule.firm, rule.sense_known)
    assert combine(ruled, {"Peaceful protest": 0.95}) == ruled


def test_protesters_arrested_with_no_protest_told_stay_arrests_with_the_classifier():
    """"Police arrested dozens of protesters": the rule read that no protest is told, which
    the classifier, seeing the crowd's word, proposes as a protest with intervention."""
    rule = next(r for r in typing_table.rule_table().rules if r.name == "protesters-arrested")
    ruled = Decision(rule.gives, rule.name, rule.final, rule.firm, rule.sense_known)
    assert combine(ruled, {"Protest with intervention": 0.95}) == ruled


def test_only_a_sub_type_rule_can_be_firm():
    with pytest.raises(RuleDataError, match="only a rule that gives a sub-type can be firm"):
        compile_table({"rule": [{"name": "x", "gives": "none", "firm": True}], "cue": {}})


def test_a_rule_that_knows_its_sense_from_the_report_is_not_vetoed():
    ruled = Decision(AIR, "raids-of-an-air-campaign", sense_known=True)
    assert combine(ruled, {"none": 0.99}) == ruled
    # the same sub-type from a rule that read only the sentence gives way to the veto
    assert combine(Decision(AIR, "air"), {"none": 0.99}).sub_type is None


def test_advances_a_side_achieved_are_not_vetoed_as_progress():
    """"the army ... have achieved significant advances on the front": the side named tells
    the word's sense; a classifier reading "advances" as progress does not remove it."""
    rule = next(r for r in typing_table.rule_table().rules if r.name == "advances-by-a-side")
    ruled = Decision(rule.gives, rule.name, rule.final, rule.firm, rule.sense_known)
    assert combine(ruled, {"none": 0.99}) == ruled


def test_fire_exchanged_is_not_vetoed_as_no_deed():
    """"Responded to a distress call and engaged the bandits in a gun duel": the words of two
    sides shooting tell the fight; a classifier reading the response as no deed does not
    remove it."""
    rule = next(r for r in typing_table.rule_table().rules if r.name == "fire-exchanged")
    ruled = Decision(rule.gives, rule.name, rule.final, rule.firm, rule.sense_known)
    assert combine(ruled, {"none": 0.99}) == ruled


def test_arson_with_nobody_hurt_is_not_vetoed():
    """"A bus was set on fire on the ring road; no one was injured": the rule read that no
    crowd and no unrest are told; the classifier's "none", taking "no one was injured" for
    no event, does not remove the arson."""
    rule = next(r for r in typing_table.rule_table().rules
                if r.name == "set-alight-by-nobody-named")
    ruled = Decision(rule.gives, rule.name, rule.final, rule.firm, rule.sense_known)
    assert combine(ruled, {"none": 0.95}) == ruled


def test_only_a_sub_type_rule_can_know_its_sense():
    with pytest.raises(RuleDataError, match="only a rule that gives a sub-type can know"):
        compile_table({"rule": [{"name": "x", "gives": "none", "sense_known": True}],
                       "cue": {}})


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Artillery and drone fire hit the town of Tal Afar on Tuesday, killing two civilians.",
    "Army air and artillery strikes hit rebel positions near Tal Afar on Monday.",
])
def test_air_told_with_shells_stays_an_air_strike_with_the_classifier(text):
    """ACLED's priority: the air strike outranks shells of the same event, so the firm rule
    keeps it whatever the classifier reads from the shells."""
    events = eventdesk.load().extract(
        Document(text=text, doc_id="t", published=dt.date(2021, 6, 15)))
    assert [e.sub_event_type for e in events] == [AIR]


def test_ground_a_foreign_state_takes_is_not_regained_by_the_government():
    from eventdesk.components.events.subtype.captures import taken_by
    assert taken_by(RETAKEN, 8) == "Non-state actor overtakes territory"
    assert taken_by(RETAKEN, 1) == RETAKEN
    assert taken_by(RETAKEN, None) == RETAKEN
    assert taken_by(CLASH, 8) == CLASH
    # the country's own forces named beside the foreign ones: allies regain it with them
    assert taken_by(RETAKEN, 8, own_forces=True) == RETAKEN
    # ... but not when those own forces are the side the ground was taken from
    assert taken_by(RETAKEN, 8, 1, own_forces=True) == "Non-state actor overtakes territory"
    # a foreign force named as the taker, from rebels: the government's ally
    assert taken_by(RETAKEN, 8, 2) == RETAKEN
    assert taken_by(RETAKEN, 8, 1) == "Non-state actor overtakes territory"
    # a foreign state claiming ground no taker is named for took it itself
    assert taken_by(RETAKEN, 8, 2, claimed=True) == "Non-state actor overtakes territory"
    # a rebel side "liberating" a town from the state's forces overtakes it
    assert taken_by(RETAKEN, 2, 1) == "Non-state actor overtakes territory"
    assert taken_by(RETAKEN, 2, None) == RETAKEN


def test_ground_the_state_s_own_named_forces_take_is_regained():
    from eventdesk.coding.typology import OVERTAKES_TERRITORY as OVERTAKES
    from eventdesk.components.events.subtype.captures import taken_by
    assert taken_by(OVERTAKES, 1, taker_named=True) == RETAKEN
    # no taker named: the side was a default, not who took the ground
    assert taken_by(OVERTAKES, 1) == OVERTAKES
    assert taken_by(OVERTAKES, 8, taker_named=True) == OVERTAKES
    assert taken_by(OVERTAKES, 2, taker_named=True) == OVERTAKES


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces recaptured the village of Pervomaiske in Donetsk region on Monday.",
     "Non-state actor overtakes territory"),
    ("Ukrainian forces recaptured the village of Pervomaiske in Donetsk region on Monday.",
     RETAKEN),
    # no taker named: the state that claims the ground took it
    ("The village of Pervomaiske in Donetsk region was liberated on Monday, Russia's defence "
     "ministry said.", "Non-state actor overtakes territory"),
    ("The village of Klishchiivka near Bakhmut was liberated on Monday, Ukraine's General "
     "Staff said.", RETAKEN),
])
def test_who_retook_the_ground_decides_whether_the_government_regained_it(text, expected):
    events = eventdesk.load().extract(
        Document(text=text, doc_id="t", published=dt.date(2023, 6, 15)))
    assert [e.sub_event_type for e in events] == [expected]


@pytest.mark.slow
def test_ground_taken_in_a_fight_stays_overtaken_with_the_classifier():
    """The clause's head is the fight ("fought … before taking control"), which the
    classifier reads as a clash; the territory taken outranks it (ACLED's priority)."""
    text = ("Al-Shabaab fighters fought Somali troops for several hours on Monday before "
            "taking control of the town of Bulo Burde.")
    events = eventdesk.load().extract(
        Document(text=text, doc_id="t", published=dt.date(2021, 6, 15)))
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


@pytest.mark.slow
def test_armed_men_entering_a_school_stay_an_attack_whatever_the_classifier_proposes():
    """The rule `civilian-site-entered` is firm: "entered the school compound" with the
    attackers named by police is an attack on the people there, not a fight."""
    text = ("On 5 March, ten gunmen, whom police identified as LRA fighters, entered the "
            "school compound in Gulu.")
    events = eventdesk.extract(text, published="2023-03-08", doc_id="school")
    assert [e.sub_event_type for e in events] == [ATTACK]


def test_an_air_strike_on_civilians_is_not_replaced_by_a_proposed_attack():
    """"A drone strike on a lorry killed nine civilians": the classifier reads the civilian
    deaths as an attack on civilians; the rule read the weapon, which decides the type."""
    rule = next(r for r in typing_table.rule_table().rules
                if r.name == "air-strike-on-civilians")
    ruled = Decision(rule.gives, rule.name, rule.final, rule.firm, rule.sense_known)
    assert combine(ruled, {"Attack": 0.95, "Air/drone strike": 0.05}) == ruled


def test_aimless_fire_needs_a_shooting_word_beside_its_manner_word():
    """typing.toml cue `aimless_fire`: "sporadically" only beside a shooting word ("fired
    sporadically"), not a fight told as going on ("clashes continued sporadically"), which
    the final rule shots-fired-at-nobody would drop."""
    cue = typing_table.rule_table().cues["aimless_fire"]

    def found(*pairs):
        return cue.found_in_forms(list(pairs), {form for pair in pairs for form in pair})

    assert found(("gunmen", "gunman"), ("fired", "fire"), ("sporadically", "sporadically"))
    assert found(("shooting", "shoot"), ("into", "into"), ("the", "the"), ("air", "air"))
    assert not found(("clashes", "clash"), ("continued", "continue"),
                     ("sporadically", "sporadically"))
