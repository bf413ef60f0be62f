"""The trigger finder: the words of data/triggers.toml matched in a Doc (lemmas for
single words, lower-cased phrases for multi-word expressions, and verb pairs whose second
word hangs on the verb however far it stands: "drove the militants out", "burned him
alive"), each judged by its sense where it stands (`trigger_senses`). Split from
`triggers`, which groups the matches into clauses.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from eventdesk.components.gathered_outside import a_crowd_rallied_outside, outside_only
from eventdesk.components.ground_taken import takes_a_named_place
from eventdesk.components.lynch_doer import armed_doer_of_phrase
from eventdesk.components.security_restored import lost_to_no_armed_side
from eventdesk.components.trigger_senses import (
    a_place_named,
    adjective_used_as_noun,
    armed_strike,
    capitalised_by_position,
    cause_of_a_deed,
    fireworks_at_no_one,
    modifier_only,
    named_as_a_cause,
    named_as_a_charge,
    named_as_an_offence,
    noun_after_speech,
    title_case_headlines,
)
from eventdesk.components.triggers import VERBISH, TriggerMatch, load_lexicon
from eventdesk.extensions import doc_tokens

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "AUX"})
NOUN_ONLY = frozenset({"NOUN"})
VERB_ONLY = frozenset({"VERB"})

# Dependencies that join another clause's verb to a verb ("seized X, and jets bombed Y").
JOINED_CLAUSE_DEPS = frozenset({"conj", "parataxis"})


# The first words of two-word prepositions ("out of", "away from"), whose object is the
# second word's.
TWO_WORD_PREPOSITIONS = frozenset({"out", "away"})
# Objects that name a part of the thing after "of" ("set part of the building on fire"),
# which the parse may leave holding the verb's phrase ("on fire" on "building").
PARTITIVES = frozenset({"part", "parts", "portion", "portions", "section", "sections"})


class TriggerFinder:
    """Finds trigger words in a Doc; built once per vocabulary."""

    def __init__(self, nlp: Language):
        lexicon = load_lexicon()
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # deed noun -> the verbs it names the deed of ("handover": hand)
        self.deed_nouns: dict[str, list[str]] = lexicon["deed_nouns"]
        # verb lemma -> [(category, words one of the verb's own dependents must be)]
        self.pairs: dict[str, list[tuple[str, frozenset[str]]]] = {}
        # verb lemma -> [(category, lemmas the verb's object or passive subject must be,
        # words one of its dependents must also be, or None)]
        self.object_pairs: dict[str, list[tuple[str, frozenset[str],
                                                frozenset[str] | None]]] = {}
        # verb lemma -> [categories it has on a place's name taken by an armed side]
        self.place_takers: dict[str, list[str]] = {}
        # word -> [(category, allowed parts of speech)]; a dict lookup per token is much
        # cheaper than one Matcher pattern per word
        self.words: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self.protest_words = frozenset(lexicon["category"]["protest"]["lemmas"])
        for name, entry in lexicon["category"].items():
            noun_only = set(entry.get("noun_only", []))
            verb_only = set(entry.get("verb_only", []))
            for lemma in entry.get("lemmas", []):
                # Proper nouns are names ("March 30"), never triggers.
                pos = NOUN_ONLY if lemma in noun_only else (
                    VERB_ONLY if lemma in verb_only else CONTENT_POS)
                self.words.setdefault(lemma, []).append((name, pos))
            for pair in entry.get("pairs", []):
                verbs, dependents = pair.split()
                # "into:house|home": the object of that preposition ("broke into a house")
                prep, _, words = dependents.rpartition(":")
                wanted = frozenset(f"{prep}:{w}" if prep else w for w in words.split("|"))
                for verb in verbs.split("|"):
                    self.pairs.setdefault(verb, []).append((name, wanted))
            for pair in entry.get("object_pairs", []):
                verbs, objects, *also = pair.split()
                for verb in verbs.split("|"):
                    self.object_pairs.setdefault(verb, []).append(
                        (name, frozenset(objects.split("|")),
                         frozenset(also[0].split("|")) if also else None))
            for verb in entry.get("place_object_verbs", []):
                self.place_takers.setdefault(verb, []).append(name)
            phrases = entry.get("phrases", [])
            if phrases:
                self.phrases.add(name, [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> list[TriggerMatch]:
        found = {}
        words = self.words
        headlines = title_case_headlines(doc)
        for tok in doc_tokens(doc):
            pos, lemma, lower = tok.pos_, tok.lemma_.lower(), tok.lower_  # read once
            tag = "NOUN" if pos == "PROPN" and capitalised_by_position(tok, headlines) \
                else pos
            if pos == "VERB" and lemma in words and noun_after_speech(tok):
                tag = "NOUN"
            if pos == "ADJ" and (lemma in words or lower in words) \
                    and adjective_used_as_noun(tok):
                tag = "NOUN"  # "launched an offensive" with the noun tagged an adjective
            # lemma first, then the word as written: a set's order would change with each
            # process's string hashing, and with it which of two categories comes first
            forms = (lemma, lower)
            if tag != pos and pos == "PROPN":
                forms += _singulars(lower)  # "Missiles also hit X": lemma "Missiles"
            for form in dict.fromkeys(forms):
                for category, tags in words.get(form, ()):
                    if tag in tags:
                        found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                            tok.i, tok.i + 1, category, tok.text)
            if pos == "NOUN" and not any(k[0] == tok.i for k in found):
                for category in self._deed_told_as_a_noun(tok):
                    found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                        tok.i, tok.i + 1, category, tok.text)
            # a sentence's root is its predicate even when tagged a noun, as present-tense
            # tickers get it ("Lviv: relatives gather in the centre to demand ...")
            pairs = self.pairs.get(lemma, ()) if pos in VERBISH or tok.dep_ == "ROOT" else ()
            if pairs:
                # each dependent's two forms, read once for all the lemma's pairs
                forms = [form for d in _dependents(tok) for form in _pair_forms(d)]
                joined = [form for d in _joined_objects(tok) for form in _pair_forms(d)] \
                    if any(c in JOINED_OBJECT_CATEGORIES for c, _ in pairs) else []
                paired = [category for category, dependents in pairs
                          if any(lower in dependents or lemma in dependents
                                 for lower, lemma in (forms + joined if category in
                                                      JOINED_OBJECT_CATEGORIES else forms))]
                if "protest" in paired and outside_only(
                        forms, [d for c, d in pairs if c == "protest"]) \
                        and not a_crowd_rallied_outside(tok, self.protest_words):
                    paired.remove("protest")   # soldiers, or a queue, at a ministry's door
                if "looting" in paired and "abduction" in paired:
                    # "took away 300 head of cattle": what was taken is a herd, no people
                    paired.remove("abduction")
                if paired:
                    # the pair is the verb's reading: "seized a cache of arms" is no capture
                    for key in [k for k in found if k[0] == tok.i and k[1] == tok.i + 1]:
                        del found[key]
                for category in paired:
                    found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                        tok.i, tok.i + 1, category, tok.text)
            if pos == "VERB" and lemma in self.object_pairs \
                    and not any(k[0] == tok.i for k in found):
                objects = {c.lemma_.lower() for c in tok.children
                           if c.dep_ in ("dobj", "nsubjpass")}
                for category, wanted, also in self.object_pairs[lemma]:
                    if objects & wanted and (also is None or any(
                            d.lemma_.lower() in also for d in _dependents(tok))) \
                            and not (category == "recapture" and lost_to_no_armed_side(tok)):
                        found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                            tok.i, tok.i + 1, category, tok.text)
            if pos == "VERB" and lemma in self.place_takers \
                    and not any(k[0] == tok.i for k in found) and takes_a_named_place(tok):
                for category in self.place_takers[lemma]:  # "the Taliban took Kunduz"
                    found[(tok.i, tok.i + 1, category)] = TriggerMatch(
                        tok.i, tok.i + 1, category, tok.text)
        for match_id, start, end in self._phrase_matches(doc):
            category = doc.vocab.strings[match_id]
            found[(start, end, category)] = TriggerMatch(start, end, category,
                                                         doc[start:end].text)
        for key in [k for k in found if k[1] - k[0] == 1 and k[2] != "protest" and any(
                o[0] <= k[0] < o[1] and o[1] - o[0] > 1 and o[2] == "protest" for o in found)]:
            del found[key]  # "tear gas shells", "stun grenades": crowd control, no weapon
        for key in [k for k in found if k[1] - k[0] == 1 and named_as_a_cause(doc[k[0]])]:
            del found[key]  # "protested against the killing of a student"
        starts = {k[0] for k in found}
        for key in [k for k in found
                    if k[1] - k[0] == 1 and named_as_a_charge(doc[k[0]], starts)]:
            del found[key]  # "arrested on suspicion of throwing stones"
        for key in [k for k in found if k[2] == "riot" and k[1] - k[0] == 1
                    and fireworks_at_no_one(doc[k[0]])]:
            del found[key]  # "fired fireworks to celebrate": no one fired at
        for key in [k for k in found if k[2] == "riot" and k[1] - k[0] > 3
                    and armed_doer_of_phrase(doc, k[0], k[1])]:
            del found[key]  # "beaten and burned to death by militants": no mob's deed
        offences = load_lexicon()["charge_words"]["offences"]
        for key in [k for k in found if k[2] == "riot" and doc[k[0]:k[1]].text.lower() in offences
                    and named_as_an_offence(doc[k[1] - 1])]:
            del found[key]  # "charged with violent disorder", "convicted of rioting": no riot told
        starts = {k[0] for k in found}
        for key in [k for k in found if k[1] - k[0] == 1 and cause_of_a_deed(doc[k[0]], starts)]:
            del found[key]  # "his arrest sparked riots": the riots are told
        for key in [k for k in found if k[1] - k[0] == 1 and a_place_named(doc[k[0]])]:
            del found[key]  # "shot near the settlement of Yitzhar"
        for key in [k for k in found if k[1] - k[0] == 1 and modifier_only(doc[k[0]], k[2])]:
            del found[key]  # "anti-riot units", "abandoned shops"
        for key in [k for k in found if k[2] == "strike"]:
            if any(o[0] <= key[0] < o[1] and o != key for o in found) \
                    or not armed_strike(doc[key[0]]):
                del found[key]  # "air strikes", "hunger strike", "workers went on strike"
        return sorted(found.values(), key=lambda m: (m.start, -m.end))


    def _deed_told_as_a_noun(self, noun: Token) -> list[str]:
        """"The storming of the prison", "the burning of 40 houses", "the handover of its
        weapons": a verb's gerund, or a noun of its deed (triggers.toml [deed_nouns]), with
        its object after "of" tells the verb's deed (its trigger words and pairs)."""
        verbs = _verbs_of_gerund(noun.lower_) if noun.lower_.endswith("ing") else ()
        verbs += tuple(self.deed_nouns.get(noun.lemma_.lower(), ()))
        if not verbs:
            return []  # most nouns: no walk of the parse for their objects
        objects = {form for c in [*noun.children, *_of_after_an_aside(noun)]
                   if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ == "pobj" for form in (o.lemma_.lower(), o.lower_)}
        if not objects:
            return []
        found = []
        for verb in verbs:
            found += [category for category, pos in self.words.get(verb, ()) if "VERB" in pos]
            found += [category for category, wanted, also in self.object_pairs.get(verb, ())
                      if objects & wanted and also is None]
            found += [category for category, dependents in self.pairs.get(verb, ())
                      if objects & dependents]
        return list(dict.fromkeys(found))

    def _phrase_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The phrases of the lexicon in the Doc, also where quotation marks stand inside
        one: news quotes a side's claim word for word ("had taken 'full control' of the
        town", "took \"complete control\""), and the quoted words still tell the deed."""
        matches = list(self.phrases(doc))
        tokens = doc_tokens(doc)
        kept = [t.i for t in tokens if not (t.is_quote and len(t) <= 2)]
        if len(kept) == len(doc):
            return matches
        bare = Doc(doc.vocab, words=[tokens[i].text for i in kept])
        for match_id, start, end in self.phrases(bare):
            if kept[end - 1] + 1 - kept[start] > end - start:   # a quote inside the phrase
                matches.append((match_id, kept[start], kept[end - 1] + 1))
        return matches


def _of_after_an_aside(noun: Token) -> list[Token]:
    """"condemns the looting, on 15 February, of the health centre": an "of" set off from
    the deed's noun by an aside between commas, which the parser hangs on the verb."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    return [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "of"
            and c.i > noun.i + 2 and doc[c.i - 1].text == ","]


def _verbs_of_gerund(word: str) -> tuple[str, ...]:
    """The verbs a gerund may come from: "storming" storm, "razing" raze, "kidnapping"
    kidnap."""
    stem = word[:-3]
    doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
    return (stem, stem + "e") + doubled


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars a plural may have ("missiles", "clashes", "casualties"): a common noun
    that opens a sentence is tagged a name and keeps its plural as its lemma, so "Missiles
    also hit Odesa" or "Clashes erupted in X" read as no trigger (issue 8: the second
    event of a roundup, told in a sentence of its own)."""
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return word[:-2], word[:-1]
    if word.endswith("s") and not word.endswith("ss"):
        return (word[:-1],)
    return ()


def _pair_forms(dependent: Token) -> tuple[tuple[str, str], ...]:
    """A dependent's two forms as a pair reads them; an object of a preposition also with
    the preposition before them ("into:house"), as a pair that wants that one names it."""
    forms = ((dependent.lower_, dependent.lemma_.lower()),)
    if dependent.dep_ == "pobj":
        prep = dependent.head.lower_
        forms += ((f"{prep}:{dependent.lower_}", f"{prep}:{dependent.lemma_.lower()}"),)
    return forms


# Categories whose pairs also read objects joined by "and" to the verb's object: a crowd's
# missiles and fires ("lobbed paint and bricks", "set two buses and a kiosk ablaze", the
# parse hanging the last word on the first object); not a taking ("seized grain sacks and
# a lorry" takes no one from a lorry)
JOINED_OBJECT_CATEGORIES = frozenset({"riot"})


def _joined_objects(verb: Token) -> list[Token]:
    """The words joined by "and" to the verb's object ("paint and bricks": "bricks")."""
    return [c for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
            for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "ADJ")]


def _dependents(verb: Token) -> list[Token]:
    """The verb's dependents but its subject, the objects of its prepositions ("stepped on
    a mine", "stoned to death", "took him out of his home"), and what its object carries
    ("burned a thief alive" parsed with "alive" on the thief, "deployed hundreds of
    troops"). Not a verb joined to it, which
    tells a deed of its own ("seized the town, and jets bombed the area": no bomb seized)."""
    found = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj", "agent"):
            continue  # the doer: "an IED destroyed a vehicle" destroyed no IED
        if child.pos_ in ("VERB", "AUX") and (child.dep_ in JOINED_CLAUSE_DEPS or (
                child.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in child.children))):
            continue  # not its purpose ("gather to demand news"), which is its own
        found.append(child)
        if child.dep_ == "prep":
            found.extend(c for c in child.children if c.dep_ == "pobj")
            if child.lower_ in TWO_WORD_PREPOSITIONS:   # "took him out of his home"
                found.extend(o for c in child.children if c.dep_ == "prep"
                             for o in c.children if o.dep_ == "pobj")
        elif child.dep_ in ("dobj", "nsubjpass"):
            for c in child.children:
                if c.dep_ in ("amod", "advmod"):
                    found.append(c)
                elif c.dep_ == "prep":  # "hundreds of troops", parsed "a thief to death"
                    whole = [o for o in c.children if o.dep_ == "pobj"]
                    found.extend(whole)
                    if child.lower_ in PARTITIVES and c.lower_ == "of":
                        found.extend(o for w in whole for p in w.children if p.dep_ == "prep"
                                     for o in p.children if o.dep_ == "pobj")
    return found + _shared_death(verb)


def _shared_death(verb: Token) -> list[Token]:
    """"To death" said once for two verbs joined by "and" ("was stoned and burnt to
    death", "were kicked and clubbed to death"): the parse hangs it on the last, but the
    first verb killed too."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return []
    return [o for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB"
            for p in v.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj" and o.lower_ == "death"]
