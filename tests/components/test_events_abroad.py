"""abroad.py: a place outside the report's main country, or in none of its countries."""

from eventdesk.components.events.abroad import abroad, in_no_country_told


def test_abroad_is_outside_the_main_country_and_no_country_told_outside_all(parsed):
    doc = parsed(["Washington", "and", "Gaza"], [0, 0, 0], ["ROOT", "cc", "conj"])
    doc._.countries = ["US", "PS"]
    # the war a US report names is abroad, though a country the report tells of
    assert abroad(doc, "PS") and not in_no_country_told(doc, "PS")
    assert not abroad(doc, "US")
    assert abroad(doc, "NZ") and in_no_country_told(doc, "NZ")
    # an unknown country, or a report with none, tells nothing
    assert not abroad(doc, None) and not in_no_country_told(doc, None)
    doc._.countries = []
    assert not abroad(doc, "NZ") and not in_no_country_told(doc, "NZ")
