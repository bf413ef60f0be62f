"""A day told of a deed noun the clause's deed follows: "youths torched cars across the
country following the fatal shooting of a teenager by police on Tuesday morning", "troops
fired tear gas after the killing of a student on Sunday", "attacked the base in
retaliation for an air strike on Friday". The day hangs inside the object of "after",
"following" or "in retaliation / revenge / response for", or is the possessive of a deed
noun the clause's deed answers ("arrested two suspects over Monday's bombing", "protested
against Saturday's killing of a trader", "in connection with Friday's attack"), and names
a deed (a trigger word):
it is that earlier deed's day, which ACLED codes at its own date, not the day of the deed
the clause tells (dating._dates_another_noun, as it reads a clause joined by "after").
Apart from dating.py, which is at its size limit."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.extensions import doc_ext

# Prepositions that put their object before the clause's deed
EARLIER_PREPS = frozenset({"after", "following"})
# Nouns whose "for" names the deed answered ("in retaliation for the raid")
ANSWERING_NOUNS = frozenset({"retaliation", "revenge", "response", "reprisal"})
# Prepositions of a deed answered whose day counts only as the noun's own possessive
# ("over Monday's bombing"): a day after the noun may be the clause's ("arrested 12 over
# the riots on Monday")
ANSWERING_PREPS = frozenset({"over", "against"})


def names_an_earlier_deed(doc: Doc, tok: Token, trigger: Token,
                          date_root: Token | None = None) -> bool:
    """Whether `tok`, met climbing from a date (whose root word is `date_root`) to the
    clause's trigger, is the object of "after"/"following" (or of "for" on "retaliation"
    and the like), or of "over"/"against"/"in connection with" with the day its
    possessive, and a deed's word of its own, the trigger outside it."""
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or trigger in tok.subtree:
        return False
    prep = tok.head
    word = prep.lower_
    possessive = date_root is not None and date_root.dep_ == "poss" and date_root.head.i == tok.i
    if word not in EARLIER_PREPS and not (word == "for"
                                          and prep.head.lower_ in ANSWERING_NOUNS) \
            and not (possessive and (word in ANSWERING_PREPS or (
                word == "with" and prep.head.lower_ == "connection"))):
        return False
    return any(m.start <= tok.i < m.end for m in doc_ext(doc, "triggers") or [])


def dates_an_earlier_deed(doc: Doc, date_root: Token | None, trigger: Token) -> bool:
    """Whether the date whose root word is `date_root` hangs inside the object of
    "after"/"following" that names a deed other than the clause's (`names_an_earlier_deed`):
    never the day of a deed told beside it in its sentence ("youths torched cars and clashed
    with police following the shooting of a teenager on Tuesday")."""
    tok = date_root
    while tok is not None and tok.i != trigger.i:
        if names_an_earlier_deed(doc, tok, trigger, date_root):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
