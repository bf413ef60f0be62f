"""Word senses that decide whether a trigger word tells a deed where it stands: a word
the tagger took for a name only for its capital, a noun told as a cause or a place, a
participle that only describes a noun, a bare "strike" that is no armed strike. Split from
the trigger finder (`trigger_finder`), which asks them of each word it matches.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.triggers import SPEECH_LEMMAS, load_lexicon
from eventdesk.extensions import climb, doc_ext, doc_tokens

# Categories whose participle before a noun tells a state of the thing or person
# ("abandoned shops", "seized drugs", "kidnapped children were freed"), not a deed.
ATTRIBUTIVE_STATES = frozenset({"withdraw", "capture", "recapture", "abduction"})


# Verbs of trying ("tried to storm", "attempting to rob"): what is under them was not done.
TRYING = frozenset({"try", "attempt"})

# Words after which a participle opens or sits in a noun phrase.
NOUN_PHRASE_OPENERS = frozenset({"DET", "NUM", "ADP", "ADJ", "VERB", "CCONJ"})


def modifier_only(tok: Token, category: str) -> bool:
    """The word only describes another: the second half of an "anti-" word ("anti-riot
    police", "anti-aircraft guns": a unit's or a weapon's kind), or a participle of leaving
    or taking before a noun ("abandoned shops", "seized drugs": a state, no withdrawal or
    capture)."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti":
        return True
    if category not in ATTRIBUTIVE_STATES or tok.dep_ != "amod" or tok.tag_ != "VBN":
        return False
    # only inside a noun phrase ("the captured town", "of seized drugs", "toured captured
    # bases"): after a subject or a comma the parse may have made the verb a modifier
    # ("Russian forces on Friday captured Shali", "X, captured towns in the region")
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is None or before.pos_ in NOUN_PHRASE_OPENERS or before.dep_ == "case"


def a_place_named(tok: Token) -> bool:
    """A noun of triggers.toml [place_senses] used for a place: governed by a preposition
    of place ("near the settlement"), qualified by a name of a place or a people ("the
    settlement of Yitzhar", "a West Bank settlement", "a Jewish settlement"), or counted
    ("shelled more than 18 settlements"): places are counted, a deal is not. So is one
    joined to a noun told so ("attacked Armenian positions and settlements")."""
    if tok.lower_ not in load_lexicon()["place_senses"]["nouns"]:
        return False
    return _told_as_a_place(tok) or tok.dep_ == "conj" and _told_as_a_place(tok.head)


def _told_as_a_place(tok: Token) -> bool:
    """The noun is governed by a preposition of place, counted, or qualified by a name."""
    senses = load_lexicon()["place_senses"]
    if tok.dep_ == "pobj" and tok.head.lower_ in senses["preps"]:
        return True
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    named = [c for c in tok.children if c.dep_ in ("compound", "amod")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "NORP") for t in named)


def named_as_a_cause(tok: Token) -> bool:
    """A deed noun of triggers.toml `[cause_nouns]` named as what another deed answers:
    the object of a protest or mourning ("protested the killing of a student") or of a
    preposition of cause ("rallied against the assassination of the mayor", "anger over
    the stabbing"). Told so, it is the cause the report gives, coded where the report
    tells the deed itself."""
    words = load_lexicon()["cause_nouns"]
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words["nouns"]:
        return False
    head = tok.head
    if tok.dep_ == "pobj":
        return head.lower_ in words["preps"]
    if tok.dep_ != "dobj" or head.lemma_.lower() not in words["verbs"]:
        return False
    return head.lemma_.lower() not in words["statement_verbs"] \
        or not (_dated(tok) or day_below(tok) or past_day_on_a_present_judging(head))


def day_below(noun: Token) -> bool:
    """A day told inside the token's phrase, wherever the parse hung it ("the killing of
    four traders, including a woman, in X on Sunday": the day under the aside). Shared by
    the readers of a deed's own day (happened/times.py, irrealis.py, beside.py): this
    module imports none of them."""
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    return any(d.kind == "day" and start <= d.start_char < end
               for d in doc_ext(noun.doc, "dates") or [])


def past_day_on_a_present_judging(verb: Token) -> bool:
    """"condemns the killing of four civilians, including a man, in X on Sunday", a
    statement of Thursday: a judging told in the present is made now, so a day before the
    report's, which the parse hung on that verb (a long object pushes it there), is the
    deed's day, not the judging's ("condemned the attacks on Monday" keeps its day)."""
    published = doc_ext(verb.doc, "published")
    if verb.tag_ not in ("VBZ", "VBP") or published is None:
        return False
    spans = [range(c.left_edge.idx, c.right_edge.idx + 1) for c in verb.children
             if c.dep_ in ("prep", "npadvmod")]
    return any(d.kind == "day" and d.date is not None and d.date < published
               and any(d.start_char in span for span in spans)
               for d in doc_ext(verb.doc, "dates") or [])


def named_as_a_charge(tok: Token, trigger_starts: set[int]) -> bool:
    """A deed named as what someone is suspected, accused, charged or convicted of
    (triggers.toml `[charge_words]`: "arrested on suspicion of throwing stones", "charged
    with attacking a patrol", "accusing them of burning a police car"), or held for with a
    word of hearsay ("detained for allegedly killing a trader"): a charge, not a deed the
    report tells; the arrest is told in its own words, the deed that governs the charge.
    So is a deed inside the charge ("of burning a police car during protests"). A charge
    no deed governs ("officers accused of using excessive force") stays a trigger, for the
    modality cues to read as an accusation."""
    path = [tok, *list(tok.ancestors)[:6]]
    for n, t in enumerate(path):
        if _charged(t):
            return any(a.i in trigger_starts for a in path[n + 1:])
    return False


def named_as_an_offence(tok: Token) -> bool:
    """The last word of a phrase that names an offence in law as well as a deed ("charged
    with violent disorder", "arrested on suspicion of violent disorder"): the charge, not a
    deed the report tells, even with no deed governing it (the offence's name is no
    accusation of one incident the modality cues could read). So is an offence a court
    sentences for ("jailed for rioting") or a defendant pleads to ("admitted violent
    disorder", "pleaded guilty to rioting"): a court's day, no riot told; not a deed done
    for a reason ("killed for refusing"), whose verb passes no sentence."""
    return _charged(tok) or _pleaded_or_sentenced(tok)


def fireworks_at_no_one(verb: Token) -> bool:
    """Fireworks fired, shot or launched with no force or person they were fired at
    ("fired fireworks to celebrate the result", "launched fireworks over the square"): a
    celebration, not a crowd's missiles ("shot fireworks at riot officers"). The object after
    "at" is a force or person word (triggers.toml [missile_targets]), a person, group or
    people named, or a pronoun."""
    words = load_lexicon()["missile_targets"]
    if verb.lemma_.lower() not in words["verbs"] or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words["missiles"]
            for c in verb.children):
        return False
    targets = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
               for o in p.children if o.dep_ == "pobj"]
    return not any(o.pos_ == "PRON" or o.ent_type_ in ("PERSON", "NORP", "ORG")
                   or o.lemma_.lower() in words["targets"] or o.lower_ in words["targets"]
                   for o in targets)


def _pleaded_or_sentenced(tok: Token) -> bool:
    words = load_lexicon()["charge_words"]
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in words["pleas"]
    if tok.dep_ not in ("pcomp", "pobj") or head.dep_ != "prep":
        return False
    verb = head.head.lemma_.lower()
    return head.lower_ == "for" and verb in words["sentencing"] \
        or head.lower_ == "to" and verb in ("plead", "guilty")


def _charged(tok: Token) -> bool:
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.dep_ != "prep":
        return False
    words = load_lexicon()["charge_words"]
    prep = tok.head
    if prep.lower_ == "for":
        return any(c.dep_ == "advmod" and c.lower_ in words["hearsay"] for c in tok.children)
    return prep.lower_ in words["preps"] and prep.head.lemma_.lower() in words["heads"] \
        or prep.lower_ in words["preps"] and prep.head.lower_ in words["heads"]


# What a deed noun named again may carry: its determiner or possessor, a describing word,
# and its victims after "of" ("the killing of the activist").
BARE_NOUN_DEPS = frozenset({"det", "poss", "amod", "compound", "prep"})


def cause_of_a_deed(tok: Token, trigger_starts: set[int]) -> bool:
    """A deed noun named again as what set off another deed ("His arrest sparked riots in
    X", "the activist's killing prompted protests"): the subject of a verb of consequence
    (triggers.toml [cause_nouns] `consequence_verbs`) whose object is a deed, with a
    determiner or a possessive and no place, day or doer of its own. A definite noun names
    the deed told before; the clause tells the consequence, which is news."""
    words = load_lexicon()["cause_nouns"]
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" \
            or tok.lemma_.lower() not in words["consequence_nouns"] \
            or tok.head.lemma_.lower() not in words["consequence_verbs"]:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
               for c in tok.children):
        return False
    if any(c.dep_ not in BARE_NOUN_DEPS or c.dep_ == "prep" and c.lower_ != "of"
           for c in tok.children) or any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
                                         for t in tok.subtree):
        return False
    return any(c.dep_ == "dobj" and c.i in trigger_starts for c in tok.head.children)


def _dated(noun: Token) -> bool:
    """A noun that carries a date of its own ("the killing of ten civilians on 31 January"):
    a prepositional phrase or modifier under it naming a day."""
    return any(c.ent_type_ == "DATE" and c.dep_ == "npadvmod"
               or c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE"
                                           for o in c.children)
               for c in noun.children)


def adjective_used_as_noun(tok: Token) -> bool:
    """A word tagged an adjective that stands where only a noun can: the object or subject
    of a verb or a preposition's object, with a determiner of its own ("launched an
    offensive", "the offensive began"), not a modifier ("offensive weapons")."""
    return tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
        c.dep_ == "det" for c in tok.children)


def noun_after_speech(tok: Token) -> bool:
    """A ticker's "NNA reports strikes on X" parsed with "reports" as the subject of a verb
    "strikes": the speech verb parsed as the subject right before it says the word after
    it is the noun it reports."""
    return any(c.dep_ == "nsubj" and c.i == tok.i - 1 and c.lemma_.lower() in SPEECH_LEMMAS
               for c in tok.children)


def armed_strike(tok: Token) -> bool:
    """A bare "strike" noun is an armed strike only where the sentence says what it struck
    or armed it, and holds no word of another sense (triggers.toml `[bare_strike]`):
    "reports strikes on the outskirts of X", "a strike hit a building", "were killed in the
    strikes" but not "workers went on strike", "a general strike on Monday", "a strike on
    goal". A weapon named on it ("a missile strike") decides before such words elsewhere in
    the sentence ("hit an industrial facility")."""
    words = load_lexicon()["bare_strike"]
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words["weapon_modifiers"]
           for c in tok.children):
        return True   # "a missile strike hit an industrial facility"
    if any(t.lemma_.lower() in words["other_senses"] or t.lower_ in words["other_senses"]
           for t in tok.sent):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" \
            and tok.head.head.lemma_.lower() in words["on_strike_verbs"]:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and (
            tok.head.head.lemma_.lower() in words["joined_in_verbs"]
            or any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.head.head.children)):
        return False   # "took part in a strike against the regime"
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words["armed_modifiers"]
           for c in tok.children):
        return True
    # the subject, or the one of them that is ("one of the strikes hit a depot")
    subject = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_.lower() in words["hit_verbs"]:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in words["toll_preps"] \
            and tok.head.head.lemma_.lower() in words["toll_verbs"]:
        return True   # "were killed in the strikes": people die in an armed strike
    holders = [tok]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in words["done_verbs"]:
        holders.append(tok.head)  # "carried out strikes on X" parsed with "on X" on the verb
    return any(prep.dep_ == "prep" and prep.lower_ in words["aimed_preps"]
               and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                       and not o.like_num for o in prep.children)
               for holder in holders for prep in holder.children)


def capitalised_by_position(tok: Token, headlines: set[int]) -> bool:
    """A common word the tagger took for a name only because it is capitalised: the
    sentence's first word ("Mortar rounds landed …") or any word of a title-case headline
    (`headlines`: title_case_headlines). A month before a number ("March 3") stays a name."""
    tokens = doc_tokens(tok.doc)
    if tok.i + 1 < len(tokens) and tokens[tok.i + 1].like_num:
        return False
    if tok.is_sent_start or (tok.i > 0 and tokens[tok.i - 1].is_punct
                             and tokens[tok.i - 1].text in (":", "-", "–", "—")):
        return True
    return tok.i in headlines


def title_case_headlines(doc: Doc) -> set[int]:
    """The tokens of sentences whose every longer word is capitalised, as headlines are
    ("Drone Hits Aid Truck In Tigray"); each sentence read once, not once per name in it."""
    found: set[int] = set()
    if not doc.has_annotation("SENT_START"):
        return found
    tokens = doc_tokens(doc)
    for sent in doc.sents:
        words = [t for t in tokens[sent.start:sent.end] if t.is_alpha and len(t) > 3]
        if len(words) >= 3 and all(t.text[0].isupper() for t in words):
            found.update(range(sent.start, sent.end))
    return found


def tried_by_the_doers(word: Token, root: Token) -> bool:
    """The word is a deed its doers were trying when they did the clause's own ("gunmen
    trying to rob a shop shot the owner"): a trying that describes a noun (`acl`) tells who
    they were, and the clause's deed is another."""
    for t in climb(word, 8):
        if t.i == root.i or t.head.i == t.i:
            return False
        if t.dep_ == "acl" and t.lemma_.lower() in TRYING:
            return True
    return False
