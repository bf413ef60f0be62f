"""The cue lists of a rule table: single words looked up at once, phrases scanned, each
token read by its lower-case form and its lemma; a list may include another's entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventdesk.components.events.rules import table_path
from eventdesk.errors import RuleDataError


@dataclass(frozen=True, slots=True, eq=False)
class CueList:
    """A cue list of typing.toml: single words looked up at once, phrases scanned. Hashed
    by identity (`eq=False`): a clause's memo looks each list up per rule, and hashing its
    words and phrases each time cost more than the lookup."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, entries: list[str]) -> CueList:
        split = [tuple(e.split()) for e in entries]
        return cls(frozenset(w[0] for w in split if len(w) == 1),
                   tuple(w for w in split if len(w) > 1))

    def found_in(self, tokens: list[Token]) -> bool:
        """A word or phrase of the list in the tokens (lemma or lower-case form)."""
        return self.found_in_forms(*token_forms(tokens))

    def found_in_forms(self, forms: list[tuple[str, str]], present: set[str]) -> bool:
        """`found_in`, given the tokens' `token_forms`."""
        if not self.words.isdisjoint(present):
            return True
        for words in self.phrases:
            if not present.issuperset(words):
                continue  # a phrase can only be found where each of its words is
            n = len(words)
            for i in range(len(forms) - n + 1):
                if all(words[k] in forms[i + k] for k in range(n)):
                    return True
        return False


def token_forms(tokens: list[Token]) -> tuple[list[tuple[str, str]], set[str]]:
    """Each token's (lower-case form, lemma) and the set of them all: what cue lists are
    looked up in."""
    forms = [(t.lower_, t.lemma_.lower()) for t in tokens]
    return forms, {form for pair in forms for form in pair}


def included(lists: dict[str, list[str]], name: str, table: str) -> list[str]:
    """Cue list `name`'s entries, an entry "@other" standing for all of list `other`'s: one
    list of words read by two rules or modules (one level deep). `table`: the rule table
    the lists are of, named in an error."""
    found = []
    for entry in lists[name]:
        if not entry.startswith("@"):
            found.append(entry)
        elif (named := lists.get(entry[1:])) is None or any(e[:1] == "@" for e in named):
            why = "no list so named" if named is None else "it includes a list itself"
            raise RuleDataError(f"cue list {name!r} includes {entry!r}: {why} (one level deep)",
                                path=str(table_path(table)))
        else:
            found.extend(named)
    return found
