"""`Sides`: names an event's sides from the roles the parse found, read where the event
happened, then from every default-actor rule that applies."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from eventdesk.coding import typology
from eventdesk.coding.actors import ActorMention
from eventdesk.components.events.happened.irrealis import JUDGING
from eventdesk.components.events.implicit_sides import salient_armed
from eventdesk.components.events.roles import fights_off
from eventdesk.components.events.sides.sources import STATE_SPEAKER_WORDS
from eventdesk.components.events.sides.table import SideFacts, side_rules
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.records import Actor

# Force words that name no side alone ("officers", "units"): a speaking force's own men
BARE_FORCE_WORDS = frozenset({"officer", "unit", "personnel", "element", "operative",
                              "agent", "force", "detachment"})


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
        named_apart = agent is not None and patient is not None and agent is not patient
        agent = self.local_reading(doc, agent, country, admin1)
        patient = self.local_reading(doc, patient, country, admin1)
        if named_apart and patient is agent:   # "between rival armed groups": two sides
            patient = dataclasses.replace(patient)
        if agent is None:
            speaker = self.state_as_subject(doc, clause, country)
            if speaker is not None and patient is None and fights_off(clause.root):
                patient = speaker   # "Ukraine says its forces repelled Russian assaults"
            else:
                agent = speaker
        facts = SideFacts(
            self, doc, clause, event_type, sub_type, agent, patient, country,
            doc_ext(doc, "published").year if doc_ext(doc, "published") else None,
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
        if _sides_clash(facts) and not TWO_LIKE_SIDES <= set(applied):
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
        A group of another country is read again too: "insurgents" that the report's
        first country made Boko Haram are, in a digest's line on Mozambique, the Islamic
        State's province there (a group named by its own name reads the same anywhere).
        Civilians need no new reading: `where_it_happened` names them."""
        if mention is None or not country or mention.role_hint not in ("unidentified",
                                                                       "state", "armed"):
            return mention
        if mention.role_hint in ("state", "armed") \
                and mention.actor.country in (None, country):
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
            year = doc_ext(doc, "published").year if doc_ext(doc, "published") else None
            others = [c for c in doc_ext(doc, "countries") or [] if c != country]
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
        named = [m for m in doc_ext(doc, "actors") or [] if m.actor.name == actor.name]
        here = [m for m in named if sent.start <= m.start < sent.end] or named
        return actor if any(self.tied_to_a_country(doc, m) for m in here) else local

    def tied_to_a_country(self, doc: Doc, mention) -> bool:
        """A word of the mention names a country: a demonym or a place ("Gaza residents")."""
        places = {i for p in doc_ext(doc, "places") or [] for i in range(p.start, p.end)}
        return any(self.gazetteer.demonym_country(t.text) or t.i in places
                   for t in doc_tokens(doc)[mention.start:mention.end])

    def state_as_subject(self, doc: Doc, clause: Clause, event_country: str | None):
        """"Russia says it destroyed a sabotage group", "Israel struck targets in Gaza": a
        country named as the subject of the event verb (or of the verb of saying whose
        "it" or "its forces" do it) acts through its military; so does the country whose
        body says so ("Russia's defence ministry said its forces had taken the town")."""
        root = clause.root
        if root.lemma_.lower() in JUDGING:
            return None   # "Norway denounced the shelling of a clinic in X, killing 23":
            # the state that judges the deed did not do it
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        speaker = self._speaking_force(doc, root, subjects)
        if speaker is not None:
            return speaker
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
            place = next((p for p in doc_ext(doc, "places") or [] if p.start <= subject.i < p.end
                          and p.kind == "country" and p.country_code), None)
            if place is None or subject.pos_ != "PROPN":
                continue
            year = doc_ext(doc, "published").year if doc_ext(doc, "published") else None
            actor = self.generic("state_forces", place.country_code, branch="military",
                                 year=year)
            if actor is None:
                return None
            actor.inter = self.matcher.inter_for(actor, event_country)
            role = "international" if actor.inter == typology.EXTERNAL else "state"
            return ActorMention(place.start, place.end, place.start_char, place.end_char,
                                place.text, actor, role)
        return None

    @staticmethod
    def _speaking_force(doc: Doc, root, subjects):
        """"Police said officers killed two gang members", "the army said units repelled
        the attack": a bare force word ("officers", "units", "personnel"), no actor of its
        own, told as acting by a state's force that speaks is that force's own men."""
        if root.dep_ != "ccomp" or not subjects or any(
                c.lemma_.lower() not in BARE_FORCE_WORDS or any(
                    m.start <= c.i < m.end for m in doc_ext(doc, "actors") or [])
                for c in subjects):
            return None
        said_by = [c for c in root.head.children if c.dep_ == "nsubj"]
        return next((m for m in doc_ext(doc, "actors") or [] for c in said_by
                     if m.start <= c.i < m.end and m.role_hint in ("state", "international")),
                    None)

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
            salient_armed(facts.doc, exclude=taken, at=facts.clause.root.idx),
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
        acting words ("a Turkish air strike killed…", "killed by an Israeli drone"), or by
        its name written as one ("US strikes hit…", "Israel air strikes")."""
        heads = [(tok, trig.start) for trig in clause.triggers
                 for tok in doc_tokens(doc)[trig.start:trig.end]]
        victims = {i for m in doc_ext(doc, "actors") or []
                   if m.role_hint in ("civilian", "protester") for i in range(m.start, m.end)}
        for child in clause.root.children:
            if child.dep_ == "nsubj" and child.i not in victims:
                heads.append((child, child.i))
            elif child.dep_ == "agent":
                heads += [(obj, obj.i) for obj in child.children if obj.dep_ == "pobj"]
        starts = {trig.start for trig in clause.triggers}
        for tok, before in heads:
            if tok.dep_ == "nsubj" and tok.pos_ in ("ADJ", "PROPN") and tok.i + 1 in starts:
                # "Ukrainian shelling killed…" parsed as an adjective subject and an adverb
                code = self.gazetteer.demonym_country(tok.text)
                if code:
                    return code
            for child in tok.children:
                if child.dep_ in ("amod", "compound") and child.i < before:
                    code = self.gazetteer.demonym_country(child.text) or (
                        self.matcher.country_of_name(child.text)
                        if child.dep_ == "compound" and child.pos_ == "PROPN" else None)
                    if code:
                        return self._first_of_a_pair(child) or code
        return None


    def _first_of_a_pair(self, word) -> str | None:
        """"American-British aggression": the country first named of a hyphened pair of
        demonyms, which leads the joint deed (the parser hangs it on the second)."""
        for child in word.children:
            if child.dep_ in ("amod", "compound") and child.i == word.i - 2 \
                    and word.doc[word.i - 1].text in ("-", "–"):
                return self.gazetteer.demonym_country(child.text) \
                    or self.matcher.country_of_name(child.text)
        return None


# Rules that together name both sides as one collective each ("fighting between herdsmen
# and crop growers": a communal militia on each side), which may face each other
TWO_LIKE_SIDES = frozenset({"herder-clash-first-side", "herder-clash-other-side"})


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
