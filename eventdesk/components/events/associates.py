"""Associates: an actor mention that names a side's backer or ally ("backed by", "with the
support of", "alongside", "allied"), ACLED's associate actor, never actor1 or actor2 itself.
Split from roles.py, which reads the acting side and the side acted upon.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.extensions import doc_ext, first_conjunct, span_root

# "troops backed by Russian special forces", "supported by the Wazalendo militias": the
# verb's "by" phrase names an associate of the side it describes, never a side of its own
BACKING_VERBS = frozenset({"back", "support", "aid", "assist", "accompany", "help",
                           "reinforce", "escort", "arm", "equip", "fund", "train"})
# "with the support of Russian aircraft", "with air cover from the coalition"
BACKING_NOUNS = frozenset({"support", "backing", "help", "assistance", "cover", "aid",
                           "participation", "cooperation", "coordination"})
# "alongside Hezbollah fighters", "allied Wazalendo militias", "Iran-allied militias"
ALONGSIDE_PREPS = frozenset({"alongside", "beside"})
ALLY_WORDS = frozenset({"allied", "affiliated", "auxiliary", "supporting"})


def is_associate(doc: Doc, mention) -> bool:
    """The mention names an associate of another side (ACLED's associate actor): a backer
    in a "backed by" phrase on a noun, the "support of" someone, a force fighting
    "alongside" another, or one written as "allied": never actor1 or actor2 itself."""
    head = span_root(doc, mention.start, mention.end)
    t = first_conjunct(head, also=("compound", "amod", "appos"))
    if any(c.dep_ == "amod" and c.lower_ in ALLY_WORDS for c in head.children):
        return True
    if head.dep_ == "conj" and head.head.dep_ == "nsubj" and _acts_on_an_object(head.head.head):
        # "the 63rd Brigade and Hezbollah captured the town": the sides that act together
        # on one object; the first named acts, the others are its associates
        return True
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ in ALONGSIDE_PREPS:
        return True
    if prep.lower_ == "by" and prep.dep_ == "agent":
        verb = prep.head
        return verb.lemma_.lower() in BACKING_VERBS and verb.dep_ in ("acl", "amod", "advcl")
    if prep.lower_ in ("of", "from"):
        return prep.head.lemma_.lower() in BACKING_NOUNS
    return False


def backed_doer(doc: Doc, mention, event_words: set[int]):
    """The side a backer backs, when the parse hangs the deed on the backer: in "troops
    backed by militiamen pushed into X" the deed is the troops' (the backer stays an
    associate); None when the deed is not the backer's."""
    head = span_root(doc, mention.start, mention.end)
    if head.dep_ != "pobj" or not any(c.dep_ in ("acl", "relcl") and c.i in event_words
                                      for c in head.children):
        return None
    verb = head.head.head  # "by" → "backed"
    if head.head.dep_ != "agent" or verb.lemma_.lower() not in BACKING_VERBS:
        return None
    backed = verb.head
    return next((m for m in doc_ext(doc, "actors") or [] if m.start <= backed.i < m.end), None)


# verbs and objects of a mutual deed: "X and Y exchanged fire" names the two sides
MUTUAL_VERBS = frozenset({"exchange", "trade", "clash", "battle", "skirmish"})
MUTUAL_OBJECTS = frozenset({"fire", "gunfire", "shots", "blows", "other", "another", "salvos"})


def _acts_on_an_object(verb: Token) -> bool:
    """The verb has a direct object its subjects act on together, not a mutual deed."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in MUTUAL_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ not in MUTUAL_OBJECTS for c in verb.children)
