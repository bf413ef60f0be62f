"""abroad.py: one definition of a country outside the report's countries."""

from eventdesk.components.events.abroad import abroad


def test_abroad_is_outside_every_one_of_the_reports_countries(parsed):
    doc = parsed(["Moscow", "and", "Kherson"], [0, 0, 0], ["ROOT", "cc", "conj"])
    doc._.countries = ["RU", "UA"]
    assert abroad(doc, "US")
    # the second of its countries is no abroad
    assert not abroad(doc, "UA")
    # an unknown country, or a report with none, tells nothing
    assert not abroad(doc, None)
    doc._.countries = []
    assert not abroad(doc, "US")
