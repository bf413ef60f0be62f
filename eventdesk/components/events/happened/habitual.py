"""Habitual and generic readings: a deed told as what happens as a rule, recurs, or is
counted as a trend or a record ("every day", "are being killed", "attacks have doubled",
"shelled the town repeatedly"), not one incident at a place and day.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import main_trigger
from eventdesk.components.events.happened.counting import as_number
from eventdesk.components.events.happened.table import Modality
from eventdesk.components.events.happened.times import (
    DAY_KINDS,
    day_named,
    day_of_the_deed_told,
    day_told_in,
)
from eventdesk.components.events.preamble import clock_entry
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens, span_root


def generic_present(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Civilians are being killed", "people still get killed": a present passive of
    going on, in a sentence that names no day or week — a state of things, not an
    incident."""
    root = clause.root
    children = list(root.children)
    being = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("are", "is") for c in children)
    got = any(c.dep_ == "auxpass" and c.lower_ in cues.words["generic_present"]
              for c in children)
    if not (being or got):
        return False
    sent = clause.sent
    return not day_told_in(doc, sent)


# Verbs whose infinitive deed goes on ("continue to attack", "keep firing"): in the simple
# present, a habit like the deed's own present.
GOING_ON = frozenset({"continue", "keep"})
# Light verbs whose plural object is the deed ("they launch sporadic attacks", "gangs carry
# out raids"): in the simple present, a habit like the deed's own verb.
LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "stage", "mount", "wage"})


def simple_present(doc: Doc, clause: Clause) -> bool:
    """"Gunmen ambush police convoys and kidnap migrants", "women are attacked when they go
    out": news tells a deed in the past or the present perfect, so a verb in the simple
    present (active or passive), in a sentence that names no day or week, says what
    happens as a rule. Not the report's lead (its first sentence with a verb), where a
    headline or a lead in the present tells news ("Gunmen kill five in X"), nor a digest's
    item run on after a semicolon, told as its headline is ("Kirkuk - bomb kills two
    policemen; Tikrit - gunmen kill an official"), nor a live ticker's entry opened by its
    clock time ("2:45 pm: farmers block the railway track")."""
    root = clause.root
    if root.pos_ != "VERB" or not any(t.pos_ in ("VERB", "AUX")
                                      for t in doc_tokens(doc)[:clause.sent.start]):
        return False   # the lead: no sentence before it but a verbless slug or dateline
    before = next((t for t in reversed(doc_tokens(doc)[:clause.sent.start])
                   if not t.is_space), None)
    if before is not None and before.text == ";":
        return False   # a digest's item (stages.py RUN_ON_ITEM)
    if clock_entry(doc, clause.sent):
        return False   # "2:45 pm: farmers block the railway track": a live ticker's entry
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    # "militants burn houses and kill villagers": the parser tags the second present verb
    # of a pair as a base form
    joined = root.dep_ == "conj" and root.tag_ == "VB" and root.head.tag_ in ("VBP", "VBZ") \
        and not any(c.dep_ in ("aux", "auxpass") for c in root.head.children)
    if root.tag_ in ("VBP", "VBZ") or joined:
        verb = root.head if root.dep_ == "conj" else root
        present = not auxes and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                                    for c in verb.children)   # not a misparsed "reports strikes"
    else:
        present = root.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
            and auxes[0].tag_ in ("VBP", "VBZ") and auxes[0].lemma_ == "be"
    # "armed groups continue to attack villages": the deed an infinitive of going on
    deeds = {root.i} | {c.i for c in root.children
                        if c.dep_ == "xcomp" and root.lemma_.lower() in GOING_ON}
    # "from which they launch sporadic attacks": the deed a plural noun of a light verb
    deeds |= {c.i for c in root.children
              if c.dep_ == "dobj" and c.tag_ == "NNS" and root.lemma_.lower() in LIGHT_VERBS}
    if not present or not any(doc[m.start].i in deeds for m in clause.triggers):
        return False
    sent = clause.sent
    return not day_told_in(doc, sent)


def trend(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Kidnappings rose sharply this year", "attacks have doubled", "sexual violence has
    reached alarming levels": events counted as a trend, the subject of a verb of rising or
    falling (or of reaching a level), with no day of their own. Not a fall onto something
    ("mortar rounds fell on the market"), nor a counted subject ("two mortar shells fell in a
    field", "three rockets fell near the town"): munitions landing, a deed; a trend's subject
    is a bare plural or mass noun."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if tok.dep_ == "conj" and tok.head.dep_ == "nsubj":
        tok = tok.head   # "killings and kidnappings rose"
    verb = tok.head.lemma_.lower()
    levels = [c.lemma_.lower() in cues.trend_levels for c in tok.head.children
              if c.dep_ == "dobj"]
    return (tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NN")
            and (verb in cues.words["trend"] and all(levels)
                 or verb in cues.trend_reaching and any(levels))
            and not any(c.dep_ == "prep" and c.lower_ in cues.landing_preps
                        for c in tok.head.children)
            and not any(c.dep_ in ("det", "nummod") for c in tok.children)
            and not day_named(doc, clause))


# Counts of deeds large enough to be a record, not one incident ("40 attacks").
COUNTED_DEEDS_MIN = 10


def counted_deeds(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The group has carried out dozens of attacks in the county", "militants had staged a
    string of raids on police posts": the clause's deed is a plural noun counted in the
    many or as a series, told in the perfect with no day or week in its sentence: a side's
    record, a tally of incidents, not one. Not the report's lead, not a sentence with its
    day, and not the series as the subject ("a wave of bombings has killed 30 people" is
    news)."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc_tokens(doc)[:clause.sent.start]):
        return False
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if _ranked_in_a_series(tok, cues.words["counted_deeds"]):
        return True
    verb = clause.root if clause.root.pos_ in ("VERB", "AUX") else next(
        (a for a in clause.root.ancestors if a.pos_ in ("VERB", "AUX")), clause.root)
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False   # the perfect on the verb the count hangs on ("have claimed dozens of …")
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    words = cues.words["counted_deeds"]
    top = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in words:
        top = tok.head.head   # "dozens of attacks"
    elif not any(c.dep_ in ("amod", "nummod") and (
            c.lower_ in words or as_number(c) >= COUNTED_DEEDS_MIN) for c in tok.children):
        return False
    if top.dep_ in ("nsubj", "nsubjpass"):
        return False   # "a wave of bombings has killed 30 people": the series is the news
    return not day_of_the_deed_told(doc, clause, cues)


def separate_incidents(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Police shot dead six robbers in two separate gunfights on the highway", "fought
    bandits in four separate skirmishes over the weekend": the deed summed over incidents the
    sentence counts as apart, each at its own place and time, no single one. Read on a
    plural noun after "in" in the verb's phrase, counted by two or more and qualified by one
    of `words`; not "in a separate incident", one incident told apart from another."""
    for tok in clause.root.subtree:
        if tok.tag_ != "NNS" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        children = list(tok.children)
        if any(c.dep_ == "amod" and c.lower_ in cues.words["separate_incidents"]
               for c in children) and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1")
                                          for c in children):
            return True
    return False


def _ranked_in_a_series(tok, words) -> bool:
    """"This is the latest in a series of attacks on army posts", "the ambush was the third
    in a string of raids": the series a deed told before is ranked in, not one more deed."""
    series = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if series is None or series.lemma_.lower() not in words or series.dep_ != "pobj" \
            or series.head.lower_ != "in":
        return False
    ranked = series.head.head
    return ranked.lemma_ == "be" or ranked.tag_ == "JJS" or ranked.lower_ in ORDINAL_RANKS


# Words that rank a deed in its series ("the third in a string of raids").
ORDINAL_RANKS = frozenset({"latest", "last", "second", "third", "fourth", "fifth", "newest"})


# Verbs whose "several times" counts the shots or blows of one deed.
BLOWS = frozenset({"shoot", "stab", "hit", "strike", "beat", "hack", "slash", "punch"})


def iterative(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The army has shelled the town several times since the truce", "the town was shelled
    repeatedly during the conflict", "bandits attacked the village on many occasions": a
    deed said to recur, in a sentence with no day or week, is a span of incidents, not one.
    Read on the verb's adverbs ("repeatedly") and its counted "times" or "occasions" (not a
    number: "shot three times" is one deed). Not a deed done to one person ("stabbed the
    man several times", "shot him repeatedly"), which is one incident."""
    root = clause.root
    words = cues.words["iterative"]
    recurs = False
    for c in root.children:
        if c.dep_ == "advmod" and c.lower_ in words:
            recurs = True
        elif c.dep_ == "npadvmod" and c.lemma_.lower() == "time":
            recurs = recurs or any(g.dep_ == "amod" and g.lower_ in words for g in c.children)
        elif c.dep_ == "prep" and c.lower_ == "on":
            recurs = recurs or any(
                g.dep_ == "pobj" and g.lemma_.lower() == "occasion"
                and any(a.dep_ == "amod" and a.lower_ in words for a in g.children)
                for g in c.children)
    if not recurs or root.lemma_.lower() in BLOWS:
        return False   # "shot Gallagher several times": the shots or blows of one deed
    if any(c.dep_ in ("dobj", "nsubjpass") and (c.tag_ in ("NN", "PRP") or c.lower_ in (
            "him", "her") or c.ent_type_ == "PERSON") for c in root.children):
        return False
    sent = clause.sent
    return not day_told_in(doc, sent)


# Determiners that make a singular recurring deed one instance ("a weekly protest").
ONE_INSTANCE = frozenset({"a", "an", "the", "this", "that", "its", "their"})


def recurring(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Intermittent mortar fire went on in A, B and C", "pupils have staged daily marches
    since the levee gave way on 4 May", "the camp has seen repeated raids", "amid constant
    skirmishes": the deed noun said to recur by its adjective, in a sentence
    that names no day of the deed (a day only as the start of a "since" span is none): a
    span of incidents, none told as one (GUIDELINES: background with no single place and
    day). Not a recurring deed told with its day ("sporadic fire on Sunday", "opened fire
    on a weekly protest on Friday"), nor one that took a counted toll ("repeated raids
    killed 12 soldiers in X"): one incident."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    words = cues.words["recurring"]
    # "intermittent shelling and mortar fire" parsed as one phrase: the adjective on its head
    nouns = [tok] + ([tok.head] if tok.dep_ in ("nmod", "compound", "conj")
                     and tok.head.pos_ == "NOUN" else [])
    if tok.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ in ("amod", "compound") and c.lower_ in words
            for n in nouns for c in n.children):
        return False
    if tok.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ in ONE_INSTANCE
                                         for c in tok.children):
        return False   # "fired on a weekly protest", "the weekly march": one of them
    if _took_a_counted_toll(tok):
        return False   # "repeated raids killed 12 soldiers in X": the raids that day, news
    sent = clause.sent
    starts = [(t.left_edge.idx, t.right_edge.idx) for t in sent
              if t.lower_ == "since" and t.dep_ in ("prep", "mark")]
    starts += [(t.head.left_edge.idx, t.head.right_edge.idx) for t in sent
               if t.lower_ == "since" and t.dep_ == "mark"]
    days = [d for d in doc_ext(doc, "dates") or []
            if sent.start_char <= d.start_char < sent.end_char and d.kind in DAY_KINDS]
    if all(any(a <= d.start_char <= b for a, b in starts) for d in days):
        return True   # no day, or only the start of the span ("since Thursday")
    return not day_of_the_deed_told(doc, clause, cues)


# Verbs of a toll whose subject is the deed ("repeated raids killed 12 soldiers").
TOLL_VERBS = frozenset({"kill", "wound", "injure"})


def _took_a_counted_toll(tok) -> bool:
    """"Repeated raids by the militia killed 12 soldiers in X": the recurring deed the
    subject of a verb of killing or wounding with a counted object is told by its toll, as
    an incident is (the toll of a span is told as "have killed" with no place, or in the
    passive), so the recurrence is no background."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in TOLL_VERBS and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and any(
        o.dep_ == "dobj" and any(n.dep_ == "nummod" for n in o.children)
        for o in verb.children)
