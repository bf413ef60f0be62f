"""Where the wounded were treated or died afterwards is not where the deed was done
(place_mentions/aftercare.py; issue 9, coordinates when no place is marked)."""


def test_a_later_death_in_a_towns_hospital_is_not_the_scene(parsed):
    from eventdesk.components.events.place_mentions.aftercare import where_cared_for

    # "was shot and later died in a Homs hospital"
    died = parsed(["was", "shot", "and", "later", "died", "in", "a", "Homs", "hospital"],
                  [1, 1, 1, 4, 1, 4, 8, 8, 5],
                  ["auxpass", "ROOT", "cc", "advmod", "conj", "prep", "det", "compound",
                   "pobj"],
                  pos=["AUX", "VERB", "CCONJ", "ADV", "VERB", "ADP", "DET", "PROPN", "NOUN"],
                  lemmas=["be", "shoot", "and", "later", "die", "in", "a", "homs",
                          "hospital"])
    assert where_cared_for(died[7])
    # control: "a bomb exploded at a hospital in Homs": the site is the scene
    bomb = parsed(["bomb", "exploded", "at", "a", "hospital", "in", "Homs"],
                  [1, 1, 1, 4, 2, 4, 5],
                  ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                  pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                  lemmas=["bomb", "explode", "at", "a", "hospital", "in", "homs"])
    assert not where_cared_for(bomb[6])


def test_treatment_at_a_clinic_in_a_town_is_not_the_scene(parsed):
    from eventdesk.components.events.place_mentions.aftercare import where_cared_for

    # "after undergoing surgery at a clinic in Aleppo"
    surgery = parsed(["after", "undergoing", "surgery", "at", "a", "clinic", "in", "Aleppo"],
                     [1, 1, 1, 1, 5, 3, 5, 6],
                     ["ROOT", "pcomp", "dobj", "prep", "det", "pobj", "prep", "pobj"],
                     pos=["ADP", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"],
                     lemmas=["after", "undergo", "surgery", "at", "a", "clinic", "in",
                             "aleppo"])
    assert where_cared_for(surgery[7])
    # control: "gunmen stormed a clinic in Aleppo": no verb of care
    stormed = parsed(["gunmen", "stormed", "a", "clinic", "in", "Aleppo"],
                     [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                     pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                     lemmas=["gunman", "storm", "a", "clinic", "in", "aleppo"])
    assert not where_cared_for(stormed[5])


def test_a_death_told_as_later_is_elsewhere_and_a_plain_one_at_the_scene(parsed):
    from eventdesk.components.events.place_mentions.aftercare import where_cared_for

    # "died a short time later at Talal prison"
    later = parsed(["died", "a", "short", "time", "later", "at", "Talal", "prison"],
                   [0, 3, 3, 4, 0, 0, 7, 5],
                   ["ROOT", "det", "amod", "npadvmod", "advmod", "prep", "compound", "pobj"],
                   pos=["VERB", "DET", "ADJ", "NOUN", "ADV", "ADP", "PROPN", "NOUN"],
                   lemmas=["die", "a", "short", "time", "later", "at", "talal", "prison"])
    assert where_cared_for(later[6])
    # control: "was shot and died in Talal": a death with no later time, at the scene
    plain = parsed(["shot", "and", "died", "in", "Talal"], [0, 0, 0, 2, 3],
                   ["ROOT", "cc", "conj", "prep", "pobj"],
                   pos=["VERB", "CCONJ", "VERB", "ADP", "PROPN"],
                   lemmas=["shoot", "and", "die", "in", "talal"])
    assert not where_cared_for(plain[4])


def test_a_victim_treated_in_a_hospital_town_gets_no_point_there(tiny_index):
    import eventdesk

    text = "A teacher was shot twice by unknown gunmen on Monday and later died at a " \
           "hospital in Homs."
    events = eventdesk.extract(text, published="2024-03-05")
    assert events and not any(e.location == "Homs" and e.latitude is not None for e in events)
    # control: the shooting's own town keeps its place
    text = "A teacher was shot twice by unknown gunmen in Aleppo on Monday and later died " \
           "at a hospital in Homs."
    events = eventdesk.extract(text, published="2024-03-05")
    assert [e.location for e in events] == ["Aleppo"]
