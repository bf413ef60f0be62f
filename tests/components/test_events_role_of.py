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
