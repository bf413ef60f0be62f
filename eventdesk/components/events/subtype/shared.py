"""Word lists and readings of the parse that predicates of more than one family use: who
a clause names (people, one person, fighters, a combatant), ground and settlements, and a
clause's purpose or its sole trigger.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, SUBJECT_DIES
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_ext, doc_text, span_root

PEOPLE_NOUNS = {"people", "person", "hostage", "civilian", "resident", "villager", "worker",
                "child", "woman", "man", "passenger", "student", "staff", "member", "journalist"}
# One person, as news names a victim by what they do or are ("a tailor", "a suspected
# thief", "the village chief"): read where the actor lexicon, which names groups, finds no
# side.
PERSON_NOUNS = PEOPLE_NOUNS | {
    "boy", "girl", "farmer", "herder", "trader", "shopkeeper", "vendor", "merchant", "driver",
    "teacher", "lecturer", "pupil", "doctor", "nurse", "priest", "pastor", "imam", "cleric",
    "monk", "nun", "chief", "elder", "councillor", "councilor", "mayor", "official",
    "activist", "lawyer", "judge", "tailor", "businessman", "businesswoman", "manager",
    "engineer", "employee", "labourer", "laborer", "fisherman", "shepherd", "teenager",
    "pilgrim", "worshipper", "voter", "candidate", "politician", "lawmaker", "leader",
    "suspect", "thief", "witch", "wizard", "rustler", "robber", "burglar", "criminal",
    "sorcerer", "pickpocket", "relative", "husband", "wife", "mother", "father",
    "son", "daughter", "brother", "sister", "defender", "reporter", "photographer",
    "humanitarian", "volunteer", "contractor", "motorist", "pedestrian", "family", "him",
    "her", "them", "owner", "butcher", "coach", "administrator", "informer", "collaborator",
    "cousin", "nephew", "uncle", "national", "passerby", "passer-by", "bystander", "tourist",
    "foreigner", "refugee", "migrant", "professor", "writer", "poet", "singer", "artist",
    "surgeon", "barber", "mechanic", "jeweller", "jeweler", "banker", "landlord", "peasant",
    "villager", "hunter", "couple", "baby", "infant", "toddler", "newborn", "grandmother",
    "grandfather", "woodcutter",
    # the trades of rural South and Southeast Asian victims ("a rubber tapper", "a rickshaw
    # puller", "a tea plucker", "a street hawker")
    "tapper", "puller", "plucker", "hawker", "peddler", "porter", "cobbler", "fishmonger",
    # holders of public office or calling, victims of targeted killings and kidnappings
    # ("gunmen abducted a district governor", "a senator was shot dead")
    "governor", "minister", "senator", "legislator", "parliamentarian", "mp",
    "commissioner", "prefect", "magistrate", "prosecutor", "diplomat", "ambassador",
    "envoy", "chairman", "chairwoman", "headman", "ruler", "bishop", "rabbi",
    "missionary", "scholar", "academic", "researcher", "pharmacist", "midwife", "clerk",
    "spokesman", "spokeswoman", "adviser", "advisor", "councilman",
    # people named by where they were going or what they came for ("seven dancers were
    # killed in an ambush on a mountain track", "gunmen shot dead three travellers")
    "musician", "traveller", "traveler", "commuter", "mourner", "guest", "customer",
    "shopper", "dancer",
    # people named by what they ride or watch over ("a motorbike rider was shot at a
    # checkpoint", "an election observer was assaulted")
    "rider", "motorcyclist", "cyclist", "observer"}
# People nouns too vague to tell a civilian from a fighter ("five people were killed in
# clashes with the rebels"): not enough alone to read the victims as civilians.
VAGUE_PEOPLE = {"people", "person", "member", "man", "men", "other", "others", "body"}
# People of an armed side, taken prisoner ("a pilot was captured", "seized a soldier").
FIGHTER_NOUNS = {"soldier", "fighter", "militant", "rebel", "insurgent", "guerrilla",
                 "policeman", "pilot", "commander", "jihadist", "militiaman", "gunman",
                 "sailor", "marine"}
# Ground, or a share of it, counted but never people ("two provinces", "70 percent of the
# country"); with triggers.toml's `anaphora`, `district_words` and `facility_words`.
GROUND_NOUNS = {"province", "region", "territory", "hill", "land", "ground", "settlement",
                "percent", "%", "share", "part"}


def _is_civilian_token(doc: Doc, tok: Token) -> bool:
    return any(m.start <= tok.i < m.end and m.role_hint == "civilian"
               for m in doc_ext(doc, "actors") or [])


def _victim_words(facts: ClauseFacts) -> list[Token]:
    """The words naming who was killed, hurt or attacked: the object or passive subject of
    the clause's verb, of a verb co-ordinated with it that shares its subject and tells
    no other deed ("shot and killed a man", not "stormed the consulate and seized 49
    people") and of its attack and death triggers (the subject of "died"), with what is
    co-ordinated with them or counted by them ("dozens of civilians")."""
    doc = facts.doc
    root = facts.clause.root
    heads = [root] + [span_root(doc, m.start, m.end) for m in facts.clause.triggers
                      if m.category in ("attack", "kill")]
    other_deeds = {i for m in doc_ext(doc, "triggers") or [] if m.category not in ("attack", "kill")
                   for i in range(m.start, m.end)}
    heads += [v for v in root.children if v.dep_ == "conj" and v.pos_ == "VERB"
              and v.i not in other_deeds
              and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
              and v not in heads]
    found: list[Token] = []
    for head in heads:
        # the subject of a dying word is the dead, unless the word has an object of its
        # own ("gunmen shot dead a farmer", parsed with "dead" as the verb): then the doer
        dies = head.lemma_.lower() in SUBJECT_DIES \
            and not any(c.dep_ == "dobj" for c in head.children)
        deps = {"nsubjpass", "dobj"} | ({"nsubj"} if dies else set())
        stack = [c for c in head.children if c.dep_ in deps]
        if head.dep_ == "xcomp" and not stack:
            # "eleven people were reported killed": the victims are the subject of the
            # passive verb that reports the killing
            stack = [c for c in head.head.children if c.dep_ == "nsubjpass"]
        while stack:
            tok = stack.pop()
            found.append(counted_before(tok) or tok)
            for c in tok.children:
                if (c.dep_ in ("conj", "appos") or c.dep_ == "pobj" and tok.lower_ == "of"
                        or c.dep_ == "prep" and c.lower_ == "of") and not _sayers_run_on(doc, c):
                    stack.append(c)
    return found


def _sayers_run_on(doc: Doc, tok: Token) -> bool:
    """"… attacked Rim, a farming village in X, residents and the military said": the
    sources of a saying verb left with no subject, which the parser joined to the victims
    after a comma, are no victims."""
    after = tok.right_edge.i + 1
    if tok.dep_ != "conj" or after >= len(doc) or tok.left_edge.i == 0 \
            or doc[tok.left_edge.i - 1].text != ",":
        return False
    verb = doc[after]
    return verb.lemma_.lower() in saying_verbs("speech") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Words that make a count one of more of the same ("nine more were wounded", "ten others
# were taken", "another five died").
MORE_OF_THE_SAME = {"more", "other", "others", "another"}


def counted_before(tok: Token) -> Token | None:
    """The people an elliptic count stands for: a number with "more" or "others" and no
    noun of its own ("three SDF fighters were killed and nine more were wounded", "24
    soldiers were killed and ten others taken hostage") counts more of the people counted
    last before it in its sentence, fighters as the fighters, civilians as the civilians.
    None when the count names its own people or nobody was counted before it."""
    words = [tok, *tok.children]
    if not (any(t.lower_ in MORE_OF_THE_SAME for t in words)
            and any(t.like_num or t.dep_ == "nummod" for t in words)
            and tok.pos_ in ("NUM", "NOUN", "PRON", "ADJ")
            and not any(c.dep_ == "prep" for c in tok.children)):
        return None
    for prev in reversed(tok.doc[tok.sent.start:min(t.i for t in words)]):
        if prev.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in prev.children):
            return prev
    return None


def cue_in_clause_or_subjects(facts: ClauseFacts, cue: str) -> bool:
    """A typing.toml cue word in the clause, or in the subject of one of its verbs, or in
    the subject it shares with the verb it is joined to ("flash floods swept away homes
    and killed nine people": the clause of "killed" is split from its subject)."""
    if _cue(cue, facts.clause.tokens):
        return True
    for verb in facts.clause.tokens:
        if verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(_cue(cue, list(s.subtree)) for s in subjects):
            return True
    return False


def _purpose_has(facts: ClauseFacts, cue: str) -> bool:
    """A word of the cue list in the clause verb's "to …" clause (its purpose)."""
    purposes = [c for c in facts.clause.root.children if c.dep_ in ("xcomp", "advcl")
                and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)]
    return any(_cue(cue, list(p.subtree)) for p in purposes)


# Ground an assault takes, not a building where civilians gather: settlements and their
# parts (place_mentions.SETTLEMENT_WORDS, the words that name one settlement, is another list)
SETTLED_GROUND = {"village", "villages", "town", "towns", "city", "cities", "district",
                  "districts", "neighbourhood", "neighborhood", "neighbourhoods",
                  "neighborhoods", "area", "areas", "suburb", "suburbs", "quarter", "hamlet"}


def _only_by(facts: ClauseFacts, category: str, lemma: str) -> bool:
    """Every trigger of the category in the clause is this verb."""
    found = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == category]
    return bool(found) and all(t.lemma_.lower() == lemma for t in found)


# People of an armed side named by their word ("three SDF fighters", "a jihadi commander"),
# besides the fighter nouns; and the words that make a victim a member of a side ("members
# of the armed forces", "elements of the militia", "in the ranks of the FSA").
COMBATANT_NOUNS = FIGHTER_NOUNS | {"combatant", "trooper", "serviceman", "servicemen",
                                   "paratrooper", "commando", "jihadi", "militiamen",
                                   "peshmerga", "gendarme", "guardsman", "sniper"}
MEMBER_NOUNS = {"member", "element", "rank", "personnel", "cadre", "recruit"}
FORCE_NOUNS = {"force", "army", "military", "militia", "brigade", "battalion", "regiment",
               "unit", "police", "guard", "gendarmerie", "navy", "rebel", "insurgent",
               "militant", "fighter", "troop"}


# Military ranks: who holds one is of a force ("a colonel", "two sergeants", "Major General
# X"), but not the civil offices that share the word ("the attorney general").
RANK_NOUNS = {"colonel", "lieutenant", "sergeant", "corporal", "captain", "major", "general",
              "brigadier", "commandant", "admiral", "commodore", "marshal", "col", "lt", "sgt",
              "capt", "gen", "maj", "brig", "cpl",
              # the ranks of South Asian armies ("Sepoy X embraced shahadat", "Havildar Y")
              "sepoy", "naik", "havildar", "subedar", "jemadar", "sowar"}
CIVIL_OFFICES = {"attorney", "secretary", "solicitor", "surgeon", "auditor", "postmaster",
                 "consul", "accountant", "director", "editor", "team", "club", "ship"}
# Titles a side's word makes a fighter's ("jihadi leaders", "a militia commander", "the
# rebel chief", "Islamic Jihad activists"); alone they are anyone's (PERSON_NOUNS).
TITLE_NOUNS = {"leader", "chief", "commander", "head", "boss", "emir", "deputy", "activist",
               "kingpin", "warlord"}
FIGHTER_QUALIFIERS = {"military", "army", "militant", "jihadist", "jihadi", "rebel",
                      "insurgent", "militia", "guerrilla", "extremist", "islamist",
                      "separatist", "terrorist", "paramilitary"}


def _ranked(word: Token, armed: set[int]) -> bool:
    """The word is a military rank ("a colonel", "two sergeants"), or a name or title a rank
    or a side's word qualifies ("Major General X", "jihadi leaders", "a militia commander",
    "ISIS commander X")."""
    quals = [c for c in word.children if c.dep_ in ("compound", "amod", "nmod")]
    if word.lemma_.lower() in RANK_NOUNS and word.pos_ in ("NOUN", "PROPN"):
        return not any(c.lemma_.lower() in CIVIL_OFFICES for c in quals)
    if not (word.lemma_.lower() in TITLE_NOUNS or word.ent_type_ == "PERSON"
            or word.pos_ == "PROPN"):
        return False
    return any(c.lemma_.lower() in RANK_NOUNS | FIGHTER_QUALIFIERS or c.i in armed
               and word.lemma_.lower() in TITLE_NOUNS for c in quals)


def _a_combatant(word: Token, armed: set[int]) -> bool:
    """The victim word names people of an armed side: a fighter noun or a word the actor
    lexicon gives an armed role ("three SDF fighters", "policemen"), a rank or a title of
    a side ("a colonel", "jihadi leaders"), or a member of a side ("members of the armed
    forces", "two members of Hamas") — never a member of a family, a party or a
    parliament."""
    matcher = ActorMatcher.load()
    lemma = word.lemma_.lower()
    if word.i in armed or lemma in COMBATANT_NOUNS \
            or matcher.role_of_word(word.lower_) in ARMED_ROLES or _ranked(word, armed):
        return True
    if lemma not in MEMBER_NOUNS:
        return False
    sides = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return any(g.i in armed or g.lemma_.lower() in FORCE_NOUNS
               or matcher.role_of_word(g.lower_) in ARMED_ROLES for g in sides)


# A game's result: "a 3-0 win", "won 2-1", "drew 1-1", "beat Uganda 2-0" (not a span:
# "could lead to 5-10 years in prison", "the defeat of the rebels on 12-13 March").
SCORE = (r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?!\s*(?:years?|days?|months?|weeks?|hours?|per|%|[A-Z]))"
         r"(?!\s+(?!(?:win|victory|defeat|draw|loss|lead|on|in|at|to|against|after|with|over|"
         r"for|and|thanks|home|away|aggregate)\b)[a-z])")   # not "lost 70-80 combatants"
GAME_SCORE = re.compile(
    r"\b(?:(?:win|victory|defeat|draw|loss|lead|thrashing|triumph)\b.{0,40}?" + SCORE
    + r"|" + SCORE + r"\s+(?:win|victory|defeat|draw|loss|lead|thrashing|triumph|home win|"
    r"away win)\b|\b(?:won|wins|winning|beat|beats|beating|drew|lost|edged|thrashed|routed)\b"
    r".{0,40}?" + SCORE
    # cricket's tallies: "won by six wickets", "hit 14 sixes", "in the first ten overs"
    + r"|\bby (?:\d+|[a-z]+) (?:wickets|runs)\b|\b(?:\d+|[a-z]+) (?:sixes|fours|overs)\b)")
# What every GAME_SCORE match holds, looked for first: most reports have neither a score's
# digit before a dash nor a cricket tally word, and GAME_SCORE tries its words everywhere
_SCORE_HINT = re.compile(r"\d\s?[-–]")
_TALLY_WORDS = ("wickets", "runs", "sixes", "fours", "overs")
SPORT_REPORT_KEY = "eventdesk.sport_report"


@predicate.add
def in_a_sport_report(facts: ClauseFacts) -> bool:
    """The report gives a game's result ("stormed to a 3-0 win", "beat Uganda 2-1", "won by
    six wickets"): a sport
    report, whose attacks, overrunning and shots are play ("overran a tired defence"), not
    violence; the sport cue reads such words only in the clause."""
    doc = facts.doc
    found = doc.user_data.get(SPORT_REPORT_KEY)
    if found is None:
        text = doc_text(doc)
        found = doc.user_data[SPORT_REPORT_KEY] = bool(
            (_SCORE_HINT.search(text) or any(w in text for w in _TALLY_WORDS))
            and GAME_SCORE.search(text))
    return found


# Words that make a force's name a team's: "the police club's attack", "the army side"
TEAM_WORDS = {"club", "team", "side", "squad", "eleven", "fc", "supporters", "fans"}


@predicate.add
def agent_named_as_a_team(facts: ClauseFacts) -> bool:
    """The acting side's words name a team ("the police club's attack bombarded the
    defence", "the army side stormed ahead"): a club named after a force, not the force."""
    agent = facts.agent
    if agent is None:
        return False
    doc = facts.doc
    span = doc[agent.start:agent.end]
    near = [*span, *doc[agent.end:agent.end + 2], span.root.head]
    return any(t.lower_ in TEAM_WORDS for t in near)
