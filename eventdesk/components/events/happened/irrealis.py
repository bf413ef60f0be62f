"""Irrealis heads: a deed under a word that says it did not (or not yet) happen — negated
on the trigger itself, or under a plan, fear, threat, attempt, accusation or modal from
the trigger up through its clause ("plans to retake", "fear that militants will storm")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger
from eventdesk.components.events.happened.beside import charged_incident, deed_told_by_its_relative
from eventdesk.components.events.happened.no_one import deed_beside_none, negative_subject
from eventdesk.components.events.happened.table import Modality
from eventdesk.components.events.happened.times import (
    HUNG_CLAUSES,
    deed_dated,
    narrated_past,
    span_before,
    told_as_done_before,
)
from eventdesk.components.trigger_senses import TRYING, day_below
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens, first_conjunct, span_root

# Verbs that say an attacker was fought off ("were repelled", "were pushed back").
FOUGHT_OFF = frozenset({"repel", "repulse"})
STOPPED = frozenset({"block", "stop", "halt", "disperse"})  # stopped (a crowd's act only)
CROWD_ACTS = frozenset({"march", "rally", "demonstrate", "gather", "protest", "assemble"})
FOUGHT_BACK = frozenset({"push", "beat", "drive", "fight", "force"})

# Verbs of condemning or noting a deed ("condemns", "notes with horror"): what they name may
# be told with its own day; not those of accusing, a side's claim (cue accusation).
JUDGING = frozenset({"condemn", "denounce", "deplore", "decry", "note"})


def under_irrealis_head(doc: Doc, clause: Clause, cues: Modality) -> str | None:
    """Negation on the trigger itself, then the heads from the trigger up through its
    clause and beyond: "plans to retake", "fear that militants will storm"."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if negated_trigger(tok, cues) and not deed_beside_none(doc, tok):
        return "negation"
    if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in cues.words["simile"]
                                  and not doc[c.i - 1].is_punct
                                  for c in (*tok.children, *clause.root.children)):
        return "simile"   # "the team fought like soldiers"; not "(some, like my mom, …)"
    modifiers = [c for t in (tok, *_doers(tok)) for c in t.children
                 if c.dep_ in ("amod", "compound")]
    for name in cues.by_place["trigger_modifier"]:
        if any(c.lower_ in cues.words[name] or c.lemma_.lower() in cues.words[name]
               for c in modifiers):
            return name   # "a draft truce", "an imminent attack", "animated missiles hitting"
    t, came_by, via_for, inquiry = tok, "", False, None
    told_done = False   # climbed out of a relative clause in the past tense
    for _ in range(12):
        lemma, lower = t.lemma_.lower(), t.lower_   # read once for all the cue lists
        if t.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "charges" for c in t.children):
            lemma = lower = "charges"   # "brought charges against three men over the bombing"
        if t.pos_ == "PROPN" and t.ent_type_ == "DATE" or came_by == "conj":
            lemma = lower = ""   # the month "May" above a deed ("on 3 May of mass graves");
            # a verb the deed's verb is joined to tells a deed beside it, not above it ("drones
            # tried to strike the depot but were shot down": the downing took place)
        above = cues.place_words["above_trigger"]
        for name in cues.by_place["above_trigger"] if lemma in above or lower in above else ():
            if lemma in cues.words[name] or lower in cues.words[name]:
                if name == "attempt" and (_attempt_fought_off(t)
                                          or _attempt_met_by_a_deed(doc, clause, t)):
                    continue
                if name == "threat" and trigger.end - trigger.start > 1 \
                        and trigger.start <= t.i < trigger.end:
                    continue   # "pledged allegiance": the vow is the deed the trigger names
                if name == "fear" and _fear_that_told(t, tok):
                    continue
                if name == "plan" and came_by == "nsubjpass" and _aimed_at_a_target(t):
                    continue   # "three of the missiles were aimed at the capital": fired
                if name == "accusation" and (deed_told_by_its_relative(doc, clause)
                                             or charged_incident(doc, clause)):
                    continue   # "blamed militants for the bombing that killed 60", "accused
                    # the militia of shelling X, killing five civilians": done
                if name == "order" and inquiry is not None \
                        and _day_of_the_inquired_deed(doc, tok, inquiry):
                    continue   # "demanded an inquiry into the killing of six protesters
                    # in X on Saturday": the deed the demand takes as done, of its own day
                if name == "inquiry" and (came_by in HUNG_CLAUSES
                                          or _inquired_deed_dated(doc, clause, tok, t)):
                    continue   # "investigating the shooting of two farmers on Saturday",
                    # "began investigating after gunmen killed five": not what is inquired
                if name == "scheduled" and not (came_by == "xcomp" or came_by == "nsubjpass"
                                                and any(c.dep_ == "xcomp" for c in t.children)):
                    continue   # "are set to protest", "rallies are set to start": not "set fire"
                if name == "attributed_cause" and came_by not in ("prep", "dative"):
                    continue   # only what it is put down "to": not "the attack" put down
                if (name == "concern" or (name == "accusation"
                                          and t.lemma_.lower() in JUDGING)) \
                        and deed_dated(doc, clause):
                    continue   # "concerned by reports that four women were raped by armed
                    # men on 29 January in Nizi", "condemns the attack carried out on 2
                    # February": an incident of its own day
                if name == "disposition" and (came_by in HUNG_CLAUSES or not (
                        came_by == "xcomp" or via_for)):
                    continue   # only "known to kidnap", "notorious for kidnapping": not "it
                    # is not known how many were killed when …", "also known as X"
                if name == "retaliation" and (clause.root in t.ancestors or not (
                        via_for or (t.lemma_.lower() == "avenge" and came_by == "dobj"))):
                    continue   # "burned homes in reprisal for an attack", "retaliated
                    # with heavy bombing, killing 12": the burning and the bombing are told
                return name
        if t.pos_ in ("VERB", "AUX") and not told_done and any(
                c.dep_ == "aux" and c.lower_ in cues.words["modal"]
                and not narrated_past(c, cues) for c in t.children):
            return "modal"   # not a deed a past relative tells as done: "may have been
            # revenge for a raid in X, where jets killed 11 fighters on Friday"
        # a verb above the trigger's own: "told the judges that …", "the court heard that
        # …" (not "stormed a court, killing a judge")
        if t.pos_ == "VERB" and t.i != tok.i and (t.i != clause.root.i
                                                  or came_by in ("ccomp", "prep")):
            for name in cues.by_place["parties_above"]:
                found = [p for p in _parties(t) if p.lemma_.lower() in cues.words[name]]
                if found and not (name == "inquiry_held" and (
                        came_by != "prep" or _inquired_deed_dated(doc, clause, tok, found[0]))):
                    return name   # "prosecutors told the judges that fighters attacked …"
        if span_before(t, cues):
            # "marked ten years since the signing of the agreement", "a year after the
            # explosion at the port"
            return "years_after"
        # a co-ordinated clause is not under its sibling's modality, nor one across a ";"
        # ("told the court that fighters killed civilians and raped women": a deed joined
        # to one that is told under another verb is told under it too)
        # (a verb joined to a relative clause's verb is in that relative clause: "the
        # anniversary of the raid, in which troops shot down two jets and captured a pilot"),
        # a row's third verb as its second ("surrendered or were killed or captured")
        if t.head.i == t.i or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                               and first_conjunct(t.head).dep_ not in ("ccomp", "relcl")
                               and not _joined_complement(t)) \
                or semicolon_between(doc, t.i, t.head.i) or told_as_done_before(t, cues):
            break
        told_done = told_done or (t.tag_ == "VBD" and (t.dep_ == "relcl" or (
            t.dep_ == "conj" and t.left_edge.lower_ == "where")))   # a "where" parsed as joined
        came_by, via_for = t.dep_, via_for or (t.dep_ == "prep" and t.lower_ == "for")
        t = t.head
        if inquiry is None and t.pos_ == "NOUN" and t.lemma_.lower() in cues.presupposing:
            inquiry = t
    return None


def _day_of_the_inquired_deed(doc: Doc, deed: Token, inquiry: Token) -> bool:
    """A day told after the deed an inquiry is into, which no inquiry has of its own: under
    the inquiry's phrase ("an inquiry into the killing of six protesters in X on Saturday",
    the day parsed on the inquiry), or on the verb of demanding that has its own day before
    ("on Tuesday demanded an inquiry into the killing of protesters ..., on Saturday")."""
    sent = deed.sent
    days = [d.start_char for d in doc_ext(doc, "dates") or []
            if d.kind == "day" and sent.start_char <= d.start_char < sent.end_char]
    after = [start for start in days if start > deed.idx]
    phrase = range(inquiry.left_edge.idx, inquiry.right_edge.idx + len(inquiry.right_edge.text))
    return any(start in phrase for start in after) or (
        bool(after) and any(start < inquiry.idx for start in days))


def _inquired_deed_dated(doc: Doc, clause: Clause, deed: Token, inquiry: Token) -> bool:
    """The deed an inquiry is into is told with its own day ("investigating Sunday's bomb
    attack", "investigating the shooting of two farmers on Saturday"): an incident, often
    the report's only telling of it. Read on the noun the trigger word qualifies ("bomb"
    in "bomb attack")."""
    while deed.dep_ == "compound" and deed.head.i != deed.i:
        deed = deed.head
    return day_below(deed) or deed_dated(doc, clause) \
        or _day_of_the_inquired_deed(doc, deed, inquiry)


def _joined_complement(verb: Token) -> bool:
    """A verb joined, in the same form, to the complement of the verb above ("practise
    repelling an attack and launching a counter-offensive", "plans to attack the town and
    seize the bridge"): one complement of two deeds, under what governs the first."""
    first = verb.head
    return first.dep_ == "xcomp" and verb.tag_ in ("VBG", "VB") and verb.tag_ == first.tag_


def negated_trigger(tok: Token, cues: Modality) -> bool:
    """The trigger word itself negated: "no clashes", "without any attack", "not a
    single shell"; or its subject is no one ("no one was killed": `no_one`)."""
    return any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children) \
        or tok.head.lower_ in cues.negating_preps or negative_subject(tok) \
        or any(c.dep_ == "det" and c.lower_ in cues.negating_determiners for c in tok.children)


DENIED_TELLINGS_KEY = "eventdesk.denied_tellings"
# The tellings of one incident that a side disputes and then tells its own way ("contest the
# police version and say ..."): a counter-version, not a new deed. Not a report or a claim
# rejected ("rejected the claim and said troops repelled the attack": the side's own news)
VERSIONS = frozenset({"version", "account"})


def _denied_tellings(doc: Doc, cues: Modality) -> list[Token]:
    """The tellings set beside a deed after a comma and denied (", a claim rejected by
    officials"), read once per report: `told_as_false` asks of every trigger's subtree."""
    found = doc.user_data.get(DENIED_TELLINGS_KEY)
    if found is None or found[0] is not cues:
        found = doc.user_data[DENIED_TELLINGS_KEY] = (cues, [
            c for c in doc_tokens(doc) if c.dep_ in ("npadvmod", "appos") and c.lemma_.lower() in
            cues.tellings and c.i > 0 and doc[c.left_edge.i - 1].text == "," and any(
                g.dep_ in ("acl", "relcl") and g.lemma_.lower() in cues.words["denial"]
                for g in c.children)])
    return found[1]


def told_as_false(tok: Token, cues: Modality) -> Token | None:
    """The deed is what a telling says, called false ("reports that a mob lynched a man
    were false", "a fake video of tanks shelling X"), withdrawn ("withdrew a report that
    gunmen had ambushed a convoy"), denied beside the deed ("had captured several posts, a
    claim rejected by officials") or said in error ("incorrectly said the strike hit X"):
    it did not happen. The telling so called, above or beside the trigger, or None."""
    for c in _denied_tellings(tok.doc, cues):  # ", a claim rejected by ...", on the verb
        if c.i > tok.i and tok.is_ancestor(c):  # or on its object
            return c
    falsity, t = cues.words["told_as_false"], tok
    for _ in range(12):
        if (head := t.head).i == t.i:
            return None
        t, head = head, head.head   # each .head makes a new Token: read once a step
        told = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in
                VERSIONS] if t.dep_ == "conj" and head.lemma_.lower() in \
            cues.words["denial"] else []
        if told:  # "contest the version and say the men were executed": a counter-version
            return told[0]
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in cues.words["speech"] and any(
                c.dep_ == "advmod" and c.lower_ in falsity for c in t.children):
            return t   # "an earlier version wrongly said the blast hit X"
        if t.pos_ != "NOUN" or t.lemma_.lower() not in cues.tellings:
            continue
        verb = head
        if any(c.dep_ == "amod" and c.lemma_.lower() in falsity for c in t.children):
            return t
        if t.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in falsity
                for c in verb.children):
            return t
        if t.dep_ == "dobj" and verb.lemma_.lower() in cues.retracting:
            return t
    return None


def _doers(tok: Token) -> list[Token]:
    """The doer of a trigger verb: its subject, or the noun a participle hangs on
    ("missiles" in "animated missiles hitting the town")."""
    if tok.pos_ != "VERB":
        return []
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    return doers + ([tok.head] if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" else [])


def _parties(verb: Token) -> list[Token]:
    """The subject, object and addressee of a verb ("the court heard", "told the judges"),
    where it went ("went on trial over …"); a joined verb's subject is its first verb's."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in found):
        found += [c for c in verb.head.children if c.dep_ == "nsubj"]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "before", "on")
              for g in c.children if g.dep_ == "pobj"]
    return found


def _fear_that_told(word: Token, deed: Token) -> bool:
    """"Forty were feared killed", "troops were able to repel the attack", "five are
    thought killed": a death told with a passive's caution, a deed one "was able" to do,
    took place. "Thought" is a belief only with the deed its complement's verb or object
    ("he thought the army had bombed / dropped a bomb on X"); not an aside ("the attack,
    thought to be the work of X, killed five"), nor "thought the blast was caused by …"."""
    if word.lower_ == "thought":
        comp = next((c for c in word.children if c.dep_ == "ccomp"
                     and (c.i == deed.i or c.is_ancestor(deed))), None)
        return word.pos_ != "VERB" or comp is None or any(
            c.dep_ == "auxpass" for c in word.children) or not (
            deed.i == comp.i or deed.dep_ == "dobj" and deed.head.i == comp.i)
    if word.lemma_.lower() == "fear":
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        return word.tag_ == "VBN" and after is not None and after.head.i == word.i \
            and after.tag_ in ("VBN", "JJ") and any(c.dep_ == "auxpass" for c in word.children)
    return word.lower_ == "able" and word.dep_ == "acomp" and word.head.tag_ == "VBD"


def _attempt_met_by_a_deed(doc: Doc, clause: Clause, attempt: Token) -> bool:
    """"The seven were shot as they tried to ambush a police patrol", "two policemen were
    killed as they tried to defuse a bomb": the attempt is a clause hung on the clause's
    own verb, or tells what its victims tried, and that verb is a deed of its own (a
    trigger word): the deed took place. Not an attempt to defuse or intercept ("killed as
    they tried to defuse a bomb": the bomb went off, no weapon was disrupted)."""
    root = clause.root
    if main_trigger(doc, clause).category == "disrupted":
        return False
    # or the attempt is the victims' ("opened fire on farmers trying to march into the
    # town", "shot protesters who tried to storm the post"): the firing took place
    noun = attempt.head
    victims = attempt.dep_ in ("acl", "relcl") and (
        noun.dep_ == "dobj" and noun.head.i == root.i
        or noun.dep_ == "pobj" and root.i in (noun.head.head.i, noun.head.head.head.i))
    if not (attempt.dep_ == "advcl" and attempt.head.i == root.i) and not victims:
        return False
    return any(m.start <= root.i < m.end for m in clause.triggers)


def _aimed_at_a_target(verb: Token) -> bool:
    """"Missiles were aimed at the capital": a passive "aimed" whose "at" names a thing or
    a place tells where weapons were fired, not an aim ("aimed at freeing the towns", "was
    aimed at the recapture of the town": a deed)."""
    deeds = {i for m in doc_ext(verb.doc, "triggers") or [] for i in range(m.start, m.end)}
    return verb.lemma_.lower() == "aim" and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "at" and any(
            g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.i not in deeds
            for g in c.children) for c in verb.children)


def _attempt_fought_off(attempt: Token) -> bool:
    """"Militants who tried to storm the post were repelled", "nurses who tried to rally were
    halted": it took place (no kidnapping stopped did); so too when the next sentence says so."""
    if attempt.dep_ == "ROOT":
        return repelled_after(attempt)
    if attempt.dep_ != "relcl":
        return False
    lemma = (verb := attempt.head.head).lemma_.lower()
    crowd = any(c.dep_ == "xcomp" and c.lemma_.lower() in CROWD_ACTS for c in attempt.children)
    return lemma in FOUGHT_OFF or lemma in STOPPED and crowd or (lemma in FOUGHT_BACK and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children))


def repelled_after(attempt: Token) -> bool:
    """An attempt ("tried", "attempted") told as a sentence of its own, whose next sentence
    is that its makers were repelled ("the enemy was repelled")."""
    doc = attempt.doc
    if attempt.lemma_.lower() not in TRYING or attempt.sent.end >= len(doc):
        return False
    after = doc[attempt.sent.end].sent.root
    return after.lemma_.lower() in FOUGHT_OFF \
        and any(c.dep_ == "nsubjpass" for c in after.children)


def semicolon_between(doc: Doc, i: int, j: int) -> bool:
    lo, hi = min(i, j), max(i, j)
    return any(t.text == ";" for t in doc_tokens(doc)[lo + 1:hi])
