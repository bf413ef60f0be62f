"""One crowd told several times: named again ("the demonstrators"), turning violent,
looting, taking ground; and a crowd named anew, which is another protest. The force a
crowd meets (firing on it, fighting it, arresting in it) is read in crowd_forces.py."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Doc

from eventdesk.coding.typology import (
    EXCESSIVE_FORCE,
    LOOTING,
    MOB_VIOLENCE,
    PROTESTS,
    RIOTS,
    TERRITORY_TRANSFER,
    VIOLENT_DEMONSTRATION,
    priority,
)
from eventdesk.components.crowd_words import CROWD_NOUNS
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.calm import told_calm
from eventdesk.components.events.merging.clause_reading import SEQUEL_WORDS, subject_of
from eventdesk.components.events.merging.places_days import (
    holds,
    near,
    nothing_of_its_own,
    same_day,
    same_place,
    told_next,
)
from eventdesk.components.events.placing import place_key
from eventdesk.components.triggers import Clause, sentence_clauses

# How far apart two places of one crowd may be named ("in Lagos" and "in the Ikeja
# district", a suburb the index keeps as a town of its own).
CROWD_KM = 25.0


def crowd_told_again(doc: Doc, clause: Clause) -> bool:
    """"The demonstrators, who were protesting against fuel price rises, had blocked a
    road", "The protesters marched to the governor's office": a clause whose subject, or
    the noun it describes, is the crowd named again with "the", with no word putting it
    after the deed told before ("later", "then", "again"), tells more of a protest told
    before (`tells_crowd_again` checks the place and day)."""
    root = clause.root
    noun = root.head if root.dep_ in ("relcl", "acl") else subject_of(root)
    if noun is None or noun.lower_ not in CROWD_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
        return False
    return not any(t.lower_ in SEQUEL_WORDS for t in clause.tokens)


def tells_crowd_again(protest: Candidate, retold: Candidate) -> bool:
    """"Police fired tear gas to disperse protesters in Lagos on Monday. The demonstrators,
    who were protesting against fuel price rises, had blocked a road in the Ikeja
    district": the crowd named again in the next sentence, on that day, at the protest's
    place, a place a few kilometres from it or no place of its own, is the same crowd's
    protest (GUIDELINES: code it once)."""
    crowds = (PROTESTS, RIOTS)
    if not retold.crowd_again or retold.sent_index != protest.sent_index + 1 \
            or protest.event_type not in crowds or retold.event_type not in crowds \
            or protest.another_incident or retold.another_incident \
            or retold.told_later:
        return False
    if not same_day(protest, retold) and retold.date_told:
        return False
    return retold.place is None or retold.place.latitude is None \
        or retold.place_from_context or same_place(protest, retold) \
        or holds(protest.place, retold.place) or near(protest.place, retold.place, CROWD_KM)


def crowd_speaks(a: Candidate, b: Candidate) -> bool:
    """Of two tellings of one crowd's protest, `a` is the type it is coded as: the crowd's
    violence (a riot) decides, else the sub-type first in priority."""
    if (a.event_type == RIOTS) != (b.event_type == RIOTS):
        return a.event_type == RIOTS
    return priority(a.sub_event_type) < priority(b.sub_event_type)


def crowd_named_anew(clause: Clause) -> bool:
    """"Police fired tear gas to disperse PTI supporters who had blocked The Mall": a crowd
    named without "the" and told by a deed and a place of its own (a relative clause
    naming a place) is a crowd the report had not told of, not the one before (read in
    all the clause's verb governs: "… and used batons to disperse …")."""
    for tok in {*clause.tokens, *clause.root.subtree}:
        if tok.tag_ not in ("NNS", "NNPS") or any(
                c.dep_ in ("det", "poss") for c in tok.children):
            continue
        for rel in tok.children:
            if rel.dep_ == "relcl" and any(t.pos_ == "PROPN" for t in rel.subtree
                                           if t.i > rel.i):
                return True
    return False


def crowd_named_anew_when_asked(clause: Clause) -> Callable[[], bool]:
    """`crowd_named_anew` or `told_calm`, read only when asked: every candidate keeps it,
    but only `turned_violent` asks, for a riot and a protest of one place and day told in
    two sentences (rare enough that an answer is not worth keeping)."""
    return functools.partial(_apart_from_the_riot, clause)


def _apart_from_the_riot(clause: Clause) -> bool:
    return crowd_named_anew(clause) or told_calm(clause)


# Words that tell a crowd apart from one told before ("a separate sit-in", "another group")
APART_WORDS = frozenset({"separate", "another", "rival", "second"})
# Subjects that count a crowd or name a force, no crowd's own name ("hundreds", "police")
NO_CROWD_NAME = frozenset({"hundred", "thousand", "dozen", "ten", "score", "group", "people",
                           "other", "police", "troop", "soldier", "force", "officer",
                           "policeman", "authority", "member", "crowd", "protester",
                           "demonstrator", "rioter", "marcher"})


def _crowd_name(sent) -> str | None:
    """The people a sentence's subject names ("Students marched", "Youths clashed"), not a
    count, a force or a generic crowd word."""
    subject = subject_of(sent.root)
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return None
    lemma = subject.lemma_.lower()
    return None if lemma in NO_CROWD_NAME or lemma in CROWD_NOUNS else lemma


def crowd_apart(doc: Doc, here: int, since: int) -> bool:
    """Sentence `here`, told sentences after the telling of sentence `since`: another crowd
    told in between ("Traders held a separate sit-in near the market"), or the two named by
    different people ("Students marched … Youths clashed …") -- two gatherings, not one
    crowd's night."""
    if not 0 <= since < here:
        return False
    sents = [sent for sent, _clauses in sentence_clauses(doc)]
    names = {_crowd_name(sents[since]), _crowd_name(sents[here])} - {None}
    if len(names) > 1:
        return True
    return any(t.lower_ in APART_WORDS for s in sents[since + 1:here] for t in s) \
        or any(_crowd_name(s) not in (None, *names) for s in sents[since + 1:here])


def crowd_apart_when_asked(doc: Doc, sent_index: int) -> Callable[[int], bool]:
    """`crowd_apart` of the telling in sentence `sent_index`, read only when
    `turned_violent` stretches a lead's reach."""
    return functools.partial(crowd_apart, doc, sent_index)


def turned_violent(riot: Candidate, protest: Candidate) -> bool:
    """"Protesters clashed with police in Dakar on Tuesday" and "police fired tear gas at
    the protesters": one crowd at one place (not two sites of a city), one day, told in
    one breath, is a violent demonstration. The breath runs from the riot's latest telling
    merged in ("… clashed in Feni town. The two sides attacked each other with bricks.
    Police fired rubber bullets and tear gas shells"). Not a force's excessive force told
    in a sentence before the crowd's violence ("police shot dead five protesters outside
    parliament. Protesters set part of the building on fire"): the force killing protesters
    and the crowd's violence are two interactions (GUIDELINES: one type between the same
    actors)."""
    if riot.sub_event_type != VIOLENT_DEMONSTRATION or protest.event_type != PROTESTS \
            or not same_day(riot, protest) or place_key(riot.place) != place_key(protest.place) \
            or riot.another_incident or protest.another_incident:
        return False
    # a wire's lead sums up the night that its next paragraphs tell: one sentence more
    reach = 2 if min(riot.sent_index, protest.sent_index) == 0 else 1
    told = max(riot.sent_index, riot.last_told)
    later, since = (riot, protest.sent_index) if protest.sent_index < riot.sent_index \
        else (protest, told)
    if reach == 2 and later.sent_index - since > 1 and later.crowd_apart(since):
        reach = 1  # "… a separate sit-in near the market. Youths clashed …": another crowd
    if not riot.sent_index - reach <= protest.sent_index <= told + reach:
        return False
    if riot.told_later and riot.sent_index > protest.sent_index \
            or protest.told_later and protest.sent_index > riot.sent_index:
        return False  # "… marched on Wednesday. Trouble broke out later that evening, when …"
    if protest.sub_event_type == EXCESSIVE_FORCE and (
            protest.sent_index < riot.sent_index or _force_fired_first(protest, riot)):
        # "Police fired live rounds at the crowd. Later a mob burned a patrol car": the
        # force's lethal fire, told before the crowd's violence, is an interaction of its
        # own ("supporters burnt tyres. Security forces fired live bullets": the riot's toll)
        return False
    later = max(riot, protest, key=lambda c: c.sent_index)
    # "… stormed the residence. Police dispersed supporters who had …" (read last: it walks
    # the clause's parse)
    return riot.sent_index == protest.sent_index or not later.crowd_anew()


def _force_fired_first(fire: Candidate, riot: Candidate) -> bool:
    """Fire by a force its clause names, told first in the crowd's sentence ("police opened
    fire, killing five, after demonstrators set the building ablaze"): the force's deed, not
    the riot's toll (not "five were shot dead as protesters stormed it", "fired at youths
    who threw stones")."""
    return fire.sent_index == riot.sent_index and fire.force_doer \
        and fire.start_char < riot.start_char and not riot.target_deed


# ACLED inter codes of crowds: rioters and protesters.
CROWDS = frozenset({5, 6})


def looted_in_riot(riot: Candidate, looting: Candidate) -> bool:
    """"Crowds looted supermarkets and set fire to shops in the city centre": a crowd's
    looting told in one sentence with the riot it is part of, at one place on one day, is
    that violent demonstration (ACLED: a riot's looting is the riot), not a second event;
    so is the looting the next sentence tells with no place of its own, by the crowd or by
    doers it leaves unnamed ("A mob stormed the prison in X. The attackers also looted its
    armoury")."""
    if riot.sub_event_type not in (VIOLENT_DEMONSTRATION, MOB_VIOLENCE) \
            or looting.sub_event_type != LOOTING \
            or not same_day(riot, looting) or riot.another_incident \
            or looting.another_incident:
        return False
    if riot.sent_index == looting.sent_index:
        return place_key(riot.place) == place_key(looting.place) \
            and (looting.actor1 is None or looting.actor1.inter in CROWDS)
    return told_next(riot, looting) and nothing_of_its_own(looting) \
        and (looting.actor1 is None or looting.actor1.inter in CROWDS
             or looting.actor1.unnamed)


def crowd_took_ground(crowd: Candidate, transfer: Candidate) -> bool:
    """"Demonstrators set fire to the police station and occupied the airfield, forcing
    the agents to withdraw": ground a crowd occupies, told in the sentence of its protest
    or riot on its day, at its place or a site a few kilometres off, is part of that crowd
    event (ACLED: a crowd takes no territory), not a transfer of territory."""
    return crowd.event_type in (PROTESTS, RIOTS) \
        and transfer.sub_event_type == TERRITORY_TRANSFER \
        and transfer.actor1 is not None and transfer.actor1.inter in CROWDS \
        and crowd.sent_index == transfer.sent_index and same_day(crowd, transfer) \
        and (same_place(crowd, transfer) or near(crowd.place, transfer.place, CROWD_KM)) \
        and not (crowd.another_incident or transfer.another_incident)
