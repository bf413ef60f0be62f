"""The countries a report is about, the scene's first: what the places stage sets as
`doc._.countries` for the actor matcher and the coder to read."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.place_mentions import names_a_gang, speaking_verb
from eventdesk.components.events.preamble import opening_dateline
from eventdesk.extensions import doc_text, span_root


def report_countries(gazetteer, doc: Doc, mentions) -> list[str]:
    """The countries the report's mentions weigh most, then those of the regions it names,
    the scene's first. A gang's name ("the Brooklyn gang") is no evidence of a country."""
    mentions = [m for m in mentions if not names_a_gang(doc, m)]
    salient = salient_countries(gazetteer.document_countries(doc, mentions=mentions))
    return scene_first(doc, mentions, salient + [
        code for code in gazetteer.named_region_countries(mentions) if code not in salient])


def scene_first(doc: Doc, mentions, codes: list[str]) -> list[str]:
    """The report's countries with the scene first: when the body names no town of the
    weightiest country -- only its demonyms ("the Turkish Armed Forces"), its dateline
    ("ANKARA -") or its capital speaking ("Ankara says") -- and names towns of another, the
    report is about the other ("... an observation post in Syria's Idlib zone"). Only names
    of towns in one country count: "Palmyra" or "Bethlehem" says nothing of which."""
    if len(codes) < 2:
        return codes
    dateline = opening_dateline(doc_text(doc), mentions)
    body_start = dateline.end() if dateline else 0
    towns: dict[str, int] = {}
    for mention in mentions:
        if mention.kind != "place" or not mention.candidates \
                or mention.start_char < body_start:
            continue
        best = mention.candidates[0]
        if best.match == "transliteration" or not best.country_code or any(
                c.country_code != best.country_code for c in mention.candidates
                if c.match != "transliteration"):
            continue  # "Bethlehem", "Palmyra": a name of towns in several countries
        root = span_root(doc, mention.start, mention.end)
        if root.dep_ in ("nsubj", "agent") and speaking_verb(root.head):
            continue  # "Ankara says": a government speaking
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") \
                and speaking_verb(root.head.head):
            continue  # "a spokesman said in Paris": where the speaker is
        towns[best.country_code] = towns.get(best.country_code, 0) + 1
    if towns.get(codes[0]):
        return codes
    scene = next((code for code in codes[1:] if towns.get(code)), None)
    return codes if scene is None else [scene] + [c for c in codes if c != scene]


def salient_countries(weighted: list[tuple[str, float]]) -> list[str]:
    """The countries a report is about: passing mentions ("Britain-based") drop out."""
    if not weighted:
        return []
    top = weighted[0][1]
    return [code for code, weight in weighted if weight >= max(0.05, 0.2 * top)]
