"""The event coder's shared readings (events/common.py): which trigger a clause is about."""

from eventdesk.components.events.common import main_trigger
from eventdesk.components.triggers import Clause, TriggerMatch


def test_the_clause_is_about_the_deed_done_not_the_one_its_doers_tried(parsed):
    """"Robbers trying to rob a bank killed a guard": the robbing tells who they were
    (trigger_senses.py `tried_by_the_doers`); the killing is the clause's deed."""
    doc = parsed(["Robbers", "trying", "to", "rob", "a", "bank", "killed", "a", "guard"],
                 [6, 0, 3, 1, 5, 3, 6, 8, 6],
                 ["nsubj", "acl", "aux", "xcomp", "det", "dobj", "ROOT", "det", "dobj"],
                 pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN"],
                 lemmas=["robber", "try", "to", "rob", "a", "bank", "kill", "a", "guard"])
    rob = TriggerMatch(3, 4, "looting", "rob")
    kill = TriggerMatch(6, 7, "kill", "killed")
    clause = Clause(root=doc[6], tokens=list(doc), sent=doc[:], triggers=[rob, kill])
    assert main_trigger(doc, clause) == kill
