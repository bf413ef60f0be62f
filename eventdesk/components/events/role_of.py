"""A noun's role towards the clause's verb, read from the dependency parse: agent for
subjects and "by" phrases, patient for objects, passive subjects and the dying; with the
parser's misreadings of headlines and fronted phrases. Split from roles.py, which picks the
clause's two sides from the roles of all its actor mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.triggers import load_lexicon
from eventdesk.extensions import doc_ext, doc_tokens

# "Two soldiers died": the subject of a verb of dying is a victim, never the acting side
DYING_VERBS = ("die", "perish", "succumb")
# "Two soldiers embraced martyrdom", "three others sustained injuries": a verb and the
# object that make its subject the dead or the hurt, never the acting side
SUFFERED = {"embrace": ("martyrdom", "shahadat", "shahadah"), "meet": ("death", "end"),
            "sustain": ("injury", "wound"), "suffer": ("injury", "wound")}
PATIENT_PREPS = ("on", "at", "against", "with", "into", "upon", "among", "targeting")
HARM_VERBS = ("kill", "wound", "injure", "abduct", "kidnap", "murder", "massacre")
# War machines the actor lexicon reads as a state's forces, which a "with" phrase may name
# as the means of a deed ("shelled the town with heavy artillery")
WAR_MACHINES = frozenset({"artillery", "tank", "helicopter", "gunship", "warplane", "jet",
                          "aircraft"})
# "accused the rebels of arresting 15 men", "blamed the army for killing five herders",
# "charged the militia with burning homes": the accused did the deed the gerund tells
ACCUSING_VERBS = {"accuse": "of", "blame": "for", "charge": "with"}


def _headline_passive(verb: Token) -> bool:
    """"At least 40 displaced people killed in an attack on a camp": a harm verb with a
    subject but no object and no auxiliary is a passive with "were" dropped, as headlines
    and bullet points write it; its subject is the victim, never the acting side. Not a
    verb whose object a verb joined to it holds ("ISIS killed and executed several
    civilians"), nor one a noun phrase follows, which the parser hung elsewhere ("gunmen
    on Sunday killed tribal leader X, a member of…, said police"): the active's object."""
    return verb.lemma_.lower() in HARM_VERBS and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp")
        or c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children) and not _object_follows(verb)


def _means_of_the_deed(noun: Token) -> bool:
    """A war machine in a "with" phrase of a verb that has its own object ("shelled the town
    with heavy artillery", "attacked the village with tanks") is how the deed was done, not
    the side it was done to; without an object "with" names the other side ("clashed with
    tanks")."""
    verb = noun.head.head
    return noun.lemma_.lower() in WAR_MACHINES and verb.pos_ == "VERB" \
        and any(c.dep_ == "dobj" for c in verb.children)


def _suffered(verb: Token) -> bool:
    """The verb with its object says its subject died or was hurt ("embraced shahadat")."""
    objects = SUFFERED.get(verb.lemma_.lower(), ())
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


def _under_fire(verb: Token) -> bool:
    """"The camp came under rocket fire", "the convoy was under attack": the subject of
    "come" or "be" with "under" suffered the deed; it did not do it."""
    return verb.lemma_.lower() in ("come", "be") and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)


def _object_follows(verb: Token) -> bool:
    """The word after the verb opens a noun phrase (no date, no time): its object."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("DET", "NUM", "PROPN", "NOUN", "ADJ", "PRON") \
        and nxt.ent_type_ not in ("DATE", "TIME")


def fronted_subject(noun: Token, root: Token) -> bool:
    """"On Monday in the Qalamoun Mountains, the army's 63rd Brigade and Hezbollah captured
    the hill", "According to X, the commandos captured…", "After capturing the tower, the
    army took…": after a fronted phrase the parser hangs the subject on that phrase's last
    noun as an apposition (and the attribution stage reads it as part of the source),
    leaving the verb without a subject. A noun so hung, set off by a comma, right before a
    verb that has no subject of its own, is it."""
    doc = noun.doc
    if noun.head.dep_ not in ("pobj", "dobj") or not 0 < noun.left_edge.i < noun.i < root.i \
            or doc[noun.left_edge.i - 1].text != "," or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return False
    if any(t.pos_ != "ADV" for t in doc_tokens(doc)[noun.right_edge.i + 1:root.i]):
        return False
    return root in noun.ancestors


def _describes_another(verb: Token) -> bool:
    """"A contractor working with U.S. forces", "journalists working for the state
    media": a participle phrase that says whom a person works with or for; the person
    named by the head noun is the one acted upon or acting, never the force in the phrase
    (the head noun decides who he is). Only for a head noun no actor mention covers."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = verb.head
    return not any(m.start <= noun.i < m.end for m in doc_ext(noun.doc, "actors") or [])


def _hedged_doers(by: Token, root: Token) -> bool:
    """"was stabbed outside a bakery reportedly by two rival youths": a hedge before
    "by" (triggers.toml `[charge_words]` hearsay) makes the parser hang it on the nearest
    noun of the passive clause, not as its agent; it still names who did the deed. Not a
    "by" inside a clause of its own on the way up to the deed ("the man who was allegedly
    beaten by guards was shot"): no verb between the "by" and the deed's verb."""
    if by.dep_ != "prep" or not any(c.dep_ == "advmod" and c.lower_ in load_lexicon()[
            "charge_words"]["hearsay"] for c in by.children) \
            or not any(c.dep_ == "auxpass" for c in root.children):
        return False
    head = by.head
    while head.i != root.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def role_of(tok: Token, root: Token, event_words: frozenset[int] | set[int] = frozenset()
             ) -> str | None:
    """agent for subjects and "by" phrases, patient for objects and passive subjects;
    `event_words` are the clause's trigger tokens ("an ambush by X": X acted)."""
    t = tok
    for _ in range(15):
        dep = t.dep_
        if dep == "conj" and t.head.dep_ in ("nsubj", "dobj", "nsubjpass", "pobj"):
            t = t.head
            continue
        if dep in ("nsubj", "csubj"):
            if t.head.pos_ not in ("VERB", "AUX"):
                # a subject of a noun: a headline the parser misread; "12 SOLDIERS KILLED
                # IN AMBUSH" still says who died
                return "patient" if any(_headline_passive(c) for c in t.children
                                        if c.dep_ == "acl") else None
            dying = t.head.lemma_.lower() in DYING_VERBS or _suffered(t.head)
            return "patient" if dying or _headline_passive(t.head) or _under_fire(t.head) \
                else "agent"
        if dep == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "prep" \
                and t.head.head.i in event_words:
            # "killed in an ambush by Islamic State fighters"; but "troops repelled an
            # attack by X": the attack is what the subject acted on
            noun = t.head.head
            if _dates_the_deed(noun, root):
                return None  # "arrested 14 people after attacks by bandits": that deed's
            return "patient" if noun.dep_ == "dobj" and noun.head.i == root.i else "agent"
        if dep == "poss" and t.head.i in event_words and t.head.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ in ("of", "on", "against") for c in t.head.children):
            return "agent"   # "the Turkish occupation's shelling of the village", "the junta's
            # strikes against the monastery": with what it was done to named, its owner did it
        if dep == "pobj" and t.head.lower_ == "of" and t.head.head.i in event_words \
                and t.head.head.pos_ == "NOUN":
            # "the killing of ten civilians", "the abduction of two nurses": the deed named
            # as a noun takes whom it was done to with "of"
            return "patient"
        if dep == "pobj" and t.head.lower_ == "by" and _hedged_doers(t.head, root):
            return "agent"
        if dep == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
            verb = t.head.head
            if verb.i == root.i or verb.dep_ in ("acl", "advcl") and (
                    verb.head.i == root.i or verb.head.pos_ == "NOUN"
                    and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and verb.head.head.i == root.i):
                return "agent"
            return None
        if dep in ("attr", "oprd") and t.head.i != root.i and t.head.lemma_.lower() == "be":
            # "gunmen suspected to be members of X", "a man who was a Hamas commander":
            # who the described noun is; it has that noun's role
            t = t.head
            continue
        if dep == "appos" and fronted_subject(t, root):
            return "agent"
        if dep == "dobj" and _accused_of_a_deed(t):
            return "agent"
        if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
            return "patient"
        if dep == "pobj" and _describes_another(t.head.head):
            return None
        if dep == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "behalf":
            return None  # "suspects who made calls on behalf of the TTP": whom they served
        if dep == "pobj" and t.head.lower_ == "with" and _means_of_the_deed(t):
            return None
        if dep == "pobj" and t.head.lower_ in PATIENT_PREPS:
            return "patient"
        if dep in ("compound", "amod", "poss", "nmod", "appos") or (
            dep == "pobj" and t.head.lower_ == "of"
        ) or dep == "prep" and t.lower_ == "of":
            t = t.head
            continue
        if t.i == root.i or t.head.i == t.i:
            return None
        if dep in ("advcl", "acl", "xcomp", "relcl", "conj", "ccomp", "prep", "pcomp",
                   "pobj"):
            t = t.head
            continue
        return None
    return None


# Prepositions by which another deed dates the clause's own ("after attacks by X").
DATING_PREPS = frozenset({"after", "following", "since", "before"})


def _dates_the_deed(noun: Token, root: Token) -> bool:
    """The deed noun lies in a time phrase of the clause's verb ("arrested 14 people after
    a night of attacks on homes by bandits"): an earlier deed's doer is not the clause's."""
    for anc in noun.ancestors:
        if anc.i == root.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in DATING_PREPS:
            return True
    return False


def _accused_of_a_deed(noun: Token) -> bool:
    """The object of an accusation whose "of"/"for"/"with" phrase tells a deed as a gerund
    ("accused the M23 of arresting 15 men"): the one accused of doing it, not its victim."""
    prep = ACCUSING_VERBS.get(noun.head.lemma_.lower())
    return prep is not None and any(
        p.dep_ == "prep" and p.lower_ == prep and any(c.dep_ == "pcomp" and c.tag_ == "VBG"
                                                     for c in p.children)
        for p in (*noun.children, *noun.head.children))
