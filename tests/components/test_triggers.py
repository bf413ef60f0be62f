"""Trigger matching and clause grouping on sentences written for these tests."""

import pytest

from eventdesk.components.trigger_finder import TriggerFinder
from eventdesk.components.trigger_senses import title_case_headlines, tried_by_the_doers
from eventdesk.components.triggers import (
    CLAUSE_BOUNDARIES,
    CLAUSES_KEY,
    VERBISH,
    _merges_up,
    clause_heads,
    clauses,
    sentence_clauses,
)
from eventdesk.extensions import register_extensions
from eventdesk.nlp import load_spacy

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return load_spacy()


@pytest.fixture(scope="module")
def finder(nlp):
    return TriggerFinder(nlp)


def _clauses(nlp, finder, text):
    doc = nlp(text)
    found = finder(doc)
    return [c for sent in doc.sents for c in clauses(sent, found)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Rebels captured the village of Kafr Nabl on Monday.", "capture"),
        ("Troops recaptured the town after a week of fighting.", "recapture"),
        ("Warplanes struck a market in the town.", "air"),
        ("Two quadcopters dropped mortar bombs on the barracks.", "air"),
        ("A roadside bomb hit a police car.", "explosive"),
        # the device as translated Spanish and French press names it
        ("Two farmers were hurt when an explosive artefact blew up beside a bridge.",
         "explosive"),
        ("Gunmen abducted three aid workers.", "abduction"),
        ("Police arrested twelve students.", "arrest"),
        # a suspect giving himself up to the police
        ("The wanted driver handed himself in at the central police station.", "arrest"),
        ("Two suspects turned themselves in to detectives on Monday.", "arrest"),
        # an arrest told as its noun
        ("The detention of the opposition leader in a night raid angered his supporters.",
         "arrest"),
        ("Prosecutors announced the apprehension of four suspects.", "arrest"),
        ("Hundreds of people protested outside the parliament.", "protest"),
        ("The two sides signed a ceasefire agreement.", "agreement"),
        ("Militants burned the town hall and a health centre.", "looting"),
    ],
)
def test_trigger_categories(nlp, finder, text, category):
    assert category in {m.category for m in finder(nlp(text))}


def test_a_bandit_enclave_or_den_struck_is_a_post_struck(nlp, finder):
    """Military statements on bandits name their camps "enclaves" and "dens"."""
    for text in ("Warplanes struck an insurgent enclave in the valley overnight.",
                 "On Sunday helicopter gunships struck two kidnappers' dens in the hills."):
        assert "attack" in {m.category for m in finder(nlp(text))}


def test_to_death_said_once_kills_with_both_verbs(nlp, finder):
    """"Beaten and burned to death": the parse hangs "to death" on the last verb only, but
    the beating killed too, a kill and a crowd's riot."""
    doc = nlp("A trader was beaten and burnt to death at dawn.")
    beaten = {m.category for m in finder(doc) if m.start == 3}
    assert {"kill", "riot"} <= beaten


def test_a_figure_of_speech_or_a_raid_on_a_tip_off_is_no_fight_of_its_own(nlp, finder):
    """"Sent to hell" is said of inflation and of sinners as well as of fighters killed, and a
    raid "on intelligence" more often ends in arrests or a seizure than in a fight: neither is
    a kill or clash trigger (the fight words beside them carry the clash)."""
    doc = nlp("Millions of households have been sent to hell by soaring bread prices, the "
              "opposition leader told a rally in Hyderabad on Sunday.")
    assert "kill" not in {m.category for m in finder(doc)}
    doc = nlp("Police conducted an intelligence based operation in a village near Larkana on "
              "Tuesday and took five suspects into custody.")
    assert "clash" not in {m.category for m in finder(doc)}


def test_month_name_is_not_a_march(nlp, finder):
    doc = nlp("KABUL, March 3 (Reuters) - Officials met in the capital.")
    assert "protest" not in {m.category for m in finder(doc)}


def test_a_weapon_word_inside_a_crowd_control_phrase_is_no_weapon(nlp, finder):
    """"Police, who responded with tear gas shells": the shells are what tear gas is fired
    in, no artillery; a shell on its own is still shelling."""
    doc = nlp("Protesters threw stones at police, who responded with tear gas shells.")
    assert "shelling" not in {m.category for m in finder(doc)}
    doc = nlp("Shells fell on the market in the town on Monday.")
    assert "shelling" in {m.category for m in finder(doc)}


def test_a_word_that_only_describes_another_is_no_trigger(nlp, finder):
    """"Anti-riot units", "abandoned shops": the kind of a unit and the state of a shop,
    no riot and no withdrawal; the riot and the withdrawal told as deeds still are."""
    doc = nlp("Anti-riot units were on standby in the capital on Sunday.")
    assert "riot" not in {m.category for m in finder(doc)}
    doc = nlp("Rioters torched cars in the capital on Sunday.")
    assert "riot" in {m.category for m in finder(doc)}
    doc = nlp("Police received reports of looting of abandoned shops in the town.")
    assert "withdraw" not in {m.category for m in finder(doc)}
    doc = nlp("Troops abandoned their positions in the town on Monday.")
    assert "withdraw" in {m.category for m in finder(doc)}
    doc = nlp("The government destroyed two tonnes of seized drugs in the town on Monday.")
    assert not {"capture", "abduction"} & {m.category for m in finder(doc)}
    doc = nlp("Rebels seized the town on Monday.")
    assert "capture" in {m.category for m in finder(doc)}
    # a verb the parse made a modifier, after its subject's words: still the deed
    doc = nlp("Russian forces on Friday captured Shali, the last town held by the rebels.")
    assert "capture" in {m.category for m in finder(doc)}
    doc = nlp("A staff member was captured months after the attack on the motorcade.")
    assert "capture" in {m.category for m in finder(doc)}


def test_a_state_of_emergency_is_no_event(nlp, finder):
    """GUIDELINES.md codes no state of emergency; a curfew is still a change of activity."""
    doc = nlp("The government declared a three-month state of emergency in the north on Monday.")
    assert not finder(doc)
    doc = nlp("The governor imposed a night curfew in the city on Monday.")
    assert "group_change" in {m.category for m in finder(doc)}


@pytest.mark.parametrize("text", [
    "Scores of midwives assembled outside the labour ministry on Tuesday.",
    "A crowd assembled outside the courthouse on Friday.",
    "Thousands of pensioners converged outside the national assembly on Tuesday.",
    # a participle telling how they gathered is no purpose of their own
    "Scores of midwives assembled outside the labour ministry on Tuesday, beating drums.",
    "Dozens of miners gathered outside the energy ministry on Friday, clutching cardboard signs.",
    "Hundreds of cleaners gathered outside the parliament on Thursday, waving brooms.",
    # any people but a force or the press: kin, a people, lawmakers
    "Relatives of jailed activists gathered outside the justice ministry on Sunday.",
    "Hundreds of Kurds converged outside the national assembly on Wednesday.",
    "Opposition deputies assembled outside the legislature on Thursday, waving placards.",
])
def test_a_crowd_gathered_outside_a_seat_of_power_is_a_rally(nlp, finder, text):
    """A crowd of people gathered outside a ministry, a court or a parliament with no
    protest word is a rally (triggers.toml, protest pairs; components/gathered_outside.py):
    whoever gathers there but a force or the press, however they gathered ("beating
    drums") unless for a purpose of their own."""
    assert "protest" in {m.category for m in finder(nlp(text))}, text


@pytest.mark.parametrize("text", [
    # not a seat the pair names (this tests triggers.toml's pair, not gathered_outside.py;
    # one kept of the palace, embassy, office and hall kinds)
    "Hundreds of students gathered outside the presidential palace on Monday.",
    # a force or the press at a seat of power, at work
    "Soldiers converged outside the national assembly on Monday.",
    "Riot police gathered outside the interior ministry early on Monday.",
    "Reporters gathered outside the defence ministry on Monday.",
    "Dozens of photographers assembled outside the legislature on Thursday.",
    # people there for a purpose of their own, no protest's
    "Crowds gathered outside the assembly on Monday to celebrate the speaker's jubilee.",
    "Hundreds of farmers gathered outside the agriculture ministry to collect seed vouchers.",
    "Hundreds of students gathered outside the education ministry awaiting exam results.",
    "Hundreds of migrants gathered outside the interior ministry on Tuesday, seeking permits.",
])
def test_no_crowd_or_no_rally_gathered_outside_is_no_protest(nlp, finder, text):
    """Who gathered outside and why: guards, reporters or a queue are no rally; every case
    here was a protest before the pair read its subject and purpose."""
    assert "protest" not in {m.category for m in finder(nlp(text))}, text


def test_a_plural_trigger_opening_a_sentence_is_read_as_its_singular(nlp, finder):
    """The parser tags "Missiles" a name there and keeps the plural as its lemma (issue 8:
    a roundup's "Missiles also hit X and Y" was no event)."""
    doc = nlp("Russian forces shelled Kharkiv overnight. Missiles also hit Odesa and Mykolaiv.")
    second = list(doc.sents)[1]
    assert doc[second.start].pos_ == "PROPN"  # the parse this reading is for
    assert [(m.text, m.category) for m in finder(doc) if m.start >= second.start] == [
        ("Missiles", "shelling")]


def test_participle_joins_the_event_it_qualifies(nlp, finder):
    found = _clauses(nlp, finder, "Jets bombed the market on Friday, killing at least 20 people.")
    assert len(found) == 1
    assert {t.category for t in found[0].triggers} >= {"air", "kill"}


def test_a_second_participle_joins_the_event_too(nlp, finder):
    found = _clauses(nlp, finder, "Two bombs exploded in the market on Monday, killing seven "
                                  "people and seriously wounding a police officer.")
    assert len(found) == 1
    assert "wounding" in {t.text for t in found[0].tokens}


def test_a_deed_told_as_feared_is_one_clause_with_its_victims(nlp, finder):
    """"Were feared killed", parsed with the participle as an adverbial clause of
    "feared", keeps the victims the passive's subject names in the deed's clause."""
    found = _clauses(nlp, finder, "Seven farmers were feared killed by bandits near the "
                                  "river on Monday.")
    assert len(found) == 1
    assert "farmers" in {t.text for t in found[0].tokens}
    # a fear said in the active with a clause of its own stays apart
    found = _clauses(nlp, finder, "Villagers feared that bandits would attack the farms.")
    assert "Villagers" not in {t.text for t in found[0].tokens}


def test_a_ticker_verb_tagged_as_a_noun_still_takes_its_pair(nlp, finder):
    doc = nlp("10:32 Kharkiv: relatives of missing soldiers gather in the main square "
              "to demand news.")
    assert "protest" in {m.category for m in finder(doc)}


def test_a_headline_verb_read_as_a_noun_leaves_its_subject_an_event(nlp, finder):
    # "rocks" tagged a noun: "Suicide attack rocks mosque" parses as one compound chain
    found = _clauses(nlp, finder, "Suicide attack rocks mosque in Kabul during evening prayers.")
    assert {m.category for c in found for m in c.triggers} >= {"suicide"}
    # a trigger modifying a noun in a sentence that has its verb stays a modifier
    assert not _clauses(nlp, finder, "Protest leaders met the governor in Kabul on Monday.")


def test_coordinated_events_are_separate_clauses(nlp, finder):
    found = _clauses(
        nlp, finder, "Militants raided the village and abducted 40 residents on Tuesday."
    )
    categories = [sorted({t.category for t in c.triggers}) for c in found]
    assert ["attack"] in categories
    assert ["abduction"] in categories
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Troops drove the militants out of the town on Monday.", "recapture"),
        ("Villagers burned a suspected thief alive on Monday.", "riot"),
        ("A soldier stepped on a mine near the border.", "explosive"),
        ("Rebels set up a new military base near the river.", "base"),
        ("Armed men took a village chief hostage.", "abduction"),
        # "come under:fire": the object of "under" only (triggers.toml attack)
        ("The village came under multiple rocket launcher fire on Monday.", "attack"),
    ],
)
def test_verb_pairs_match_across_the_words_between(nlp, finder, text, category):
    found = [m for m in finder(nlp(text)) if m.category == category]
    assert found
    assert nlp(text)[found[0].start].pos_ == "VERB"


def test_ground_taken_is_read_on_the_verb_s_own_object(nlp, finder):
    doc = nlp("Taliban troops took the key stronghold of Mazar-e-Sharif on Monday.")
    assert "capture" in {m.category for m in finder(doc)}
    doc = nlp("The town was taken by the rebels on Monday.")
    assert "capture" in {m.category for m in finder(doc)}
    # a place after a preposition is where the taking happened, not what was taken
    doc = nlp("Residents took refuge in the town and took the bus to the city on Monday.")
    assert "capture" not in {m.category for m in finder(doc)}
    # "take back" is read by its pair first: a retaking, not a taking
    doc = nlp("Troops took back the town on Monday.")
    assert {m.category for m in finder(doc)} == {"recapture"}


def test_ground_occupied_is_read_only_on_settlements(nlp, finder):
    doc = nlp("The militants fought the troops for hours before occupying the town centre.")
    assert "capture" in {m.category for m in finder(doc)}
    doc = nlp("Rebel fighters occupied the village on Monday.")
    assert "capture" in {m.category for m in finder(doc)}
    # a building, a suite or a square occupied is no ground taken
    for text in ("He was the first guest to occupy the hotel's largest suite.",
                 "Protesters occupied the main square on Monday.",
                 "Wealthy out-of-towners have occupied many of the city's grand old houses."):
        assert "capture" not in {m.category for m in finder(nlp(text))}, text


def test_ground_brought_under_control_is_a_taking_with_words_between(nlp, finder):
    for text in ("The army brought four villages near Tal Afar under control on Monday.",
                 "Troops brought the village of Kisik under their full control on Monday."):
        assert "capture" in {m.category for m in finder(nlp(text))}, text
    # a fire, a situation or a city brought to a standstill: no ground taken
    for text in ("Firefighters brought the blaze in the town under control on Monday.",
                 "The army brought the situation in the city under control on Monday.",
                 "The strike brought the city to a standstill on Monday."):
        assert "capture" not in {m.category for m in finder(nlp(text))}, text


def test_a_pair_is_not_read_on_a_verb_joined_to_its_own(nlp, finder):
    # "bombed" is the jets' deed, not what the rebels seized (no weapons seized)
    doc = nlp("Rebels seized the town of Tal Afar on Monday after heavy fighting, and "
              "government jets bombed the area on Tuesday.")
    seized = [m.category for m in finder(doc) if doc[m.start].lower_ == "seized"]
    assert "capture" in seized and "disrupted" not in seized
    # a purpose clause stays the verb's own
    doc = nlp("Relatives of missing soldiers gathered in the main square to demand news.")
    assert "protest" in {m.category for m in finder(doc)}


def test_posts_struck_and_villages_sacked_are_attacks_read_on_the_object(nlp, finder):
    for text in ("Hezbollah fighters struck Islamic State positions near the airport.",
                 "Gunmen sacked six villages near the town on Monday."):
        assert "attack" in {m.category for m in finder(nlp(text))}, text
    for text in ("A powerful earthquake struck the town on Monday.",
                 "The government sacked the mayor of the town on Monday."):
        assert "attack" not in {m.category for m in finder(nlp(text))}, text


def test_security_restored_to_villages_is_ground_retaken(nlp, finder):
    doc = nlp("Army units restored security and stability to several villages on Monday.")
    assert "recapture" in {m.category for m in finder(doc)}
    for text in ("Engineers restored power to the city on Monday.",
                 "The new government restored stability to the economy."):
        assert "recapture" not in {m.category for m in finder(nlp(text))}, text


def test_security_restored_to_a_city_after_a_fight_is_ground_retaken(nlp, finder):
    text = ("Army units on Friday restored security and stability to the city of Deir Hafer "
            "after clashes with militants.")
    assert "recapture" in {m.category for m in finder(nlp(text))}, text
    for text in ("Engineers restored power and water to the whole city on Monday.",
                 # "whole" is no settled ground (the pair reads it no more)
                 "Troops restored security and stability to the whole of Deir Hafer on Monday."):
        assert "recapture" not in {m.category for m in finder(nlp(text))}, text


def test_security_restored_after_a_riot_or_a_disaster_is_no_ground_retaken(nlp, finder):
    """security_restored.py: unrest or a disaster named, no fight: no territory changed hands."""
    for text in ("Police restored security and stability to the city of Deir Hafer on "
                 "Thursday after a weekend of rioting.",
                 "Troops restored security and stability to several towns hit by the floods "
                 "on Thursday."):
        assert "recapture" not in {m.category for m in finder(nlp(text))}, text


def test_a_noun_trigger_tagged_an_adjective_is_read_as_the_noun(nlp, finder):
    doc = nlp("Hezbollah launched an offensive two weeks ago to take back the valley.")
    assert "clash" in {m.category for m in finder(doc)}
    # "offensive" as a modifier stays no trigger
    doc = nlp("The police seized offensive weapons at the border on Monday.")
    assert "clash" not in {m.category for m in finder(doc)}


def test_a_past_verb_parsed_as_a_compound_keeps_its_clause(nlp, finder):
    found = _clauses(nlp, finder, "Croatian armed forces midday Saturday captured Knin, the "
                                  "onetime stronghold of the Croatian Serbs.")
    assert "capture" in {m.category for c in found for m in c.triggers}


def test_pair_needs_its_dependent_on_the_verb(nlp, finder):
    doc = nlp("Troops drove north on Monday and set out for the town.")
    assert not {"recapture", "base"} & {m.category for m in finder(doc)}


def test_a_pair_with_a_preposition_reads_only_that_preposition_s_object(nlp, finder):
    """"break into:house|prison|…" (triggers.toml looting): premises entered by force, only
    the object of "into" — not a town a force breaks into, nor "broke into song", nor a
    building near which something "broke out"."""
    for text in ("Looters broke into the governor's residence in Jos on Sunday.",
                 "Armed men broke into two prisons in Jos and freed 300 inmates."):
        assert "looting" in {m.category for m in finder(nlp(text))}, text
    for text in ("Rebels broke into the city of Jos from three directions.",
                 "The crowd broke into song as the governor arrived in Jos.",
                 "Fighting broke out near the headquarters of the militia in Jos.",
                 "The fire came from a kitchen in Jos on Monday."):
        assert not {"looting", "attack"} & {m.category for m in finder(nlp(text))}, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mortar rounds landed on a residential district on Monday night.", "shelling"),
        ("Drone Hits Aid Truck In Northern Region", "air"),
    ],
)
def test_a_word_capitalised_by_its_position_is_no_name(nlp, finder, text, category):
    assert category in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The news agency reported strikes on the outskirts of Tal Afar on Monday.",
        "A strike hit a building in the old quarter of Tal Afar on Monday.",
        "The army carried out precision strikes on a rebel camp near Tal Afar.",
        "The state agency reports strikes on the town of Tal Afar and on Sinjar.",
        # a weapon's word before it arms it ("air and artillery strikes hit rebel positions")
        "Army air and artillery strikes hit rebel positions near Tal Afar on Monday.",
        # named as where people died or were hurt
        "At least 14 militants were killed in Friday's strikes near Tal Afar.",
        "Two children were wounded during the strike on Monday.",
        # a weapon's word on it arms it, whatever another sense's word says elsewhere
        "A missile strike hit an industrial plant in Tal Afar overnight.",
        # a weapon named on the strike: armed whatever else the sentence names
        "A missile strike on Tal Afar hit an industrial facility on Monday.",
        # the one of them that is the subject ("one of the strikes hit")
        "One of the French strikes destroyed a depot of the rebels near Tal Afar, officials said.",
    ],
)
def test_a_bare_strike_that_struck_something_is_a_trigger(nlp, finder, text):
    assert "strike" in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers went on strike in Tal Afar on Monday.",
        "A general strike on Monday shut shops across Tal Afar.",
        "The prisoner began a hunger strike on Monday.",
        "The forward had a strike on goal in the tenth minute.",
        "A lightning strike hit a farm near Tal Afar on Monday.",
        "The union called off the strike on Monday.",
        # people hurt during a strike of workers: another sense's word in the sentence
        "Two workers were hurt in the strike at the port of Tal Afar on Monday.",
        "Air strikes hit a market in Tal Afar on Monday.",
        # a protest's strike under a junta, and people who joined one
        "Shops in Tal Afar closed for a flash strike against the junta on Friday.",
        "Police held six traders who had taken part in a strike against the council.",
    ],
)
def test_a_strike_of_another_sense_is_no_strike_trigger(nlp, finder, text):
    assert "strike" not in {m.category for m in finder(nlp(text))}


def _shape(found):
    return [(c.root.i, [t.i for t in c.tokens], c.triggers) for c in found]


def test_the_kept_grouping_is_the_grouping_of_each_sentence(nlp, finder):
    """sentence_clauses groups once per set of triggers and keeps it on the Doc; what it
    keeps is what grouping each sentence anew gives, and new triggers are grouped anew."""
    register_extensions()
    doc = nlp("Jets bombed the market on Friday, killing at least 20 people. Rebels stormed "
              "the consulate and seized 49 people, officials said. Residents fled the town.")
    doc._.triggers = finder(doc)
    grouped = sentence_clauses(doc)
    assert [sent for sent, _ in grouped] == list(doc.sents)
    assert [_shape(found) for _, found in grouped] == \
        [_shape(clauses(sent, doc._.triggers)) for sent in doc.sents]
    assert sum(len(found) for _, found in grouped) >= 3
    assert sentence_clauses(doc) is grouped   # kept, not walked again
    doc._.triggers = doc._.triggers[1:]
    regrouped = sentence_clauses(doc)
    assert regrouped is not grouped
    assert doc.user_data[CLAUSES_KEY][0] == doc._.triggers
    assert [_shape(found) for _, found in regrouped] == \
        [_shape(clauses(sent, doc._.triggers)) for sent in doc.sents]


def _climbed(tok):
    """A clause head found token by token, climbing the parse from each (what
    `clause_heads` computes for a whole report at once)."""
    t = tok
    for _ in range(40):
        if t.head.i == t.i:
            return t.i
        if t.pos_ in VERBISH and t.dep_ in CLAUSE_BOUNDARIES and not _merges_up(t):
            return t.i
        t = t.head
    return t.i


def test_clause_heads_of_a_report_are_each_token_s_own_climb(nlp, parsed):
    doc = nlp("Jets bombed the market on Friday, killing at least 20 people and wounding 64, "
              "officials said. Rebels stormed the consulate when guards fled and seized 49 "
              "people. The army said it had destroyed a sabotage group that tried to cross.")
    heads = clause_heads(doc)
    assert heads == [_climbed(t) for t in doc]
    assert len(set(heads)) >= 5
    assert clause_heads(doc) is heads   # kept on the Doc
    # a hand-made parse with a cycle ("a" under "b" under "a") stops after 40 steps too
    looped = parsed(["a", "b", "c"], [1, 0, 2], ["dep", "dep", "ROOT"])
    assert clause_heads(looped) == [_climbed(t) for t in looped] == [0, 1, 2]


def test_the_tokens_of_a_title_case_headline_are_read_once_per_sentence(nlp):
    doc = nlp("Drone Hits Aid Truck In Tigray. A drone hit an aid truck in Tigray on Monday.")
    headline, body = list(doc.sents)[0], list(doc.sents)[-1]
    found = title_case_headlines(doc)
    assert set(range(headline.start, headline.end)) <= found
    assert not found & set(range(body.start, body.end))


DETERMINISM_PROBE = """
import spacy
from spacy.tokens import Doc
from eventdesk.components.trigger_finder import TriggerFinder
nlp = spacy.blank("en")
doc = Doc(nlp.vocab, words=["Heavy", "bombardment"], pos=["ADJ", "NOUN"],
          lemmas=["heavy", "bomb"])
print([m.category for m in TriggerFinder(nlp)(doc)])
"""


def test_trigger_order_does_not_depend_on_string_hashing():
    """A word whose lemma and written form name different categories gives them in one
    order in every process (lemma first), whatever PYTHONHASHSEED is."""
    import os
    import subprocess
    import sys

    from eventdesk.components.triggers import load_lexicon

    by_word = {}
    for name, entry in load_lexicon()["category"].items():
        for lemma in entry.get("lemmas", []):
            by_word.setdefault(lemma, []).append(name)
    expected = by_word["bomb"] + [c for c in by_word["bombardment"] if c not in by_word["bomb"]]
    assert set(by_word["bomb"]) != set(by_word["bombardment"])
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", DETERMINISM_PROBE], env=env,
                             capture_output=True, text=True, check=True)
        outputs.add(run.stdout.strip())
    assert outputs == {repr(expected)}


@pytest.mark.parametrize(("text", "named"), [
    ("The killing of ten civilians by militiamen on Monday shocked the town.", True),
    ("The assassination of the mayor in Tal Afar on Monday shocked the town.", True),
    ("Students marched on Monday against the killing of a classmate.", False),
    ("Residents protested the assassination of the mayor on Monday.", False),
    ("There was anger over the stabbing of a driver.", False),
    ("Outraged by the killing, residents marched to demand an end to the killings.", False),
    # a statement that names the deed with its own day tells it
    ("The Mission condemns the killing of six farmers by gunmen on 3 May near Tal Afar.", True),
    ("The governor condemned the killing of six farmers by gunmen.", False),
    ("Residents protested the killing of six farmers by gunmen on 3 May.", False),
])
def test_a_deed_noun_is_a_trigger_unless_named_as_a_cause(nlp, finder, text, named):
    doc = nlp(text)
    nouns = {m.text.lower() for m in finder(doc)} & {"killing", "assassination", "stabbing"}
    assert bool(nouns) is named


@pytest.mark.parametrize(("text", "kept"), [
    # the deed named again as what set off another: the consequence is told
    ("His arrest sparked riots in the capital.", {"riot"}),
    ("The activist's killing prompted protests in the capital.", {"protest"}),
    ("The raid triggered clashes between the two clans in the town.", {"clash"}),
    # a deed with its own doer, place or day is told where it stands
    ("The killing of a student by police in Tal Afar on Monday sparked protests.",
     {"kill", "protest"}),
    ("An arrest of two men sparked riots in the capital.", {"arrest", "riot"}),
    # a consequence that is no deed leaves the deed alone
    ("His arrest sparked outrage in the capital.", {"arrest"}),
])
def test_a_deed_named_again_as_a_cause_leaves_the_consequence(nlp, finder, text, kept):
    assert {m.category for m in finder(nlp(text))} == kept


@pytest.mark.parametrize(("text", "kept"), [
    # what someone is held, suspected, accused or charged of is no deed told
    ("Police arrested two men on suspicion of throwing stones at a patrol.", {"arrest"}),
    # a charge no deed governs is left to the modality cues (an accusation, a court)
    ("Two men were charged with attacking a police patrol.", {"attack"}),
    ("The minister defended officers accused of shooting protesters.", {"attack", "protest"}),
    ("Police detained three students, accusing them of burning a police car during protests.",
     {"arrest"}),
    ("Police detained a man for allegedly killing a shopkeeper.", {"arrest"}),
    # a deed the suspects did, told in its own words, is a deed
    ("Soldiers killed three militants suspected of planting bombs.", {"kill"}),
    ("Police arrested two men for throwing stones at a patrol.", {"arrest", "riot"}),
])
def test_a_deed_named_as_a_charge_is_no_trigger(nlp, finder, text, kept):
    assert {m.category for m in finder(nlp(text))} == kept


@pytest.mark.parametrize(("text", "category"), [
    # a counter-attack is a fight however it is spelt
    ("The rebels launched a counterattack on army positions near Tal Afar.", "clash"),
    ("The rebels launched a counter-attack on army positions near Tal Afar.", "clash"),
])
def test_a_counter_attack_is_a_clash(nlp, finder, text, category):
    assert category in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an advance running into the other side, told with no verb of fighting
        ("Government troops encountered fierce resistance from rebels near the bridge.",
         "clash"),
        ("The battalions attacked the hamlet and, meeting heavy resistance, withdrew.", "clash"),
        # fire poured on people
        ("The men were sprayed with gunfire by assailants in a moving car.", "attack"),
        ("Gunmen riddled the bus with bullets on the highway.", "attack"),
        # shot at, told with no verb of attack
        ("Their jeep came under fire from unknown gunmen near the border.", "attack"),
    ],
)
def test_trigger_less_wordings_of_fighting_and_shooting(nlp, finder, text, category):
    assert category in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The farmer sprayed the crops with pesticide on Monday.", "attack"),
        ("The farmer sprayed water over the field on Monday.", "attack"),
        ("The rebels met the envoy in the town on Monday.", "clash"),
    ],
)
def test_the_new_pairs_need_their_own_dependent(nlp, finder, text, category):
    assert category not in {m.category for m in finder(nlp(text))}


def test_a_deed_reported_in_the_passive_keeps_the_saying_places():
    """"Shelling was reported in Avdiivka and Marinka": the deed is the passive subject of the
    saying, whose places are the deed's; the speaker of "Officials said" stays out."""
    from eventdesk.components.triggers import _below_speech

    nlp = __import__("spacy").blank("en")
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["Shelling", "was", "reported", "in", "Avdiivka"],
              heads=[2, 2, 2, 2, 3], deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
              tags=["VBG", "VBD", "VBN", "IN", "NNP"], lemmas=["shell", "be", "report", "in",
                                                              "Avdiivka"])
    assert _below_speech(doc[0], doc[2]).i == 2
    doc = Doc(nlp.vocab, words=["Shelling", "killed", "two", ",", "officials", "said"],
              heads=[1, 5, 1, 5, 5, 5], deps=["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT"],
              tags=["NN", "VBD", "CD", ",", "NNS", "VBD"],
              lemmas=["shelling", "kill", "two", ",", "official", "say"])
    assert _below_speech(doc[0], doc[5]).i == 1


def test_a_weapon_under_the_deeds_verb_stays_with_it_when_the_parse_hangs_it_on_said():
    """"The rebels, backed by X, targeted the camp with rockets, officials said" parsed with
    "targeted" as a modifier of the speaker-like subject: the rockets go with "targeted"
    (the deed's clause), not with the saying, as the verb itself does."""
    from spacy.tokens import Doc

    from eventdesk.components.triggers import _below_speech

    nlp = __import__("spacy").blank("en")
    doc = Doc(nlp.vocab,
              words=["Rebels", "targeted", "the", "camp", "with", "rockets", ",", "officials",
                     "said"],
              heads=[8, 0, 3, 1, 1, 4, 8, 8, 8],
              deps=["nsubj", "acl", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT"],
              tags=["NNS", "VBN", "DT", "NN", "IN", "NNS", ",", "NNS", "VBD"],
              lemmas=["rebel", "target", "the", "camp", "with", "rocket", ",", "official",
                      "say"])
    assert _below_speech(doc[1], doc[8]).i == 0
    assert _below_speech(doc[5], doc[8]).i == 0


def test_a_deed_told_as_reported_is_not_pulled_into_the_clause_before(nlp, finder):
    """"…, and fighting was also reported in Beni": the deed is the subject of the saying,
    a telling of its own; "strikes killed 28 people, officials said" stays one clause."""
    register_extensions()
    doc = nlp("Rebels seized Bunia on Monday and fighting was also reported in Beni.")
    found = clauses(next(doc.sents), finder(doc))
    owners = {m.text: c.root.text for c in found for m in c.triggers}
    assert owners["fighting"] == "reported" and owners["seized"] == "seized"
    doc = nlp("Israeli air strikes killed 28 people, officials said.")
    found = clauses(next(doc.sents), finder(doc))
    assert len(found) == 1 and found[0].root.text == "killed"


@pytest.mark.parametrize("text", [
    "Rebels said on Monday they had taken 'full control' of the town.",
    "Rebels said on Monday they had taken \u2018full control\u2019 of the town.",
    "Rebels said on Monday they had \"taken control\" of the town.",
])
def test_a_phrase_is_read_through_the_quotation_marks_inside_it(nlp, finder, text):
    found = [m for m in finder(nlp(text)) if m.category == "capture"]
    assert found and "control" in found[0].text


def test_a_phrase_broken_by_no_quotation_mark_is_not_matched_twice(nlp, finder):
    found = [m for m in finder(nlp("Rebels took control of the town on 'Monday'."))
             if m.category == "capture"]
    assert [m.text for m in found] == ["took control"]


@pytest.mark.parametrize(("text", "agreement"), [
    ("Gunmen shot a motorist near the settlement of Yitzhar on Monday.", False),
    ("Gunmen shot a farmer in a West Bank settlement on Monday.", False),
    ("The two sides reached a settlement on Monday.", True),
    ("The rebels left the town under a settlement reached last week.", True),
    # joined to a noun told as a place: one more place attacked, no deal
    ("Rebel forces attacked Iraqi positions and settlements along the border overnight.", False),
    ("The two sides signed a truce and a settlement on Monday.", True),
])
def test_a_settlement_that_is_a_place_is_no_agreement(nlp, finder, text, agreement):
    assert ("agreement" in {m.category for m in finder(nlp(text))}) is agreement


def test_a_deed_parsed_as_the_speaker_heads_the_reported_clause(nlp, finder):
    """"A junta air strike on a camp … killed at least five people, a spokesman said",
    parsed with the strike as the subject of "said": a deed's noun never speaks, so its
    clause is the strike's, not the saying's; a crowd's noun is a speaker ("protesters
    said")."""
    register_extensions()
    doc = nlp("A junta air strike on a camp for displaced people near Myitkyina in Kachin "
              "state on Sunday killed at least five people, a spokesman for the Kachin "
              "Independence Army said.")
    assert doc[3].dep_ == "nsubj" and doc[3].head.lemma_ == "say"   # the parse this is about
    doc._.triggers = finder(doc)
    [clause] = [c for _, found in sentence_clauses(doc) for c in found]
    assert clause.root.lemma_ != "say"
    crowd = nlp("Protesters said police had beaten them.")
    crowd._.triggers = finder(crowd)
    assert [c.root.lemma_ for _, found in sentence_clauses(crowd) for c in found][0] == "say"


@pytest.mark.parametrize(("text", "category"), [
    ("The storming of the prison on Monday freed hundreds of inmates.", "attack"),
    ("The burning of some 40 houses on Monday was reported by local authorities.", "looting"),
    ("The looting of the market by gunmen angered residents.", "looting"),
    # pairs, and deed nouns that are no gerund (triggers.toml [deed_nouns])
    ("The laying down of arms by the militia was completed on Sunday.", "group_change"),
    ("The FARC completed the handover of its individual weapons on Tuesday.", "group_change"),
    ("The takeover of the town by insurgents forced thousands to flee.", "capture"),
    ("The council announced on Friday the dissolution of the tribal militia.", "group_change"),
    ("The movement confirmed the disbandment of its armed wing.", "group_change"),
    # its object set off by an aside between commas, which the parser hangs on the verb
    ("The UN mission also condemns the burning, on 3 May, of 40 houses in Bambari by armed "
     "men.", "looting"),
])
def test_a_gerund_with_its_object_tells_its_verb_s_deed(nlp, finder, text, category):
    """"The storming of the prison", "the burning of 40 houses": the verb's trigger words
    and object pairs read on its gerund; not a gerund with no object ("the burning
    continued") nor a pair's object it lacks ("the burning of leaves")."""
    assert category in {t.category for t in finder(nlp(text))}


@pytest.mark.parametrize("text", ["The burning continued for hours.",
                                  "The burning of leaves blocked the road.",
                                  "The handover of the keys took place on Sunday.",
                                  "The takeover of the company was approved.",
                                  "The dissolution was announced on Friday."])
def test_a_gerund_without_the_verb_s_object_is_no_trigger(nlp, finder, text):
    assert not finder(nlp(text))


@pytest.mark.parametrize(("text", "category"), [
    # the verb of a slaying, as wires write it
    ("A village chief was slain near Tal Afar on Monday.", "kill"),
    # a death by hanging, read as "hacked to death" is
    ("One of the hostages was hanged to death in Tal Afar on Monday.", "kill"),
    # ground entered told as an aim achieved
    ("The 42nd Brigade managed to enter the Kisik area on Monday.", "capture"),
    # fire returned
    ("The rebels responded with heavy machineguns near Tal Afar on Monday.", "clash"),
    ("The besieged troops retaliated with gunfire on Monday.", "clash"),
])
def test_deaths_and_ground_entered_told_with_other_verbs(nlp, finder, text, category):
    assert category in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize(("text", "category"), [
    # a bare "enter" is as often a plan, a convoy's or a border's: no ground taken
    ("Eight aid trucks attempted to enter the eastern districts on Monday.", "capture"),
    ("The ministers managed to agree on a budget on Monday.", "capture"),
    # death told with no verb of hanging
    ("The guard hanged the flag and feared a death in the family.", "kill"),
    # an answer with no fire in it
    ("The minister responded with guns blazing to the criticism on Monday.", "clash"),
    ("The army responded to the criticism with a statement on Monday.", "clash"),
])
def test_the_death_and_entry_pairs_need_their_own_dependent(nlp, finder, text, category):
    assert category not in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize("text", [
    "Soldiers opened fire near a food distribution centre in Kandi on Friday, killing four.",
    "The agency opened a new health centre in Kandi on Friday.",
])
def test_a_centre_opened_or_set_up_is_no_base(nlp, finder, text):
    # a centre is an aid, health or detention site far more often than a side's base
    assert "base" not in {m.category for m in finder(nlp(text))}


def test_a_camp_or_post_opened_is_still_a_base(nlp, finder):
    doc = nlp("The army opened a new camp near Kandi on Friday.")
    assert "base" in {m.category for m in finder(doc)}


@pytest.mark.parametrize("text", [
    "The militia said it fired a volley at Kiryat Ono in response to the massacre of civilians.",
    "Insurgents fired two barrages at the garrison town overnight.",
])
def test_a_volley_fired_with_no_weapon_named_is_shelling(nlp, finder, text):
    assert "shelling" in {m.category for m in finder(nlp(text))}


def test_a_volley_of_words_is_no_shelling(nlp, finder):
    doc = nlp("The minister faced a barrage of questions from reporters on Monday.")
    assert "shelling" not in {m.category for m in finder(doc)}


def test_a_part_set_on_fire_is_a_burning_even_where_the_parse_hangs_the_fire_on_the_whole(
        nlp, finder):
    # "on fire" parsed on "building", the object of the part's "of"
    doc = nlp("Protesters breached the compound on Tuesday and set part of the building on "
              "fire, television footage showed.")
    assert any(m.category == "riot" and m.text == "set" for m in finder(doc))
    # controls: "set fire to" read once, as its phrase; a part set aside is no burning
    doc = nlp("Youths set fire to part of the market on Tuesday.")
    assert [m.text for m in finder(doc) if m.category == "riot"] == ["set fire"]
    doc = nlp("The council set part of the budget aside on Tuesday.")
    assert not any(m.category == "riot" for m in finder(doc))


def _parsed(nlp, words, heads, deps, pos):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


def test_a_that_clause_the_parse_hangs_on_a_statement_is_a_clause_of_its_own(nlp):
    # "announced in a statement that its fighters targeted the site", parsed with
    # "targeted" as a modifier (acl) of "statement": what the statement tells
    words = ["Rebels", "announced", "in", "a", "statement", "that", "fighters", "targeted",
             "the", "base"]
    doc = _parsed(nlp, words, heads=[1, 1, 1, 4, 2, 7, 7, 4, 9, 7],
                  deps=["nsubj", "ROOT", "prep", "det", "pobj", "mark", "nsubj", "acl",
                        "det", "dobj"],
                  pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "SCONJ", "NOUN", "VERB", "DET",
                       "NOUN"])
    assert not _merges_up(doc[7])
    # control: a statement "that was read out" has no subject of its own: a modifier
    words = ["Rebels", "issued", "a", "statement", "that", "was", "read", "out"]
    doc = _parsed(nlp, words, heads=[1, 1, 3, 1, 6, 6, 3, 6],
                  deps=["nsubj", "ROOT", "det", "dobj", "nsubjpass", "auxpass", "acl", "prt"],
                  pos=["NOUN", "VERB", "DET", "NOUN", "PRON", "AUX", "VERB", "ADP"])
    assert _merges_up(doc[6])


@pytest.mark.parametrize(
    "text",
    [
        # objects joined by "and": the last one the pair reads
        "Demonstrators lobbed paint and bricks at the council building.",
        "Rioters set two buses and a kiosk ablaze late on Sunday.",
        # fireworks shot at a force: a crowd's missiles
        "Fans shot fireworks at riot officers near the stadium.",
        # British police's word for a riot
        "Police said violent disorder erupted in the square after the match.",
    ],
)
def test_a_crowds_violence_told_in_other_words_is_a_riot(nlp, finder, text):
    assert "riot" in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize("text", [
    "Three men were charged with violent disorder on Tuesday.",
    "Five youths were charged with rioting on Tuesday.",
    "Two men were convicted of rioting at the court on Friday.",
    # a court's sentence and a defendant's plea name the offence too
    "Four men were jailed for rioting at Bristol Crown Court on Thursday.",
    "A teenager was sentenced for violent disorder at the court on Monday.",
    "Three men admitted violent disorder at the court on Wednesday.",
    "Two women denied rioting at the magistrates' court on Tuesday.",
    "Six men pleaded guilty to violent disorder at the court on Friday.",
])
def test_a_riot_named_as_a_charge_is_no_riot(nlp, finder, text):
    assert "riot" not in {m.category for m in finder(nlp(text))}


def test_a_deed_done_for_a_reason_is_no_charge(nlp, finder):
    # "for" after a verb that passes no sentence: the deed is told
    doc = nlp("Gunmen killed two traders for refusing to pay a levy on Monday.")
    assert any(m.text == "killed" for m in finder(doc))
    doc = nlp("Youths were praised for rioting by the crowd.")
    assert "riot" in {m.category for m in finder(doc)}


@pytest.mark.parametrize("text", [
    "Supporters fired fireworks to celebrate the result on Monday.",
    "Fans launched fireworks over the square at midnight.",
])
def test_fireworks_fired_at_no_one_are_no_riot(nlp, finder, text):
    assert "riot" not in {m.category for m in finder(nlp(text))}


def test_guns_fired_at_militants_are_no_riot(nlp, finder):
    doc = nlp("Police fired guns at the militants on Tuesday.")
    assert "riot" not in {m.category for m in finder(doc)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # windows broken: a crowd's damage with no riot word
        ("Youths broke the windows of the party office on Friday.", "riot"),
        ("Late on Friday, windows were broken at the town hall.", "riot"),
        # arrests told as detentions carried out
        ("Police carried out detentions in two villages overnight.", "arrest"),
        ("Troops conducted detentions in the camp at dawn.", "arrest"),
        # an army's word for a strike from its aircraft
        ("An air operation on the hideout left six fighters dead.", "air"),
    ],
)
def test_deeds_told_with_light_verbs_or_passives(nlp, finder, text, category):
    assert category in {m.category for m in finder(nlp(text))}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The blast shattered windows across the street.", "riot"),
        ("He spent two years in detention before his trial.", "arrest"),
    ],
)
def test_the_same_verbs_on_other_things_are_no_such_deed(nlp, finder, text, category):
    """Windows a blast shattered are no crowd's damage, time in detention no arrest told."""
    assert category not in {m.category for m in finder(nlp(text))}


def _robbers(parsed):
    # "Robbers trying to rob a bank killed a guard": the trying hangs on its doers (acl)
    return parsed(["Robbers", "trying", "to", "rob", "a", "bank", "killed", "a", "guard"],
                  [6, 0, 3, 1, 5, 3, 6, 8, 6],
                  ["nsubj", "acl", "aux", "xcomp", "det", "dobj", "ROOT", "det", "dobj"],
                  pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN"],
                  lemmas=["robber", "try", "to", "rob", "a", "bank", "kill", "a", "guard"])


def test_a_deed_the_doers_were_trying_tells_who_they_were(parsed):
    doc = _robbers(parsed)
    assert tried_by_the_doers(doc[3], doc[6])
    assert not tried_by_the_doers(doc[6], doc[6])   # the clause's own deed


def test_the_doers_own_trying_is_no_description(parsed):
    """"Robbers tried to rob a bank": the trying is the clause's verb, not a noun's
    description; the deed stays the one tried (modality cue attempt)."""
    doc = parsed(["Robbers", "tried", "to", "rob", "a", "bank"], [1, 1, 3, 1, 5, 3],
                 ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                 pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                 lemmas=["robber", "try", "to", "rob", "a", "bank"])
    assert not tried_by_the_doers(doc[3], doc[1])
