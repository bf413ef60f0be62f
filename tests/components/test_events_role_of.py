"""Doers after a hedge (role_of.py): "was stabbed outside a stall reportedly by two
rival youths" names the doers although the parser hangs the "by" on the nearest noun."""


def test_doers_after_a_hedge_are_the_doers(parsed):
    from eventdesk.components.events.role_of import role_of

    # "a clerk was stabbed outside a stall reportedly by rival youths"
    words = ["clerk", "was", "stabbed", "outside", "stall", "reportedly", "by", "members"]
    doc = parsed(words, [2, 2, 2, 2, 3, 6, 4, 6],
                 ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "advmod", "prep", "pobj"],
                 pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "ADV", "ADP", "NOUN"],
                 lemmas=["clerk", "be", "stab", "outside", "stall", "reportedly", "by",
                         "member"])
    assert role_of(doc[7], doc[2]) == "agent"


def test_a_plain_by_on_a_noun_names_no_doers(parsed):
    from eventdesk.components.events.role_of import role_of

    # "a clerk was stabbed outside a stall by the river"
    plain = parsed(["clerk", "was", "stabbed", "outside", "stall", "by", "river"],
                   [2, 2, 2, 2, 3, 4, 5],
                   ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
                   pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
                   lemmas=["clerk", "be", "stab", "outside", "stall", "by", "river"])
    assert role_of(plain[6], plain[2]) != "agent"


def test_a_hedged_by_inside_a_clause_of_its_own_is_not_the_deeds(parsed):
    from eventdesk.components.events.role_of import role_of

    # "a clerk who was reportedly threatened by members was stabbed": the "by" belongs to
    # the relative clause on the subject, not to the stabbing
    words = ["clerk", "who", "was", "threatened", "reportedly", "by", "members", "was",
             "stabbed"]
    doc = parsed(words, [8, 3, 3, 0, 5, 3, 5, 8, 8],
                 ["nsubjpass", "nsubjpass", "auxpass", "relcl", "advmod", "prep", "pobj",
                  "auxpass", "ROOT"],
                 pos=["NOUN", "PRON", "AUX", "VERB", "ADV", "ADP", "NOUN", "AUX", "VERB"],
                 lemmas=["clerk", "who", "be", "threaten", "reportedly", "by", "member", "be",
                         "stab"])
    assert role_of(doc[6], doc[8]) != "agent"


def test_a_war_machine_a_deed_was_done_with_is_no_side(parsed):
    from eventdesk.components.events.role_of import role_of

    # "troops pounded the village with heavy artillery": the artillery is the means
    words = ["troops", "pounded", "village", "with", "heavy", "artillery"]
    doc = parsed(words, [1, 1, 1, 1, 5, 3],
                 ["nsubj", "ROOT", "dobj", "prep", "amod", "pobj"],
                 pos=["NOUN", "VERB", "NOUN", "ADP", "ADJ", "NOUN"],
                 lemmas=["troop", "pound", "village", "with", "heavy", "artillery"])
    assert role_of(doc[5], doc[1]) is None
    assert role_of(doc[2], doc[1]) == "patient"


def test_a_war_machine_met_with_no_object_is_the_other_side(parsed):
    from eventdesk.components.events.role_of import role_of

    # "rebels clashed with tanks": with no object, "with" names whom they fought
    doc = parsed(["rebels", "clashed", "with", "tanks"], [1, 1, 1, 2],
                 ["nsubj", "ROOT", "prep", "pobj"],
                 pos=["NOUN", "VERB", "ADP", "NOUN"],
                 lemmas=["rebel", "clash", "with", "tank"])
    assert role_of(doc[3], doc[1]) == "patient"
