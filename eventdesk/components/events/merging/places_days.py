"""Whether two tellings are of one day and one place: the comparisons the tests of
what makes two tellings one incident are built of."""

from __future__ import annotations

from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.placing import place_key
from eventdesk.distance import haversine_km
from eventdesk.records import Place, is_city_part, town_of

# How many days an untold date (the publication date, a present perfect) may come after the
# day told in another telling of the same incident: a report's news is about a week old
# at most (GUIDELINES "Dates": the present perfect is this week's news).
RESTATED_WITHIN_DAYS = 7


def same_day(a: Candidate, b: Candidate) -> bool:
    """Equal dates, or a month-only date ("this month") that holds the other one."""
    if a.date == b.date:
        return True
    if a.date is None or b.date is None:
        return False
    if 3 in (a.time_precision, b.time_precision):
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return False


# The precision of a day told, and of a span ("over the weekend", "this week", "between 4
# and 6 November") whose date stands for its days.
_DAY, _SPAN = 1, 2


def span_and_day(a: Candidate, b: Candidate) -> bool:
    """Both told with a date: the first a span's (its date the span's first day, as the
    weekend's Saturday), the later one a day of its first two (the weekend's Sunday)."""
    if not (a.date_told and b.date_told) or a.date is None or b.date is None:
        return False
    return (a.time_precision, b.time_precision) == (_SPAN, _DAY) \
        and a.start_char < b.start_char and 0 <= (b.date - a.date).days <= 1


def same_place(a: Candidate, b: Candidate) -> bool:
    """The same place, or a city and one of its districts."""
    key_a, key_b = place_key(a.place), place_key(b.place)
    if key_a == key_b:
        return True
    if not (a.place and b.place) or (a.place.geo_precision == 3) != (b.place.geo_precision == 3):
        return False
    city_a, city_b = town_of(key_a), town_of(key_b)
    return city_a == city_b and (not is_city_part(a.place) or not is_city_part(b.place))


def holds(region: Place | None, place: Place | None) -> bool:
    """A place known only as its province ("in Idlib province") holds a town of it; one
    told as its district ("in Dera Ismail Khan district", placed at the district's seat
    with geo_precision 2) holds another town of that district ("the Kulachi police
    station")."""
    if region is None or place is None:
        return False
    if region.geo_precision == 3:
        return place.geo_precision != 3 and same_province(region, place)
    return at_district(region) and place.admin2 == region.admin2 \
        and place.location != region.location and place.geo_precision != 3 \
        and same_province(region, place)


def at_district(place: Place | None) -> bool:
    """A place told as its district ("in Kurram district"), placed at the district's seat
    under the district's own name (geo_precision 2)."""
    return place is not None and place.geo_precision == 2 and place.admin2 is not None \
        and place.location == place.admin2


def same_province(a: Place | None, b: Place | None) -> bool:
    """Two places of one known first-level division of one country."""
    return a is not None and b is not None and a.admin1 is not None \
        and a.admin1 == b.admin1 and a.country_code == b.country_code


def near(a: Place | None, b: Place | None, km: float) -> bool:
    """Two places with coordinates at most `km` apart, in one country."""
    if a is None or b is None or a.latitude is None or b.latitude is None \
            or a.longitude is None or b.longitude is None or a.country_code != b.country_code:
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= km


def told_together(a: Candidate, b: Candidate) -> bool:
    """Two tellings in one sentence, of one day and one place, neither marked as another
    incident ("separately", "in another attack")."""
    return told_near(a, b, sentences=0)


def told_near(a: Candidate, b: Candidate, sentences: int) -> bool:
    """Two tellings at most `sentences` apart, of one day and one place, neither marked as
    another incident."""
    return abs(a.sent_index - b.sent_index) <= sentences and same_day(a, b) \
        and same_place(a, b) and not (a.another_incident or b.another_incident)


def told_next(first: Candidate, later: Candidate) -> bool:
    """`later` is told in the sentence after `first`'s latest telling."""
    return later.sent_index == max(first.sent_index, first.last_told) + 1


def nothing_of_its_own(telling: Candidate) -> bool:
    """A telling that names no place nor day of its own: it carries on a scene told before."""
    return telling.place_from_context and not telling.date_told


def told_in_one_breath(a: Candidate, b: Candidate) -> bool:
    """Two tellings of one sentence, day and place, neither marked as another incident --
    or both by the one mark the sentence opens with ("Meanwhile, settlers stoned homes and
    torched cars in X": another incident than those told before, one between its verbs)."""
    marked = (a.another_incident, b.another_incident)
    return a.sent_index == b.sent_index and same_day(a, b) and same_place(a, b) \
        and marked in ((False, False), (True, True))
