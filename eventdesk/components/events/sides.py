"""Sides: who acted (agent → actor1) and who was acted upon (patient → actor2).

The parse gives the roles (roles.py); data/rules/default_actors.toml fills the sides
a report leaves unnamed and fixes those of protests and riots, through the named
conditions and sources registered here.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from eventdesk.coding import typology
from eventdesk.coding.actors import ActorMention
from eventdesk.components.attribution import claim_for
from eventdesk.components.events.common import evidence_bounds
from eventdesk.components.events.happened import modality
from eventdesk.components.events.roles import is_associate, named_group_nearby, salient_armed
from eventdesk.components.events.rules import Registry, check_keys, load_table, table_path
from eventdesk.components.triggers import Clause
from eventdesk.errors import RuleDataError
from eventdesk.records import Actor

TABLE = "default_actors"
RULE_KEYS = {"name", "about", "side", "types", "sub_types", "if", "unless", "take", "dated",
             "examples"}

condition = Registry("condition")
source = Registry("source")


@dataclass(slots=True)
class SideFacts:
    """An event's sides while the default-actor rules run over it."""

    sides: Sides
    doc: Doc
    clause: Clause
    event_type: str
    sub_type: str
    agent: object | None
    patient: object | None
    country: str | None
    year: int | None
    actor1: Actor | None
    actor2: Actor | None
    setting: str = "actor1"   # the side the current rule sets

    @property
    def other(self) -> Actor | None:
        """The side the current rule does not set: never chosen as its own opponent."""
        return self.actor2 if self.setting == "actor1" else self.actor1


@dataclass(frozen=True, slots=True)
class SideRule:
    name: str
    side: str
    types: frozenset[str]
    sub_types: frozenset[str]
    when: tuple
    unless: tuple
    take: tuple
    dated: bool

    def applies(self, facts: SideFacts) -> bool:
        if (self.types or self.sub_types) and facts.event_type not in self.types \
                and facts.sub_type not in self.sub_types:
            return False
        return all(c(facts) for c in self.when) and not any(c(facts) for c in self.unless)


@functools.lru_cache(maxsize=1)
def side_rules() -> list[SideRule]:
    return compile_rules(load_table(TABLE))


def compile_rules(data: dict) -> list[SideRule]:
    """Check a parsed default-actors table against the typology and the registries."""
    rules = []
    for n, entry in enumerate(data.get("rule", [])):
        name = entry.get("name", f"#{n + 1}")
        check_keys(entry, RULE_KEYS, table=TABLE, rule=name)
        unknown = (set(entry.get("types", ())) - set(typology.EVENT_TYPES)) | (
            set(entry.get("sub_types", ())) - set(typology.TYPE_OF))
        if unknown or entry.get("side") not in ("actor1", "actor2"):
            raise RuleDataError(f"rule {name!r}: side must be actor1 or actor2; unknown "
                                f"types {sorted(unknown)}", path=str(table_path(TABLE)))
        rules.append(SideRule(
            name, entry["side"], frozenset(entry.get("types", ())),
            frozenset(entry.get("sub_types", ())),
            tuple(condition.get(c, table=TABLE, rule=name) for c in entry.get("if", ())),
            tuple(condition.get(c, table=TABLE, rule=name) for c in entry.get("unless", ())),
            tuple(source.get(s, table=TABLE, rule=name) for s in entry.get("take", ())),
            bool(entry.get("dated", False))))
    return rules


class Sides:
    """Names the sides of an event; holds the actor matcher and the gazetteer it needs."""

    def __init__(self, actor_matcher, gazetteer):
        self.matcher = actor_matcher
        self.gazetteer = gazetteer
        # the report being coded and its actor mentions read in each country and region
        # its events happen in
        self._local: tuple[Doc | None, dict] = (None, {})

    # ---- actors, with the defaults of default_actors.toml ------------------------------
    def actors_for(self, doc, clause, event_type, sub_type, agent, patient, country,
                   admin1=None):
        """actor1 and actor2 of an event: the roles found, then every matching rule; and
        the names of the rules that applied."""
        agent = self.local_reading(doc, agent, country, admin1) \
            or self.state_as_subject(doc, clause, country)
        patient = self.local_reading(doc, patient, country, admin1)
        facts = SideFacts(
            self, doc, clause, event_type, sub_type, agent, patient, country,
            doc._.published.year if doc._.published else None,
            agent.actor if agent else None, patient.actor if patient else None)
        applied = []
        for rule in side_rules():
            facts.setting = rule.side
            if not rule.applies(facts):
                continue
            applied.append(rule.name)
            year = facts.year if rule.dated else None
            chosen = next((a for a in (take(facts, year) for take in rule.take)
                           if a is not None), None)
            setattr(facts, rule.side, chosen)
        facts.actor1 = self.where_it_happened(doc, clause, facts.actor1, country)
        facts.actor2 = self.where_it_happened(doc, clause, facts.actor2, country)
        if _sides_clash(facts):
            facts.actor1 = self.other_side(facts)
            applied.append("distinct-sides")
        return facts.actor1, facts.actor2, applied

    def local_reading(self, doc: Doc, mention, country: str | None, admin1: str | None):
        """The mention read where the event happened. The actors are found once per report,
        in its most salient country and no region; but "separatists" in Cameroon's
        North-West are the Ambazonian groups, "insurgents" in Cabo Delgado the Islamic
        State's province, and "an army post" in Pakistan, in a report mostly about
        Afghanistan, is Pakistan's. Only a side that reading left unidentified, or state
        forces of another country than the event's, is read again: a group the report
        names stays, and so do forces a word ties to their country ("Turkish troops").
        Civilians need no new reading: `where_it_happened` names them."""
        if mention is None or not country or mention.role_hint not in ("unidentified",
                                                                       "state"):
            return mention
        if mention.role_hint == "state" and mention.actor.country in (None, country):
            return mention
        if mention.role_hint == "unidentified" and not admin1 \
                and mention.actor.country == country:
            return mention
        if self._local[0] is not doc:
            self._local = (doc, {})
        cache = self._local[1]
        sent = doc[mention.start].sent
        key = (country, admin1, sent.start)
        if key not in cache:  # the mention's sentence only: a report's reading costs ~10 ms
            year = doc._.published.year if doc._.published else None
            others = [c for c in doc._.countries or [] if c != country]
            cache[key] = {m.start: m for m in self.matcher.find(
                doc, countries=[country, *others], year=year, admin1=admin1,
                within=(sent.start, sent.end))}
        found = cache[key].get(mention.start)
        if found is None or found.end != mention.end:
            return mention
        if mention.role_hint == "state" and (found.role_hint != "state"
                                             or found.actor.country != country):
            return mention
        return found

    def where_it_happened(self, doc: Doc, clause: Clause, actor: Actor | None,
                          country: str | None):
        """An unnamed collective's country is its own, when the report's words for it give
        one ("Turkish drivers", "Chinese nationals"), else the event's: never the country
        the report was read in, nor the other side's ("Russian jets struck militants" in
        Syria: the militants are Syria's). Its words are those of the event's sentence
        when it is named there, else anywhere in the report."""
        local = self.matcher.where_it_happened(actor, country)
        if local is actor:
            return actor
        sent = clause.root.sent
        named = [m for m in doc._.actors or [] if m.actor.name == actor.name]
        here = [m for m in named if sent.start <= m.start < sent.end] or named
        return actor if any(self.tied_to_a_country(doc, m) for m in here) else local

    def tied_to_a_country(self, doc: Doc, mention) -> bool:
        """A word of the mention names a country: a demonym or a place ("Gaza residents")."""
        places = {i for p in doc._.places or [] for i in range(p.start, p.end)}
        return any(self.gazetteer.demonym_country(t.text) or t.i in places
                   for t in doc[mention.start:mention.end])

    def state_as_subject(self, doc: Doc, clause: Clause, event_country: str | None):
        """"Russia says it destroyed a sabotage group", "Israel struck targets in Gaza": a
        country named as the subject of the event verb (or of the verb of saying whose
        "it" or "its forces" do it) acts through its military; so does the country whose
        body says so ("Russia's defence ministry said its forces had taken the town")."""
        root = clause.root
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        speaking = False
        if subjects and all(c.lower_ == "it" or any(
                p.dep_ == "poss" and p.lower_ == "its" for p in c.children)
                for c in subjects) and root.dep_ in ("ccomp", "conj"):
            subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
            speaking = True
        if speaking:   # the state's body that speaks: the country that owns it ("Russia's")
            subjects = [o for c in subjects for o in (
                [w for w in c.children if w.dep_ in ("poss", "compound")]
                if c.lower_ in STATE_SPEAKER_WORDS else [c])]
        for subject in subjects:
            place = next((p for p in doc._.places or [] if p.start <= subject.i < p.end
                          and p.kind == "country" and p.country_code), None)
            if place is None or subject.pos_ != "PROPN":
                continue
            year = doc._.published.year if doc._.published else None
            actor = self.generic("state_forces", place.country_code, branch="military",
                                 year=year)
            if actor is None:
                return None
            actor.inter = self.matcher.inter_for(actor, event_country)
            role = "international" if actor.inter == typology.EXTERNAL else "state"
            return ActorMention(place.start, place.end, place.start_char, place.end_char,
                                place.text, actor, role)
        return None

    def other_side(self, facts: SideFacts) -> Actor | None:
        """actor1 when the roles and rules put actor2's actor on both sides ("Syrian
        soldiers were killed in a Turkish air strike"): the forces of the state a
        demonym on the acting words names ("Turkish"), else the armed actor the report
        names most but actor2, else ACLED's unidentified armed group for violence, else
        nobody."""
        taken = facts.actor2
        owner = self.demonym_owner(facts.doc, facts.clause)
        candidates = [
            self.generic("state_forces", owner, branch="military", year=facts.year)
            if owner else None,
            salient_armed(facts.doc, exclude=taken),
        ]
        if typology.POLITICAL_VIOLENCE in typology.disorder_type(facts.sub_type):
            candidates.append(self.generic("unidentified", facts.country))
        return next((a for a in candidates
                     if a is not None and (taken is None or a.name != taken.name)), None)

    def generic(self, kind: str, country: str | None, **kwargs) -> Actor | None:
        """"Civilians (Sudan)" needs a country the actor data knows; without one the side
        stays unnamed (an event in Hong Kong is still coded)."""
        if not self.matcher.knows_country(country):
            return None
        return getattr(self.matcher, kind)(country, **kwargs)

    def demonym_owner(self, doc: Doc, clause: Clause) -> str | None:
        """The country named by an adjective on a trigger ("Russian shelling") or on the
        acting words ("a Turkish air strike killed…", "killed by an Israeli drone")."""
        heads = [(tok, trig.start) for trig in clause.triggers
                 for tok in doc[trig.start:trig.end]]
        victims = {i for m in doc._.actors or [] if m.role_hint in ("civilian", "protester")
                   for i in range(m.start, m.end)}
        for child in clause.root.children:
            if child.dep_ == "nsubj" and child.i not in victims:
                heads.append((child, child.i))
            elif child.dep_ == "agent":
                heads += [(obj, obj.i) for obj in child.children if obj.dep_ == "pobj"]
        for tok, before in heads:
            for child in tok.children:
                if child.dep_ in ("amod", "compound") and child.i < before:
                    code = self.gazetteer.demonym_country(child.text)
                    if code:
                        return code
        return None


def _sides_clash(facts: SideFacts) -> bool:
    """One actor on both sides. Only ACLED's unnamed collectives may face each other, and
    only when the report names each side ("rioters clashed with rioters"): a default
    rule's "Unidentified Armed Group (X)" facing the unidentified gunmen the report names
    as the target is not two groups."""
    a1, a2 = facts.actor1, facts.actor2
    if a1 is None or a2 is None or a1.name != a2.name:
        return False
    both_named = facts.agent is not None and facts.patient is not None \
        and facts.agent is not facts.patient and facts.agent.actor.name == a1.name \
        and facts.patient.actor.name == a2.name
    return not (typology.may_face_itself(a1.name) and both_named)


# ---- conditions the rules name ------------------------------------------------------

@condition.add
def no_armed_agent(f: SideFacts) -> bool:
    """No acting side, or only civilians or protesters as the subject."""
    return f.actor1 is None or f.agent.role_hint in ("civilian", "protester")


@condition.add
def actor1_is_state(f: SideFacts) -> bool:
    return f.actor1 is not None and f.actor1.inter == typology.STATE_FORCES


@condition.add
def actor1_state_side(f: SideFacts) -> bool:
    """State forces, the country's or foreign ones."""
    return f.actor1 is not None and f.actor1.inter in typology.STATE_SIDE


# "Al-Shabaab abandoned Kismayo", "troops pulled out of the town": the subject gives the
# ground up; the side that takes it over is actor1
WITHDRAWAL_VERBS = frozenset({"withdraw", "abandon", "leave", "retreat", "evacuate", "vacate",
                              "flee", "cede", "surrender"})
WITHDRAWAL_PHRASAL = frozenset({("pull", "out"), ("pull", "back"), ("hand", "over")})


@condition.add
def ground_given_up_to_another(f: SideFacts) -> bool:
    """The acting side withdrew, and the report names another armed side to take over."""
    if f.agent is None or f.actor1 is None:
        return False
    root = f.clause.root
    lemma = root.lemma_.lower()
    withdrew = lemma in WITHDRAWAL_VERBS or any(
        (lemma, c.lower_) in WITHDRAWAL_PHRASAL for c in root.children
        if c.dep_ in ("prt", "advmod"))
    return withdrew and salient_armed(f.doc, exclude=f.agent.actor) is not None


@condition.add
def actor1_present(f: SideFacts) -> bool:
    return f.actor1 is not None


@condition.add
def actor2_missing(f: SideFacts) -> bool:
    return f.actor2 is None


@condition.add
def actor2_civilian(f: SideFacts) -> bool:
    return f.actor2 is not None and f.actor2.inter == typology.CIVILIANS


@condition.add
def state_named_in_clause(f: SideFacts) -> bool:
    """A state's forces or offices named in the clause ("the police headquarters"), other
    than the acting side."""
    ids = {t.i for t in f.clause.tokens}
    return any(m.start in ids and m.role_hint in ("state", "international")
               and m is not f.agent and (f.actor1 is None or m.actor.name != f.actor1.name)
               for m in f.doc._.actors or [])


# Where people live: a strike aimed at one hits civilians ("bombed several villages",
# "barrel bombs fell on the town", "shelled a market")
POPULATED_PLACES = frozenset({
    "village", "town", "city", "neighbourhood", "neighborhood", "district", "quarter",
    "suburb", "market", "marketplace", "hospital", "clinic", "school", "house", "home",
    "residence", "building", "apartment", "mosque", "church", "bakery", "shop", "street",
    "settlement", "hamlet", "community", "wedding", "funeral", "crowd", "bus",
})


@condition.add
def struck_where_people_live(f: SideFacts) -> bool:
    """What the strike hit is a place where people live or gather: its object, the
    subject of a passive, or what it fell "on", "at" or "into"."""
    root = f.clause.root
    event_words = {i for trig in f.clause.triggers for i in range(trig.start, trig.end)}
    for tok in f.clause.tokens:
        if tok.lemma_.lower() not in POPULATED_PLACES and tok.lower_ not in POPULATED_PLACES:
            continue
        prep = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and prep.i == root.i:
            return True   # "bombed several villages"
        if tok.dep_ == "pobj" and (prep.lower_ in ("on", "at", "into") and (
                prep.head.i == root.i or prep.head.i in event_words)
                or prep.lower_ == "of" and prep.head.i in event_words):
            return True   # "fell on the town", "air strikes on a market", "shelling of X"
    return False


@condition.add
def victims_unnamed(f: SideFacts) -> bool:
    """No victim named, or one that is neither civilians nor an armed group."""
    return f.actor2 is None or (f.patient is not None
                                and f.patient.role_hint not in ("civilian", "armed"))


# ---- sources the rules name ---------------------------------------------------------

def _generic_source(kind: str):
    """A source giving ACLED's generic actor of the event's country ("Civilians (Iraq)")."""
    def take(f: SideFacts, year) -> Actor | None:
        return f.sides.generic(kind, f.country)
    return take


def _state_source(branch: str):
    """A source giving the country's state forces of one branch; `year` (rules with
    `dated = true`) lets the conflict rules name the period's recognised forces."""
    def take(f: SideFacts, year) -> Actor | None:
        return f.sides.generic("state_forces", f.country, branch=branch, year=year)
    return take


for _kind in ("protesters", "rioters", "civilians", "unidentified"):
    source.add(_generic_source(_kind), name=_kind)
for _branch in ("police", "military", "government"):
    source.add(_state_source(_branch), name=_branch)


# Words that tell strikes from the air and the aircraft that make them
AIR_WORDS = frozenset({"strike", "airstrike", "raid", "aircraft", "warplane", "jet", "plane",
                       "drone", "helicopter", "gunship", "bomber", "air"})


@source.add
def air_force_named_earlier(f: SideFacts, year) -> Actor | None:
    """"Pakistani military aircraft carried out air strikes … The strikes killed eight
    people": the state forces that the last earlier mention of aircraft or air strikes in
    the report ties to a country, by an actor ("Pakistani military aircraft") or a
    demonym ("Israeli air strikes")."""
    owner = None
    for tok in f.doc[:f.clause.root.sent.start]:
        if tok.lemma_.lower() not in AIR_WORDS:
            continue
        for child in tok.children:
            if child.dep_ in ("amod", "compound"):
                owner = f.sides.gazetteer.demonym_country(child.text) or owner
        for m in f.doc._.actors or []:
            if m.start <= tok.i < m.end and m.role_hint in ("state", "international") \
                    and m.actor.country:
                owner = m.actor.country
    return f.sides.generic("state_forces", owner, branch="military", year=year) \
        if owner else None


@source.add
def forces_a_demonym_names(f: SideFacts, year) -> Actor | None:
    """"A Russian missile hit…", "killed by Russian shelling": the military of the country
    an adjective on the weapon or the acting words names; nobody without one."""
    owner = f.sides.demonym_owner(f.doc, f.clause)
    return f.sides.generic("state_forces", owner, branch="military", year=year) \
        if owner else None


# The words of a source that speaks for a state's forces ("Russia's defence ministry",
# "the Ukrainian military", "Turkish officials"): a state's body, not its press or people.
STATE_SPEAKER_WORDS = frozenset({"ministry", "military", "army", "government", "command",
                                 "forces", "president", "spokesman", "spokesperson",
                                 "official", "officials", "staff", "headquarters"})


@source.add
def claimant_state_forces(f: SideFacts, year) -> Actor | None:
    """"The village was liberated, Russia's defence ministry said", "Russia said on Monday
    the town had been taken": ground taken with no taker named, told by a state or its
    forces' spokesmen, was taken by that state's forces — a state claims the ground its
    own forces took. The source names the state by its name alone ("Russia") or by a
    demonym or the name with a word of its body ("the Russian military", "Ukraine's
    General Staff"); nobody for any other source (a monitor, a news agency)."""
    start, end = evidence_bounds(f.doc, f.clause)
    claim = claim_for(f.doc._.claims or [], start, end)
    if claim is None or claim.cue in modality().denial_claims:
        return None
    words = [t for t in f.doc.char_span(claim.start_char, claim.end_char,
                                        alignment_mode="expand") or ()
             if not t.is_punct and t.lower_ not in ("the", "'s")]
    owner = None
    for tok in words:
        code = f.sides.gazetteer.demonym_country(tok.text) or (
            f.sides.gazetteer.country_code_of(tok.text) if tok.pos_ == "PROPN" else None)
        if code:
            owner = code
            break
    if owner is None:
        return None
    if len(words) > 1 and not any(t.lower_ in STATE_SPEAKER_WORDS for t in words):
        return None
    return f.sides.generic("state_forces", owner, branch="military", year=year)


# Forces that police a crowd: the country's own, or foreign forces deployed there
# ("Turkish soldiers fired on protesters in Afrin" are Turkey's, not Syria's police)
_FORCE_ROLES = ("state", "international")


@source.add
def state_agent(f: SideFacts, year) -> Actor | None:
    return f.agent.actor if f.agent is not None and f.agent.role_hint in _FORCE_ROLES \
        else None


@source.add
def state_patient(f: SideFacts, year) -> Actor | None:
    return f.patient.actor if f.patient is not None and f.patient.role_hint in _FORCE_ROLES \
        else None


@source.add
def actor2_unless_state_or_civilian(f: SideFacts, year) -> Actor | None:
    a = f.actor2
    return a if a is not None and a.inter not in (typology.STATE_FORCES,
                                                  typology.CIVILIANS) else None


@source.add
def actor2_as_found(f: SideFacts, year) -> Actor | None:
    """The side acted upon as the roles and earlier rules left it."""
    return f.actor2


@source.add
def acting_side(f: SideFacts, year) -> Actor | None:
    """The side the parse found acting."""
    return f.agent.actor if f.agent is not None else None


@source.add
def actor1_if_non_state(f: SideFacts, year) -> Actor | None:
    a = f.actor1
    return a if a is not None and a.inter in typology.NON_STATE_ARMED else None


@source.add
def armed_named_most(f: SideFacts, year) -> Actor | None:
    """The armed actor (state forces included) the report names most, not the other side."""
    return salient_armed(f.doc, exclude=f.other)


@source.add
def non_state_named_most(f: SideFacts, year) -> Actor | None:
    """The non-state armed group the report names most, not the other side."""
    return salient_armed(f.doc, exclude=f.other, non_state=True)


@source.add
def group_named_in_sentence(f: SideFacts, year) -> Actor | None:
    named = named_group_nearby(f.doc, f.clause, same_sentence=True)
    return named.actor if named else None


# What a demonym qualifies when it names a state's forces at war: "Russian shelling",
# "Ukrainian drones", "Turkish troops", "a Russian missile"
FORCE_WORDS = frozenset({
    "force", "troop", "army", "soldier", "military", "unit", "missile", "rocket", "shell",
    "shelling", "artillery", "strike", "airstrike", "drone", "jet", "warplane", "aircraft",
    "helicopter", "bombardment", "offensive", "attack", "fire", "navy", "air",
})


@source.add
def foreign_forces_named_most(f: SideFacts, year) -> Actor | None:
    """"Lebanon's news agency reports strikes on the outskirts of Nabatieh", in a report
    that tells of Israeli jets: a strike no one is named for, in a report that names a
    foreign state's forces or weapons ("Israeli jets", "Turkish artillery") and none of
    the event country's own, is that state's; nobody when the report names the country's
    own forces too, which fight in their own land far more often (the next source)."""
    if _state_forces_named(f)[f.country]:
        return None
    return _state_forces_named_most(f, year, exclude={f.country})


@source.add
def opposing_state_forces(f: SideFacts, year) -> Actor | None:
    """A war between states leaves the other side unsaid ("heavy fighting near Bakhmut",
    "14 drones were shot down over Odesa"): the military of the country whose forces or
    weapons the report names most ("Russian shelling", "Ukrainian drones"), not the
    other side's; nobody when the report names no state's forces by a demonym or an
    actor."""
    other = f.other
    return _state_forces_named_most(f, year,
                                    exclude={other.country if other is not None else None})


def _state_forces_named(f: SideFacts) -> Counter[str]:
    """How often the report names each country's forces or weapons: a demonym on a force
    word ("Russian shelling") or a state's actor."""
    named: Counter[str] = Counter()
    # an associate ("troops backed by Russian special forces") is not a side
    backers = {i for m in f.doc._.actors or [] if is_associate(f.doc, m)
               for i in range(m.start, m.end)}
    for tok in f.doc:
        if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in FORCE_WORDS \
                and tok.i not in backers:
            code = f.sides.gazetteer.demonym_country(tok.text)
            if code:
                named[code] += 1
    for mention in f.doc._.actors or []:
        code = mention.actor.country
        if mention.role_hint in ("state", "international") and code \
                and mention.start not in backers:
            named[code] += 1
    return named


def _state_forces_named_most(f: SideFacts, year, exclude: set) -> Actor | None:
    """The military of the country whose forces or weapons the report names most (a
    demonym on a force word, or a state's actor), but the excluded countries and the
    other side."""
    other = f.other
    named = _state_forces_named(f)
    for code, _ in named.most_common():
        if code in exclude:
            continue
        forces = f.sides.generic("state_forces", code, branch="military", year=year)
        if forces is not None and (other is None or forces.name != other.name):
            return forces
    return None


# Verbs whose object (or passive subject) was harmed, and those whose subject was
HARMED_OBJECT_VERBS = frozenset({"kill", "wound", "injure", "hurt", "martyr", "maim"})
HARMED_SUBJECT_VERBS = frozenset({"die", "perish"})


@source.add
def harmed_in_sentence(f: SideFacts, year) -> Actor | None:
    """"A roadside bomb hit their van; two policemen were martyred", "killing herself and
    two members of the CJTF", "a grenade was thrown at a bar, killing one person": the
    side of the people the explosion's sentence tells killed or hurt — the object or
    passive subject of a harm verb ("two members of X" count as X) — read where the
    event happened; not the acting side."""
    doc = f.doc
    sent = f.clause.root.sent
    for mention in doc._.actors or []:
        if not sent.start <= mention.start < sent.end or mention is f.agent \
                or (f.actor1 is not None and mention.actor.name == f.actor1.name):
            continue
        if _harmed(doc[mention.start:mention.end].root):
            found = f.sides.local_reading(doc, mention, f.country, None)
            return found.actor if found is not None else None
    # people the actor lexicon left unnamed ("killing one person"): civilians
    if any(_harmed(t) and f.sides.matcher.role_of_word(t.lower_) == "civilian"
           for t in sent if t.pos_ in ("NOUN", "PRON")):
        return f.sides.generic("civilians", f.country)
    return None


def _harmed(tok) -> bool:
    """The word names who a harm verb harmed: its object or passive subject, a conjunct of
    one, or what "of" counts ("two members of the CJTF")."""
    for _ in range(6):
        if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "PRON") \
                or tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                or tok.dep_ in ("compound", "amod", "appos"):
            tok = tok.head
            continue
        if tok.dep_ == "prep" and tok.lower_ == "of":
            tok = tok.head
            continue
        break
    verb = tok.head.lemma_.lower()
    # "killing herself and two members of X": the parse may hang the second victim on the
    # verb as its conjunct
    return tok.dep_ in ("dobj", "nsubjpass") and verb in HARMED_OBJECT_VERBS \
        or tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and verb in HARMED_OBJECT_VERBS \
        or tok.dep_ == "nsubj" and verb in HARMED_SUBJECT_VERBS
