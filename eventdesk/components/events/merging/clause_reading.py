"""Readings of a clause's words that several merging tests share or keep on the
candidate: its subject, a back-reference ("in the raids"), a cue that it tells another
incident ("separately") or a sequel ("later"), a sentence naming only a region."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import LATER_WORDS, lexicon
from eventdesk.components.events.preamble import preamble_end
from eventdesk.components.triggers import SPEECH_LEMMAS, Clause, load_lexicon
from eventdesk.extensions import climb, doc_ext, doc_text, doc_tokens
from eventdesk.geo.name_spans import word_after

# Words that put a deed after another told before (by the same attackers, of the same
# crowd): a new deed, not a retelling.
SEQUEL_WORDS = frozenset({"later", "then", "again", "afterwards", "subsequently", "next",
                          "another", "also"})
# Words that make a noun name an incident other than the one told before ("in a separate
# attack", "in other clashes", "in a similar raid").
OTHER_INCIDENT_WORDS = frozenset({"another", "other", "separate", "similar", "further",
                                  "new", "fresh"})


def weapon_stopped(clause: Clause) -> bool:
    """"Air defences shot down a drone over X", "intercepted two rockets": a weapon stopped
    in flight, an interception — not arms a fight's winners seized."""
    return any(t.lemma_.lower() == "intercept" or (
        t.lower_ == "down" and t.dep_ == "prt" and t.head.lemma_.lower() == "shoot")
        for t in clause.tokens)


def subject_of(verb: Token, *, whole_list: bool = False) -> Token | None:
    """The verb's subject, or the one it shares with the verb it is joined to ("the
    helicopter returned and fired"); `whole_list`: with the first verb of the list it ends
    ("the gunmen stopped the bus, ordered the passengers out and shot them")."""
    tok, steps = verb, 0
    while True:
        found = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None or tok.dep_ != "conj" or steps and not whole_list:
            return found
        tok, steps = tok.head, steps + 1


def is_backref(tok: Token) -> bool:
    """"in the raids", "during Friday's fighting": a noun of the event told before, named
    with "the" or a possessive (not "another attack", "the other clashes")."""
    nouns = lexicon()["backref_nouns"]
    if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns:
        return False
    if tok.head.lower_ not in ("in", "during", "from"):
        return False
    if any(c.lower_ in OTHER_INCIDENT_WORDS for c in tok.children
           if c.dep_ in ("det", "amod")):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
               for c in tok.children)


def told_as_another(doc: Doc, sent: Span, clause: Clause) -> bool:
    """"Separately, …", "in another attack", "elsewhere", "In a separate incident, …": the
    report says the clause tells a different incident from those before it ("separate"
    only in such a phrase: "signed separate agreements" tells one deed)."""
    cues = lexicon()["another_incident"]
    before = doc[sent.start:clause.start] if clause.start > sent.start else []
    return any(t.lower_ in cues and not _another_one_harmed(t, clause)
               and not _of_a_joined_target(t)
               or (t.lower_ == "separate" and t.dep_ == "amod" and t.head.dep_ == "pobj")
               for t in [*before, *clause.tokens])


def _of_a_joined_target(word: Token) -> bool:
    """"Said it had fired missiles at a headquarters in X, and at groups elsewhere in the
    region": "elsewhere" said of a second target joined to the first, not of the deed."""
    return word.dep_ == "advmod" and any(a.dep_ == "conj" and a.pos_ == "ADP"
                                         for a in word.ancestors)


def _another_one_harmed(word: Token, clause: Clause) -> bool:
    """"Another protester was wounded in the thigh": one more person the deed harmed, the
    passive subject of the clause's verb of a toll, not another incident."""
    return word.dep_ == "det" and word.head.dep_ == "nsubjpass" \
        and word.head.head.i == clause.root.i \
        and clause.root.lemma_.lower() in load_lexicon()["bare_strike"]["toll_verbs"]


def told_later(doc: Doc, sent: Span, clause: Clause) -> bool:
    """"Trouble broke out later that evening, when youths torched vehicles": the report
    puts the clause after what it told before (a sequel of its own, not the same crowd's
    moment)."""
    before = doc[sent.start:clause.start] if clause.start > sent.start else []
    return any(t.lower_ in LATER_WORDS for t in [*before, *clause.tokens])


def done_again(clause: Clause) -> bool:
    """"On Wednesday, the jets returned and bombed the same village again": the clause's
    verb is told as done once more, a deed of its own, not the one told before retold."""
    return any(c.lower_ == "again" and c.dep_ == "advmod" for c in clause.root.children)


def told_also(clause: Clause) -> bool:
    """"Barrel bombs also fell on four villages in the province": the clause's verb is told
    as a deed beside the one told before, not that one again."""
    return any(c.lower_ in ("also", "too") and c.dep_ == "advmod" for c in clause.root.children)


def side_account(clause: Clause) -> bool:
    """"The Russian defence ministry said its forces had struck Ukrainian army positions in
    the Kherson area", "the army said troops had fired at 'a terrorist who hurled an
    explosive device'": the clause is within what someone said had happened, in the past
    perfect (a side's account of a deed, whose day is the saying's), read up the parse from
    the clause's verb to the speech verb."""
    pluperfect = False
    for tok in climb(clause.root, 12):
        pluperfect = pluperfect or any(c.dep_ == "aux" and c.lower_ == "had"
                                       for c in tok.children)
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_LEMMAS:
            return pluperfect
    return False


def deed_of_the_target(doc: Doc, clause: Clause) -> bool:
    """"Troops fired at a man who hurled an explosive device", "police fired tear gas at
    youths who were blocking the road": the clause is a relative clause on the object of a
    deed told in its sentence, not in the past perfect ("who had planted bombs" is an
    earlier deed): what the target was doing as that deed was done to it."""
    root = clause.root
    if root.dep_ != "relcl" or any(c.dep_ == "aux" and c.lower_ == "had"
                                   for c in root.children):
        return False
    noun = root.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        else noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.pos_ == "VERB" and any(
        m.start <= verb.i < m.end for m in doc_ext(doc, "triggers") or [])


# Verbs of the attacked side fighting off the attackers just told ("repelled them").
REPELLING = frozenset({"repel", "repulse"})


def repelled_them(clause: Clause) -> bool:
    """"Security forces bravely repelled them": the clause's verb fights off attackers
    named only by a pronoun, those of the deed told just before."""
    return clause.root.lemma_.lower() in REPELLING and any(
        c.dep_ == "dobj" and c.lower_ == "them" for c in clause.root.children)


# Nouns a deed's target may be named by: "ambushed a military convoy … The convoy was
# attacked near X" (not people: "the soldiers were killed" may be a toll of its own).
TARGET_NOUNS = frozenset({"convoy", "patrol", "column", "bus", "vehicle", "truck", "car",
                          "checkpoint", "post", "base", "outpost", "camp", "station",
                          "market", "mosque", "church", "school", "hospital", "hotel",
                          "building", "house", "boat", "train", "plane", "helicopter",
                          # the words South Asian and African news name a police or army
                          # post by ("shelled an army picket … overran the picket")
                          "checkpost", "picket", "barracks", "garrison"})


def target_noun(clause: Clause) -> str | None:
    """"ambushed a military convoy", "an attack on a police post", "a bus was hit", "an
    airstrike on a school killed 20": the word the clause names its target by
    (`TARGET_NOUNS`), if any."""
    root = clause.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    for child in list(root.children) + ([] if subject is None else list(subject.children)):
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in TARGET_NOUNS:
            return child.lemma_.lower()
        if child.dep_ == "prep" and child.lower_ == "on":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in TARGET_NOUNS:
                return obj.lemma_.lower()
    return None


# Nouns a strike's weapons are named by: "Troops shelled the district on Monday. The shells
# hit a bus stop": the weapons named again with "the" are those of the strike told before.
WEAPON_NOUNS = frozenset({"shell", "rocket", "mortar", "missile", "projectile", "bomb",
                          "drone", "airstrike", "grenade"})
# The deed itself named again as the subject ("The strike hit a compound in X village").
DEED_NOUNS = frozenset({"strike", "raid", "attack", "assault", "ambush", "blast",
                        "explosion", "bombing", "shelling", "bombardment"})


def target_named_again(clause: Clause) -> str | None:
    """"The convoy, escorting supply trucks to Sebba, was attacked near X": the subject of
    a passive deed is a target named again with "the" (no name of its own): its word."""
    subject = next((c for c in clause.root.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in TARGET_NOUNS \
            or not _named_again(subject):
        return None
    return subject.lemma_.lower()


def noun_named_again(clause: Clause) -> str | None:
    """"The convoy … was attacked near X", "a jet dropped two bombs on the school in Y",
    "the shells hit a bus stop": a target named again with "the" (no name of its own) as
    the subject of a passive deed, its object or what it was done on, or a strike's weapons
    or the deed itself named again with "the" as the subject ("The strike hit a compound in
    X"): its word (`target_named_again` is the passive alone, the reading the vetter was
    fitted on)."""
    for child in clause.root.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        nouns = WEAPON_NOUNS | DEED_NOUNS if child.dep_ == "nsubj" else TARGET_NOUNS \
            if child.dep_ in ("nsubjpass", "dobj", "pobj") else frozenset()
        if child.lemma_.lower() in nouns and _named_again(child):
            return child.lemma_.lower()
    return None


def _named_again(noun: Token) -> bool:
    """"the convoy", "these shells": a noun told before, with no name of its own (its
    place may follow: "the school in Y village")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in noun.children) \
        and not any(t.pos_ == "PROPN" for t in noun.doc[noun.left_edge.i:noun.i])


# Quotation marks that open a quotation, and those that may close each.
QUOTE_CLOSERS = {'"': '"', "“": "”", "'": "'", "‘": "’"}
# "A villager told Radio Kiryandongo that \"the fighters shelled our homes\"": a quotation
# opened after the speaker and whom they told it to, early in its sentence.
TOLD_THAT = re.compile(r"^[^\"“”]{1,150}?\btold\s[^\"“”]{1,60}?(?:\sthat|:)\s*([\"“‘'])")


def quoted_bare(doc: Doc, sent: Span, clause: Clause) -> bool:
    """"'The enemy attacked us from three directions,' a soldier said", "a herder told the
    radio that 'they shot at everyone'": the clause is in a quotation that opens its
    sentence or follows "told <someone> that", and the quotation names no place and no
    day of its own (those the sentence gives are where and when it was said)."""
    text = doc_text(doc)[sent.start_char:sent.end_char]  # sent.text makes each word anew
    told = TOLD_THAT.match(text) if text[:1] not in QUOTE_CLOSERS else None
    opening = told.start(1) if told else 0
    closer = QUOTE_CLOSERS.get(text[opening:opening + 1])
    if closer is None:
        return False
    end = text.find(closer, opening + 1)
    while end != -1 and end + 1 < len(text) and text[end + 1].isalpha():
        end = text.find(closer, end + 1)   # "soldiers' base": an apostrophe, not the close
    # after "told X", the clause may open with the "that" before the quotation: its verb
    at = clause.root.idx if told else doc_tokens(doc)[clause.start].idx
    if end == -1 or not sent.start_char + opening <= at < sent.start_char + end:
        return False
    quote = (sent.start_char + opening, sent.start_char + end)
    return not any(quote[0] <= m.start_char < quote[1] for m in doc_ext(doc, "places") or []) \
        and not any(quote[0] <= d.start_char < quote[1] for d in doc_ext(doc, "dates") or []) \
        and not any(t.ent_type_ in ("GPE", "LOC", "FAC") and quote[0] <= t.idx < quote[1]
                    for t in doc_tokens(doc)[sent.start:sent.end])


def names_only_a_region(doc: Doc, sent: Span) -> bool:
    """The sentence names a region (a province, a state) and no town, city or district
    (the dateline's city is where the report was filed)."""
    filed = preamble_end(doc)
    kinds = {m.kind for m in doc_ext(doc, "places") or [] if sent.start <= m.start < sent.end
             and m.start_char >= filed and not _dateline_city(doc, m)} - {"country"}
    return kinds == {"region"}


def _dateline_city(doc: Doc, mention) -> bool:
    """"CÚCUTA – The confrontations …": the city opening the report before a dash. Not
    `MentionJudge.is_dateline` (the preamble): its patterns want A-Z capitals or a day,
    and miss "CÚCUTA –" and "Kabul –"."""
    after = word_after(doc, mention.end - 1)  # "CÚCUTA  –"
    return mention.start == 0 and after < len(doc) and doc[after].text in ("–", "—", "-", "--")


def object_is_a_place(doc: Doc, clause: Clause) -> bool:
    """The clause's verb acts on a place ("attacked Macomia town", "stormed the village"),
    not on people a relative clause places ("shot dead three men who tried to stop them in
    the X neighbourhood")."""
    ids = {t.i for t in clause.tokens}
    for obj in clause.root.children:
        if obj.dep_ != "dobj" or obj.i not in ids:
            continue
        told_of = {t.i for c in obj.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        span = {t.i for t in obj.subtree} - told_of
        if obj.lower_ in lexicon()["anaphora"] or any(
                m.start in span and m.kind != "country" for m in doc_ext(doc, "places") or []):
            return True
    return False


def people_of_a_deed(clause: Clause) -> int:
    """"Youths who had rallied outside the court stabbed a clerk", "thugs set upon marching
    nurses": a clause hung on a noun (a relative clause or participle) that is a verb's
    subject or object, with or without a preposition, names that verb's doers or victims by
    what they were doing; the verb's first character, else -1 (merging:
    `crowd_of_the_deed`). Not a clause of its own ("nurses marched after thugs beat two")."""
    root = clause.root
    if root.dep_ not in ("relcl", "acl", "amod"):
        return -1
    noun = root.head.head if root.head.dep_ == "pobj" else root.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "prep"):
        return -1
    return noun.head.idx
