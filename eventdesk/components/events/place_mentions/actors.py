"""A place's name standing for an actor: a capital for its government ("Moscow denied
it"), a person's kin or belongings, an outlet, a town's own police."""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from eventdesk.components.events.happened import modality
from eventdesk.components.events.place_mentions.homes import HOME_COMPOUNDS, is_home
from eventdesk.components.events.place_mentions.other_names import fused_to_a_word, in_a_given_name
from eventdesk.extensions import doc_ext, first_conjunct, span_root
from eventdesk.geo.build import capital_names
from eventdesk.geo.normalize import name_key

# "New Delhi police shot dead a man", "shot by London police": a town's own police, which
# acts in the town -- the town is the scene, not an actor's name or home
TOWN_FORCE_NOUNS = frozenset({"police", "policemen", "policeman"})
# "outside the Baghdad headquarters of the coalition": a town's name before a force's
# seat, which the actor reader takes for the force -- the seat is in the town
TOWN_BASE_NOUNS = frozenset({"headquarters", "garrison"})
# "the town of X": words that call the name after them a settlement (`named_as_a_town`)
TOWN_DESIGNATORS = frozenset({"town", "village", "city", "hamlet"})
# "the Brooklyn gang", "the Gulf cartel": a gang named after the quarter or land it comes
# from -- a name, which may be a namesake abroad, not the scene
GANG_NOUNS = frozenset({"gang", "gangs", "cartel"})
# "Washington's new ambassador", "Moscow's withdrawal", "with Damascus's approval", "Tokyo's
# hardline approach": a place standing for its government
ACTOR_NOUNS = frozenset({"ambassador", "envoy", "president", "government", "minister",
                         "ministry", "official", "spokesman", "leader", "ally", "embassy",
                         "regime", "administration", "delegation", "representative",
                         "approval", "withdrawal", "decision", "consent", "refusal",
                         "policy", "policies", "approach", "relationship", "relations",
                         "stance"})
# "slamming Washington for trade pressure", "condemned Moscow": a capital blamed is its
# government, not a place
BLAME_VERBS = frozenset({"slam", "criticize", "criticise", "condemn", "denounce", "accuse",
                         "blame", "lambast", "castigate", "rebuke", "fault"})
# "its relations with Beijing", "a hardline approach toward Tehran": a government dealt with
RELATION_NOUNS = frozenset({"relationship", "relations", "ties", "approach", "policy",
                            "stance", "rapprochement", "dialogue"})
# "pro-Pyongyang Koreans", "anti-Moscow rebels": a side taken, a government
ALLEGIANCE_WORDS = frozenset({"pro", "anti"})
# "Moscow denied it", "Kyiv has not commented": a capital that speaks (the verbs of saying of
# the modality table) or reacts is its government
REACTION_VERBS = frozenset({"comment", "respond", "reject", "react", "dismiss", "acknowledge",
                            "admit", "protest"})
# "Pereira's cousin", "Sadr's militiamen": a person's kin or followers, never a town's
KIN_NOUNS = frozenset({"cousin", "cousins", "uncle", "nephew", "niece", "aunt", "grandson",
                       "granddaughter", "grandfather", "grandmother", "widow", "stepson",
                       "stepdaughter", "militiamen", "militiaman", "followers", "loyalists",
                       "disciples"})
# "the Kinshasa-appointed governor", "a Damascus-backed militia": a government's doing
ACTOR_COMPOUNDS = frozenset({"appointed", "backed", "sponsored", "funded", "installed"})
# "Washington killed scores", "Tehran captured 15 sailors": a capital as the doer of a deed
# is its government; not "Kabul saw heavy fighting", "Damascus hosted talks"
EXPERIENCE_VERBS = frozenset({"see", "witness", "host", "experience", "suffer", "record",
                              "have", "face", "endure", "welcome", "receive", "mark", "hold",
                              "celebrate", "become", "remain", "get", "take"})
# "Uribe's vehicle", "near Deri's home": what a person has, never a town's
PERSONAL_NOUNS = frozenset({"home", "house", "residence", "car", "vehicle", "wife", "husband",
                            "son", "daughter", "brother", "sister", "father", "mother",
                            "family", "bodyguard", "driver", "funeral", "body", "office"})
# "the conservative government in Madrid", "the regime in Damascus": a government, by its seat
GOVERNMENT_NOUNS = frozenset({"government", "regime", "administration", "cabinet"})
# "the state news service, Sana", "the official news agency, Petra": an outlet, not a town
OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "weekly", "broadcaster",
                          "television", "radio", "channel", "website"})


def names_an_actor(doc: Doc, mention) -> bool:
    """"Washington's new ambassador", "Moscow denied it", "a firm of North Carolina", "a
    Washington-based reporter": a government or an actor's home, not where the event
    happened."""
    end = mention.end
    root = doc[mention.start:end].root
    if towns_police(doc, mention):
        return False  # "shot by London police": the town's force, acting in it
    if root.dep_ == "poss" and root.head.lemma_.lower() in ACTOR_NOUNS:
        return True
    if root.dep_ == "poss" and root.head.lemma_.lower() in PERSONAL_NOUNS \
            and root.ent_type_ not in ("GPE", "LOC"):
        return True  # "when Uribe's vehicle traveled through Barranquilla": a person
    if root.dep_ == "nsubj" and speaking_verb(root.head) \
            and name_key(mention.text) in _capital_keys() \
            and sum(c.dep_ == "nsubj" for c in root.head.children) == 1:
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in BLAME_VERBS \
            and name_key(mention.text) in _capital_keys():
        return True  # "slamming Washington for alleged trade pressure": a government
    if _allegiance(doc, mention.start) or root.dep_ == "pobj" \
            and root.head.lower_ in ("with", "toward", "towards") \
            and root.head.head.lemma_.lower() in RELATION_NOUNS:
        return True  # "pro-Pyongyang Koreans", "relations with Beijing": a government
    if root.dep_ == "poss" and root.head.lower_ in KIN_NOUNS:
        return True  # "Pereira's cousin was shot": a person, whatever NER says
    if root.dep_ == "pobj" and root.head.lower_ == "in" \
            and root.head.head.lemma_.lower() in GOVERNMENT_NOUNS:
        return True  # "plans by the conservative government in Madrid": a government
    if end + 1 < len(doc) and doc[end].text in ("-", "–") \
            and doc[end + 1].lower_ in HOME_COMPOUNDS | ACTOR_COMPOUNDS:
        return True
    if mention.text.endswith(("-", "–")) and end < len(doc) \
            and doc[end].lower_ in HOME_COMPOUNDS | ACTOR_COMPOUNDS:
        return True  # "the Kinshasa- appointed governor"
    if names_a_gang(doc, mention):
        return True  # "members of the Brooklyn gang in Cité Soleil": the gang's name
    if fused_to_a_word(doc, end):
        return True  # "the Yamaguchi-gumi", "a Mosul-bound convoy": a word of its own
    if in_a_given_name(root):
        return True  # "a battle dubbed 'Today is your day Aleppo'": a name
    if root.dep_ == "appos" and (root.head.lemma_.lower() in OUTLET_NOUNS or any(
            c.dep_ == "compound" and c.lower_ == "news" for c in root.head.children)):
        return True  # "the state news service, Sana": an outlet
    root = first_conjunct(root, also=("compound", "appos"))  # "signed by Moscow and Dushanbe"
    if root.dep_ == "nsubj" and name_key(mention.text) in _capital_keys() \
            and _done_at_another_place(doc, root):
        return True  # "Moscow and Kyiv signed a deal in Istanbul": governments acting
    if root.dep_ == "nsubj" and root.i == doc[mention.start:end].root.i \
            and name_key(mention.text) in _capital_keys() and acts_on_someone(root.head):
        return True  # "Washington and its allies killed scores of fighters"
    if root.dep_ == "agent" or root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True  # "an agreement signed by Moscow": a government acting
    return is_home(root)


def names_a_gang(doc: Doc, mention) -> bool:
    """"the Brooklyn gang", "the Gulf cartel": a place's name right before the word for a
    gang, which it names; no evidence of the report's country (a namesake abroad may be
    the better known)."""
    return mention.end < len(doc) and doc[mention.end].lower_ in GANG_NOUNS \
        and doc[mention.start:mention.end].root.dep_ == "compound"


def towns_police(doc: Doc, mention) -> bool:
    """"New Delhi police", "the Medellin police commander": a town's name right before the
    word for its police, or for a force's site in it ("the Baghdad headquarters")."""
    return mention.end < len(doc) \
        and doc[mention.end].lower_ in TOWN_FORCE_NOUNS | TOWN_BASE_NOUNS \
        and span_root(doc, mention.start, mention.end).dep_ == "compound"


def named_as_a_town(doc: Doc, mention, actor) -> bool:
    """"clashes near the river town of Kalvaro", "the village of X": a name the report
    calls a settlement, which the actor reader also knows as a group's (a militia named after
    its town) -- where only the name is the actor's words, the town is the scene."""
    return mention.designator in TOWN_DESIGNATORS and actor.start == mention.start \
        and actor.end == mention.end and mention.start >= 2 \
        and doc[mention.start - 1].lower_ == "of" \
        and doc[mention.start - 2].lower_ == mention.designator


def scene_of_actor(doc: Doc, mention, actor) -> bool:
    """The name, inside an actor's words, is still the scene: the town's own police
    (`towns_police`) or a town the report names as one (`named_as_a_town`)."""
    return towns_police(doc, mention) or named_as_a_town(doc, mention, actor)


def _allegiance(doc: Doc, start: int) -> bool:
    """"pro-Pyongyang", "pro- Pyongyang", "anti-Moscow": the name follows a word of taking
    sides."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before.rstrip("-–") in ALLEGIANCE_WORDS and before[-1:] in ("-", "–"):
        return True
    return start > 1 and before in ("-", "–") and doc[start - 2].lower_ in ALLEGIANCE_WORDS


def speaking_verb(verb: Token) -> bool:
    """A verb of saying or reacting ("said", "denied", "responded"): a capital as its
    subject is a government speaking, a place after it where the speaker was."""
    lemma = verb.lemma_.lower()
    return lemma in modality().words["speech"] or lemma in REACTION_VERBS


def acts_on_someone(verb: Token) -> bool:
    """An active verb with an object, of a deed, not of witnessing ("killed scores", not
    "saw clashes"); the object may hang on a verb joined to it ("captured and detained 15
    sailors")."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in EXPERIENCE_VERBS \
        and any(c.dep_ == "dobj" for v in [verb, *joined] for c in v.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _done_at_another_place(doc: Doc, subject: Token) -> bool:
    """The subject's verb says where its deed was done: "in", "at" or "near" a place the
    subject does not name ("in Istanbul", "in Aleppo countryside")."""
    inside = {t.i for t in subject.subtree}
    for tok in subject.head.subtree:
        if tok.i in inside or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "near"):
            continue
        if any(tok.left_edge.i <= m.start and m.start <= tok.i and m.kind != "country"
               for m in doc_ext(doc, "places") or []):
            return True
    return False


@functools.cache
def _capital_keys() -> frozenset[str]:
    """The world's capitals by name key: the names that stand for governments."""
    return frozenset(name_key(name) for name in capital_names().values() if name)
