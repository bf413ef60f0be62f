"""A town abroad read only by another of its names: "picked him up from his Karwan home",
Karwan an old name of a town in another land, in a report about another land that gives
no evidence of any country (abroad.py). Split from abroad.py, which asks it when the report
gives no land's evidence."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.place_fallbacks import report_region, sentence_container
from eventdesk.components.events.placing.deeds import same_incident_tokens, without_other_deeds
from eventdesk.components.events.placing.places import country_only
from eventdesk.geo.countries import coded_country
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place


def by_another_name(placer, doc: Doc, sent, clause, mention, reading,
                    countries: list[str]) -> Place | None:
    """"picked him up from his Karwan home", Karwan read only as a former or other name of a
    town abroad (not its main name nor a spelling of it), in a report that gives no evidence
    of any country (abroad.py) and whose own country (its first) is another: a quarter or
    village the index lacks under an old name of a town elsewhere -- kept by name as that
    country's, in what the sentence or the report holds it in, else that country alone.
    None when the report is first about the town's own country or the name is the town's
    own."""
    key = name_key(mention.text)
    if not countries or countries[0] == coded_country(reading.country_code or "") \
            or key in (name_key(reading.name), name_key(reading.display_name or "")) \
            or reading.match == "transliteration":
        return None
    home, name = countries[0], " ".join(mention.text.split())
    incident = without_other_deeds(same_incident_tokens(sent, clause), clause)
    return sentence_container(placer, doc, clause, (name, mention.start), home, incident) \
        or report_region(placer, doc, home, name) or country_only(home)
