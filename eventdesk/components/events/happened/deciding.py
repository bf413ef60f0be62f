"""`why_not`: the name of the first modality cue that says a clause did not happen, so a
decision can be explained and each cue tested on its own examples. The cues read on the
clause's verb and its own words are here; the others are asked in turn.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.attribution import claim_for
from eventdesk.components.events.common import clause_span_chars, main_trigger
from eventdesk.components.events.happened.backdrop import (
    campaign,
    characterised,
    described_by_deed,
    displacing,
    fled_from,
    named_as_reference,
    ongoing,
    war_began,
    when_of_a_year,
)
from eventdesk.components.events.happened.background import background
from eventdesk.components.events.happened.beside import (
    charged_incident,
    deed_beside_the_grief,
    deed_told_by_its_relative,
    deeds_only_in_a_time_clause,
    recorded_as_a_tally,
    said_after_the_deed,
)
from eventdesk.components.events.happened.communique import (
    campaign_summed,
    counted_strikes,
    glossary,
    period_assessment,
)
from eventdesk.components.events.happened.genre import analysis_piece, opinion_piece
from eventdesk.components.events.happened.habitual import (
    counted_deeds,
    generic_present,
    iterative,
    recurring,
    separate_incidents,
    simple_present,
    trend,
)
from eventdesk.components.events.happened.irrealis import (
    JUDGING,
    negated_trigger,
    told_as_false,
    under_irrealis_head,
)
from eventdesk.components.events.happened.movement_began import movement_began
from eventdesk.components.events.happened.no_one import deed_beside_none
from eventdesk.components.events.happened.reported_again import retold_by_a_source
from eventdesk.components.events.happened.resumed import started_again
from eventdesk.components.events.happened.spans import entered_span, span_of
from eventdesk.components.events.happened.table import Modality, modality
from eventdesk.components.events.happened.tallies import spent_in_a_span
from eventdesk.components.events.happened.times import (
    after_a_counted_span,
    counted_years,
    day_named,
    day_told_in,
    deed_dated,
    future_day,
    narrated_past,
    years_after,
)
from eventdesk.components.events.happened.told_before import named_again, told_in_a_claim
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root

# Verbs of reporting whose passive subject is the event reported ("clashes were reported").
REPORTED_PASSIVES = frozenset({"report", "confirm", "record"})
# Cues of the other modules read on the whole clause, asked in this order, each by its name
ASKED_IN_TURN = (
    ("generic_present", generic_present), ("trend", trend), ("counted_deeds", counted_deeds),
    ("separate_incidents", separate_incidents),
    ("iterative", iterative), ("war_began", war_began),
    ("movement_began", movement_began), ("fled_from", fled_from),
    ("span_of", span_of), ("span_of", spent_in_a_span), ("described_by_deed", described_by_deed),
    ("entered_span", entered_span), ("named_as_reference", named_as_reference),
    ("campaign", campaign), ("recurring", recurring))
# Cues of an official communiqué (communique.py), asked last: the general ones name first
OFFICIAL = (("glossary", glossary), ("period_assessment", period_assessment),
            ("campaign_summed", campaign_summed), ("counted_strikes", counted_strikes))


def why_not(doc: Doc, clause: Clause, again: bool = True) -> str | None:
    """The name of the first modality cue that says the clause did not happen, else None.
    `again=False` leaves out "named_again", for a naming found to be the first telling
    (coder.py), which other cues may still stop ("the march is due to leave at 2 p.m.")."""
    cues = modality()
    if opinion_piece(doc):
        return "opinion_piece"
    if analysis_piece(doc) and not day_told_in(doc, clause.sent):
        return "analysis_piece"
    root = clause.root
    lemma = root.lemma_.lower()
    for name in cues.by_place["clause_verb"]:
        # a name is no verb: "The Islamic State named X as its new leader" parsed with the
        # name "State" as the clause's head says nothing
        if lemma in cues.words[name] and root.pos_ != "PROPN" \
                and not _reported_event(doc, clause) and not _fight_as_subject(clause) \
                and not (name == "speech" and (deed_told_by_its_relative(doc, clause)
                                               or charged_incident(doc, clause)
                                               or said_after_the_deed(doc, clause)
                                               or not recorded_as_a_tally(root))) \
                and not (name == "mourning" and deed_beside_the_grief(clause)) \
                and not (lemma in JUDGING and deed_dated(doc, clause)):
            return name
    main = main_trigger(doc, clause)
    anchor = span_root(doc, main.start, main.end)
    if negated_trigger(anchor, cues) and not deed_beside_none(doc, anchor):
        return "negation"   # "No clashes took place in X on Monday": before named_again,
        # whose first telling ("The attack occurred in X") this is not
    if told_as_false(anchor, cues) is not None:
        return "told_as_false"
    for m in clause.triggers:
        telling = told_as_false(span_root(doc, m.start, m.end), cues)
        if telling is not None and telling.head.i == anchor.i:
            return "told_as_false"   # "withdrew a report that gunmen had ambushed a
            # convoy" is no withdrawal either; "marched over unfounded rumours that …"
            # still marched
    if displacing(doc, clause, cues):
        return "displacing"   # before named_again: "the fighting around X" is no news either
    if characterised(doc, clause, cues):
        return "characterised"   # before named_again too: "the fighting in X was a …"
    if again and (named_again(doc, clause) or told_in_a_claim(doc, clause)
                  or retold_by_a_source(doc, clause)) \
            and not started_again(doc, clause):
        return "named_again"
    if after_a_counted_span(anchor, root, cues):
        return "years_after"   # before the infinitive: "to mark 25 years since the bombing"
    if root.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                   for c in root.head.children):
        return "infinitive"  # "ordered the troops to release him and pull back"
    for child in root.children:
        said = _said_of_the_verb(child, cues)
        if said == "negation" and deeds_only_in_a_time_clause(clause):
            continue   # "the calm did not last, as militants stormed the post"
        if said is not None:
            return said
        if child.dep_ == "aux" and child.tag_ == "TO" and not _protest_purpose(clause, cues) \
                and not _claimed_done(root, cues) \
                and root.head.lemma_.lower() not in cues.undergoing:
            return "infinitive"
        if child.dep_ == "mark" and child.lower_ in cues.words["condition"]:
            return "condition"
        if child.dep_ == "mark" and child.lower_ in cues.words["other_time"]:
            return "other_time"
        if child.dep_ in ("acomp", "attr"):
            for name in cues.by_place["complement"]:
                if child.lemma_.lower() in cues.words[name]:
                    return name   # "sexual violence is common along the routes"
        if child.dep_ in ("npadvmod", "advmod", "prep") and _every(child, cues):
            return "every_time"  # "shell residential areas every day", "on every Friday"
        if child.dep_ == "npadvmod" and years_after(child, root, cues) \
                and not day_named(doc, clause):
            return "years_after"
    found = _shared_with_the_first_verb(root, cues)
    if found is not None:
        return found
    if _addressed(root, cues):
        return "addressed"
    if _comparison(doc, clause, cues):
        return "comparison"
    for name, said in ASKED_IN_TURN:
        if said(doc, clause, cues):
            return name
    if simple_present(doc, clause):
        return "simple_present"
    if ongoing(doc, clause, cues):
        return "ongoing"
    found = under_irrealis_head(doc, clause, cues)
    if found is not None:
        return found
    if future_day(doc, clause, cues):
        return "future_day"
    start, end = clause_span_chars(doc, clause)
    claim = claim_for(doc_ext(doc, "claims") or [], start, end)
    if claim is not None and claim.cue in cues.denial_claims:
        return "denial"
    found = background(doc, clause)
    if found is not None:
        return found
    if when_of_a_year(doc, clause):
        return "background_date"
    for name, said in OFFICIAL:
        if said(doc, clause, cues):
            return name
    if (anchor.dep_ == "pobj" and anchor.head.lower_ in cues.words["other_time"]) \
            or (anchor.dep_ == "pcomp" and anchor.head.lower_ == "since"):
        return "other_time"   # "encircled since the Tel Aviv bombing", "since fighting broke
        # out": it dates another deed
    return None


# Joining words after which a verb no longer shares what was said of the first one
# ("did not attack the town but abducted ten men").
CONTRASTING = frozenset({"but", "yet", "while", "whereas"})


def _shared_with_the_first_verb(root: Token, cues: Modality) -> str | None:
    """A verb joined to the one before it, with no subject, auxiliary or contrast of its
    own, shares what is said of that verb ahead of it: "regularly attack villages and
    abduct civilians" (habitual), "could attack the town and abduct civilians" (modal),
    "did not attack the town or abduct civilians" (negation). Said after the first verb
    ("attacked the town and often loot"), the word is that verb's own. One with a subject
    of its own but timed "days later" still shares the first verb's "years ago" (history)."""
    head = root.head
    if root.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i > root.i:
        return None
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in root.children)
    if own and not any(c.dep_ == "advmod" and c.lower_ == "later" for c in root.children):
        return None
    between = root.doc[head.i + 1:root.i]
    if any(t.lower_ in CONTRASTING for t in between):
        return None
    for child in head.children:
        if child.i < head.i:
            said = _said_of_the_verb(child, cues)
            if said is not None and (not own or said == "years_after"):
                return said
    return None


def _addressed(root: Token, cues: Modality) -> bool:
    """The deed's doer is the one spoken to ("You have fought with courage in X", "you get
    shot if you go out"): praise, blame or a generic "you" in a quote, not a deed told as
    news. Read on the clause verb's subject, or on the first verb's for a joined one."""
    verb = root.head if root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX") else root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in cues.words["addressed"]
               for c in verb.children)


def _comparison(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """The deed's victims or the deed itself compared in number ("officers killed more
    people than in any other state", "the fewest attacks since 2015"): a statistic over a
    span, not one incident. Read on the verb's object or passive subject and on the trigger
    noun: a comparative `words` on it with a "than", and no number ("more than 20 people"
    counts one incident's toll; "captured most parts of the province" compares nothing)."""
    main = main_trigger(doc, clause)
    nouns = [c for c in clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns.append(span_root(doc, main.start, main.end))
    for noun in nouns:
        if noun.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in noun.children):
            continue
        for c in noun.children:
            if c.dep_ == "amod" and c.lower_ in cues.words["comparison"] and any(
                    t.dep_ == "prep" and t.lower_ == "than"
                    for t in (*noun.children, *noun.head.children)):
                return True
    return False


# What a deed is said to be, with an infinitive, when it is to come ("the march is due to
# leave at 2 p.m.", "the talks are scheduled to open"); not "due to" a cause.
DUE_WORDS = frozenset({"due", "scheduled", "slated", "poised"})


def _said_of_the_verb(child: Token, cues: Modality) -> str | None:
    """The cue a verb's own child word gives it: a negation, a modal, or an adverb of the
    modifier cues ("regularly", "often")."""
    if child.dep_ == "neg":
        return "negation"
    if child.dep_ == "aux" and child.lower_ in cues.words["modal"] \
            and not narrated_past(child, cues):
        return "modal"
    if child.dep_ == "advmod":
        for name in cues.by_place["modifier"]:
            if child.lower_ in cues.words[name]:
                return name
        if child.lower_ == "ago" and any(c.dep_ == "npadvmod" and counted_years(c, cues)
                                         and c.lemma_.lower() != "month"
                                         for c in child.children):
            return "years_after"   # "Thirteen years ago today, protesters clashed with …"
    if child.dep_ == "acomp" and child.lower_ in DUE_WORDS and any(
            g.dep_ == "xcomp" and g.pos_ == "VERB" for g in child.children):
        return "scheduled"   # "the march is due to leave the square at 2 p.m."
    if child.dep_ == "mark" and child.lower_ in ("after", "since") and child.i > 0 \
            and counted_years(child.doc[child.i - 1], cues):
        return "years_after"   # "to mark two years since forces invaded and began shelling"
    return None


def _reported_event(doc: Doc, clause: Clause) -> bool:
    """"Heavy clashes were reported in X on Monday": the event itself is the passive
    subject of "reported", as briefs and tickers tell events, not a saying."""
    root = clause.root
    if root.lemma_.lower() not in REPORTED_PASSIVES or not any(
            c.dep_ == "auxpass" for c in root.children):
        return False
    trigger_tokens = {i for m in clause.triggers for i in range(m.start, m.end)}
    return any(c.dep_ == "nsubjpass" and c.i in trigger_tokens for c in root.children)


def _fight_as_subject(clause: Clause) -> bool:
    """"Gunfight in X: two militants killed as encounter ends, police say": a headline whose
    fighting noun the parse made a second subject of the saying, beside the speaker. A
    fight says nothing; the headline tells the fight."""
    root = clause.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    fights = {i for m in clause.triggers if m.category == "clash" for i in range(m.start, m.end)}
    return len(subjects) > 1 and any(s.i in fights for s in subjects)


def _protest_purpose(clause: Clause, cues: Modality) -> bool:
    """"Thousands marched to protest …", "gathered to demand …": the infinitive names the
    protest the gathering was, not an aim that may fail."""
    root = clause.root
    # a death named in the protest's cause ("to protest against the killing of a student")
    return ("protest" in clause.categories() and clause.categories() <= {"protest", "kill"}
            and root.dep_ in ("advcl", "xcomp")
            and root.head.lemma_.lower() in cues.words["infinitive"]
            # "marched to the office to protest the killing …": the march, a protest word
            # of its own, tells the protest; the infinitive is its aim, not a second one
            and not any(m.category == "protest" and m.start <= root.head.i < m.end
                        for m in doc_ext(root.doc, "triggers") or []))


def _claimed_done(verb: Token, cues: Modality) -> bool:
    """"Rebels claimed to have shot down a helicopter near X": a perfect infinitive under
    an active verb of saying tells a deed done, a side's claim (coded with its source), not
    an aim. Not hearsay in the passive ("the swami is said to have been arrested")."""
    head = verb.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have"
                                      for c in verb.children) \
        and head.i != verb.i and head.lemma_.lower() in cues.words["speech"] \
        and not any(c.dep_ == "auxpass" for c in head.children)


def _every(modifier, cues: Modality) -> bool:
    """A time said with "every" or "each" ("every day", "on each Friday"), hedged or not
    ("almost every day", which the parser reads as a number): a habit. Not the reciprocal
    "each other" ("rival supporters threw stones at each other"): a clash, one incident."""
    times = [modifier] if modifier.dep_ != "prep" else [c for c in modifier.children
                                                         if c.dep_ == "pobj"]
    times = [t for t in times if t.lower_ != "other"]
    return any(g.dep_ in ("det", "nummod") and g.lower_ in cues.words["every_time"]
               for t in times for g in t.children)
