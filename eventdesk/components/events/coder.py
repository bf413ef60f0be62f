"""The event-coding stage: from triggers, places, actors, dates and claims on a Doc to
ACLED records, one concern module per step.

Each clause that holds a trigger and says that something happened (`happened`) is typed
(`subtype`), given sides (`sides`), a place (`placing`) and a date (`dating`); clauses
that only add to an earlier event, and tellings of one event, are merged (`merging`); the
merged candidates become ACLED records (`event_records`).
Why each clause was or was not coded is kept in `doc.user_data[DECISIONS_KEY]` (decisions.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.coding import typology
from eventdesk.components.attribution import claim_for
from eventdesk.components.events import happened, other_days, splitting
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import (
    Context,
    categories_in,
    evidence_bounds,
    is_weak,
    main_country,
    main_family,
    main_trigger,
)
from eventdesk.components.events.dating import date_for
from eventdesk.components.events.decisions import DECISIONS_KEY, log_entry
from eventdesk.components.events.event_records import to_events
from eventdesk.components.events.headline_places import headline_place
from eventdesk.components.events.implicit_sides import TAKING
from eventdesk.components.events.merging import (
    clause_reading,
    completing,
    crowds,
    in_sentence,
    retellings,
    scenes,
    tolls,
)
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.next_sources import take_told_next
from eventdesk.components.events.other_days import deed_named_with_its_day, same_event_other_days
from eventdesk.components.events.placing import (
    Placer,
    place_told_later,
    placed_by_anaphor,
)
from eventdesk.components.events.placing.listed_copies import same_event_elsewhere
from eventdesk.components.events.placing.places import line_country
from eventdesk.components.events.placing.stray_region import settle_places
from eventdesk.components.events.preamble import digest_line, preamble_end
from eventdesk.components.events.roles import roles
from eventdesk.components.events.sides.naming import Sides
from eventdesk.components.events.struck_copies import copies_struck_too
from eventdesk.components.events.subtype import captures
from eventdesk.components.events.subtype import table as typing_table
from eventdesk.components.fatalities import count_fatalities
from eventdesk.components.triggers import Clause, sentence_clauses
from eventdesk.extensions import doc_ext, doc_text
from eventdesk.records import Event

# The typing rules that code a blast whose device the clause does not name ("a blast hit
# the bar"): their sub-type is a guess that a telling naming the device replaces (merging)
BLAST_RULES = frozenset({"blast"})


class EventCoder:
    """Codes the events of a parsed Doc whose `._` extensions have been set upstream.

    A classifier stage before this one may set `doc._.proposals` — per clause root token
    index, probabilities over typology.LABELS — which `subtype.table.combine` weighs against
    the rules; without it the rules decide alone."""

    def __init__(self, *, gazetteer, actor_matcher):
        self.actors = actor_matcher
        self.placer = Placer(gazetteer)
        self.sides = Sides(actor_matcher, gazetteer)

    def __call__(self, doc: Doc) -> list[Event]:
        city = self.placer.main_city(doc)
        ctx = Context(main_city=city, report_city=city)
        candidates: list[Candidate] = []
        decisions = doc.user_data[DECISIONS_KEY] = []
        preamble = preamble_end(doc)
        history = -10   # the sentence of the latest deed found to be history
        framed = -1     # the sentence after the first deed found to be history or a charge
        lead = None     # the report's first deed and its clause
        for sent_index, (sent, grouped) in enumerate(sentence_clauses(doc)):
            ctx.enter_line(digest_line(doc, sent.start_char), line_country(doc, sent.start_char))
            sent_clauses = splitting.concurrent_deeds(doc, grouped)
            strong = [c for c in sent_clauses if not is_weak(c)]
            in_sentence.fold_weak_clauses(sent_clauses, strong)
            in_sentence.fold_how_clauses(doc, strong)
            in_sentence.fold_harm_done_when(doc, strong)
            coded: set[int] = set()   # the tokens of this sentence's coded clauses
            for clause in strong:
                if doc[main_trigger(doc, clause).start].idx < preamble:
                    continue  # a headline restates the lead; the dateline is no event
                reason = happened.why_not(doc, clause)
                if reason == "named_again" and happened.maybe_first_telling(doc, clause) \
                        and completing.new_kind_named(clause, candidates):
                    # "The attack occurred in X", a lede's "the army confirmed the raid":
                    # nothing told before it; "the abduction … was confirmed": none of its kind
                    reason = happened.why_not(doc, clause, again=False)
                if reason is None and sent_index - history <= 1 and not (
                        candidates and candidates[-1].sent_index >= history) \
                        and tolls.tells_history_again(doc, clause):
                    reason = "history_told_again"
                if reason is None and history >= 0 and not (
                        candidates and candidates[-1].sent_index >= history) \
                        and tolls.at_the_same_time(clause):
                    reason = "history_told_again"   # "bombings the same morning hit …"
                if reason is None and not candidates and happened.told_on_that_day(doc, clause):
                    reason = "that_day"
                if reason is None and 0 <= framed <= sent_index and not candidates \
                        and not happened.day_resolved_in(doc, sent):
                    reason = "history_frame"
                if reason == "named_again":
                    self._place_told_later(doc, sent, sent_index, clause, ctx, candidates)
                    completing.told_again(clause, candidates, sent_index)
                if reason is not None:
                    decisions.append(log_entry(doc, clause, "not happened", reason))
                    completing.negated_toll(doc, clause, reason, candidates)  # "no one was hurt"
                    if reason in happened.HISTORY:
                        history = sent_index
                    if framed < 0 and reason in happened.FRAMES:
                        framed = sent_index + 1
                    continue
                earlier = completing.referent(clause, candidates)
                if earlier is not None and completing.completes(
                        doc, clause, earlier, latest=earlier is candidates[-1]):
                    tolls.add_deaths(doc, clause, earlier)
                    completing.take_told_day(earlier, *date_for(doc, sent, clause, ctx))
                    if earlier.date_told and earlier is candidates[-1]:
                        ctx.date, ctx.precision = earlier.date, earlier.time_precision
                    decisions.append(log_entry(doc, clause, "adds to", earlier.sub_event_type))
                    continue
                candidate = self._code_clause(doc, sent, sent_index, clause, ctx, decisions)
                if candidate is None and decisions[-1][2:] == ("not happened", "old_news"):
                    history = sent_index
                    framed = sent_index + 1 if framed < 0 else framed
                if candidate is not None:
                    coded.update(t.i for t in clause.tokens)
                    lead = lead or (candidate, clause)
                    candidates.append(candidate)
                    candidates.extend(
                        same_event_elsewhere(self.placer, doc, clause, candidate, ctx))
                    candidates.extend(same_event_other_days(doc, clause, candidate))
            candidates.extend(copies_struck_too(self.placer.gazetteer, doc, sent, sent_index,
                                                coded, candidates, ctx, decisions))
            self.placer.update_focus(doc, sent, sent_index, ctx)
        if lead is not None:
            self._headline_place(doc, *lead, candidates)
        take_told_next(doc, candidates)
        settle_places(self.placer, doc, candidates, main_country(doc))
        merged = merge(candidates)
        for cand in merged:
            for start, end in cand.mentions[1:]:
                decisions.append((start, doc_text(doc)[start:end], "merged into",
                                  f"{cand.sub_event_type} at {cand.start_char}"))
        return to_events(self.actors, self.placer.gazetteer, doc, merged)

    def _place_told_later(self, doc: Doc, sent: Span, sent_index: int, clause: Clause,
                          ctx: Context, candidates: list[Candidate]) -> None:
        """The deed named again tells where it was (`placing.told_later`): the latest event,
        when it is the one named, takes that place; the reason is kept in the decisions."""
        earlier = completing.referent(clause, candidates)
        if earlier is None or earlier is not candidates[-1]:
            return
        reason = place_told_later(self.placer, doc, sent, sent_index, clause, ctx, earlier)
        if reason is not None:
            doc.user_data[DECISIONS_KEY].append(log_entry(doc, clause, "placed", reason))

    def _headline_place(self, doc: Doc, lead: Candidate, clause: Clause,
                        candidates: list[Candidate]) -> None:
        """The report's first deed, which its headline sums up, placed nowhere by the body:
        the place the headline tells it at (`headline_places.headline_place`), when it is the
        only deed of its event type the report tells (else the headline's place may be
        another one's: measured, a sub-type of its own is not enough). Read after the
        report, so no later sentence takes it as the report's place."""
        if any(c is not lead and c.event_type == lead.event_type for c in candidates):
            return
        place = headline_place(self.placer.gazetteer, doc, clause, lead.place)
        if place is not None:
            lead.place = place

    def _code_clause(self, doc: Doc, sent: Span, sent_index: int, clause: Clause,
                     ctx: Context, decisions: list) -> Candidate | None:
        agent, patient = roles(doc, clause)
        facts = typing_table.ClauseFacts(doc, clause, main_family(doc, clause),
                                         clause.categories() | categories_in(doc, clause),
                                         agent, patient, gazetteer=self.placer.gazetteer)
        proposal = (doc_ext(doc, "proposals") or {}).get(clause.root.i)
        decision = typing_table.decide(facts, proposal)
        decisions.append(log_entry(doc, clause, decision.sub_type or "none", decision.rule))
        if decision.sub_type is None:
            ctx.date, ctx.precision = deed_named_with_its_day(doc, clause) \
                or other_days.aftermath_day(doc, sent, clause, ctx, decision.rule)
            return None
        event_type, sub_type = decision.event_type, decision.sub_type
        place = self.placer.place_for(doc, sent, sent_index, clause, ctx)
        country = place.country_code if place else main_country(doc)
        actor1, actor2, applied = self.sides.actors_for(doc, clause, event_type, sub_type,
                                                        agent, patient, country,
                                                        place.admin1 if place else None)
        decisions.append(log_entry(doc, clause, "sides", " ".join(applied)))
        if sub_type in (typology.REGAINS_TERRITORY, typology.OVERTAKES_TERRITORY):
            taken = captures.taken_by(
                sub_type, self.actors.inter_for(actor1, country) if actor1 else None,
                self.actors.inter_for(actor2, country) if actor2 else None,
                own_forces=any(m.role_hint == "state" and sent.start <= m.start < sent.end
                               and self.actors.inter_for(m.actor, country) == 1
                               for m in doc_ext(doc, "actors") or []),
                claimed="government-regains" in applied,
                taker_named=place is not None and _taker_named(
                    facts, actor1, agent or self.sides.state_as_subject(doc, clause, country)))
            if taken != sub_type:   # a foreign state's forces, or the state's own, took it
                sub_type = taken
                decisions.append(log_entry(doc, clause, sub_type, "taken-by-non-state-side"
                                           if taken == typology.OVERTAKES_TERRITORY
                                           else "taken-by-own-forces"))
        start, end = evidence_bounds(doc, clause)
        date, precision, date_told = date_for(doc, sent, clause, ctx)
        deaths = count_fatalities(doc_text(doc)[start:in_sentence.toll_end(doc, sent, end)])
        claim = claim_for(doc_ext(doc, "claims") or [], start, end)
        framing: dict[str, list[str]] = {}
        for mention in (agent, patient):
            if mention is not None and mention.actor.framing:
                framing.setdefault(mention.actor.name, []).extend(mention.actor.framing)
        if happened.is_old_news(doc, date, precision):
            # a verb's old day ("overran X on March 4") is what "days later" counts from
            decisions.append(log_entry(doc, clause, "not happened", "old_news"))
            if date_told and doc[main_trigger(doc, clause).start].pos_ == "VERB":
                ctx.date, ctx.precision = date, precision
            return None
        if not (ctx.place_sent == sent_index and _backdrop(clause)):
            if place is not None and place.latitude is not None:
                ctx.place, ctx.place_sent = place, sent_index
            if date is not None and not _backdrop(clause):
                ctx.date, ctx.precision = date, precision
        # "near the Kuweires Military Airport": the site, shown as a part of the place
        site = self.placer.names.site_name(doc, clause.tokens) \
            if place is not None and place.latitude is not None else None
        return Candidate(
            event_type=event_type, sub_event_type=sub_type, start_char=start, end_char=end,
            sent_index=sent_index, actor1=actor1, actor2=actor2, place=place, date=date,
            time_precision=precision, fatalities=deaths.count, fatalities_text=deaths.text,
            toll=deaths, claimed_by=claim.source if claim else None, framing=framing,
            date_told=date_told, place_by_anaphor=placed_by_anaphor(doc, clause), site=site,
            place_from_context=not any(sent.start <= m.start < sent.end and m.kind != "country"
                                       for m in doc_ext(doc, "places") or []),
            region_only=clause_reading.names_only_a_region(doc, sent),
            another_incident=clause_reading.told_as_another(doc, sent, clause),
            attacks_a_place=patient is None and clause_reading.object_is_a_place(doc, clause),
            attackers_again=retellings.attackers_told_again(doc, clause),
            crowd_again=crowds.crowd_told_again(doc, clause),
            people_of=clause_reading.people_of_a_deed(clause),
            device_unnamed=decision.rule in BLAST_RULES,
            weapon_stopped=clause_reading.weapon_stopped(clause),
            told_later=clause_reading.told_later(doc, sent, clause),
            done_again=clause_reading.done_again(clause),
            told_also=clause_reading.told_also(clause), target=clause_reading.target_noun(clause),
            quoted_bare=clause_reading.quoted_bare(doc, sent, clause),
            side_account=clause_reading.side_account(clause),
            target_deed=clause_reading.deed_of_the_target(doc, clause),
            target_again=clause_reading.target_named_again(clause),
            noun_again=clause_reading.noun_named_again(clause),
            repelled_them=clause_reading.repelled_them(clause),
            place_fronted=scenes.sentence_fronted(sent),
            own_unknown=scenes.names_an_unknown_place(sent, place),
            force_doer=agent is not None and agent.role_hint in ("state", "international"),
            line=ctx.line[0] if ctx.line else -1, mentions=[(start, end)],
            crowd_anew=crowds.crowd_named_anew_when_asked(clause),
            crowd_apart=crowds.crowd_apart_when_asked(doc, sent_index),
        )


def _backdrop(clause: Clause) -> bool:
    """"Missiles struck Odesa on Saturday, a day after Moscow and Kyiv signed a deal in
    Istanbul": a deed told as the time of the sentence's event is not where and when the
    report goes on ("Two missiles were shot down" is Odesa's, Saturday's)."""
    return clause.root.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since")
        for c in clause.root.children)


def _taker_named(facts, actor1, taker) -> bool:
    """The clause takes ground and names who took it (its subject, or the state whose body
    says its forces did), and that side is actor1. Only for a placed event: unplaced, its
    country is the report's first one, often the taker's own ("Israel captured both
    areas in the 1967 war"), which would make any state's conquest a regain."""
    return bool(facts.categories & TAKING) and taker is not None and actor1 is not None \
        and taker.actor.name == actor1.name
