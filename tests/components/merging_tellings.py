"""Candidates and places the merging tests build their tellings of one incident from."""

import datetime as dt

import eventdesk
from eventdesk.components.events.candidate import Candidate
from eventdesk.records import Actor, Place
from tests.components.coder_records import coder_extract

MONDAY = dt.date(2021, 6, 14)

CITY = Place(country="Iraq", location="Mosul", latitude=36.3, longitude=43.1, geo_precision=1)
DISTRICT = Place(country="Iraq", location="Mosul - al-Zuhur", latitude=36.3, longitude=43.1,
                 geo_precision=2)
OTHER = Place(country="Iraq", location="Tall Afar", latitude=36.4, longitude=42.4,
              geo_precision=1)
NEAR = Place(country="Iraq", location="Hamam al-Alil", latitude=36.16, longitude=43.26,
             geo_precision=1)

PROVINCE = Place(country="Iraq", location="Nineveh", latitude=36.0, longitude=42.5,
                 geo_precision=3, admin1="Nineveh")
TOWN = Place(country="Iraq", location="Bashiqa", latitude=36.45, longitude=43.35,
             geo_precision=1, admin1="Nineveh")
AREA = Place(country="Iraq", location="Mosul - Sinjar plains", latitude=36.3, longitude=42.0,
             geo_precision=2, admin1="Nineveh")

SUBURB = Place(country="Nigeria", country_code="NG", location="Ikeja", latitude=6.60,
               longitude=3.34, geo_precision=2, admin1="Lagos")
LAGOS = Place(country="Nigeria", country_code="NG", location="Lagos", latitude=6.45,
              longitude=3.39, geo_precision=1, admin1="Lagos")
FAR_CITY = Place(country="Nigeria", country_code="NG", location="Ibadan", latitude=7.38,
                 longitude=3.90, geo_precision=1, admin1="Oyo")

POLICE = Actor("Police Forces of Iraq", 1, "IRQ")
ARMY = Actor("Military Forces of Iraq", 1, "IRQ")
MILITIA = Actor("Unidentified Armed Group (Iraq)", 3, "IRQ")
MARCHERS = Actor("Protesters (Iraq)", 6, "IRQ")
SHABAAB = Actor("Al Shabaab", 2, "SOM")


def draft(sub_type, event_type="Battles", place=CITY, date=MONDAY, precision=1, start=0, **kw):
    """A candidate of the sub-type, at Mosul on a Monday unless told otherwise."""
    return Candidate(event_type=event_type, sub_event_type=sub_type, start_char=start,
                     end_char=start + 1, sent_index=kw.pop("sent_index", start), place=place,
                     date=date, time_precision=precision, mentions=[(start, start + 1)], **kw)


def undated(sub_type, event_type="Battles", days_after=2, **kw):
    """A telling dated only by the publication date (a present perfect, a quote)."""
    return draft(sub_type, event_type, date=MONDAY + dt.timedelta(days=days_after),
                 precision=2, date_told=False, **kw)


def coded(text, published):
    """The (sub-type, date, location) of each event the report is coded with, sorted."""
    events = coder_extract(text, published=published, doc_id="merging")
    return sorted((e.sub_event_type, e.event_date, e.location) for e in events)


def doers(text, published):
    """The (location, actor1) of each event the report is coded with, in report order."""
    events = eventdesk.extract(text, published=published, doc_id="doers")
    return [(e.location, e.actor1) for e in events]
