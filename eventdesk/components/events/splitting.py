"""Splitting: one sentence that tells two deeds at once is two events (GUIDELINES: an
event is one type of interaction at one location on one day; "code, as its own event, each
distinct place where fighting or an attack is reported").

The clause grouping folds an "as"/"while" clause into the clause it qualifies ("two people
were killed as a bomb exploded": one event). News also joins two deeds that way: "Jets
bombed Saraqib as troops clashed with rebels near Maarat al-Numan" — a strike and a ground
clash, each with its own subject (and here its own place). Such a clause is set apart again
when it has a subject of its own, a deed of its own (a trigger that is not a bare death)
and either its own place or a deed of another armed family (a strike beside a clash).

A list of deeds, each named with its own place, is also told as one subject or object:
"Israeli strikes on Nabatieh and shelling of Khiam killed five people", "there were clashes
in Hodan and an air strike on Afgoye". Each deed noun joined to another one, with a town of
its own as its scene, is set apart as a clause of its own.

A deed told before the clause's own is often named with a noun only: "troops
shelled Idlib after an ambush on a convoy near Saraqib", "police arrested 20 people in
Lahore following a bombing at a market in Quetta", "jets struck Kunduz in retaliation for
an attack on a checkpoint in Baghlan". The deed noun of such a phrase, with a town of its
own as its scene that is not the clause's, is another incident at its own place: set apart
as a clause of its own.

Whether a part names a town of its own as its scene is read in deed_places.py; the same
deed told again for another place, in struck_elsewhere.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import FAMILY_OF, armed_subject, lexicon
from eventdesk.components.events.deed_places import places_apart
from eventdesk.components.events.happened.times import DAY_KINDS
from eventdesk.components.triggers import Clause, TriggerMatch
from eventdesk.extensions import doc_ext, first_conjunct, span_root

# Conjunctions that tell two deeds going on at one time ("when" tells how the first came
# about: "killed when a bomb exploded" is one event).
CONCURRENT_MARKERS = frozenset({"as", "while", "whilst"})
# Families of armed deeds that are events of their own types when told side by side: a
# strike or shelling beside a ground clash.
ARMED_FAMILIES = frozenset({"battle", "explosion"})
SUBJECT_TAGS = frozenset({"NOUN", "PROPN"})
# The markers of two deeds told side by side, each by its own side (_while_a_side_did).
WHILE_MARKERS = frozenset({"while", "whilst"})
# Families of a crowd's deeds, which a force's deed beside them answers (one event).
CROWD_FAMILIES = frozenset({"protest", "riot"})
# Prepositions that tell a deed before the clause's own ("after an ambush on X"); "before
# the bombing" only dates the clause (common.TIME_ANCHOR_PREPS).
SEQUENCE_PREPS = frozenset({"after", "following"})
# A place changing hands named after "after" is the backdrop of what followed ("after the
# fall of Kabul", "following the capture of Mosul"), an old turn of the war, not news.
BACKDROP_CATEGORIES = frozenset({"capture", "recapture", "withdraw"})
# A place taken "after prolonged clashes": the fighting is the battle for it, one incident
# (merging.two_types.town_assault), wherever the report puts the fighting; a strike or an
# attack before it at a town of its own is a deed of its own.
TAKING_CATEGORIES = frozenset({"capture", "recapture"})
# "in retaliation for an attack on X", "in response to the shelling of X".
ANSWER_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal"})
OTHER_ONES = frozenset({"another", "others"})
# Adverbs that tell a deed done after the one before ("then stormed Monguno").
NEXT_WORDS = frozenset({"then", "later", "afterwards", "subsequently"})
# Either: a clause with none of these words is not split (each word read once per clause)
SPLIT_CUES = CONCURRENT_MARKERS | NEXT_WORDS


def concurrent_deeds(doc: Doc, sent_clauses: list[Clause]) -> list[Clause]:
    """The sentence's clauses, each "as"/"while" clause telling a deed of its own, and each
    deed noun listed with its own place, set apart from the clause it was grouped with."""
    found: list[Clause] = []
    for clause in sent_clauses:
        parts = _split(doc, clause) if not SPLIT_CUES.isdisjoint(
            t.lower_ for t in clause.tokens) else [clause]
        for part in parts:
            for listed in _listed_deeds(doc, part):
                found.extend(_deeds_in_sequence(doc, listed))
    if len(found) == len(sent_clauses):
        return sent_clauses
    return sorted(found, key=lambda c: c.start)


def _listed_deeds(doc: Doc, clause: Clause) -> list[Clause]:
    """"strikes on Nabatieh and shelling of Khiam": the second deed noun, joined to the first
    and naming a town of its own (not the first's), is a clause of its own."""
    if len(clause.triggers) < 2:
        return [clause]
    ids = {t.i for t in clause.tokens}
    for match in clause.triggers:
        tok = span_root(doc, match.start, match.end)
        if tok.dep_ != "conj" or tok.pos_ not in SUBJECT_TAGS or tok.i == clause.root.i:
            continue
        first = _first_deed(tok, clause.triggers)
        if first is None:
            continue  # "the strikes and the displacement of Khiam": no second deed
        own = {t.i for t in tok.subtree} & ids
        mine = [m for m in clause.triggers if m.start in own]
        rest = [m for m in clause.triggers if m.start not in own]
        if not _strong(mine) or not _strong(rest) \
                or not places_apart(doc, own, {t.i for t in first.subtree} - own):
            continue
        main, second = _parted(clause, tok, own, mine, rest)
        return [*_listed_deeds(doc, main), second]
    return [clause]


def _deeds_in_sequence(doc: Doc, clause: Clause) -> list[Clause]:
    """"shelled Idlib after an ambush on a convoy near Saraqib": a deed noun told as what
    came before the clause's deed, at a town of its own, is a clause of its own."""
    if len(clause.triggers) < 2:
        return [clause]
    ids = {t.i for t in clause.tokens}
    for match in clause.triggers:
        tok = span_root(doc, match.start, match.end)
        phrase = _sequence_phrase(tok) if tok.pos_ in SUBJECT_TAGS else _deed_before_or_after(tok)
        if phrase is None or tok.i == clause.root.i:
            continue
        own = {t.i for t in phrase.subtree} & ids
        mine = [m for m in clause.triggers if m.start in own]
        rest = [m for m in clause.triggers if m.start not in own]
        if tok.pos_ == "VERB" and not _in_a_trigger(clause.root, rest):
            continue  # "aircraft returned to their bases after attacking X": one deed
        if _dated_apart(doc, tok, own, ids, mine, rest):
            pass  # "following the takeover of X on 4 November, fighters killed 800 there
            # between 4 and 6 November": each deed told on days of its own
        elif not (_strong(mine) or tok.pos_ == "VERB" and _own_victims_named(tok)) \
                or not _strong(rest) or not places_apart(doc, own, ids - own) \
                or any(m.category in BACKDROP_CATEGORIES for m in mine) \
                or any(m.category in TAKING_CATEGORIES for m in rest) \
                and _families(mine) <= {"battle"}:
            continue
        main, second = _parted(clause, tok, own, mine, rest)
        return [*_deeds_in_sequence(doc, main), second]
    return [clause]


def _dated_apart(doc: Doc, tok: Token, own: set[int], ids: set[int], mine, rest) -> bool:
    """A deed noun after "following"/"after", told with a day of its own, before a clause
    whose own deed has other days: a takeover and the killings after it, two incidents
    even at one place (a turn of the war with no day of its own stays the backdrop)."""
    return tok.pos_ in SUBJECT_TAGS and _strong(mine) and bool(rest) \
        and days_apart(doc, own, ids - own)


def _sequence_phrase(noun: Token) -> Token | None:
    """The phrase that tells the noun's deed as one before the clause's: "after"/
    "following" with the noun as its object, or the "in" of "in retaliation for" /
    "in response to" it; none for any other noun."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in SEQUENCE_PREPS:
        return prep
    answer = prep.head
    if prep.lower_ in ("for", "to") and answer.lower_ in ANSWER_NOUNS \
            and answer.dep_ == "pobj" and answer.head.lower_ == "in":
        return answer.head
    return None


def _deed_before_or_after(verb: Token) -> Token | None:
    """"attacked a post near X, before abducting five villagers in Kirkuk", "stormed a
    police station in Kirkuk after killing two shepherds in Y": a verb told as what its
    doers did before or after the clause's deed; the phrase is the preposition. ("Before"
    with a noun only dates the clause: "months before the bombing".)"""
    prep = verb.head
    if verb.pos_ == "VERB" and verb.dep_ == "pcomp" \
            and prep.lower_ in SEQUENCE_PREPS | {"before"}:
        return prep
    return None


def _own_victims_named(verb: Token) -> bool:
    """A verb of killing with victims of its own as its object ("after killing two
    shepherds"): a deed, not a bare toll."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _parted(clause: Clause, tok, own: set[int], mine, rest) -> tuple[Clause, Clause]:
    """The clause without the words of `own`, and those words as a clause of their own
    headed by `tok`, each with its own triggers."""
    main = Clause(root=clause.root, tokens=[t for t in clause.tokens if t.i not in own],
                  sent=clause.sent, triggers=rest)
    second = Clause(root=tok, tokens=[t for t in clause.tokens if t.i in own],
                    sent=clause.sent, triggers=mine)
    return main, second


def _split(doc: Doc, clause: Clause) -> list[Clause]:
    ids = {t.i for t in clause.tokens}
    for tok in clause.tokens:
        if tok.i == clause.root.i or not (_concurrent_clause(tok) or _next_deed(tok)):
            continue
        own = {t.i for t in tok.subtree} & ids
        mine = [m for m in clause.triggers if m.start in own]
        rest = [m for m in clause.triggers if m.start not in own]
        if not mine or not rest:
            continue
        apart = places_apart(doc, own, (ids | _joined_deeds_words(clause.root)) - own)
        if _while_a_side_did(doc, tok, mine, rest):
            pass  # "jets struck X, while militants abducted 12 villagers in the town"
        elif not (apart or _strong(mine) and _strong(rest) and _families_apart(mine, rest)
                  and not _next_deed(tok)):
            continue
        elif not (_strong(mine) and _strong(rest)) \
                and not (apart and (_own_victims(tok) or _strong(mine))):
            continue  # "two were killed as a bomb exploded": one event
        main, second = _parted(clause, tok, own, mine, rest)
        return [*_split(doc, main), second]
    return [clause]


def _joined_deeds_words(verb: Token) -> set[int]:
    """"killed scores of militants and destroyed their vehicles near Palmyra, while clashes
    continue outside Qaryatayn": the words of verbs joined to the clause's verb by "and"
    (clauses of their own) tell where the first deed was, to set it apart from the "while"
    clause's place (issue 8: the roundup's second place was folded into the first deed)."""
    return {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            for t in c.subtree}


def _first_deed(tok: Token, triggers: list[TriggerMatch]) -> Token | None:
    """The deed noun a listed one is joined to: the head of its list ("strikes ... and
    shelling"), or the deed whose place the parse joined it to ("an air strike on Saraqib and
    heavy shelling of Ariha", read as "Saraqib and shelling")."""
    first = first_conjunct(tok.head)
    if first.dep_ == "pobj" and first.head.dep_ == "prep":
        deed = first.head.head
        if deed.pos_ in SUBJECT_TAGS and _in_a_trigger(deed, triggers):
            return deed
    return first if _in_a_trigger(first, triggers) else None


def _in_a_trigger(tok: Token, triggers: list[TriggerMatch]) -> bool:
    return any(m.start <= tok.i < m.end for m in triggers)


def _next_deed(tok: Token) -> bool:
    """"ambushed a convoy near Baidoa, then attacked a base in Kismayo": a verb the parse
    hung loose ("dep") after the first, told as what its doers did next."""
    return tok.dep_ == "dep" and tok.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "advmod" and c.lower_ in NEXT_WORDS for c in (*tok.children, *tok.head.children)
        if c.i < tok.i)


def _concurrent_clause(tok: Token) -> bool:
    """A verb joined by "as"/"while" with a subject of its own that is a noun ("as troops
    clashed"), a number or "another" ("while another was shot dead in Quetta"), not a
    pronoun that may be the first clause's actors again ("as they clashed")."""
    return tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in CONCURRENT_MARKERS for c in tok.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ in SUBJECT_TAGS or _new_ones(c))
        for c in tok.children)


def _while_a_side_did(doc: Doc, verb: Token, mine: list[TriggerMatch],
                      rest: list[TriggerMatch]) -> bool:
    """"Jets struck rebel positions, while militants abducted 12 villagers", "troops clashed
    with rebels while gunmen killed a teacher in the town": a "while" clause whose subject
    is an armed side the actor lexicon names, doing a deed of another family than the
    clause it is joined to (a death counts as a deed when a side does it) — two deeds
    told side by side, wherever each was. Not "as" ("police fired as protesters marched"
    tells one event's circumstances), nor a crowd's deed on either side."""
    if not told_while(verb) or not armed_subject(verb):
        return False
    a = {FAMILY_OF.get(m.category) for m in mine}
    b = {FAMILY_OF.get(m.category) for m in rest}
    return bool(a) and bool(b) and not a & b and not (a | b) & CROWD_FAMILIES


def told_while(verb: Token) -> bool:
    """A verb joined by "while" ("while gunmen killed a teacher in the town")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in WHILE_MARKERS
                                        for c in verb.children)


def _new_ones(subject: Token) -> bool:
    """"another", "two others", "three": people told for the first time, not the first
    clause's again."""
    return subject.lower_ in OTHER_ONES or subject.pos_ == "NUM" or any(
        c.dep_ == "nummod" for c in subject.children)


def _own_victims(verb: Token) -> bool:
    """A death told with a place of its own counts as a deed of its own when its victims
    are others than the first clause's ("while another was shot dead in Quetta", "while two
    others died in Kunduz")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _new_ones(c) for c in verb.children)


def _strong(matches: list[TriggerMatch]) -> bool:
    weak = lexicon()["weak"]
    return any(m.category not in weak for m in matches)


def _families(matches: list[TriggerMatch]) -> set[str]:
    """The families of the strong deeds; a word read two ways ("seized": a capture or an
    abduction) counts by its armed reading when it has one."""
    weak = lexicon()["weak"]
    readings: dict[tuple[int, int], set[str]] = {}
    for m in matches:
        if m.category not in weak:
            readings.setdefault((m.start, m.end), set()).add(FAMILY_OF.get(m.category))
    return {f for found in readings.values() for f in (found & ARMED_FAMILIES or found)}


def _families_apart(mine: list[TriggerMatch], rest: list[TriggerMatch]) -> bool:
    """A strike told beside a clash: armed deeds of two families, none shared."""
    a, b = _families(mine), _families(rest)
    return bool(a) and bool(b) and a <= ARMED_FAMILIES and b <= ARMED_FAMILIES \
        and not a & b


# Kinds of date mention that give a part its own day or span of days: times.py's, but not
# a relative day ("yesterday"), which is the report's reckoning, not a part's own date.
OWN_DAY_KINDS = frozenset(DAY_KINDS) - {"relative"}


def days_apart(doc: Doc, own: set[int], rest: set[int]) -> bool:
    """Each part names a day (or a span of days) of its own, and not the same one:
    "After the town fell on 3 March, gunmen went from farm to farm between 3 and 5 March,
    killing 40": two deeds, each told on its own days."""
    def days(ids: set[int]) -> set:
        return {d.date for d in doc_ext(doc, "dates") or []
                if d.kind in OWN_DAY_KINDS and d.date is not None
                and any(doc[i].idx <= d.start_char < doc[i].idx + len(doc[i]) for i in ids)}
    mine, others = days(own), days(rest)
    return bool(mine) and bool(others) and not mine & others
