"""Which of a sentence's words tell the event's own incident: other deeds joined to it, deeds of
another time, clauses describing an actor, a country across a border."""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Span, Token

from eventdesk.components.events.common import read_once
from eventdesk.components.events.place_mentions import (
    is_home,
)
from eventdesk.components.triggers import Clause
from eventdesk.extensions import climb, doc_ext, doc_tokens
from eventdesk.geo.name_spans import word_after, word_before
from eventdesk.geo.words import MONTHS, TIMES_OF_DAY, WEEKDAYS

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis"})
# how a clause telling another deed hangs in the sentence: joined to the event's ("and women
# were raped in X"), set beside it, or told under a noun ("reports that women were raped")
OTHER_DEED_DEPS = frozenset({"conj", "parataxis", "acl"})
TOLD_APART_KEY = "eventdesk.placing.told_apart"
# "before the front lines were secured", "since the truce": a deed of another time
OTHER_TIME_MARKS = frozenset({"before", "since", "until", "till"})
# "although troops had retaken X": a deed set against the event
CONTRAST_MARKS = frozenset({"whereas", "although", "though"})
# "despite the curfew in Kabul", "despite a deal": no deed of another place, the scene's own
# setting
QUIET_CATEGORIES = frozenset({"group_change", "agreement", "disrupted", "base", "other",
                              "release"})
# "while saboteurs hit a pipeline a day earlier": a deed dated against the event's
RELATIVE_TIMES = frozenset({"earlier", "previously", "later", "before"})
# "last summer", "last spring": a past season
PERIOD_WORDS = frozenset({"summer", "winter", "spring", "autumn"})
# "weeks after", "months after": long enough after to be another deed ("a day after bombs
# in London" is most often told of the same city)
DURATION_WORDS = frozenset({"week", "month", "year", "decade"})
# "a man arrested in X", "activists who ...", "militants who ...": nouns of a person or a
# group a clause may describe, fighters and sources too (subtype.shared.PERSON_NOUNS, one
# victim named by trade, is another list)
PERSON_OR_GROUP_NOUNS = frozenset({"man", "woman", "men", "women", "person", "people", "activist",
                                   "member", "leader", "commander", "official", "suspect",
                                   "fighter", "militant", "soldier", "officer", "journalist",
                                   "resident", "businessman", "general", "colleague", "brother",
                                   "son", "group", "movement", "source", "spokesman", "refugee",
                                   "civilian"})


def with_shared_verbs(clause: Clause) -> Clause:
    """"was shot and killed in a confrontation near Khan Yunis": a verb joined to the
    clause's own, with no subject of its own, shares its place; its phrases (not the clauses
    under them: "and has said that it plans to march on X") join the clause."""
    own = {t.i for t in clause.tokens}
    extra: list[Token] = []
    verbs = [clause.root]
    while verbs:  # "attacked X, killed eight and abducted three in Y": a chain of verbs
        for conj in verbs.pop().children:
            if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children) \
                    or _subject_read_as_a_list_item(conj):
                continue
            verbs.append(conj)
            for child in conj.children:
                if not _is_clause(child):
                    extra += _phrase_without_clauses(child, own)
    if not extra:
        return clause
    return Clause(root=clause.root, tokens=sorted(clause.tokens + extra, key=lambda t: t.i),
                  sent=clause.sent, triggers=clause.triggers)


def _subject_read_as_a_list_item(verb: Token) -> bool:
    """"shot a man on Monday and federal agents captured his brother in Puebla": the noun
    right before a joined verb, parsed as joined to a noun of the first deed's phrase, is
    the verb's own subject ("shot and killed", "killed eight and abducted three" have none)."""
    before = word_before(verb.doc, verb.i)
    if before < 0:
        return False
    tok = verb.doc[before]
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "conj" and tok.head.i < tok.i \
        and any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children)


def same_incident_tokens(sent: Span, clause: Clause) -> list[Token]:
    """The words of the clause's sentence that may say where its event was: not those of a
    clause or phrase telling a deed of another time (`tells_another_event`) -- "was captured
    two years after militants bombed a market in X", "were killed before the front lines
    near X were secured" -- nor, when the event's own clause is one, those around it."""
    root, words = clause.root, doc_tokens(sent.doc)[sent.start:sent.end]
    if tells_another_event(root):
        inside = {t.i for t in root.subtree}
        return [t for t in words if t.i in inside]
    excluded: set[int] = set()
    ancestors = {a.i for a in root.ancestors}
    for tok in _told_apart(sent):
        if tok.i not in excluded and tok.i != root.i and tok.i not in ancestors:
            excluded |= {t.i for t in tok.subtree}
    return [t for t in words if t.i not in excluded]


def without_other_deeds(tokens, clause: Clause) -> list[Token]:
    """The words of the sentence without the clauses that have a subject of their own and
    hold neither the event's clause nor a word of it ("killed ten civilians near Mambasa,
    and is concerned by reports that four women were raped in Nizi"): another deed, whose
    places are its own: a joined clause, or one told under a noun ("reports that ...").
    Not a relative clause ("in Kanambe village which lies 120 km north of Kalemie" says
    where the place is), nor "when gunmen attacked X" (the same incident, in news)."""
    own = {t.i for t in clause.tokens} | {a.i for a in clause.root.ancestors}
    excluded: set[int] = set()
    for tok in tokens:
        if tok.i not in own and tok.i not in excluded and _has_own_subject(tok) \
                and tok.dep_ in OTHER_DEED_DEPS \
                and clause.root.i not in {t.i for t in tok.subtree}:
            excluded |= {t.i for t in tok.subtree}
    return [t for t in tokens if t.i not in excluded]


def _told_apart(sent: Span) -> list[Token]:
    """The sentence's words that tell another event or describe an actor, in order: read
    once per sentence (kept on the Doc), not once per clause of it."""
    return read_once(sent.doc, TOLD_APART_KEY, (sent.start, sent.end), lambda: [
        tok for tok in doc_tokens(sent.doc)[sent.start:sent.end]
        if tells_another_event(tok) or describes_an_actor(tok)])


def tells_another_event(tok: Token) -> bool:
    """A clause or phrase telling a deed of another time than the one it hangs on: before or
    since it ("before the front lines were secured", "since the truce"), long after it
    ("months after militants tried", "weeks after the fall of X"), or set against it
    ("although troops had retaken X"). Not "when a car bomb went off in X", "while he was
    riding home in X", "after jets bombed X", nor a joined clause ("and his wife was
    wounded"): in news these tell the same incident."""
    marks = [c for c in tok.children if c.dep_ == "mark"] if tok.dep_ == "advcl" else []
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" \
            and tok.ent_type_ not in ("DATE", "TIME") and tok.lemma_.lower() not in TIMES_OF_DAY:
        marks = [tok.head]  # "since the truce", not "since dawn around the base in X"
    for mark in marks:
        word = mark.lower_
        if word in OTHER_TIME_MARKS or word in CONTRAST_MARKS:
            return True
        if word == "to" and mark.head.lower_ == "prior":
            return True  # "prior to this attack in east Aleppo, the army shelled Latakia"
        if word in ("despite", "notwithstanding") and tok.dep_ == "pobj" and any(
                m.start <= tok.i < m.end and m.category not in QUIET_CATEGORIES
                for m in doc_ext(tok.doc, "triggers") or ()):
            return True  # "despite the Istanbul bombings, protesters marched in London";
            # not "despite a curfew in Kabul" (no deed: the curfew's place may be the scene)
        if word in ("while", "whilst") and (_another_subject(tok) or _set_apart(tok, mark)):
            return True  # "while another soldier died near Mosul": another deed
        before = word_before(mark.doc, mark.i)  # "days  after"
        if word == "after" and before >= 0 and \
                mark.doc[before].lemma_.lower() in DURATION_WORDS:
            return True
        if word in ("after", "following") and tok.dep_ != "advcl" \
                and _dated_long_before(tok):
            return True  # "following the fall of Palmyra last month" (a clause after
            # "after" more often tells an event of its own, placed in it)
    return False


def _dated_long_before(tok: Token) -> bool:
    """The phrase dates its deed to a past period of its own ("last month", "last year",
    "two weeks ago"): another deed than the event's."""
    for t in tok.subtree:
        if t.ent_type_ != "DATE":
            continue
        after = word_after(t.doc, t.i)  # "last  month"
        if t.lower_ == "ago" or t.lower_ == "last" and after < len(t.doc) \
                and t.doc[after].lemma_.lower() in DURATION_WORDS | PERIOD_WORDS:
            return True
    return False


def describes_an_actor(tok: Token) -> bool:
    """A clause describing a person or a group by a deed of its own time ("a man arrested
    on May 16 in Bangkok", "activists arrested in Beijing earlier in the day"), not telling
    the event. Not "militants who attacked a checkpoint in X were killed", nor "militants
    that tried to infiltrate points near X": a deed told with no time of its own is most
    often the same incident's; "militants who are also battling Iraqi forces in Mosul" is a
    deed the actor does besides the event's, elsewhere."""
    if tok.dep_ not in ("relcl", "acl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    noun = tok.head
    person = any(c.lower_ in ("who", "whom", "whose") and c.i < tok.i
                 for c in tok.subtree) or noun.ent_type_ in ("PERSON", "NORP", "ORG") \
        or noun.lemma_.lower() in PERSON_OR_GROUP_NOUNS
    if not person:
        return False
    return any(c.dep_ in ("prep", "npadvmod", "advmod") and _another_time(c)
               or c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children)


def _another_time(phrase: Token) -> bool:
    """A date phrase that sets its deed apart from the report's day: a calendar date ("on
    May 16", "in 1991") or a time before it ("earlier in the day", "last year"); not a
    weekday or "today", mostly the event's own day."""
    if phrase.dep_ == "advmod" and phrase.lower_ in ("earlier", "previously"):
        return True  # "arrested in Beijing earlier in the day", however NER tags it
    words = [t for t in phrase.subtree if t.ent_type_ in ("DATE", "TIME")]
    if not words or any(t.lower_ in WEEKDAYS or t.lower_ in ("today", "tonight", "yesterday")
                        for t in words):
        return False
    return any(t.like_num or t.lower_ in MONTHS or t.lower_ in ("earlier", "last", "ago",
                                                                  "previous")
               for t in words)


def in_another_deed(tok: Token) -> bool:
    """A name inside a phrase or clause telling a deed of another time ("since the capture of
    Bakhmut in May")."""
    return any(tells_another_event(a) for a in chain((tok,), tok.ancestors))


def _phrase_without_clauses(head: Token, skip: set[int]) -> list[Token]:
    """The words of a phrase, without the clauses hung under it."""
    out = [head] if head.i not in skip else []
    for child in head.children:
        if not _is_clause(child):
            out += _phrase_without_clauses(child, skip)
    return out


def _is_clause(tok: Token) -> bool:
    """A clause hung under a word: "said that …", "which …", a joined verb (not a joined
    noun: "a cleric, his wife and three others"), or a verb with a subject of its own
    ("reports that four women were raped in X": another deed, told under a noun)."""
    return _has_own_subject(tok) or tok.dep_ in CLAUSE_DEPS and (
        tok.dep_ != "conj" or tok.pos_ in ("VERB", "AUX"))


def _has_own_subject(tok: Token) -> bool:
    """A verb with a subject of its own: the head of a clause telling a deed."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                               for c in tok.children)


def own_verb(verb: Token, clause: Clause) -> bool:
    """The clause's verb, or one joined to it: "captured him in Iraq", not "killed when
    their helicopter came down in Basra, arrived back in Britain" (another deed's verb), nor
    one joined with a subject of its own ("three were shot in Gaza, and another was killed
    inside Israel": another victim's deed, at its own place)."""
    while verb.dep_ == "conj" and verb.head is not verb:
        if verb.i == clause.root.i:
            return True
        if _has_own_subject(verb):
            return False
        verb = verb.head
    return verb.i == clause.root.i


def names_an_actor(root: Token) -> bool:
    """A country's name as a doer or an owner ("Iran denied", "Iran's envoy", "an Iran
    delegation", "attacked by Iran"), or an actor's home ("businessmen from Iran")."""
    return root.dep_ in ("nsubj", "agent", "compound", "poss") or root.head.dep_ == "agent" \
        or is_home(root)


def joined_deed_tokens(clause: Clause) -> set[int]:
    """"Gunmen killed five soldiers in Kirkuk and wounded three policemen in Mosul": a verb
    joined by "and" to the clause's verb, with no subject and no trigger of its own and an
    object of its own, tells the same attackers' deed at its own place (its words belong
    to no clause)."""
    doc = clause.root.doc
    found: set[int] = set()
    for verb in clause.root.children:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or clause.has_token(verb.i) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(
                c.dep_ == "dobj" for c in verb.children):
            continue
        words = {t.i for t in verb.subtree}
        if not any(m.start in words for m in doc_ext(doc, "triggers") or []):
            found |= words
    return found


def in_a_purpose(tok: Token) -> bool:
    """A name inside a "to"-infinitive ("to liberate the city of Palmyra"): what the deed
    aims at, not where it happened."""
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                 for c in t.children)
               for t in climb(tok, 10))


def _set_apart(verb: Token, mark: Token) -> bool:
    """A "while" clause with a subject of its own that opens on a place of its own ("while
    in Helmand, a roadside bomb wounded two soldiers") or dates its deed apart ("while
    saboteurs hit a pipeline a day earlier"): a deed set beside the event, at its own place;
    not "while he was riding home in X" nor "while they were camping in X last week", the
    same incident's moment."""
    if not _has_own_subject(verb):
        return False
    doc = verb.doc
    places = {i for m in doc_ext(doc, "places") or [] for i in range(m.start, m.end)}
    k = word_after(doc, mark.i)
    fronted = k < len(doc) and doc[k].dep_ == "prep" and doc[k].head.i == verb.i \
        and any(c.dep_ == "pobj" and c.i in places for c in doc[k].children)
    # "a day earlier", not "last week": a time told against the event's own, not its date
    return fronted or any(c.dep_ == "advmod" and c.lower_ in RELATIVE_TIMES
                          for c in verb.children)


def _another_subject(verb: Token) -> bool:
    """The verb's subject is "another ..." or "other ..." ("while another three civilians
    lost their lives in Kiziltepe"): others than the main clause's, hurt elsewhere."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        g.lower_ in ("another", "other") and g.i < c.i for g in c.subtree)
        for c in verb.children)


# "killed ten in a southern rebel-held town": nouns of a place told by its kind alone
UNNAMED_PLACE_NOUNS = frozenset({"town", "village", "city", "area", "district", "camp",
                                 "neighbourhood", "neighborhood", "suburb", "hamlet"})


def tells_an_unnamed_place(clause: Clause) -> bool:
    """The clause's verb says where in words that name no place: "a barrel bomb killed 10
    in a southern rebel-held town" ("a" town, not "the town" it refers back to); a place
    another deed of the sentence names is not that town."""
    for prep in clause.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in UNNAMED_PLACE_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
                    and not any(c.dep_ == "prep" for c in noun.children):
                return True
    return False


# "the border with Burkina Faso", "the frontier with Syria": the other side of a border
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def across_the_border(root: Token) -> bool:
    """A country named as what lies across a border ("close to the border with Burkina
    Faso"): where the event was is this side of it."""
    return root.dep_ == "pobj" and root.head.lower_ == "with" \
        and root.head.head.lemma_.lower() in BORDER_NOUNS
