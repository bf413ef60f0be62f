"""The war as backdrop: an event named as what people fled, a state that goes on, a
campaign, a reference or how a war began — the report's setting, not an incident it tells
(the war told as a span of time is spans.py's).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger, names_a_place
from eventdesk.components.events.happened.continued import continued_over_a_month
from eventdesk.components.events.happened.table import Modality
from eventdesk.components.events.happened.times import date_told_in, day_named, day_told_in
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens, first_conjunct, span_root


def fled_from(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Camps host people who fled the fighting in X", "families displaced by violence":
    the event named as what people fled, with no day in the clause, is the cause of their
    plight — background, not an incident told."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    governed = tok.dep_ in ("pobj", "pcomp")
    if governed and tok.head.lower_ not in ("from", "by"):
        return False   # "escaped with injuries in the blast" tells the blast
    head = tok.head.head if governed else tok.head
    # a gerund too: "people displaced by fighting with the rebels"
    return (tok.pos_ == "NOUN" or tok.tag_ == "VBG") and tok.dep_ in ("dobj", "pobj", "pcomp") \
        and head.lemma_.lower() in cues.words["fled_from"] and not day_named(doc, clause)


def displacing(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The fighting around X had pushed hundreds of thousands into camps", "clashes have
    displaced 40,000 people": the event named as the subject of what drove people from
    their homes, with no day in the clause, is the cause of their plight told as
    background (as `fled_from` reads it as the object), not an incident."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    # a gerund subject too: "fighting around X had made deliveries impossible"
    return (tok.pos_ == "NOUN" or tok.tag_ == "VBG") and tok.dep_ in ("nsubj", "csubj") \
        and tok.head.lemma_.lower() in cues.words["displacing"] and not day_named(doc, clause)


def described_by_deed(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Praised soldiers fighting in the east as heroes", "the families of troops fighting
    the insurgency": a present participle of fighting that describes the people a verb
    acts on, with no other deed in the clause and no day told, names who they are, not an
    incident ("dispersed students chanting slogans" tells the dispersal)."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    # the tagger may read a participle after its noun as a noun ("an affiliate fighting")
    if not (trigger.category == "clash" and (tok.tag_ == "VBG" or tok.lower_.endswith("ing"))
            and tok.dep_ == "acl"
            and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("dobj", "pobj")):
        return False
    inside = {t.i for t in tok.subtree}  # read only for such a participle
    return all(m.start in inside for m in clause.triggers) and not day_named(doc, clause)


def characterised(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The fighting in X was a tribal conflict", "the election was a fight for the soul of
    the country": "be" saying what a deed is, or what something is like, with an
    indefinite noun, and no day in the clause, classifies; it tells no incident."""
    if _who_they_were(doc, clause):
        return True
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    verb = tok.head
    if verb.lemma_.lower() != "be" or tok.pos_ != "NOUN" or day_named(doc, clause):
        return False
    if tok.dep_ == "attr":
        return _indefinite(tok)
    return tok.dep_ == "nsubj" and any(c.dep_ == "attr" and c.pos_ == "NOUN" and _indefinite(c)
                                       for c in verb.children)


def _who_they_were(doc: Doc, clause: Clause) -> bool:
    """"The army said the men were fighters who opened fire on troops": what people told
    before ("the men") were said to be, the deed in the relative clause part of who they
    were -- a side's account of an incident told, no new one. Not "who had attacked …",
    an earlier deed, nor one with its own day."""
    root = clause.root
    noun = root.head
    if root.dep_ != "relcl" or noun.dep_ != "attr" or noun.head.lemma_.lower() != "be" \
            or any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children) \
            or day_named(doc, clause):
        return False
    return any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("the", "those")
                                         for d in c.children) for c in noun.head.children)


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def when_of_a_year(doc: Doc, clause: Clause) -> bool:
    """"A film shown on Sunday tells of the battle for X in 2017, when militants seized the
    city": a "when" clause hung on a year told as background, or on a noun that year
    dates, is dated by the year, history, whatever day the sentence tells for another
    verb (with no such day, the year dates the sentence and the deed is old news)."""
    # "when militants seized the city and troops fought them"
    root = first_conjunct(clause.root, also=("ccomp",))
    if root.dep_ != "relcl" or not any(c.lower_ == "when" for c in root.children) \
            or not day_told_in(doc, clause.sent):
        return False
    head = root.head
    years = [head, *(g for p in head.children if p.dep_ == "prep"
                     for g in p.children if g.dep_ == "pobj")]
    return any(d.kind == "background" and d.start_char <= t.idx < d.end_char
               for t in years for d in doc_ext(doc, "dates") or [])


def named_as_reference(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Visited the scene of the bombing", "in the aftermath of the fighting", "the
    funerals of the victims of the massacre", "revenge for military operations": the event
    named only as what a place, a time or people belong to, or as what a deed answers
    (with no place or day of its own), is a reference to a deed the report tells (or told) in its
    own words, not a new telling. Read on the trigger noun as the object of "of" under
    one of the cue's nouns, and on a deed that qualifies those a verb of mourning is said of
    ("buried the soldiers killed in the ambush")."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    words = cues.words["named_as_reference"]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in words:
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") \
            and tok.head.head.lemma_.lower() in words and not any(
                t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME") for t in tok.subtree) \
            and not _a_deed_told(doc, clause, tok):
        return True   # "revenge for military operations": a deed named as a cause
    # "buried the soldiers killed in the ambush", "attended the funeral of six people killed
    # in an attack": the deed told of those mourned
    deed = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
    if deed.dep_ != "acl" or deed.tag_ != "VBN":
        return False
    mourned = deed.head
    owner = mourned.head.head if mourned.dep_ == "pobj" and mourned.head.lower_ == "of" \
        else mourned.head
    if owner.ent_type_ in ("DATE", "TIME", "GPE") and owner.dep_ == "pobj":
        # "attended the funeral in Jenin on Friday of three Palestinians killed": the parse
        # hangs the "of" on the day or the place; the funeral is the verb's object
        verb = owner.head.head
        return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in verb.children)
    return owner.lemma_.lower() in words


def _a_deed_told(doc: Doc, clause: Clause, cause: Token) -> bool:
    """The clause tells a deed besides the one it names as a cause: a verb ("soldiers
    burned homes in reprisal for an attack"), not a deed named again ("the killings were
    revenge for ...")."""
    if clause.root.pos_ == "VERB" and clause.root.lemma_.lower() != "be":
        return True
    for m in clause.triggers:
        tok = span_root(doc, m.start, m.end)
        if tok.i != cause.i and (tok.pos_ != "NOUN" or not any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)):
            return True
    return False


# The trigger categories of a crowd's deeds: told in the present progressive ("protesters
# are throwing stones"), a crowd is reported live, not a campaign (which is an armed side's).
CROWD_CATEGORIES = frozenset({"protest", "riot"})


def campaign(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Had conducted anti-terrorist operations in the border regions, targeting militants",
    "the military is fighting the militants on several fronts": operations told as a
    campaign (the deed a participle of conducting operations, or the present progressive
    of the deed itself), in a sentence that names no day or week, in a clause that names no
    place (for the progressive: operations are said "in" a region as a rule), are the war's
    course, not an incident at a place and day. Not the report's lead ("troops are fighting
    rebels in X" is news), nor a crowd's deed ("protesters are throwing stones")."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if _campaign_as_backdrop(doc, clause, tok, cues) or continued_over_a_month(doc, clause, tok):
        return True   # "gangs kept up raids on farms around Kaya through October": a trend
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in doc_tokens(doc)[:clause.sent.start]):
        return False   # the lead: read after the cheap test, as it walks the report so far
    verb = tok.head if tok.dep_ == "advcl" else None
    conducting = verb is not None and verb.lemma_.lower() in cues.words["campaign"] and any(
        c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in ("operation", "sweep")
        for c in verb.children)
    progressive = tok.dep_ in ("ROOT", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are") for c in tok.children)
    if not (conducting or progressive):
        return False
    if progressive and trigger.category in CROWD_CATEGORIES:
        return False   # "protesters are throwing stones at police lines": a crowd told live
    if progressive and names_a_place(doc, {t.i for t in clause.tokens}):
        return False   # operations conducted "in the border regions" name no incident's place
    sent = clause.sent
    return not day_told_in(doc, sent)


def _campaign_as_backdrop(doc: Doc, clause: Clause, tok: Token, cues: Modality) -> bool:
    """"Strikes killed six people on Sunday, as Moscow's forces pressed an offensive in the
    northeast": a campaign pressed or waged, told in an "as" or "while" clause beside the
    news, with no place and no day of its own, is the news's backdrop, not an incident."""
    verb = tok.head
    if not (tok.pos_ == "NOUN" and tok.dep_ == "dobj"
            and verb.lemma_.lower() in cues.words["campaign"] and verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)):
        return False
    # a capital named as the side ("Moscow's forces") is no place of the deed
    side = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return not names_a_place(doc, {t.i for t in clause.tokens} - side) \
        and not day_named(doc, clause)


def _said_in_progress(verb: Token) -> bool:
    """"The government said the army was winning back territory": a deed in progress in
    what someone said, a claim of how the war goes."""
    return verb.tag_ == "VBG" and verb.dep_ == "ccomp" \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def ongoing(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The talks come as fighting rages in the north", "the ongoing conflict", "clashes
    are still ongoing", "said the army was winning back territory": the war told as a
    state that goes on, in a sentence that names no
    day or week nor a place of its own, is the report's backdrop, not an incident at a
    place and day. Read on the
    trigger noun: its modifiers, the present-tense verb it is the subject of, or the word
    right after it (the small parser reads "fighting rages" as a noun and a plural). Not
    the report's lead, where "Fighting rages in X" is the news."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc_tokens(doc)[:clause.sent.start]):
        return False
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    words = cues.words["ongoing"]
    if tok.pos_ not in ("NOUN", "VERB") or tok.pos_ == "VERB" and tok.tag_ != "VBG":
        return False
    head = tok.head
    goes_on = any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in tok.children) \
        or (tok.dep_ == "nsubj" and head.lower_ in words) \
        or (tok.dep_ == "nsubj" and head.lemma_ == "be"
            and any(c.dep_ == "acomp" and c.lower_ in words for c in head.children)) \
        or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in words
            and doc[tok.i + 1].tag_ in ("VBZ", "VBP", "NNS")) \
        or _said_in_progress(tok)
    if not goes_on or names_a_place(doc, {t.i for t in clause.tokens}):
        return False   # "heavy fighting continues near X" in a live blog is news from X
    sent = clause.sent
    return not day_told_in(doc, sent)


BEGAN = frozenset({"begin", "start", "erupt", "break", "flare", "spark", "trigger", "ignite"})


def war_began(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The war, which began after rebels attacked an army base", "the conflict erupted
    when troops entered the region": the deed told as how a war began is its origin,
    history, in a sentence that names no date (a dated one is the date cues'). Read on the
    verb of beginning above the clause ("after" / "when"), whose subject is one of `words`
    (not "fighting" or "clashes", which begin as news: "clashes erupted on Monday after
    police fired")."""
    verb = clause.root
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod")
                                       and c.lower_ in ("after", "when") for c in verb.children):
        return False
    began = verb.head
    if began.lemma_.lower() not in BEGAN:
        return False
    subject = next((c for c in began.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in ("which", "that") \
            and began.dep_ == "relcl":
        subject = began.head   # "the war, which began after …"
    if subject is None or subject.lemma_.lower() not in cues.words["war_began"]:
        return False
    sent = clause.sent   # a dated origin is left to the date cues ("began in 2011 when …")
    return not date_told_in(doc, sent)
