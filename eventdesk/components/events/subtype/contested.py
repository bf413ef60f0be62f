"""Predicates of a taking one side claims and the other denies: "Units have liberated the
village, the ministry said. Kyiv denied the loss of the village, saying fighting there
continues"; "the RSF claimed it had 'liberated' the base ... the army called the claims
'lies'"; "his army had 'liberated' the town, which Armenia denied". Ground whose loss the
losing side denies has not changed hands on the report's word: a fight where the denial
tells fighting goes on, else only a claim."""

from __future__ import annotations

from eventdesk.components.events.happened.cue_words import called_false, denying
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, doc_tokens

# what a denial denies when it bears on the taking ("denied the loss of the village",
# "which Armenia denied", "called the claims lies")
DENIED_WORDS = frozenset({"loss", "fall", "capture", "seizure", "takeover", "control", "claim",
                          "report", "which", "this", "it"})
# "called the claims lies / propaganda", "the claims were baseless": the denial said of the
# claims (as words, whatever part of speech the parser gives "lies"): the words of cue
# told_as_false (happened/cue_words.py `called_false`) and these nouns of a side's charge,
# which no modality cue holds
DENYING_WORDS = frozenset({"lies", "propaganda", "fabrications", "falsehood", "falsehoods"})
CLAIM_WORDS = frozenset({"claim", "report", "statement", "announcement"})


def _sentences(facts: ClauseFacts) -> list:
    """The clause's sentence and the next, where a report sets a denial beside a claim; a
    "sentence" the parser ended at a title's abbreviation ("Army spokesman Brig.") runs on
    into the one after it."""
    doc = facts.doc
    out = [facts.clause.root.sent]
    while out[-1].end < len(doc) and (len(out) < 2 or _ends_at_a_title(out[-1])):
        out.append(doc[out[-1].end].sent)
    return out


def _ends_at_a_title(sent) -> bool:
    """"Army spokesman Brig.": the last word a capitalised abbreviation, no sentence end."""
    last = sent[-1]
    if last.text == "." and len(sent) > 1 and not sent[-2].whitespace_:
        last = sent[-2]   # "Brig" "." as two tokens
    elif not last.text.endswith("."):
        return False
    word = last.text.rstrip(".")
    return word[:1].isupper() and word.isalpha() and 2 <= len(word) <= 4


def _denies_a_taking(sent) -> bool:
    for tok in doc_tokens(sent.doc)[sent.start:sent.end]:
        if denying(tok) and tok.pos_ == "VERB" and any(   # modality.toml cue denial
                c.dep_ in ("dobj", "nsubjpass") and any(
                    t.lemma_.lower() in DENIED_WORDS for t in c.subtree)
                for c in tok.children):
            return True
        if (tok.lower_ in DENYING_WORDS or called_false(tok)) and any(
                t.lemma_.lower() in CLAIM_WORDS
                for t in doc_tokens(sent.doc)[sent.start:sent.end]):
            return True
    return False


def _denial(facts: ClauseFacts):
    """The sentence that denies the clause's taking, or None."""
    return next((s for s in _sentences(facts) if _denies_a_taking(s)), None)


@predicate.add
def taking_denied(facts: ClauseFacts) -> bool:
    """The clause's sentence or the next denies a taking ("denied the loss of the
    village", "which Armenia denied", "called the claims lies")."""
    return _denial(facts) is not None


@predicate.add
def denial_tells_fighting(facts: ClauseFacts) -> bool:
    """The denying sentence tells a fight ("saying fighting for the village continues",
    "had repelled the militia"): both sides' words say the ground was fought over."""
    sent = _denial(facts)
    return sent is not None and any(
        m.category == "clash" and sent.start <= m.start < sent.end
        for m in doc_ext(facts.doc, "triggers") or [])
