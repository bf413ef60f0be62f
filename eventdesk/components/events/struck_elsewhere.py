"""The same deed is often told again in a word for another place: "Jets bombed Saraqib on
Monday, and Ariha was also hit", "Odesa and Dnipro were also targeted", "They also shelled
the town of Binnish". A verb of striking marked "also" ("too", "as well"), whose subject is
the place struck (or, with the doers told before, its object), names another place of that
deed (`struck_too`): the coder codes the deed again there. Split from splitting.py, which
sets apart a deed told in the same clause as another.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.deed_places import SCENE_KINDS, a_scene
from eventdesk.extensions import doc_ext, doc_tokens, span_root

# Verbs that tell a place struck or attacked; with "also" the deed told before, elsewhere.
ECHO_LEMMAS = frozenset({"hit", "strike", "target", "shell", "bomb", "attack", "pound",
                         "bombard", "struck"})
# Verbs of the harm a deed does, told for another place by a verb joined to the deed's.
HARM_LEMMAS = frozenset({"destroy", "damage", "wound", "injure", "kill", "level", "flatten"})
ALSO_WORDS = frozenset({"also", "too"})
# Doers told before: "they also hit Ariha" is the strike's doers again.
DOERS_AGAIN = frozenset({"they", "it", "he", "she", "we"})


def struck_too(doc: Doc, sent, coded: set[int] = frozenset()) -> list[tuple[Token, list]]:
    """Each verb of the sentence that tells the deed told before struck another place too
    ("and Ariha was also hit", "Odesa and Dnipro were also targeted", "they also shelled
    Binnish"), with the towns it names as that place: the subject of a passive verb, or the
    object of a verb whose doers are those told before (a pronoun, or a verb joined to the
    first with no subject of its own). A new subject ("rebels also attacked Gao") tells a
    deed of its own, which its own clause codes. A verb of harm joined by "and" to a coded
    clause's verb (`coded`: its tokens), with no subject of its own, tells that deed's harm
    at the towns it names, marked "also" or not ("The strikes killed eight people in Urgun
    and destroyed a house in Khost")."""
    places = [m for m in doc_ext(doc, "places") or [] if sent.start <= m.start < sent.end
              and m.kind in SCENE_KINDS]
    if not places:
        return []
    found = []
    for verb in doc_tokens(doc)[sent.start:sent.end]:
        if verb.pos_ != "VERB" or verb.i in coded:
            continue
        lemma = verb.lemma_.lower()
        if lemma in ECHO_LEMMAS and _told_too(verb):
            scope = _struck_scope(verb)
        elif lemma in ECHO_LEMMAS | HARM_LEMMAS and _joined_to_coded(verb, coded):
            scope = verb
        else:
            continue
        if scope is None:
            continue
        ids = {t.i for t in scope.subtree}
        named = [m for m in places if m.start in ids and a_scene(span_root(doc, m.start, m.end))]
        if named:
            found.append((verb, named))
    return found


def _struck_scope(verb: Token) -> Token | None:
    """The words naming what was struck: a passive verb's subject, or the object of a verb
    whose doers are those told before."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return passive[0]
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if subject and subject[0].lower_ not in DOERS_AGAIN or not subject and verb.dep_ != "conj":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _joined_to_coded(verb: Token, coded: set[int]) -> bool:
    """"killed eight people in Urgun and destroyed a house in Khost": joined by "and" to a
    coded clause's verb, with no subject of its own and an object of its own."""
    return verb.dep_ == "conj" and verb.head.i in coded and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        c.dep_ == "dobj" for c in verb.children)


def _told_too(verb: Token) -> bool:
    """"was also hit", "was hit too", "were targeted as well"."""
    return any(c.dep_ == "advmod" and (c.lower_ in ALSO_WORDS or c.lower_ == "well" and any(
        g.lower_ == "as" for g in c.children)) for c in verb.children)
