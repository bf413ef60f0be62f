"""The sources the default-actor rules name (`take` in data/rules/default_actors.toml):
each proposes the actor for a side the report leaves unnamed, or nobody."""

from __future__ import annotations

from collections import Counter

from eventdesk.coding import typology
from eventdesk.components.attribution import claim_for
from eventdesk.components.events.associates import is_associate
from eventdesk.components.events.common import evidence_bounds
from eventdesk.components.events.happened import modality
from eventdesk.components.events.implicit_sides import named_group_nearby, salient_armed
from eventdesk.components.events.sides.table import SideFacts, source
from eventdesk.extensions import doc_ext, doc_tokens, span_root
from eventdesk.records import Actor


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


for _kind in ("protesters", "rioters", "civilians", "unidentified", "communal"):
    source.add(_generic_source(_kind), name=_kind)
for _branch in ("police", "military", "government"):
    source.add(_state_source(_branch), name=_branch)


# Words that tell strikes from the air and the aircraft that make them
AIR_WORDS = frozenset({"strike", "airstrike", "raid", "aircraft", "warplane", "jet", "plane",
                       "drone", "helicopter", "gunship", "bomber", "air"})
# What "air" names when it is the side struck at, not the striker: "Ukrainian air defences
# shot down 40 drones", "air raid alerts sounded"
NOT_STRIKING_AIR = frozenset({"defence", "defense", "defender", "alert", "alarm", "siren"})


@source.add
def air_force_named_earlier(f: SideFacts, year) -> Actor | None:
    """"Pakistani military aircraft carried out air strikes … The strikes killed eight
    people": the state forces that the last earlier mention of aircraft or air strikes in
    the report ties to a country, by an actor ("Pakistani military aircraft") or a
    demonym ("Israeli air strikes"); not air defences, which shoot at the strikes, nor
    a source quoted ("the Air Force said")."""
    owner = None
    # a source that speaks ("the Air Force said") is no mention of strikes
    speakers = [(c.start_char, c.end_char) for c in doc_ext(f.doc, "claims") or []]
    for tok in f.doc[:f.clause.root.sent.start]:
        if tok.lemma_.lower() not in AIR_WORDS or any(
                t.lemma_.lower() in NOT_STRIKING_AIR for t in (tok, tok.head)) \
                or any(a <= tok.idx < b for a, b in speakers):
            continue
        for child in tok.children:
            if child.dep_ in ("amod", "compound"):
                owner = f.sides.gazetteer.demonym_country(child.text) or owner
        for m in doc_ext(f.doc, "actors") or []:
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
    claim = claim_for(doc_ext(f.doc, "claims") or [], start, end)
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
FORCE_ROLES = ("state", "international")


@source.add
def state_agent(f: SideFacts, year) -> Actor | None:
    return f.agent.actor if f.agent is not None and f.agent.role_hint in FORCE_ROLES \
        else None


@source.add
def state_patient(f: SideFacts, year) -> Actor | None:
    return f.patient.actor if f.patient is not None and f.patient.role_hint in FORCE_ROLES \
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
    """The armed actor (state forces included) the report names most, not the other side,
    nor the other side's own state when that side is its state's forces ("Ukrainian forces
    cleared the town", in a report that cites the region's police: the police are on their
    side, not the foe)."""
    actor = salient_armed(f.doc, exclude=f.other, at=f.clause.root.idx)
    state = _state_of(actor.name) if actor is not None else None
    if state is not None and f.other is not None and state == _state_of(f.other.name):
        return None   # not rival governments' forces ("Libyan National Army"), named apart
    return actor


def _state_of(name: str) -> str | None:
    """"Ukraine" for "Police Forces of Ukraine" or "Military Forces of Ukraine": the state
    whose generic forces an actor's name names, else None."""
    for prefix in ("Military Forces of ", "Police Forces of "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return None


@source.add
def non_state_named_most(f: SideFacts, year) -> Actor | None:
    """The non-state armed group the report names most, not the other side."""
    return salient_armed(f.doc, exclude=f.other, at=f.clause.root.idx, non_state=True)


@source.add
def group_named_in_sentence(f: SideFacts, year) -> Actor | None:
    named = named_group_nearby(f.doc, f.clause, same_sentence=True)
    return named.actor if named else None


@source.add
def forces_a_demonym_on_the_weapon_names(f: SideFacts, year) -> Actor | None:
    """"Air defences shot down seven Ukrainian drones", "an Armenian drone was shot down":
    the weapon stopped is the forces' of the country a demonym on it names (the owner of
    the weapon, the side acted upon); nobody when it names the other side's own country."""
    for verb in f.clause.tokens:
        for weapon in verb.children:
            if weapon.dep_ not in ("dobj", "nsubjpass"):
                continue
            for word in weapon.children:
                code = f.sides.gazetteer.demonym_country(word.text) \
                    if word.dep_ in ("amod", "compound") else None
                if code and not (f.other is not None and f.other.country == code):
                    return f.sides.generic("state_forces", code, branch="military", year=year)
    return None


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
    foreign state's forces or weapons ("Israeli jets", "Turkish artillery") more often
    than the event country's own, is that state's ("a Russian missile hit Kharkiv … a
    guided bomb hit Zaporizhzhia … a Ukrainian drone struck a car in Belgorod"); nobody
    when the report names the country's own forces as often, which fight in their own
    land far more often (the next source)."""
    forces = _state_forces_named_most(f, year, exclude={f.country})
    named = _state_forces_named(f)
    if forces is None or named[f.country] >= named[forces.country]:
        return None
    return forces


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
    backers = {i for m in doc_ext(f.doc, "actors") or [] if is_associate(f.doc, m)
               for i in range(m.start, m.end)}
    # a demonym inside a state's mention ("a Ukrainian drone") counts once, as the mention
    in_mentions = {i for m in doc_ext(f.doc, "actors") or []
                   if m.role_hint in ("state", "international") for i in range(m.start, m.end)}
    for tok in f.doc:
        if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in FORCE_WORDS \
                and tok.i not in backers and tok.i not in in_mentions:
            code = f.sides.gazetteer.demonym_country(tok.text)
            if code:
                named[code] += 1
    for mention in doc_ext(f.doc, "actors") or []:
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
    for mention in doc_ext(doc, "actors") or []:
        if not sent.start <= mention.start < sent.end or mention is f.agent \
                or (f.actor1 is not None and mention.actor.name == f.actor1.name):
            continue
        if _harmed(span_root(doc, mention.start, mention.end)):
            found = f.sides.local_reading(doc, mention, f.country, None)
            return found.actor if found is not None else None
    # people the actor lexicon left unnamed ("killing one person"): civilians
    if any(_harmed(t) and f.sides.matcher.role_of_word(t.lower_) == "civilian"
           for t in doc_tokens(sent.doc)[sent.start:sent.end] if t.pos_ in ("NOUN", "PRON")):
        return f.sides.generic("civilians", f.country)
    return None


def _harmed(tok) -> bool:
    """The word names who a harm verb harmed: its object or passive subject, a conjunct of
    one, or what "of" counts ("two members of the CJTF")."""
    # a ticker's toll "4 people killed, 10 wounded by shelling": the victims with their
    # harm verb's participle hung on them
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HARMED_OBJECT_VERBS
           for c in tok.children):
        return True
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
