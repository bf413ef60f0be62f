"""Where an actor comes from or is stationed ("a firm of North Carolina", "a brigade
based in Szczecin"): its home, not where the event happened."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.extensions import doc_ext
from eventdesk.geo.words import FACILITY_WORDS

# "a Washington-based reporter", "a firm of North Carolina", "a man from Ohio": a home
HOME_COMPOUNDS = frozenset({"based", "born", "headquartered", "registered"})
HOME_NOUNS = frozenset({"firm", "company", "corporation", "contractor", "employee", "native",
                        "citizen", "national", "businessman", "student", "tourist", "immigrant"})
# "Constable Y (aged 31, resident of Village Z)", "a driver, a resident of X, in W": one
# person's home told beside his name when the sentence names another place for the deed;
# not "residents of X protested", the crowd at home ("native" is a HOME_NOUN already)
PERSON_HOME_NOUNS = frozenset({"resident", "inhabitant"})
# "fighters from Homs attacked a post outside the town": armed men named, as the doers, by
# where they come from, who act elsewhere ("60 people from X village were killed" is most
# often told of victims at home; "from" a place on a deed's verb is left to `is_away`)
ORIGIN_NOUNS = frozenset({"fighter", "militant", "rebel", "gunman", "insurgent", "soldier",
                          "volunteer", "jihadist", "jihadi"})
# "a brigade based in Szczecin", "stationed at Fort Bliss, Texas": a unit's or person's home
HOME_VERBS = frozenset({"base", "station", "headquarter", "register", "bear", "reside"})
# "gunmen positioned in X fired shells on Y": the doers' post, not what they hit (but "an
# offensive on forces positioned in X" was at X: only for the clause's subject)
POST_VERBS = frozenset({"position"})
# Links a place climbs through to the word it describes ("the port city of Szczecin").
ATTACHMENT_DEPS = frozenset({"pobj", "prep", "appos", "conj", "compound", "nmod"})


def is_home(root: Token) -> bool:
    """"a firm of North Carolina", "Ranimat, 28, of Kafr Tsurif near Hebron", "a brigade
    based in the port city of Szczecin": where an actor comes from or is stationed."""
    tok = root
    sited = False   # "students of a school in Kumbo": the place is the school's, the scene
    while tok.dep_ in ATTACHMENT_DEPS and tok.head is not tok:
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in ("in", "at") and (
                head.pos_ == "NOUN" and head.lemma_.lower() not in HOME_NOUNS
                or head.pos_ == "PROPN" and head.lower_ in FACILITY_WORDS):
            sited = True  # also a named site: "a student of Tarvel College in Kumbo"
        if tok.dep_ == "prep":
            if tok.lower_ in ("in", "at") and head.pos_ == "VERB" \
                    and head.lemma_.lower() in HOME_VERBS and not _event_registered(head):
                return True
            if tok.lower_ in ("in", "at") and head.lemma_.lower() in POST_VERBS \
                    and _posts_the_subject(head):
                return True
            age = head.like_num and person_with_age(head.head)  # "X, 28, of"
            if tok.lower_ in ("of", "from") and not sited and (
                    head.lemma_.lower() in HOME_NOUNS or head.ent_type_ == "PERSON"
                    or age or _one_persons_home(head, root)):
                return True
            if tok.lower_ == "from" and tok.i < root.i and not any(
                    t.dep_ == "prep" and t.lower_ != "of" for t in root.doc[tok.i + 1:root.i]) \
                    and head.lemma_.lower() in ORIGIN_NOUNS and head.dep_ == "nsubj":
                return True  # "fighters from Homs attacked", not "from a base in Homs",
                # nor "dislodged fighters from Kukawa" (the place they were driven from)
        tok = head
    return False


def _one_persons_home(noun: Token, place: Token) -> bool:
    """"gunmen shot dead a driver, a resident of Tarbela, in Haripur": a single resident set
    beside a name or a word for a person tells his home when the sentence names another
    place (outside the apposition) for the deed, or in brackets, an aside; alone ("Ali, a
    resident of Tarbela, was shot dead outside his house") his home is the likeliest
    scene."""
    if not (noun.lemma_.lower() in PERSON_HOME_NOUNS and noun.tag_ == "NN"
            and noun.dep_ == "appos"):
        return False
    for t in reversed(noun.doc[noun.sent.start:noun.i]):
        if t.text in "()":
            if t.text == "(":
                return True  # "Constable Y (aged 31, resident of Z)": an aside, no scene
            break
    told = set(t.i for t in noun.subtree)
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") and t.i not in told and t.i != place.i
               for t in place.sent)


def _posts_the_subject(verb: Token) -> bool:
    """"gunmen positioned in X fired": the participle describes the clause's subject, as
    its clause ("acl") or, parsed as the main verb, with that subject and no object of its
    own ("the army positioned tanks in X" puts the tanks there)."""
    if verb.dep_ == "acl":
        return verb.head.dep_ == "nsubj"
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and "dobj" not in deps


def _event_registered(verb: Token) -> bool:
    """"Clashes were registered in Tibú", as translated press says: the event, not a firm,
    is the subject of "registered", and the place is its scene, not a home."""
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(m.start <= i < m.end for m in doc_ext(verb.doc, "triggers") or [] for i in subjects)


def person_with_age(name: Token) -> bool:
    """"X, 52,": a person's name with an age set off by commas (a home "of" it here; the
    victim told again in merging/victims.py)."""
    if name.pos_ != "PROPN" and name.ent_type_ != "PERSON":
        return False
    after = [t for t in name.doc[name.i + 1:name.i + 7] if not t.is_space][:3]
    return [t.text for t in after[::2]] == [",", ","] and after[1].like_num
