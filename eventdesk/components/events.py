"""Event coding: from triggers, places, actors, dates and claims on a Doc to ACLED records.

Each clause that holds a trigger and says that something happened becomes a candidate
event; candidates of one type at one place on one day are merged, as GUIDELINES.md asks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventdesk.components.attribution import claim_for
from eventdesk.components.fatalities import count_fatalities, plausible_toll
from eventdesk.components.triggers import Clause, TriggerFinder, clauses, load_lexicon
from eventdesk.geo import haversine_km
from eventdesk.geo.build import capital_names
from eventdesk.geo.countries import country_name
from eventdesk.records import Actor, Event, Place

EXPLOSION = "Explosions/Remote violence"
BATTLES = "Battles"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

EXPLOSION_SUBTYPES = {
    "chemical": "Chemical weapon",
    "air": "Air/drone strike",
    "suicide": "Suicide bomb",
    "shelling": "Shelling/artillery/missile attack",
    "explosive": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
}
# ACLED's priority within each type: the first that applies wins when one event is merged.
SUBTYPE_PRIORITY = [
    "Government regains territory", "Non-state actor overtakes territory", "Armed clash",
    "Excessive force against protesters", "Protest with intervention", "Peaceful protest",
    "Violent demonstration", "Mob violence",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
    "Sexual violence", "Attack", "Abduction/forced disappearance",
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
]
FAMILY_OF = {
    "clash": "battle", "capture": "battle", "recapture": "battle",
    "air": "explosion", "shelling": "explosion", "suicide": "explosion",
    "explosive": "explosion", "grenade": "explosion", "chemical": "explosion",
    "attack": "attack", "kill": "kill", "abduction": "abduction", "sexual": "sexual",
    "protest": "protest", "riot": "riot", "arrest": "arrest", "agreement": "agreement",
    "group_change": "group_change", "disrupted": "disrupted", "base": "base",
    "looting": "looting", "withdraw": "withdraw", "release": "release",
}
SITE_WORDS = {"college", "university", "school", "hospital", "prison", "airport", "market",
              "mosque", "church", "stadium", "hotel", "camp", "base", "station", "port",
              "square", "bridge", "barracks", "refinery", "dam", "academy"}
ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "az", "at", "an", "ad-", "al-"}
PEOPLE_NOUNS = {"people", "person", "hostage", "civilian", "resident", "villager", "worker",
                "child", "woman", "man", "passenger", "student", "staff", "member", "journalist"}
FAMILY_TYPES = {"battle": BATTLES, "explosion": EXPLOSION, "protest": PROTESTS,
                "riot": RIOTS}
ARMED_ROLES = {"armed", "state", "unidentified", "international"}
TEXT_KEY = "eventdesk.text"
PREAMBLE_KEY = "eventdesk.preamble_end"
PLAUSIBLE_KEY = "eventdesk.plausible"
DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’-]{2,40}(,\s*[A-Za-z .'’-]{2,30})?"
    r"(,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(,\s*\d{4})?)?"
    r"\s*(\([^)]{1,60}\))?\s*[-–—:]+\s*"
)
DATELINE_AFTER_HEADLINE = re.compile(
    r"\n\s*\n\s*[A-Z][A-Z .'’-]{2,40}(,\s*[A-Za-z .'’-]{2,30})?"
    r"(,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(,\s*\d{4})?)?\s*(\([^)]{1,60}\))?\s*[-–—:]+\s*"
)
# A first line of under 20 words with no full stop, then a blank line: a headline.
HEADLINE = re.compile(r"\s*[^\n.!?]{3,160}\n\s*\n")
DATELINE_TAIL = re.compile(r"\s*(\([^)]{1,60}\))?\s*[-–—:]*\s*")
SPEECH_VERBS = {"say", "tell", "report", "claim", "announce", "state", "add", "confirm",
                "allege", "estimate", "quote", "describe", "accuse", "blame", "deny", "warn",
                "call", "urge", "condemn", "insist", "note", "write"}
# "if/unless" clauses are conditions; "since/before/until" clauses situate another
# event and are reported in their own right elsewhere when they matter.
NOT_NOW_MARKERS = {"if", "unless", "since", "before", "until", "once"}
CONTAINMENT_LINKS = (",", "in", "of", "in the", ", in")
ADJUNCT_PREPS = {"after", "before", "with", "by", "despite", "amid", "during", "following"}


@dataclass(slots=True)
class Candidate:
    """An event before merging: its coding and the tokens it rests on."""

    event_type: str
    sub_event_type: str
    start_char: int
    end_char: int
    sent_index: int
    actor1: Actor | None = None
    actor2: Actor | None = None
    place: Place | None = None
    date: dt.date | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    claimed_by: str | None = None
    framing: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    """What the report has established so far, for what later sentences leave implicit."""

    place: Place | None = None        # the place of the latest event
    focus: Place | None = None        # the latest town or city named
    main_city: Place | None = None    # the city the report names most: home of its districts
    date: dt.date | None = None
    precision: int | None = None
    place_sent: int = -10


class EventCoder:
    """Codes the events of a parsed Doc whose `._` extensions have been set upstream."""

    def __init__(self, *, triggers: TriggerFinder, gazetteer, actor_matcher):
        self.triggers = triggers
        self.gazetteer = gazetteer
        self.actors = actor_matcher
        coding = load_lexicon()["coding"]
        self.coding = {k: set(v) for k, v in coding.items()}
        self.explosion_priority = coding["explosion_priority"]

    # ---- the whole document -------------------------------------------------------------
    def __call__(self, doc: Doc) -> list[Event]:
        ctx = Context(main_city=self._main_city(doc))
        candidates: list[Candidate] = []
        doc_triggers = doc._.triggers or []
        for sent_index, sent in enumerate(doc.sents):
            sent_clauses = clauses(sent, doc_triggers)
            strong = [c for c in sent_clauses if not self._is_weak(c)]
            self._fold_weak_clauses(sent_clauses, strong)
            preamble = _dateline_end(doc)
            for clause in strong:
                if doc[self._main_trigger(doc, clause).start].idx < preamble \
                        or not self._happened(doc, clause):
                    continue  # a headline restates the lead; the dateline is no event
                earlier = self._referent(doc, clause, candidates)
                if earlier is not None and (self._refers_back(doc, clause, earlier)
                                            or self._bare_toll(doc, clause)):
                    self._add_deaths(doc, clause, earlier)
                    continue
                candidate = self._code_clause(doc, sent, sent_index, clause, ctx)
                if candidate is not None:
                    candidates.append(candidate)
                    candidates.extend(self._same_event_elsewhere(doc, clause, candidate))
            self._update_focus(doc, sent, ctx)
        return self._merge(doc, candidates)

    # ---- clauses ------------------------------------------------------------------------
    def _is_weak(self, clause: Clause) -> bool:
        return clause.categories() <= self.coding["weak"]

    def _fold_weak_clauses(self, sent_clauses: list[Clause], strong: list[Clause]) -> None:
        """A bare death clause ("two people were killed when …") belongs to the event of
        its sentence when there is one; one with its own subject ("ISIL killed 85 civilians
        and abducted 400") is an attack in its own right (coded in `_code_clause`)."""
        for clause in sent_clauses:
            if clause in strong:
                continue
            if strong and not (self._armed_subject(clause)
                               and clause.root.dep_ in ("ROOT", "conj", "ccomp")):
                target = min(strong, key=lambda c: abs(c.root.i - clause.root.i))
                target.tokens = sorted(set(target.tokens) | set(clause.tokens), key=lambda t: t.i)
            else:
                strong.append(clause)

    def _bare_toll(self, doc: Doc, clause: Clause) -> bool:
        """"Eight people were killed, the minister said": a toll with no attacker, place or
        day of its own completes the event told before it."""
        if not self._is_weak(clause) or self._armed_subject(clause):
            return False
        ids = {t.i for t in clause.tokens}
        if any(m.start in ids and m.kind != "country" for m in doc._.places or []):
            return False
        start, end = doc[clause.start].idx, self._clause_end_char(doc, clause)
        if any(start <= d.start_char < end and d.kind in ("day", "relative")
               for d in doc._.dates or []):
            return False
        return not any(c.dep_ == "agent" for c in clause.root.children)

    @staticmethod
    def _armed_subject(clause: Clause) -> bool:
        """The clause's own subject is an armed actor ("ISIL fighters killed …")."""
        doc = clause.root.doc
        subjects = [c for c in clause.root.children if c.dep_ == "nsubj"]
        return any(m.role_hint in ARMED_ROLES and m.start <= s.i < m.end
                   for s in subjects for m in doc._.actors or [])

    def _refers_back(self, doc: Doc, clause: Clause, earlier: Candidate) -> bool:
        """Deaths "in the raids" or "during Friday's fighting" belong to an event told
        before: the clause adds its dead to it rather than coding a new event."""
        ids = {t.i for t in clause.tokens}
        categories = {m.category for m in doc._.triggers or [] if m.start in ids}
        if "kill" not in categories:
            return False
        others = [m for m in clause.triggers if m.category != "kill"]
        if not others or not all(self._is_backref(doc[m.start:m.end].root) for m in others):
            return False
        # "killed … in the final battles on Monday" is its own event when its day differs
        start, end = doc[clause.start].idx, self._clause_end_char(doc, clause)
        own_days = [d.date for d in doc._.dates or [] if start <= d.start_char < end
                    and d.kind == "day"]
        return all(day == earlier.date for day in own_days)

    def _only_definite_nouns(self, doc: Doc, clause: Clause) -> bool:
        """"The protests came as …": an event named again, not a new one."""
        if any(m.category == "kill" for m in clause.triggers):
            return False
        for m in clause.triggers:
            tok = doc[m.start:m.end].root
            if tok.pos_ not in ("NOUN", "PROPN"):
                return False
            if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                       for c in tok.children):
                return False
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                return False
        return clause.root.lemma_.lower() not in self.coding["strike_verbs"]

    def _is_backref(self, tok: Token) -> bool:
        if tok.lower_ not in self.coding["backref_nouns"] and \
                tok.lemma_.lower() not in self.coding["backref_nouns"]:
            return False
        if tok.head.lower_ not in ("in", "during", "from"):
            return False
        return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                   for c in tok.children)

    def _referent(self, doc: Doc, clause: Clause, candidates: list[Candidate]):
        """The event a back-reference points to: the latest of the kind it names
        ("killed in the fighting" → the latest battle), else the latest event."""
        if not candidates:
            return None
        wanted = {FAMILY_TYPES.get(FAMILY_OF[m.category]) for m in clause.triggers
                  if m.category != "kill"} - {None}
        for cand in reversed(candidates):
            if not wanted or cand.event_type in wanted:
                return cand
        return candidates[-1]

    def _same_event_elsewhere(self, doc: Doc, clause: Clause, cand: Candidate):
        """"retook the towns of Makhmour and Gwer": one event per place."""
        ids = {t.i for t in clause.tokens}
        mentions = [m for m in doc._.places or [] if m.start in ids and m.kind == "place"
                    and self._plausible(doc, m)]
        extra = []
        countries = doc._.countries or []
        for mention in mentions:
            head = doc[mention.start:mention.end].root
            if head.dep_ != "conj" or not any(
                    o.start <= head.head.i < o.end for o in mentions if o is not mention):
                continue
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is None or place.latitude is None or _place_key(place) == \
                    _place_key(cand.place):
                continue
            copy = Candidate(**{f: getattr(cand, f) for f in Candidate.__slots__})
            copy.place, copy.fatalities, copy.fatalities_text = place, None, None
            extra.append(copy)
        return extra

    def _toll_end(self, doc: Doc, sent: Span, end: int) -> int:
        """Where the event's toll may be read up to: the sentence's end, unless another
        event follows in it ("…, killing 13, officials said; the council put the toll at
        eight" and "…; no one was killed" belong to the event)."""
        for m in doc._.triggers or []:
            if m.category != "kill" and sent.start <= m.start < sent.end \
                    and doc[m.start].idx >= end:
                return end
        return sent.end_char

    def _add_deaths(self, doc: Doc, clause: Clause, earlier: Candidate) -> None:
        start, end = self._evidence_bounds(doc, clause)
        deaths = count_fatalities(_text(doc)[start:end])
        if deaths.count is not None:
            earlier.fatalities = (earlier.fatalities or 0) + deaths.count
        earlier.fatalities_text = earlier.fatalities_text or deaths.text

    def _happened(self, doc: Doc, clause: Clause) -> bool:
        """False for planned, feared, threatened, denied, negated or conditional events."""
        root = clause.root
        if root.lemma_.lower() in SPEECH_VERBS or self._only_definite_nouns(doc, clause):
            return False
        irrealis = self.coding["irrealis_heads"]
        if root.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                       for c in root.head.children):
            return False  # "ordered the troops to release him and pull back"
        for child in root.children:
            if child.dep_ == "neg":
                return False
            if child.dep_ == "aux" and (child.lower_ in self.coding["modal_aux"]
                                        or child.tag_ == "TO"):
                return False
            if child.dep_ == "mark" and child.lower_ in NOT_NOW_MARKERS:
                return False
        main = self._main_trigger(doc, clause)
        for trig in [main]:
            tok = doc[trig.start:trig.end].root
            if any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children):
                return False
            if tok.head.lower_ == "without":
                return False
            if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children):
                return False
            # walk from the trigger up through the clause and beyond
            t = tok
            for _ in range(12):
                if t.lemma_.lower() in irrealis or t.lower_ in irrealis:
                    return False
                if t.pos_ in ("VERB", "AUX") and any(
                        c.dep_ == "aux" and c.lower_ in self.coding["modal_aux"]
                        for c in t.children):
                    return False
                # a co-ordinated clause is not under its sibling's modality, nor is one
                # across a semicolon
                if t.head.i == t.i or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) \
                        or _semicolon_between(doc, t.i, t.head.i):
                    break
                t = t.head
        start, end = doc[clause.start].idx, self._clause_end_char(doc, clause)
        claim = claim_for(doc._.claims or [], start, end)
        if claim is not None and claim.cue in ("denied", "deny", "denies", "rejected"):
            return False
        if self._is_background(doc, clause):
            return False
        return True

    def _is_background(self, doc: Doc, clause: Clause) -> bool:
        """Aggregates with no single day or place: "since 2011", "have killed 500 since
        December", "18 people had been killed across the country"."""
        start, end = doc[clause.start].idx, self._clause_end_char(doc, clause)
        if self._is_weak(clause):
            # a bare toll is read with its whole sentence: "… killed and 185 wounded
            # across the city since Sunday"
            sent = clause.sent
            start, end = sent.start_char, sent.end_char
            if re.search(r"\bsince\b", _text(doc)[start:end].lower()):
                return True
        lowered = _text(doc)[start:end].lower()
        if any(cue in lowered for cue in self.coding["aggregate_cues"]):
            return True
        kinds = {d.kind for d in doc._.dates or [] if start <= d.start_char < end}
        if "background" in kinds and not kinds & {"day", "relative"}:
            return True
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                      for c in clause.root.children)
        if not perfect or kinds & {"day", "relative", "week"}:
            return False
        # "have taken the city, officials said on Thursday" is news; "the war has killed
        # thousands" and "both sides have shelled neighbourhoods" are not
        sent = clause.sent
        dated = any(sent.start_char <= d.start_char < sent.end_char
                    and d.kind in ("day", "relative", "week") for d in doc._.dates or [])
        return not dated or "kill" in {m.category for m in clause.triggers}

    @staticmethod
    def _clause_end_char(doc: Doc, clause: Clause) -> int:
        last = doc[clause.end - 1]
        return last.idx + len(last.text)

    # ---- coding one clause --------------------------------------------------------------
    def _main_family(self, doc: Doc, clause: Clause) -> str:
        """The family of the strongest trigger nearest the clause's verb."""
        return FAMILY_OF[self._main_trigger(doc, clause).category]

    def _main_trigger(self, doc: Doc, clause: Clause):
        """The strongest trigger nearest the clause's verb: the one the clause is about."""
        def strength(category: str) -> int:
            if category in self.coding["weak"]:
                return 0
            if category in self.coding["generic"]:
                return 1
            return 2

        def distance(tok: Token) -> int:
            steps, t = 0, tok
            while t.i != clause.root.i and t.head.i != t.i and steps < 20:
                if t.dep_ == "pobj" and t.head.lower_ in ADJUNCT_PREPS:
                    steps += 5
                t = t.head
                steps += 1
            return steps

        return max(
            clause.triggers,
            key=lambda m: (strength(m.category), -distance(doc[m.start:m.end].root)),
        )

    def _code_clause(self, doc, sent, sent_index, clause, ctx) -> Candidate | None:
        family = self._main_family(doc, clause)
        cats = clause.categories() | self._categories_in(doc, clause)
        agent, patient = self._roles(doc, clause)
        coded = self._type_for(doc, clause, family, cats, agent, patient)
        if coded is None:
            return None
        event_type, sub_type = coded
        place = self._place_for(doc, sent, sent_index, clause, ctx)
        country = place.country_code if place else self._main_country(doc)
        actor1, actor2 = self._actors_for(doc, clause, event_type, sub_type, agent, patient,
                                          country)
        start, end = self._evidence_bounds(doc, clause)
        date, precision = self._date_for(doc, sent, clause, ctx)
        deaths = count_fatalities(_text(doc)[start:self._toll_end(doc, sent, end)])
        claim = claim_for(doc._.claims or [], start, end)
        framing = {}
        for mention in (agent, patient):
            if mention is not None and mention.actor.framing:
                framing.setdefault(mention.actor.name, []).extend(mention.actor.framing)
        if place is not None and place.latitude is not None:
            ctx.place, ctx.place_sent = place, sent_index
        if date is not None:
            ctx.date, ctx.precision = date, precision
        if self._is_old_news(doc, date, precision):
            return None
        return Candidate(
            event_type=event_type, sub_event_type=sub_type, start_char=start, end_char=end,
            sent_index=sent_index, actor1=actor1, actor2=actor2, place=place, date=date,
            time_precision=precision, fatalities=deaths.count, fatalities_text=deaths.text,
            claimed_by=claim.source if claim else None, framing=framing,
        )

    @staticmethod
    def _is_old_news(doc: Doc, date: dt.date | None, precision: int | None) -> bool:
        """Events a month or more before publication are background ("the ceasefire agreed
        in Minsk in September"), unless the report gives their exact day."""
        published = doc._.published
        if published is None or date is None:
            return False
        age = (published - date).days
        return age > 31 or (precision == 3 and age > 7)

    def _categories_in(self, doc: Doc, clause: Clause) -> set[str]:
        """Trigger categories of tokens folded into the clause from bare death clauses."""
        ids = {t.i for t in clause.tokens}
        return {m.category for m in doc._.triggers or [] if m.start in ids}

    def _cue(self, name: str, clause: Clause) -> bool:
        return self.triggers.cue_in(name, clause.tokens)

    def _type_for(self, doc, clause, family, cats, agent, patient) -> tuple[str, str] | None:
        patient_role = patient.role_hint if patient else None
        agent_role = agent.role_hint if agent else None
        if family == "disrupted":
            return STRATEGIC, "Disrupted weapons use"
        if family in ("explosion", "kill", "attack") and self._disrupted_in_sentence(doc, clause):
            return STRATEGIC, "Disrupted weapons use"
        if family == "explosion":
            if not self._is_attack(doc, clause):
                return None
            for name in self.explosion_priority:
                if name in cats:
                    return EXPLOSION, EXPLOSION_SUBTYPES[name]
        if family == "battle" and cats & {"abduction", "capture"} and \
                self._takes_people(doc, clause):
            # "seized 49 people" is an abduction; "captured 15 fighters" part of a battle
            if patient_role in ("armed", "unidentified", "state", "international"):
                return BATTLES, "Armed clash"
            return VAC, "Abduction/forced disappearance"
        if family == "battle":
            if cats & {"capture"} and not cats & {"recapture"} and self._without_fighting(
                    doc, clause):
                return STRATEGIC, "Non-violent transfer of territory"
            if cats & {"capture", "recapture"}:
                if self._only_facility(doc, clause) and not cats & {"recapture"}:
                    return BATTLES, "Armed clash"
                if "recapture" in cats or agent_role == "state":
                    return BATTLES, "Government regains territory"
                return BATTLES, "Non-state actor overtakes territory"
            return BATTLES, "Armed clash"
        protesters = family in ("attack", "kill", "protest") and (any(
            m.role_hint == "protester" and m.start in {t.i for t in clause.tokens}
            and m is not agent for m in doc._.actors or [])
            or self._crowd_under_fire(doc, clause))
        if family == "protest" or patient_role == "protester" or protesters:
            if cats & {"kill"} or self._cue("force_on_protest", clause) and patient_role:
                return PROTESTS, "Excessive force against protesters"
            if self._cue("intervention", clause):
                return PROTESTS, "Protest with intervention"
            if self._cue("violent_protest", clause):
                return RIOTS, "Violent demonstration"
            return PROTESTS, "Peaceful protest"
        if family == "riot":
            # residents, crowds or protesters burning and stoning: a riot
            if agent_role in ("protester", "rioter", "civilian") or agent is None:
                if cats & {"kill"} or patient_role == "civilian":
                    return RIOTS, "Mob violence"
                return RIOTS, "Violent demonstration"
            return STRATEGIC, "Looting/property destruction"
        if family == "sexual":
            return VAC, "Sexual violence"
        if family == "abduction":
            if patient is None and not self._has_people(doc, clause):
                return None
            return VAC, "Abduction/forced disappearance"
        if family in ("attack", "kill"):
            if patient_role == "civilian" or (patient is None and self._has_civilians(doc, clause)):
                if agent_role in ("protester", "rioter"):
                    return RIOTS, "Mob violence"
                return VAC, "Attack"
            if patient_role in ARMED_ROLES and agent is not None:
                return BATTLES, "Armed clash"
            return None
        if family == "arrest":
            return STRATEGIC, "Arrests"
        if family == "agreement":
            return STRATEGIC, "Agreement"
        if family == "group_change":
            return STRATEGIC, "Change to group/activity"
        if family == "base":
            return STRATEGIC, "Headquarters or base established"
        if family == "looting":
            if agent_role in ("protester", "rioter", "civilian"):
                return RIOTS, "Violent demonstration"
            return STRATEGIC, "Looting/property destruction"
        if family == "withdraw":
            if not self._has_place_object(doc, clause):
                return None
            return STRATEGIC, "Non-violent transfer of territory"
        if family == "release":
            return STRATEGIC, "Other"
        return None

    def _crowd_under_fire(self, doc: Doc, clause: Clause) -> bool:
        """"… were killed when police fired live rounds at crowds": force against a crowd,
        read over the sentence since the parse may split the clause."""
        sent_tokens = list(clause.sent)
        return self.triggers.cue_in("protest_crowd", sent_tokens) and \
            self.triggers.cue_in("force_on_protest", sent_tokens)

    def _disrupted_in_sentence(self, doc: Doc, clause: Clause) -> bool:
        """A bomber stopped "before she could reach the town", a device defused or found."""
        sent = clause.sent
        return any(m.category == "disrupted" and sent.start <= m.start < sent.end
                   for m in doc._.triggers or []) and bool(
            {m.category for m in doc._.triggers or [] if sent.start <= m.start < sent.end}
            & {"suicide", "explosive", "shelling", "grenade"})

    def _is_attack(self, doc: Doc, clause: Clause) -> bool:
        """An air asset or munition counts when something was struck, not when it is named."""
        verbs = self.coding["strike_verbs"]
        if clause.root.lemma_.lower() in verbs:
            return True
        event_nouns = {"airstrike", "strike", "raid", "bombardment", "shelling", "explosion",
                       "blast", "attack", "bombing", "fire"}
        return any(t.lemma_.lower() in event_nouns or t.lemma_.lower() in verbs
                   for t in clause.tokens)

    def _takes_people(self, doc: Doc, clause: Clause) -> bool:
        """"seized 49 people": the object of the seizure is people, not a place."""
        for tok in clause.tokens:
            if tok.dep_ == "dobj" and (tok.lemma_.lower() in PEOPLE_NOUNS or any(
                    c.like_num for c in tok.children) or self._is_civilian_token(doc, tok)):
                return True
        return False

    def _is_civilian_token(self, doc: Doc, tok: Token) -> bool:
        return any(m.start <= tok.i < m.end and m.role_hint == "civilian"
                   for m in doc._.actors or [])

    def _without_fighting(self, doc: Doc, clause: Clause) -> bool:
        """Entering a place the other side has left under a deal: a non-violent transfer."""
        entering = {t.lemma_.lower() for t in clause.tokens} & {"enter", "move", "deploy"}
        if not entering:
            return False
        sent = clause.sent
        fighting = {"clash", "attack", "air", "shelling", "suicide", "kill", "recapture"}
        if any(m.category in fighting and sent.start <= m.start < sent.end
               for m in doc._.triggers or []):
            return False
        return any(m.category in ("agreement", "withdraw") for m in doc._.triggers or [])

    def _has_place_object(self, doc: Doc, clause: Clause) -> bool:
        """"abandoned the port of Kismayo", not "abandoned their posts" or "feel abandoned"."""
        ids = {t.i for t in clause.tokens}
        for mention in doc._.places or []:
            if mention.start in ids and mention.kind != "country":
                head = doc[mention.start:mention.end].root
                if head.dep_ in ("dobj", "pobj", "appos") or head.head.dep_ in ("dobj", "pobj"):
                    return True
        return False

    def _only_facility(self, doc: Doc, clause: Clause) -> bool:
        """Overrunning a post or a compound is fighting, not a change of territory."""
        root = clause.root
        objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects:
            return False
        return all(o.lemma_.lower() in self.coding["facility_words"] for o in objects)

    def _has_civilians(self, doc: Doc, clause: Clause) -> bool:
        ids = {t.i for t in clause.tokens}
        return any(m.role_hint == "civilian" and m.start in ids for m in doc._.actors or [])

    def _has_people(self, doc: Doc, clause: Clause) -> bool:
        return self._has_civilians(doc, clause) or any(
            t.like_num or t.lemma_.lower() in ("people", "person", "hostage")
            for t in clause.tokens
        )

    # ---- actors -------------------------------------------------------------------------
    def _roles(self, doc: Doc, clause: Clause):
        """The acting side and the side acted upon, from the dependency parse."""
        ids = {t.i for t in clause.tokens}
        agents, patients = [], []
        for mention in doc._.actors or []:
            if mention.start not in ids:
                continue
            role = self._role_of(doc[mention.start:mention.end].root, clause.root)
            if role == "agent":
                agents.append(mention)
            elif role == "patient":
                patients.append(mention)
        agent = self._pick(agents, prefer=ARMED_ROLES | {"protester", "rioter"})
        others = [p for p in patients if agent is None or p.actor.name != agent.actor.name]
        if agent is not None and agent.role_hint in ("state", "international"):
            # soldiers fight militants, not the mission they serve with
            prefer = {"armed", "unidentified"}
        else:
            prefer = {"civilian", "protester"} | ARMED_ROLES
        patient = self._pick(others, prefer=prefer)
        if agent is not None and patient is not None and \
                clause.root.lemma_.lower() in ("repel", "repulse", "thwart", "foil"):
            # "troops repelled an attack by X": X started the fighting
            agent, patient = patient, agent
        if agent is None and len(agents) == 0 and len(patients) > 1:
            # "X and Y fought": no clear subject, take the two sides in order.
            agent = patients[0]
        agent = self._group_of(doc, agent)
        patient = self._group_of(doc, patient)
        if agent is None or self._owned_by_pronoun(doc, agent):
            agent = self._implicit_agent(doc, clause, possessive=agent is not None) or agent
            agent = self._group_of(doc, agent)
        if agent is not None and agent.role_hint == "unidentified":
            agent = self._named_group_nearby(doc, clause) or agent
        if patient is not None and patient.role_hint == "unidentified":
            patient = self._named_group_nearby(doc, clause) or patient
        return agent, patient

    @staticmethod
    def _group_of(doc: Doc, mention):
        """"fighters of the Islamic State", "members of Boko Haram": the named group."""
        if mention is None:
            return None
        head = doc[mention.start:mention.end].root
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                for other in doc._.actors or []:
                    if other is not mention and other.start <= obj.i < other.end \
                            and other.role_hint == "armed":
                        return other
        return mention

    @staticmethod
    def _owned_by_pronoun(doc: Doc, mention) -> bool:
        """"its aircraft", "their fighters": the owner is named elsewhere."""
        head = doc[mention.start:mention.end].root
        return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)

    def _named_group_nearby(self, doc: Doc, clause: Clause, *, same_sentence: bool = False):
        """"Gunmen stormed the compound" right after "al-Shabaab fighters attacked the
        hotel": the one armed group named in this or the previous sentence."""
        sent = clause.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 and not same_sentence \
            else sent.start
        named = {m.actor.name: m for m in doc._.actors or []
                 if start <= m.start < sent.end and m.role_hint == "armed"
                 and m.actor.inter in (2, 3, 4)}
        return next(iter(named.values())) if len(named) == 1 else None

    def _implicit_agent(self, doc: Doc, clause: Clause, *, possessive: bool = False):
        """The subject a clause leaves out or refers to with a pronoun: "ISIL killed 85
        civilians and abducted 400" (shared subject), "the army said it had retaken…",
        "the coalition said its aircraft struck…"."""
        root = clause.root
        own_subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        candidates = []
        if possessive:
            if root.dep_ in ("ccomp", "conj") and root.head.lemma_.lower() in SPEECH_VERBS:
                candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
        elif root.dep_ == "conj" and not own_subjects:
            candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
        elif all(c.pos_ == "PRON" for c in own_subjects) and root.dep_ in ("ccomp", "conj"):
            speech = root.head
            candidates = [c for c in speech.children if c.dep_ == "nsubj"]
        for subject in candidates:
            for mention in doc._.actors or []:
                if mention.start <= subject.i < mention.end or (
                        subject.left_edge.i <= mention.start <= subject.right_edge.i):
                    if mention.role_hint not in ("civilian",):
                        return mention
        return None

    @staticmethod
    def _pick(mentions, *, prefer):
        preferred = [m for m in mentions if m.role_hint in prefer]
        chosen = preferred or mentions
        return chosen[0] if chosen else None

    @staticmethod
    def _role_of(tok: Token, root: Token) -> str | None:
        """agent for subjects and "by" phrases, patient for objects and passive subjects."""
        t = tok
        for _ in range(15):
            dep = t.dep_
            if dep == "conj" and t.head.dep_ in ("nsubj", "dobj", "nsubjpass", "pobj"):
                t = t.head
                continue
            if dep in ("nsubj", "csubj"):
                return "agent"
            if dep == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
                verb = t.head.head
                if verb.i == root.i or verb.dep_ in ("acl", "advcl") and (
                        verb.head.i == root.i or verb.head.pos_ == "NOUN"
                        and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj")
                        and verb.head.head.i == root.i):
                    return "agent"
                return None
            if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
                return "patient"
            if dep == "pobj" and t.head.lower_ in ("on", "at", "against", "with", "into", "upon",
                                                    "among", "targeting"):
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

    def _actors_for(self, doc, clause, event_type, sub_type, agent, patient, country):
        matcher = self.actors
        actor1 = agent.actor if agent else None
        actor2 = patient.actor if patient else None
        if event_type == PROTESTS:
            state = actor1 if actor1 and agent.role_hint == "state" else None
            actor1 = _generic(matcher.protesters, country)
            actor2 = None if sub_type == "Peaceful protest" else (
                state or (patient.actor if patient and patient.role_hint == "state" else None)
                or _generic(matcher.state_forces, country, branch="police"))
            return actor1, actor2
        if event_type == RIOTS:
            actor1 = _generic(matcher.rioters, country)
            if sub_type == "Mob violence":
                actor2 = _generic(matcher.civilians, country)
            else:
                actor2 = None
            return actor1, actor2
        year = doc._.published.year if doc._.published else None
        if sub_type == "Agreement":
            # the parties: the government and the armed side it settles with
            if actor1 is None or actor1.inter not in (1,):
                actor2 = actor2 if actor2 is not None and actor2.inter not in (1, 7) else (
                    actor1 if actor1 is not None and actor1.inter in (2, 3, 4) else None)
                actor1 = _generic(matcher.state_forces, country, branch="government", year=year)
            if actor2 is None:
                actor2 = self._salient_armed(doc, exclude=actor1, non_state=True)
            return actor1, actor2
        if actor1 is None or agent.role_hint in ("civilian", "protester"):
            if sub_type == "Air/drone strike":
                # "Israeli air strikes": the air force of the country the words name
                owner = self._demonym_owner(doc, clause) or country
                actor1 = _generic(matcher.state_forces, owner, branch="military", year=year)
            elif sub_type == "Arrests":
                actor1 = _generic(matcher.state_forces, country, branch="police", year=year)
            elif sub_type == "Suicide bomb":
                actor1 = self._salient_armed(doc, exclude=actor2, non_state=True) or \
                    _generic(matcher.unidentified, country)
            elif event_type == EXPLOSION:
                # an unclaimed shell, bomb or grenade: ACLED's unidentified armed group,
                # unless the sentence names the one group behind it
                named = self._named_group_nearby(doc, clause, same_sentence=True)
                actor1 = named.actor if named else _generic(matcher.unidentified, country)
            elif event_type == VAC or sub_type in ("Armed clash",
                                                   "Non-state actor overtakes territory"):
                actor1 = self._salient_armed(doc, exclude=actor2) or \
                    _generic(matcher.unidentified, country)
            elif sub_type == "Government regains territory":
                actor1 = _generic(matcher.state_forces, country, branch="military")
        if event_type == VAC or sub_type in ("Arrests",):
            if actor2 is None or (patient and patient.role_hint not in ("civilian", "armed")):
                actor2 = _generic(matcher.civilians, country)
        if event_type == EXPLOSION and actor2 is None:
            if self._victims_civilian(patient):
                actor2 = _generic(matcher.civilians, country)
            elif sub_type == "Air/drone strike" and actor1 is not None and actor1.inter in (1, 8):
                actor2 = self._salient_armed(doc, exclude=actor1, non_state=True)
        if event_type == BATTLES and actor2 is None and actor1 is not None:
            if actor1.inter in (1, 8):
                actor2 = self._salient_armed(doc, exclude=actor1, non_state=True) or \
                    self._salient_armed(doc, exclude=actor1)
            else:
                actor2 = _generic(matcher.state_forces, country, branch="military")
        return actor1, actor2


    def _demonym_owner(self, doc: Doc, clause: Clause) -> str | None:
        """The country named by an adjective on a trigger ("Russian shelling")."""
        for trig in clause.triggers:
            for tok in doc[trig.start:trig.end]:
                for child in tok.children:
                    if child.dep_ in ("amod", "compound") and child.i < trig.start:
                        code = self.gazetteer.demonym_country(child.text)
                        if code:
                            return code
        return None

    @staticmethod
    def _victims_civilian(patient) -> bool:
        return patient is not None and patient.role_hint == "civilian"

    def _salient_armed(self, doc: Doc, *, exclude: Actor | None, non_state: bool = False):
        """The armed actor the report names most, for sides it leaves implicit."""
        counts: dict[str, tuple[int, Actor]] = {}
        for mention in doc._.actors or []:
            if mention.role_hint not in ("armed", "unidentified") and not (
                not non_state and mention.role_hint in ("state", "international")
            ):
                continue
            actor = mention.actor
            if exclude is not None and actor.name == exclude.name:
                continue
            if non_state and actor.inter in (1, 8):
                continue
            n, _ = counts.get(actor.name, (0, actor))
            counts[actor.name] = (n + 1, actor)
        if not counts:
            return None
        return max(counts.values(), key=lambda pair: pair[0])[1]

    def _main_country(self, doc: Doc) -> str | None:
        countries = doc._.countries or []
        return countries[0] if countries else None

    # ---- places -------------------------------------------------------------------------
    def _place_for(self, doc, sent, sent_index, clause, ctx) -> Place | None:
        """The event's place: what the clause names, then "the city" it refers back to,
        then what its sentence names, then the place the report was last talking about."""
        ids = {t.i for t in clause.tokens}
        all_mentions = [m for m in doc._.places or [] if sent.start <= m.start < sent.end]
        mentions = [m for m in all_mentions if m.kind != "country"
                    and not self._is_away(doc, m) and not self._is_dateline(doc, m)
                    and self._plausible(doc, m)]
        in_clause = [m for m in mentions if m.start in ids]
        countries = doc._.countries or []
        place = self._place_from(doc, clause, clause.tokens, in_clause, all_mentions, ctx)
        if place is not None:
            return place
        unknown = self._unknown_town_name(doc, clause)
        if unknown is not None:
            # the gazetteer may still know the name under another spelling
            place = self.gazetteer.resolve_name(unknown, countries=countries[:1])
            if place is not None and place.latitude is not None \
                    and place.country_code in countries[:1]:
                return self._with_precision(doc, clause, place, None,
                                            anchor=doc[clause.start])
            return None
        anaphor = self._anaphor(doc, clause)
        if anaphor is not None:
            # "the city" is the report's main city; "the capital" the country's
            referent = self._capital(countries) if anaphor.lower_ == "capital" and \
                doc[anaphor.i - 1].lower_ == "the" else (ctx.main_city or ctx.focus)
            if referent is not None:
                return self._with_precision(doc, clause, _copy_place(referent), None,
                                            anchor=anaphor)
        if not in_clause:
            place = self._place_from(doc, clause, list(sent), mentions, all_mentions, ctx)
            if place is not None:
                return place
        if ctx.place is not None and sent_index - ctx.place_sent <= 2:
            return _copy_place(ctx.place)
        if ctx.focus is not None:
            return _copy_place(ctx.focus)
        return None

    def _place_from(self, doc, clause, tokens, pool, all_mentions, ctx) -> Place | None:
        countries = doc._.countries or []
        base = None
        if pool:
            mention, container = self._choose_mention(doc, pool)
            base = self.gazetteer.resolve(mention, countries=countries, container=container)
            if base is not None:
                base = self._with_precision(doc, clause, base, mention)
        district = self._district_phrase(doc, tokens, known=all_mentions)
        if district is not None:
            place = self._district_place(district, base or ctx.main_city or ctx.focus,
                                         countries)
            if place is not None:
                return place
        return base

    def _unknown_town_name(self, doc: Doc, clause: Clause) -> str | None:
        """"seized the town of Konna", "in the Sambisa Forest": a named place the gazetteer
        did not find in the text. Better no place than a wrong one."""
        known = {i for m in doc._.places or [] for i in range(m.start, m.end)}
        for tok in clause.tokens:
            if tok.lower_ in ("in", "at", "into") and tok.i + 2 < len(doc) \
                    and doc[tok.i + 1].lower_ == "the" and doc[tok.i + 2].text[:1].isupper() \
                    and tok.i + 2 not in known and doc[tok.i + 2].ent_type_ in ("GPE", "LOC",
                                                                                "FAC", ""):
                return _name_from(doc, tok.i + 2)
            if tok.lower_ in ("town", "village", "city", "municipality") \
                    and tok.i + 2 < len(doc) \
                    and doc[tok.i + 1].lower_ == "of" and _namelike(doc[tok.i + 2]):
                return _name_from(doc, tok.i + 2)
        return None

    def _capital(self, countries: list[str]) -> Place | None:
        if not countries:
            return None
        name = capital_names().get(countries[0])
        if not name:
            return None
        return self.gazetteer.resolve_name(name, countries=countries[:1])

    def _district_place(self, district, city: Place | None, countries) -> Place | None:
        """A named part of a city: itself when the gazetteer knows it near the city, else the
        city with geo_precision 2 and the part's name kept ("Aleppo - al-Sakhour")."""
        name, container = district
        city_name = container or (city.location.split(" - ")[0] if city and city.location
                                  else None)
        place = self.gazetteer.resolve_name(name, countries=countries, container_name=city_name)
        if place is not None and place.latitude is not None:
            near_city = city is None or city.latitude is None or haversine_km(
                place.latitude, place.longitude, city.latitude, city.longitude) <= 30
            if near_city and (not countries or place.country_code in countries[:3]):
                return place
        if city is None or city.latitude is None:
            return None
        part = _copy_place(city)
        part.location = f"{(city.location or '').split(' - ')[0]} - {name}"
        part.geo_precision = max(city.geo_precision or 1, 2)
        return part

    def _is_away(self, doc: Doc, mention) -> bool:
        tok = doc[mention.start:mention.end].root
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in self.coding["away_preps"]:
            # "entered/pushed into X" is where it happened; "fled towards X" is not.
            return head.lower_ != "to" or head.head.lemma_ not in ("fall",)
        return False

    @staticmethod
    def _is_dateline(doc: Doc, mention) -> bool:
        """"HOMS, May 10 (SHN) –": the place and outlet the report was filed from."""
        return mention.start_char < _dateline_end(doc)

    def _plausible(self, doc: Doc, mention) -> bool:
        """Cached per report and mention; see `_judge_plausible`."""
        cache = doc.user_data.setdefault(PLAUSIBLE_KEY, {})
        key = (mention.start, mention.end)
        if key not in cache:
            cache[key] = self._judge_plausible(doc, mention)
        return cache[key]

    def _judge_plausible(self, doc: Doc, mention) -> bool:
        """A place in the report's countries, or an exact name of a sizeable place, that is
        not part of an actor's or an organisation's name.

        Guards against near-homonyms in faraway countries ("Human" for Uman), and against
        "al-Shabaab" or "the African Union" read as places."""
        if not mention.candidates:
            return False
        for actor in doc._.actors or []:
            if actor.start < mention.end and mention.start < actor.end:
                return False
        for ent in doc.ents:
            if ent.label_ in ("ORG", "NORP", "PERSON", "WORK_OF_ART", "LAW") \
                    and ent.start <= mention.start and mention.end <= ent.end \
                    and (ent.end - ent.start) > (mention.end - mention.start) \
                    and not self._names_a_site(doc, mention, ent):
                return False
        if mention.text.isupper() and len(mention.text) <= 5:
            return False  # acronyms: SANA is a news agency, not Sanaa
        countries = doc._.countries or []
        # the report's own country first: "Tripoli" in a Libya report is not the Lebanese one
        best = next((c for c in mention.candidates if countries and
                     c.country_code == countries[0] and (
                         c.match == "exact" or c.match == "normalised"
                         and c.population >= 5_000)),
                    mention.candidates[0])
        if countries and best.country_code == countries[0]:
            return True
        named = {m.country_code for m in doc._.places or [] if m.kind == "country"}
        if best.country_code in named:
            return best.match != "transliteration"
        return best.match == "exact" and (best.population >= 100_000 or best.is_region)

    def _names_a_site(self, doc: Doc, mention, ent) -> bool:
        """"Garissa University College", "Aleppo Central Prison": a town's name opening the
        name of a site in it places the event there."""
        if mention.start != ent.start or not mention.candidates:
            return False
        best = mention.candidates[0]
        return best.match == "exact" and best.population >= 10_000 and \
            doc[ent.end - 1].lower_ in SITE_WORDS

    def _choose_mention(self, doc: Doc, pool):
        """The first place of the clause, with the place that contains it when one follows."""
        ordered = sorted(pool, key=lambda m: (m.kind == "region", m.start))
        mention = ordered[0]
        container = None
        for other in pool:
            if other is mention:
                continue
            between = doc[mention.end:other.start].text.strip().lower()
            if 0 < other.start - mention.end <= 3 and between in CONTAINMENT_LINKS:
                container = other
                break
            before = doc[other.end:mention.start].text.strip().lower()
            if other.end <= mention.start and before in ("'s", "’s"):
                container = other
                break
        return mention, container

    def _district_phrase(self, doc: Doc, tokens: list[Token], *, known
                         ) -> tuple[str, str | None] | None:
        """"the Salah district", "Aleppo's al-Rashedin district", "the suburb of al-Baghiliyah",
        or a name the gazetteer lacks after "in"/"at", taken as a part of the city in focus."""
        words = self.coding["district_words"]
        ids = [t.i for t in tokens]
        first = ids[0] if ids else 0
        for i in ids:
            tok = doc[i]
            if tok.lower_ not in words:
                continue
            j = i
            while j - 1 >= first and _namelike(doc[j - 1]):
                j -= 1
            name = doc[j:i].text if j < i else None
            after = i + 1
            if name is None and after + 1 < len(doc) and doc[after].lower_ == "of" \
                    and _namelike(doc[after + 1]):
                k = after + 1
                while k < len(doc) and _namelike(doc[k]):
                    k += 1
                name = doc[after + 1:k].text
                after = k
            if not name:
                continue
            container = None
            if after < len(doc) and doc[after].lower_ in ("of", "in") and after + 1 < len(doc):
                k = after + 1
                if doc[k].lower_ == "the":
                    k += 1
                m = k
                while m < len(doc) and _namelike(doc[m]):
                    m += 1
                if m > k:
                    container = doc[k:m].text
            if container is None and j >= 2 and doc[j - 1].lower_ in ("'s", "’s"):
                k = j - 1
                while k - 1 >= 0 and _namelike(doc[k - 1]):
                    k -= 1
                if k < j - 1:
                    container = doc[k:j - 1].text
            return name, container
        return self._unknown_name_after_in(doc, ids, known)

    def _unknown_name_after_in(self, doc: Doc, ids: list[int], known):
        """"in al-Sakhour", "in Masaken Hanano": a local name the gazetteer does not hold."""
        covered = {i for m in known for i in range(m.start, m.end)}
        covered |= {i for m in doc._.actors or [] for i in range(m.start, m.end)}
        id_set = set(ids)
        for i in ids:
            tok = doc[i]
            if tok.lower_ not in ("in", "at") or i + 1 >= len(doc):
                continue
            k = i + 1
            while k < len(doc) and k in id_set and _namelike(doc[k]) and k not in covered \
                    and doc[k].ent_type_ not in ("ORG", "NORP", "DATE", "TIME", "CARDINAL"):
                k += 1
            if k > i + 1 and k - i - 1 <= 3:
                return doc[i + 1:k].text, None
        return None

    def _anaphor(self, doc: Doc, clause: Clause) -> Token | None:
        for tok in clause.tokens:
            if tok.lower_ in self.coding["anaphora"] and tok.i > 0 and \
                    doc[tok.i - 1].lower_ in ("the", "provincial", "northern", "southern"):
                return tok
        return None

    def _with_precision(self, doc, clause, place: Place, mention, *, anchor=None) -> Place:
        """geo_precision 2 when the report says near / outskirts / north of the place."""
        if place.geo_precision == 3:
            return place
        at = mention.start if mention is not None else (anchor.i if anchor is not None else None)
        if at is None:
            return place
        window = doc[max(clause.start, at - 5):at]
        if any(t.lower_ in self.coding["near_words"] for t in window):
            place.geo_precision = max(place.geo_precision or 1, 2)
        return place

    def _focus_name(self, ctx: Context) -> str | None:
        if ctx.focus is None or not ctx.focus.location:
            return None
        return ctx.focus.location.split(" - ")[0]

    def _main_city(self, doc: Doc) -> Place | None:
        """The town named most often (the dateline counts): where unattached districts are."""
        counts: dict[str, int] = {}
        first: dict[str, object] = {}
        for mention in doc._.places or []:
            if mention.kind != "place" or not mention.candidates \
                    or not self._plausible(doc, mention):
                continue
            key = mention.candidates[0].geonameid
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, mention)
        if not counts:
            return None
        best = max(counts, key=lambda k: counts[k])
        place = self.gazetteer.resolve(first[best], countries=doc._.countries or [])
        return place if place is not None and place.latitude is not None else None

    def _update_focus(self, doc: Doc, sent: Span, ctx: Context) -> None:
        """Remember the last town or city named, for "the city" and unplaced sentences."""
        countries = doc._.countries or []
        for mention in doc._.places or []:
            if sent.start <= mention.start < sent.end and mention.kind == "place" \
                    and not self._is_dateline(doc, mention) and not self._is_away(doc, mention) \
                    and self._plausible(doc, mention):
                place = self.gazetteer.resolve(mention, countries=countries)
                if place is not None and place.latitude is not None:
                    ctx.focus = place

    # ---- dates --------------------------------------------------------------------------
    def _date_for(self, doc, sent, clause, ctx) -> tuple[dt.date | None, int | None]:
        main = self._main_trigger(doc, clause)
        anchor = doc[main.start].idx
        usable = [d for d in doc._.dates or [] if d.kind in ("day", "week", "month", "relative")
                  and not _text(doc)[max(0, d.start_char - 6):d.start_char].lower().strip()
                  .endswith("since")]
        starts = {t.idx for t in clause.tokens}
        in_clause = [d for d in usable if any(d.start_char <= s < d.end_char for s in starts)]
        in_sentence = [d for d in usable if sent.start_char <= d.start_char < sent.end_char]
        for found in (in_clause, in_sentence):
            if found:
                best = min(found, key=lambda d: abs(d.start_char - anchor))
                return self._resolve_date(best, ctx)
        if ctx.date is not None:
            return ctx.date, ctx.precision
        published = doc._.published
        return (published, 1) if published else (None, None)

    @staticmethod
    def _resolve_date(mention, ctx: Context):
        if mention.kind == "relative":
            offset = getattr(mention, "offset_days", None)
            if ctx.date is not None and offset is not None:
                return ctx.date + dt.timedelta(days=offset), ctx.precision
            if mention.date is not None:
                return mention.date, mention.precision
            return ctx.date, ctx.precision
        return mention.date, mention.precision

    # ---- evidence and merging -----------------------------------------------------------
    def _evidence_bounds(self, doc: Doc, clause: Clause) -> tuple[int, int]:
        """The clause's words, without a trailing conjunction or punctuation."""
        tokens = [t for t in clause.tokens]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
            tokens.pop()
        while tokens and (tokens[0].is_punct or tokens[0].is_space
                          or tokens[0].dep_ in ("cc", "mark")
                          or tokens[0].lower_ in ("meanwhile", "also")):
            tokens.pop(0)
        dateline = _dateline_end(doc)
        while len(tokens) > 1 and tokens[0].idx < dateline:
            tokens.pop(0)
        if not tokens:
            tokens = clause.tokens
        start = tokens[0].idx
        end = tokens[-1].idx + len(tokens[-1].text)
        return start, end

    def _merge(self, doc: Doc, candidates: list[Candidate]) -> list[Event]:
        """One event per type, place and day; the highest-priority sub-type speaks for it.

        A mention of the city joins an event in one of its districts the same day; two
        different districts stay two events."""
        kept: list[Candidate] = []
        for cand in candidates:
            same = next((k for k in kept if _same_event(k, cand)), None)
            if same is None:
                kept.append(cand)
                continue
            winner, other = (cand, same) if _priority(cand.sub_event_type) < \
                _priority(same.sub_event_type) else (same, cand)
            winner.fatalities = _combine(winner.fatalities, other.fatalities)
            winner.fatalities_text = winner.fatalities_text or other.fatalities_text
            winner.claimed_by = winner.claimed_by or other.claimed_by
            winner.actor2 = winner.actor2 or other.actor2
            if _is_district(other.place) and not _is_district(winner.place):
                winner.place = other.place
            if (other.time_precision or 3) < (winner.time_precision or 3):
                winner.date, winner.time_precision = other.date, other.time_precision
            kept[kept.index(same)] = winner
        return [self._to_event(doc, cand, n) for n, cand in enumerate(kept)]

    def _to_event(self, doc: Doc, cand: Candidate, n: int) -> Event:
        place = cand.place or Place(country=None)
        country_code = place.country_code or self._main_country(doc)
        country = place.country or country_name(country_code)
        actor1, actor2 = cand.actor1, cand.actor2
        inter1 = self.actors.inter_for(actor1, country_code) if actor1 else None
        inter2 = self.actors.inter_for(actor2, country_code) if actor2 else 0
        doc_id = doc._.doc_id or "-"
        digest = hashlib.sha1(f"{doc_id}\x1f{cand.start_char}\x1f{n}".encode()).hexdigest()[:10]
        return Event(
            event_type=cand.event_type, sub_event_type=cand.sub_event_type, doc_id=doc_id,
            evidence=_text(doc)[cand.start_char:cand.end_char], evidence_start=cand.start_char,
            evidence_end=cand.end_char, event_id=f"ED{digest.upper()}",
            event_date=cand.date, time_precision=cand.time_precision if cand.date else None,
            actor1=actor1.name if actor1 else None, inter1=inter1,
            actor2=actor2.name if actor2 else None, inter2=inter2,
            country=country, admin1=place.admin1, admin2=place.admin2, location=place.location,
            latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
            source=doc._.outlet, notes=_notes(cand, actor1, actor2, place),
            fatalities=plausible_toll(cand.fatalities), fatalities_text=cand.fatalities_text,
            claimed_by=cand.claimed_by, framing=cand.framing,
        )


def _name_from(doc: Doc, start: int) -> str:
    """The proper name that starts at token `start` ("Jisr al-Shughur")."""
    end = start
    while end < len(doc) and (_namelike(doc[end]) or (
            doc[end].lower_ in ("del", "de", "al", "el") and end + 1 < len(doc)
            and _namelike(doc[end + 1]))):
        end += 1
    return doc[start:max(end, start + 1)].text


def _semicolon_between(doc: Doc, i: int, j: int) -> bool:
    lo, hi = min(i, j), max(i, j)
    return any(doc[k].text == ";" for k in range(lo + 1, hi))


def _notes(cand: Candidate, actor1: Actor | None, actor2: Actor | None, place: Place) -> str:
    """ACLED-style notes: one line saying who did what to whom, where, when, with what toll."""
    when = cand.date.isoformat() if cand.date else "Date unknown"
    sides = actor1.name if actor1 else "Unidentified actor"
    if actor2 is not None:
        sides += f" against {actor2.name}"
    where = place.location or place.admin1 or place.country or "an unknown place"
    toll = "" if cand.fatalities is None else f" {cand.fatalities} fatalities."
    source = f" Source: {cand.claimed_by}." if cand.claimed_by else ""
    return f"On {when}, {cand.sub_event_type.lower()} ({sides}) in {where}.{toll}{source}"


def _generic(make, country: str | None, **kwargs) -> Actor | None:
    """"Civilians (Sudan)" needs a country; with none known the side stays unnamed."""
    return make(country, **kwargs) if country else None


def _text(doc: Doc) -> str:
    """The report's text, built once: spaCy joins the tokens anew on every `doc.text`."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _dateline_end(doc: Doc) -> int:
    """Character offset where a dateline ("BEIRUT, Aug. 17 (Wire) —") ends, else 0; a
    headline before it is part of the preamble. Computed once per report."""
    end = doc.user_data.get(PREAMBLE_KEY)
    if end is None:
        end = doc.user_data[PREAMBLE_KEY] = _find_preamble_end(doc)
    return end


def _find_preamble_end(doc: Doc) -> int:
    text = _text(doc)
    match = DATELINE.match(text) or DATELINE_AFTER_HEADLINE.search(text[:600])
    if match:
        return match.end()
    headline = HEADLINE.match(text)
    if headline:
        return headline.end()
    for mention in doc._.dates or []:
        if mention.kind == "dateline":
            match = DATELINE_TAIL.match(_text(doc), mention.end_char)
            return match.end() if match else mention.end_char
    return 0


def _namelike(tok: Token) -> bool:
    """Part of a proper name: capitalised, an Arabic article ("al-"), or the hyphen
    joining them ("al - Sakhour" as spaCy splits it)."""
    text = tok.text
    if tok.lower_ in ("the", "a") or not text:
        return False
    if text[0].isupper():
        return True
    doc = tok.doc
    if tok.lower_ in ARABIC_ARTICLES and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" \
            and not tok.whitespace_:
        return True
    if text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_ \
            and doc[tok.i - 1].lower_ in ARABIC_ARTICLES | {"ez", "ed", "es"}:
        return True
    return re.match(r"^(al|el|ad|ar|as|ash|az|at|an)-", text) is not None


def _copy_place(place: Place) -> Place:
    return Place(**{name: getattr(place, name) for name in Place.__slots__})


def _same_day(a: Candidate, b: Candidate) -> bool:
    """Equal dates, or a month-only date ("this month") that holds the other one."""
    if a.date == b.date:
        return True
    if a.date is None or b.date is None:
        return False
    if 3 in (a.time_precision, b.time_precision):
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return False


def _is_district(place: Place | None) -> bool:
    return place is not None and " - " in (place.location or "")


def _same_event(a: Candidate, b: Candidate) -> bool:
    """Same type, same day, same place (a city and one of its districts count as one)."""
    if a.event_type != b.event_type or not _same_day(a, b):
        return False
    if a.event_type in (STRATEGIC, VAC) and a.sub_event_type != b.sub_event_type:
        return False  # an arrest and a looting, a killing and an abduction: two events
    key_a, key_b = _place_key(a.place), _place_key(b.place)
    if key_a == key_b:
        return True
    if not (a.place and b.place) or (a.place.geo_precision == 3) != (b.place.geo_precision == 3):
        return False
    city_a, city_b = key_a.split(" - ")[0], key_b.split(" - ")[0]
    return city_a == city_b and (not _is_district(a.place) or not _is_district(b.place))


def _place_key(place: Place | None) -> str:
    if place is None:
        return ""
    region = "/region" if place.geo_precision == 3 else ""
    return (place.location or place.admin1 or place.country or "").lower() + region


def _priority(sub_type: str) -> int:
    return SUBTYPE_PRIORITY.index(sub_type)


def _combine(a: int | None, b: int | None) -> int | None:
    """The same event told twice: keep the larger stated toll of the two tellings."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
