"""A participle that tells an earlier deed with a day of its own stands as a clause.

Follow-up reports name the victim of the deed they follow up and tell that deed in a
participle on the victim's noun, with its own day: "clashes broke out on Thursday at a
march for X, the teenager shot dead by a police officer on Tuesday"; "mourners attended
funerals on Friday for the 12 traders killed by gunmen at the market on Tuesday". A
participle on a noun ("shells fired by …") describes the deed of the clause it hangs on
and joins it (triggers._merges_up), but one told on a day of its own, another than a day
the rest of its sentence tells, is another incident, which ACLED codes at its own date: a
clause of its own, dated by its day (dating reads the clause's own dates first).

The day must hang on the participle itself (the first verb above the date is the
participle), so a day of a clause inside it, or of the sentence's main verb, does not
count; and the sentence must tell another day outside the participle, so a participle
repeating its clause's day stays one event with it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.extensions import doc_ext

_KEY = "eventdesk.own_day_participles"
# Parts of speech a date's root climbs through to the verb it hangs on
_VERBS = ("VERB", "AUX")


def tells_its_own_day(tok: Token) -> bool:
    """Whether the participle `tok` (an "acl") hangs a day of its own, another than a day
    the rest of its sentence tells."""
    if tok.tag_ != "VBN":
        return False
    doc = tok.doc
    days = _day_roots(doc)
    if not days:
        return False
    sent = tok.sent
    inside = {t.i for t in tok.subtree}
    own, other = set(), set()
    for root, date in days:
        if not sent.start <= root.i < sent.end:
            continue
        if root.i in inside:
            verb = root
            while verb.pos_ not in _VERBS and verb.head.i != verb.i:
                verb = verb.head
            if verb.i == tok.i:
                own.add(date)
        else:
            other.add(date)
    return bool(own) and bool(other - own)


def _day_roots(doc: Doc) -> list[tuple[Token, object]]:
    """Each day-precise date mention of the report's body (a day named, not the
    dateline's) as its root word and date, read once per report."""
    found = doc.user_data.get(_KEY)
    if found is None:
        # imported here: the events package imports the clause grouping this serves
        from eventdesk.components.events.preamble import preamble_end

        body = preamble_end(doc)
        found = []
        for mention in doc_ext(doc, "dates") or []:
            if mention.kind != "day" or mention.date is None or mention.start_char < body:
                continue   # nor the dateline's day ("Bangui, 17 February 2023 – …")
            span = doc.char_span(mention.start_char, mention.end_char,
                                 alignment_mode="expand")
            if span is not None and len(span):
                found.append((span.root, mention.date))
        doc.user_data[_KEY] = found
    return found
