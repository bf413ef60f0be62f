"""What every step of event coding shares: the report context, the coding lexicon, and a
few readings of the text (names, the clause's main trigger); the candidate record is in
candidate.py, the report's preamble (dateline, headline) is read in preamble.py.

Nothing here decides anything about an event; the concern modules do, importing one
another in one direction only (events/__init__.py, ORDER).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.preamble import preamble_end
from eventdesk.components.trigger_senses import tried_by_the_doers
from eventdesk.components.triggers import Clause, TriggerMatch, charged_with, load_lexicon
from eventdesk.extensions import doc_ext, span_root
from eventdesk.records import Place

# Trigger category → the family of event it signals.
FAMILY_OF = {
    "clash": "battle", "capture": "battle", "recapture": "battle",
    "air": "explosion", "shelling": "explosion", "suicide": "explosion",
    "explosive": "explosion", "grenade": "explosion", "chemical": "explosion",
    "attack": "attack", "kill": "kill", "abduction": "abduction", "sexual": "sexual",
    "protest": "protest", "riot": "riot", "arrest": "arrest", "agreement": "agreement",
    "group_change": "group_change", "disrupted": "disrupted", "base": "base",
    "looting": "looting", "withdraw": "withdraw", "release": "release",
    "blast": "explosion", "destroy": "looting", "other": "other", "strike": "explosion",
}
ARMED_ROLES = frozenset({"armed", "state", "unidentified", "international"})
ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "az", "at", "an", "ad-", "al-"}
ARTICLE_JOINED = re.compile(r"^(al|el|ad|ar|as|ash|az|at|an)-")  # "al-Sakhour": one word
ADJUNCT_PREPS = {"after", "before", "with", "by", "despite", "amid", "during", "following"}
# A deed named only to date another ("months before the bombing"): never its clause's topic.
TIME_ANCHOR_PREPS = {"before", "since", "until", "till"}
# Words that put a telling after the one before it: a sequel, not the same moment.
LATER_WORDS = frozenset({"later", "afterwards", "afterward", "subsequently"})
SPAN_TOKENS_KEY = "eventdesk.span_tokens"


@dataclass(slots=True)
class Context:
    """What the report has established so far, for what later sentences leave implicit."""

    place: Place | None = None        # the place of the latest event
    focus: Place | None = None        # the latest town or city named
    main_city: Place | None = None    # the city the report names most: home of its districts
    date: dt.date | None = None
    precision: int | None = None
    place_sent: int = -10
    line: tuple[int, int] | None = None   # the digest line being read (`digest_line`)
    report_city: Place | None = None      # the report's main city, whatever line is read
    lead_day: tuple = (None, None)        # the day and precision in force before the lines

    def enter_line(self, line: tuple[int, int] | None, country: str | None) -> None:
        """A new line of a digest ("16 Jun – Somalia (Ceel Dheer): …") starts afresh: the
        place, town and day the lines before it told are theirs (the day told above the lines
        holds), and so is the report's main city unless it lies in the line label's country."""
        if line == self.line:
            return
        if self.line is None:
            self.lead_day = (self.date, self.precision)
        elif line is not None:
            self.date, self.precision = self.lead_day
        self.line, self.place, self.focus, self.place_sent = line, None, None, -10
        city = self.report_city
        self.main_city = city if city is None or country is None \
            or city.country_code == country else None


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """The word lists of triggers.toml's [coding] table, as sets."""
    return {k: frozenset(v) for k, v in load_lexicon()["coding"].items()}


def clause_span_chars(doc: Doc, clause: Clause) -> tuple[int, int]:
    """The clause's first and last character offsets in the report."""
    last = doc[clause.end - 1]
    return doc[clause.start].idx, last.idx + len(last.text)


def names_a_place(doc: Doc, ids: set[int]) -> bool:
    """A place smaller than a country starts among the tokens `ids`."""
    return any(m.start in ids and m.kind != "country" for m in doc_ext(doc, "places") or [])


def tells_a_day(doc: Doc, clause: Clause) -> bool:
    """The clause writes a day of its own ("on Sunday", "yesterday")."""
    start, end = clause_span_chars(doc, clause)
    return any(start <= d.start_char < end and d.kind in ("day", "relative")
               for d in doc_ext(doc, "dates") or [])


def is_weak(clause: Clause) -> bool:
    """Only bare-death triggers ("two people were killed"): no event type of its own."""
    return clause.categories() <= lexicon()["weak"]


# People taken or held whom the actor lexicon, which names sides, does not list.
HELD_PEOPLE = {"pilot", "crew", "crewman", "sailor", "officer", "captive", "prisoner",
               "hostage", "noble", "person", "man", "woman", "signer", "signatory"}


def a_being(noun: Token) -> bool:
    """A noun for people ("pilot", "soldiers", "villagers"), not a place or a thing ("the
    bombed building", "the captured village")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in HELD_PEOPLE:
        return True
    return ActorMatcher.load().role_of_word(noun.lower_) is not None


def main_trigger(doc: Doc, clause: Clause) -> TriggerMatch:
    """The strongest trigger nearest the clause's verb: the one the clause is about."""
    if len(clause.triggers) == 1:
        return clause.triggers[0]  # nothing to weigh (most clauses)
    key = (clause.root.i, tuple((m.start, m.end, m.category) for m in clause.triggers))
    if clause.main_cache is not None and clause.main_cache[0] == key:
        return clause.main_cache[1]
    coding = lexicon()

    def strength(match: TriggerMatch) -> int:
        word = span_root(doc, match.start, match.end)
        if match.category in coding["weak"] or (
                word.dep_ in ("pobj", "pcomp") and word.head.lower_ in TIME_ANCHOR_PREPS):
            return 0   # "before the attack", "attacked the post before retreating"
        if word.tag_ == "VBN" and word.dep_ in ("amod", "acl") and a_being(word.head) or \
                word.dep_ == "pobj" and word.head.lower_ == "of" and a_being(word.head.head) \
                or tried_by_the_doers(word, clause.root):
            return 0   # "the captured pilot", "a signer of the accord", "gunmen trying to rob"
        if match.category in coding["generic"]:
            return 1
        return 2

    generic = clause.root.i in {m.start for m in clause.triggers if m.category in coding["generic"]}

    def distance(tok: Token) -> int:
        if generic and (tok.dep_, tok.head.lower_, tok.head.head) == ("pobj", "with", clause.root):
            return 0   # "attacked X with 144 drones, … setting blocks ablaze": how it was done
        steps, t = 0, tok
        while t.i != clause.root.i and t.head.i != t.i and steps < 20:
            if t.dep_ == "pobj" and t.head.lower_ in ADJUNCT_PREPS:
                steps += 5
            t = t.head
            steps += 1
        return steps

    main = max(clause.triggers,
               key=lambda m: (strength(m), -distance(span_root(doc, m.start, m.end))))
    clause.main_cache = (key, main)
    return main


def main_family(doc: Doc, clause: Clause) -> str:
    """The family of the clause's main trigger."""
    return FAMILY_OF[main_trigger(doc, clause).category]


def categories_in(doc: Doc, clause: Clause) -> set[str]:
    """Trigger categories of every token of the clause, including folded death clauses; not
    a deed the clause's people are accused of (`triggers.charged_with`)."""
    ids = {t.i for t in clause.tokens}
    return {m.category for m in doc_ext(doc, "triggers") or [] if m.start in ids
            and not charged_with(doc[m.start], clause.root)}


# Verbs whose subject is the victim ("five soldiers died"); other casualty verbs name it
# as object or passive subject ("killed five soldiers", "five soldiers were killed").
SUBJECT_DIES = frozenset({"die", "dead", "perish"})


def armed_subject(clause: Clause | Token) -> bool:
    """The clause's (or verb's) own subject is an armed actor ("ISIL fighters killed …");
    not the fighters who died ("two peacekeepers died when …" are the victims)."""
    verb = clause if isinstance(clause, Token) else clause.root
    if verb.lemma_.lower() in SUBJECT_DIES:
        return False
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(m.role_hint in ARMED_ROLES and m.start <= s.i < m.end
               for s in subjects for m in doc_ext(doc, "actors") or [])


def namelike(tok: Token) -> bool:
    """Part of a proper name: capitalised, an Arabic article ("al-"), or the hyphen
    joining them ("al - Sakhour" as spaCy splits it)."""
    word = tok.text
    if tok.lower_ in ("the", "a") or not word:
        return False
    if word[0].isupper():
        return True
    doc = tok.doc
    if tok.lower_ in ARABIC_ARTICLES and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" \
            and not tok.whitespace_:
        return True
    if word == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_ \
            and doc[tok.i - 1].lower_ in ARABIC_ARTICLES | {"ez", "ed", "es"}:
        return True
    if 0 < tok.i < len(doc) - 1 and _capitalised(doc[tok.i - 1]) \
            and _capitalised(doc[tok.i + 1]) and (
                word == "-" and not tok.whitespace_ and not doc[tok.i - 1].whitespace_
                or tok.is_space and "\n" not in word):
        return True  # "Hawsh-Nasri", "Gund-E-Qasim"; "Khan Bani  Saad" (a doubled space)
    if word in AYN_MARKS and not tok.whitespace_ and tok.i + 1 < len(doc) \
            and _capitalised(doc[tok.i + 1]):
        return True  # "‘Ibta", "‘Arak": the ʿayn a transliteration opens a name with
    return ARTICLE_JOINED.match(word) is not None


# Marks written for an opening ʿayn, split off by the tokenizer ("‘Ibta", "ʿAfrin").
AYN_MARKS = frozenset({"‘", "ʿ", "`", "ʻ"})


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def place_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens the gazetteer read as place names: the scene, never a victim
    or an unknown name, whatever NER calls them."""
    return _span_tokens(doc, "places")


def actor_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens the actor matcher read as an actor's name."""
    return _span_tokens(doc, "actors")


def read_once(doc: Doc, table: str, key, compute: Callable[[], object]):
    """`compute()` kept on the Doc (`doc.user_data[table][key]`): a fact of one report,
    sentence or mention that the coder asks for per clause or per rule."""
    kept = doc.user_data.setdefault(table, {})
    if key not in kept:
        kept[key] = compute()
    return kept[key]


def _span_tokens(doc: Doc, extension: str) -> frozenset[int]:
    """The tokens of the mentions a `Doc._` extension holds, read once per report and
    list (the event coder asks for them per clause and per rule)."""
    mentions = doc_ext(doc, extension) or ()
    kept = doc.user_data.setdefault(SPAN_TOKENS_KEY, {})
    found = kept.get(extension)
    if found is None or found[0] is not mentions:
        found = kept[extension] = (mentions, frozenset(
            i for m in mentions for i in range(m.start, m.end)))
    return found[1]


def copy_place(place: Place) -> Place:
    return Place(**{name: getattr(place, name) for name in Place.__slots__})


def main_country(doc: Doc) -> str | None:
    countries = doc_ext(doc, "countries") or []
    return countries[0] if countries else None


def evidence_bounds(doc: Doc, clause: Clause) -> tuple[int, int]:
    """The clause's words, without a trailing conjunction or punctuation, nor the
    report's dateline."""
    tokens = list(clause.tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space
                      or tokens[0].dep_ in ("cc", "mark")
                      or tokens[0].lower_ in ("meanwhile", "also")):
        tokens.pop(0)
    dateline = preamble_end(doc)
    while len(tokens) > 1 and tokens[0].idx < dateline:
        tokens.pop(0)
    if not tokens:
        tokens = clause.tokens
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
