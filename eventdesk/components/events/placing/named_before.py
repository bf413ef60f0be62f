"""A town the index lacks, named bare ("the garrison in Kilwani", "in the vicinity of
Kilwani") after the report introduced it once with what holds it ("troops were evacuated
from Kilwani, Upper Basin State"; "Kilwani, a village in Upper Basin, ..."): the same name
is the same place, so the later mention takes the place the first one's words give.
Journalists give a small place's container once and then use the bare name; the bare
mention alone says nothing. Only the same name, only within the report."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import namelike, read_once
from eventdesk.components.events.place_fallbacks import sentence_container
from eventdesk.components.events.place_mentions import SETTLEMENT_WORDS
from eventdesk.components.events.place_names.words import name_end
from eventdesk.components.events.placing.introduced import PRESENTING
from eventdesk.extensions import doc_tokens, doc_words, span_text
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place


def held_here_or_before(placer, doc: Doc, clause, unknown: tuple[str, int],
                        country: str | None, incident) -> Place | None:
    """The place the unknown town's own sentence gives it (`sentence_container`), else the
    place the words around an earlier mention of the same name give it (`_held_before`)."""
    return sentence_container(placer, doc, clause, unknown, country, incident) \
        or _held_before(placer, doc, clause, unknown, country)


def _held_before(placer, doc: Doc, clause, unknown: tuple[str, int],
                 country: str | None) -> Place | None:
    """The first earlier mention of the name (in a sentence before its own) whose phrase
    names one place holding it, read as `sentence_container` reads a sentence."""
    name, start = unknown
    if country is None or start < 0:
        return None
    size = max(name_end(doc, start) - start, 1)
    key = name_key(name)
    tokens = doc_tokens(doc)
    # where the report names it, found once per report (every clause naming it asks); each
    # stretch's words read from the report's word list or text, not a Span built per token
    words = doc_words(doc)
    named = read_once(doc, "named_before", (key, size), lambda: [
        k for k in range(len(doc) - size + 1)
        if name_key(words[k] if size == 1 else span_text(doc, k, k + size)) == key
        and _whole_name(doc, k, size)])
    for k in named:
        if k > doc[start].sent.start - size:
            break
        phrase = _introducing_phrase(doc[k:k + size].root)
        place = sentence_container(placer, doc, clause, (name, k), country,
                                   [tokens[i] for i in sorted(phrase)])
        if place is not None:
            return place
    return None


def _whole_name(doc: Doc, k: int, size: int) -> bool:
    """Tokens k.. k+size are a whole name, not a part of a longer one ("Yabaal" of "Adan
    Yabaal"): no name word runs on after it, nor before it but a sentence's first word."""
    end = k + size
    after = end < len(doc) and namelike(doc[end])
    before = k > 0 and namelike(doc[k - 1]) and not doc[k - 1].is_sent_start
    return not after and not before


def _introducing_phrase(root: Token) -> set[int]:
    """The words that tell what holds a name: its own phrase ("Kilwani, Upper Basin State",
    "Kilwani, a village in Upper Basin"), the phrase of the settlement it names ("the
    village of Kilwani in Upper Basin"), or the sentence presenting it ("Kilwani is a
    village in Upper Basin")."""
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in PRESENTING:
        return {t.i for t in root.sent}
    if root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lower_ in SETTLEMENT_WORDS:
        root = root.head.head
    return {t.i for t in root.subtree}
