"""A place joined to the day told after another place, one event each
(placing/day_lists.py): "took X on Friday and Y on Saturday". Hand-built parses with
made-up towns."""

from eventdesk.components.events.placing.day_lists import joined_to_a_day
from eventdesk.geo.candidates import PlaceMention


def _mention(doc, i):
    return PlaceMention(start=i, end=i + 1, start_char=doc[i].idx,
                        end_char=doc[i].idx + len(doc[i].text), text=doc[i].text,
                        candidates=[])


def _took(parsed):
    # "took Qarbun on Friday and Dalmaz on Saturday": the parse joins Dalmaz to "Friday"
    doc = parsed(["took", "Qarbun", "on", "Friday", "and", "Dalmaz", "on", "Saturday"],
                 [0, 0, 0, 2, 3, 3, 0, 6],
                 ["ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
                 pos=["VERB", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN"])
    doc.ents = [doc.char_span(doc[3].idx, doc[3].idx + 6, label="DATE"),
                doc.char_span(doc[7].idx, doc[7].idx + 8, label="DATE")]
    return doc


def test_a_name_joined_to_the_day_after_another_place_is_listed(parsed):
    doc = _took(parsed)
    first, second = _mention(doc, 1), _mention(doc, 5)
    assert joined_to_a_day(doc, doc[5], [first, second], second)


def test_a_name_joined_to_a_day_with_no_place_before_it_is_not_listed(parsed):
    # no other place of the verb before the day: nothing to list it with
    doc = _took(parsed)
    second = _mention(doc, 5)
    assert not joined_to_a_day(doc, doc[5], [second], second)


def test_a_name_joined_to_a_place_is_not_read_here(parsed):
    # "took Qarbun and Dalmaz": joined to a name, not a day (list_places reads it)
    doc = parsed(["took", "Qarbun", "and", "Dalmaz"], [0, 0, 1, 1],
                 ["ROOT", "dobj", "cc", "conj"], pos=["VERB", "PROPN", "CCONJ", "PROPN"])
    first, second = _mention(doc, 1), _mention(doc, 3)
    assert not joined_to_a_day(doc, doc[3], [first, second], second)

