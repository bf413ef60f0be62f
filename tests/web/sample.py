"""A small hand-built store for the web tests: six real-world events in three countries,
one reported by two outlets that disagree on the death toll (a contradiction)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventdesk.records import Document, Event

# Every title/text is plain prose except one, which carries markup to prove it is escaped.
HOSTILE_TITLE = "<img src=x onerror=alert(1)> Shelling <b>hits</b> Kharkiv"

REPORTS = [
    # (doc_id, outlet, url, title, published, text, evidence, event fields)
    (
        "wire-bakhmut", "Wire Agency", "https://wire.example/bakhmut", "Fighting in Bakhmut",
        dt.date(2024, 3, 2),
        "KYIV, March 2 - Ukrainian forces clashed with Russian troops near Bakhmut on "
        "Friday, killing 12 soldiers, the regional governor said.",
        "clashed with Russian troops near Bakhmut on Friday, killing 12 soldiers",
        dict(event_type="Battles", sub_event_type="Armed clash",
             event_date=dt.date(2024, 3, 1), time_precision=1,
             actor1="Military Forces of Ukraine (2019-)", inter1=1,
             actor2="Military Forces of Russia (2000-)", inter2=8,
             country="Ukraine", admin1="Donetsk", location="Bakhmut",
             latitude=48.5956, longitude=38.0003, geo_precision=1,
             fatalities=12, fatalities_text="12 soldiers", claimed_by="regional governor"),
    ),
    (
        "activist-bakhmut", "Activist Monitor", "https://monitor.example/b", "Bakhmut toll rises",
        dt.date(2024, 3, 2),
        "Our monitors say 15 people died when Ukrainian forces fought the Russian occupiers "
        "in Bakhmut on Friday.",
        "15 people died when Ukrainian forces fought the Russian occupiers in Bakhmut",
        dict(event_type="Battles", sub_event_type="Armed clash",
             event_date=dt.date(2024, 3, 1), time_precision=1,
             actor1="Military Forces of Ukraine (2019-)", inter1=1,
             actor2="Military Forces of Russia (2000-)", inter2=8,
             country="Ukraine", admin1="Donetsk", location="Bakhmut",
             latitude=48.5956, longitude=38.0003, geo_precision=1,
             fatalities=15, fatalities_text="15 people", claimed_by="Activist Monitor",
             framing={"actor2": ["occupiers"]}),
    ),
    (
        "wire-kharkiv", "Wire Agency", "https://wire.example/kharkiv", HOSTILE_TITLE,
        dt.date(2024, 3, 4),
        "Russian artillery shelled residential areas of Kharkiv on Sunday, injuring "
        "several people, <script>officials</script> said.",
        "Russian artillery shelled residential areas of Kharkiv on Sunday",
        dict(event_type="Explosions/Remote violence",
             sub_event_type="Shelling/artillery/missile attack",
             event_date=dt.date(2024, 3, 3), time_precision=1,
             actor1="Military Forces of Russia (2000-)", inter1=8,
             country="Ukraine", admin1="Kharkiv", location="Kharkiv",
             latitude=49.9935, longitude=36.2304, geo_precision=1, fatalities=0),
    ),
    (
        "daily-maiduguri", "Lagos Daily", None, "Gunmen attack village near Maiduguri",
        dt.date(2024, 3, 3),
        "Suspected Boko Haram gunmen attacked villagers near Maiduguri on Saturday, "
        "killing four farmers, police said.",
        "gunmen attacked villagers near Maiduguri on Saturday, killing four farmers",
        dict(event_type="Violence against civilians", sub_event_type="Attack",
             event_date=dt.date(2024, 3, 2), time_precision=1,
             actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", inter1=2,
             actor2="Civilians (Nigeria)", inter2=7,
             country="Nigeria", admin1="Borno", location="Maiduguri",
             latitude=11.8464, longitude=13.1603, geo_precision=1,
             fatalities=4, fatalities_text="four farmers", claimed_by="police"),
    ),
    (
        "daily-lagos", "Lagos Daily", None, "Traders protest in Lagos",
        dt.date(2024, 3, 5),
        "Hundreds of traders marched peacefully through Lagos on Tuesday against rising "
        "prices.",
        "Hundreds of traders marched peacefully through Lagos",
        dict(event_type="Protests", sub_event_type="Peaceful protest",
             event_date=dt.date(2024, 3, 5), time_precision=1,
             actor1="Protesters (Nigeria)", inter1=6,
             country="Nigeria", admin1="Lagos", location="Lagos",
             latitude=6.4550, longitude=3.3841, geo_precision=1, fatalities=0),
    ),
    (
        "radio-khartoum", "Sudan Radio", None, "Clashes in Khartoum",
        dt.date(2024, 3, 4),
        "The army and the Rapid Support Forces fought in central Khartoum on Monday.",
        "The army and the Rapid Support Forces fought in central Khartoum",
        dict(event_type="Battles", sub_event_type="Armed clash",
             event_date=dt.date(2024, 3, 4), time_precision=1,
             actor1="Military Forces of Sudan (2019-)", inter1=1,
             actor2="Rapid Support Forces", inter2=2,
             country="Sudan", admin1="Khartoum", location="Khartoum",
             latitude=15.5007, longitude=32.5599, geo_precision=1),
    ),
    (
        "radio-sudan", "Sudan Radio", None, "Ceasefire talks announced",
        dt.date(2024, 3, 6),
        "Sudan's army agreed to attend ceasefire talks next week, a spokesman said.",
        "Sudan's army agreed to attend ceasefire talks",
        dict(event_type="Strategic developments", sub_event_type="Agreement",
             event_date=dt.date(2024, 3, 6), time_precision=1,
             actor1="Military Forces of Sudan (2019-)", inter1=1,
             country="Sudan"),
    ),
]

# What the tests expect of the store built from REPORTS.
N_CLUSTERS = 6
N_PLACED = 5
COUNTRIES = {"Ukraine": 2, "Nigeria": 2, "Sudan": 2}
CONTRADICTED_EVIDENCE = {
    "wire-bakhmut": REPORTS[0][6],
    "activist-bakhmut": REPORTS[1][6],
}


def build(path: Path) -> Path:
    """Write the sample store to `path` with Store.add (no spaCy involved)."""
    add(path, REPORTS)
    return path


def add(path: Path, reports) -> None:
    """Store reports shaped like REPORTS in the store at `path` (created when missing)."""
    from eventdesk.store import Store

    store = Store.open(path)
    try:
        for doc_id, outlet, url, title, published, text, evidence, fields in reports:
            start = text.index(evidence)
            document = Document(text=text, doc_id=doc_id, published=published, outlet=outlet,
                                url=url, title=title)
            event = Event(doc_id=doc_id, evidence=evidence, evidence_start=start,
                          evidence_end=start + len(evidence), **fields)
            store.add(document, [event], extractor_version="test-1")
    finally:
        store.close()


# A report that arrives later (the live tests): no date, and a source URL that is not http.
UNDATED_LATE_REPORT = (
    "late-goma", "Kivu Wire", "javascript:alert(1)", "Rebels attack Goma outskirts", None,
    "M23 rebels attacked positions of the Congolese army on the outskirts of Goma, "
    "killing three soldiers, a spokesman said.",
    "M23 rebels attacked positions of the Congolese army on the outskirts of Goma",
    dict(event_type="Battles", sub_event_type="Armed clash",
         actor1="M23: March 23 Movement", inter1=2,
         actor2="Military Forces of the Democratic Republic of Congo (2019-)", inter2=1,
         country="Democratic Republic of Congo", admin1="North Kivu", location="Goma",
         latitude=-1.6792, longitude=29.2228, geo_precision=2, fatalities=3,
         fatalities_text="three soldiers"),
)
