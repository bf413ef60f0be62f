"""Place detection: the spans of a spaCy Doc that name a place, a region or a country,
and the readings of each that the text supports (namesakes far from an anchor, small
villages named like a region, names NER gives to a person).
"""

from __future__ import annotations

from collections import defaultdict

from eventdesk.extensions import doc_entities, doc_text, doc_tokens, doc_words
from eventdesk.geo.anchors import names_a_container
from eventdesk.geo.candidates import (
    _COUNTRY_KIND,
    BIG_CITY_POPULATION,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    PlaceMention,
    _city_part,
    _main_name,
    _split_designator,
    in_named_province,
    is_district,
)
from eventdesk.geo.countries import AMBIGUOUS_COUNTRY_NAMES
from eventdesk.geo.country_words import _before_border, _dateline, _in_compound
from eventdesk.geo.name_spans import (
    LOCATIVE_PREPS,
    _can_continue,
    _can_end,
    _can_start,
    _entity_labels,
    _named_as_place,
    _site_name_starts,
)
from eventdesk.geo.named_regions import (
    _in_a_named_region_first,
    _without_small_namesakes_outside_named_regions,
)
from eventdesk.geo.namesakes import (
    _big_cities_over_small_namesakes,
    _context_first,
    _in_the_named_country,
    _near_the_rest_first,
    _quarters_of_well_known_towns,
    _without_anchored_namesakes,
    _without_namesakes_far_from_their_town,
)
from eventdesk.geo.normalize import ARABIC_ARTICLES, article_split, fold, name_key, skeleton
from eventdesk.geo.span_judging import SpanJudging
from eventdesk.geo.span_vetting import NOT_A_TOWN_AFTER, _Scan

MAX_NGRAM = 6
_AMBIGUOUS_KEYS = {name_key(name): codes for name, codes in AMBIGUOUS_COUNTRY_NAMES.items()}


def _party_names(words: list[str]) -> frozenset[str]:
    """Name keys of the names a report gives a party ("the Morena party's nominee"): a party
    named with a word that is also a town's name is that party wherever the report names it
    ("Morena's leader said"), never the town."""
    names = set()
    for k in range(1, len(words)):
        if words[k].lower() == "party" and words[k - 1][:1].isupper():
            start = k - 1
            while start > 0 and words[start - 1][:1].isupper() and words[start - 1] != "The":
                start -= 1
            names.add(name_key(" ".join(words[start:k])))
    return frozenset(names)


class PlaceDetection(SpanJudging):
    """The Gazetteer's place detection (Gazetteer.find_mentions): a part of the Gazetteer
    class (gazetteer.py), whose lookups, word lists and country context it reads; each
    span the index knows is judged by SpanJudging (span_judging.py)."""

    def find_mentions(self, doc) -> list[PlaceMention]:
        """Places, regions and countries named in a spaCy Doc, found through the gazetteer.

        Names that are places only in the right country (an English noun that NER calls a
        place, a tiny namesake found by the loosest spelling rule) are kept when the rest of
        the report names that country.
        """
        tokens = list(doc_tokens(doc))
        words = doc_words(doc)
        starts = [t.idx for t in tokens]
        n = len(tokens)
        text = doc_text(doc)
        has_pos = doc.has_annotation("POS")
        dateline, outlet = _dateline(words)
        scan = _Scan(
            text=text, tokens=tokens, words=words,
            lower_words=frozenset(w for w in words if w[:1].islower()),
            entity_of=_entity_labels(doc), has_pos=has_pos,
            # Token.is_sent_start rescans the whole Doc on every call: collect starts once.
            sentences=(frozenset(s.start for s in doc.sents)
                       if has_pos and doc.has_annotation("SENT_START") else frozenset()),
            dateline=dateline, outlet=outlet, site_names=_site_name_starts(doc),
            party_names=_party_names(words),
        )
        mentions: list[PlaceMention] = []
        pending: list[tuple[PlaceMention, frozenset[str], bool]] = []
        i = 0
        while i < n:
            if i in outlet or not _can_start(words, i):
                i += 1
                continue
            # Longest match wins; a shorter one stands in when the longer is rejected.
            found = None
            for j, how, code in reversed(self._names_from(text, words, starts, i)):
                found = self._make_mention(scan, i, j, how, code)
                if found is not None:
                    break
            if found is None:
                i += 1
                continue
            mention, needs, fallback = found
            if needs is None:
                mentions.append(mention)
            else:
                pending.append((mention, needs, fallback))
            i = mention.end
        kept = {id(m) for m in _without_halves_of_longer_names(
            mentions + [m for m, _, _ in pending], tokens)}
        mentions = [m for m in mentions if id(m) in kept]
        pending = [p for p in pending if id(p[0]) in kept]
        if not mentions and not pending:
            return mentions
        mentions = _without_anchored_namesakes(mentions, words)
        _in_the_named_country(mentions, words)
        _big_cities_over_small_namesakes(mentions)
        mentions = self._without_unsupported_alternates(mentions, words)
        self._ambiguous_names_read(doc, words, mentions)
        _, strong, named = self._evidence_weights(doc, words, mentions)
        if pending:
            # Names that are places only in the right country: kept when the report is
            # about that country; else, unless the report names another country, the
            # populous ones (a demonym names an actor's home, not where things happen: "the
            # Turkish consulate in Thessaloniki").
            context = {code for code, weight in strong.items() if weight > 0}
            kept = [m for m, needs, fallback in pending
                    if needs & context or (fallback and not named) or (
                        not context or names_a_container(words, m.start))
                    and _placed_in_one_country(m, needs, words)]
            # the halves again: an opening read only in a country not the report's is no place
            mentions = _without_halves_of_longer_names(mentions + kept, tokens)
            mentions.sort(key=lambda m: m.start)
            strong = self._evidence_weights(doc, words, mentions)[1]
        if strong:
            mentions = self._with_loose_spellings(doc, mentions, strong)
            _context_first(mentions, strong)
        mentions = _quarters_of_well_known_towns(mentions)
        _in_a_named_region_first(mentions)
        mentions = _without_small_namesakes_outside_named_regions(mentions)
        _near_the_rest_first(mentions)
        return _without_namesakes_far_from_their_town(mentions, words)

    def _names_from(self, text: str, words: list[str], starts: list[int], i: int
                    ) -> list[tuple[int, str, str | None]]:
        """The spans from word i that the index knows, shortest first, as (end, how,
        country code): a country's name, a place's name key ("key") or, for six letters or
        more and no demonym, its spelling skeleton ("skel")."""
        matches: list[tuple[int, str, str | None]] = []
        for j in range(i + 1, min(len(words), i + MAX_NGRAM) + 1):
            last = words[j - 1]
            if j - 1 > i and not _can_continue(last):
                break
            if not _can_end(last):
                continue
            span_text = text[starts[i]:starts[j - 1] + len(last)]
            key = name_key(span_text)
            if not key:
                continue
            code = self._country_names.get(key)
            if code is not None:
                matches.append((j, _COUNTRY_KIND, code))
            elif key in self._keys:
                matches.append((j, "key", None))
            elif (len(key) >= 6 and key not in self._demonyms
                  and skeleton(span_text) in self._skeletons):
                matches.append((j, "skel", None))
            elif j == i + 1 and self._fused_article_known(span_text):
                matches.append((j, "key", None))  # "Elwak" for El Wak
            elif "-" in span_text and key.replace(" ", "") in self._keys and any(
                    _main_name(c, key.replace(" ", "")) for c in self.candidates(span_text)):
                # "Pétion-Ville" for Pétionville: a place's main name written hyphenated
                # (not another place's alternate name: "Kok-Tash" is no "Koktash")
                matches.append((j, "key", None))
        return matches

    def _fused_article_known(self, word: str) -> bool:
        """A word the index knows with its fused article written apart ("Elwak": El Wak),
        not an English word ("Almost")."""
        split = article_split(fold(word))
        return split is not None and not self._is_english(word) \
            and name_key(split) in self._keys

    def _with_loose_spellings(self, doc, mentions: list[PlaceMention],
                              strong: dict[str, float]) -> list[PlaceMention]:
        """"clashes in Menbeij" in a Syrian report: a name NER calls a place, that the index
        lacks, read by loose spelling in the country the report is most about (never in
        another: there a loose spelling is a namesake). Not a name a facility word follows
        ("crowds in the Ferdowsi street area", "at the Talal hospital"): a street's or a
        site's name, which detection never reads as a town. Nor a reading outside the
        provinces the report names there (`in_named_province`)."""
        country = max(strong, key=strong.get)
        if strong[country] <= 0:
            return mentions
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = []
        for ent in doc_entities(doc):
            span = ent[1:] if ent[0].lower_ == "the" else ent
            if ent.label_ not in ("GPE", "LOC") or not span.text[:1].isupper() or any(
                    i in covered for i in range(ent.start, ent.end)) or any(
                    self._is_english(t.text) for t in span) or (
                    span.end < len(doc) and doc[span.end].lower_ in NOT_A_TOWN_AFTER):
                continue
            candidates = [c for c in self.loose_candidates(span.text, country)
                          if in_named_province(mentions, c)]
            if candidates:
                added.append(PlaceMention(span.start, span.end, span.start_char, span.end_char,
                                          span.text, candidates))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def _ambiguous_names_read(self, doc, words: list[str], mentions: list[PlaceMention]
                              ) -> None:
        """"fighting in eastern Congo" beside Goma and Beni is the DR Congo: a country name
        news gives two countries (AMBIGUOUS_COUNTRY_NAMES) is the one the rest of the report
        weighs more, its wire-style reading when the rest says neither."""
        named = [m for m in mentions if m.kind == _COUNTRY_KIND
                 and name_key(m.text) in _AMBIGUOUS_KEYS]
        if not named:
            return
        rest = [m for m in mentions if all(m is not n for n in named)]
        strong = self._evidence_weights(doc, words, rest)[1]
        for mention in named:
            codes = _AMBIGUOUS_KEYS[name_key(mention.text)]
            mention.country_code = max(codes, key=lambda c: (strong.get(c, 0.0), -codes.index(c)))

    @staticmethod
    def named_region_countries(mentions: list[PlaceMention]) -> list[str]:
        """Countries of the regions the report names as such, exactly and in one country
        only ("Haydan district of Saada province"): the report is about that country, however
        little the region weighs beside the cities of another."""
        out: list[str] = []
        for mention in mentions:
            if mention.kind != "region" or mention.designator not in REGION_DESIGNATORS:
                continue
            codes = {c.country_code for c in mention.candidates
                     if c.is_region and c.match == "exact"}
            if len(codes) == 1 and not codes <= set(out):
                out.extend(codes)
        return out

    def _without_unsupported_alternates(self, mentions: list[PlaceMention], words: list[str]
                                        ) -> list[PlaceMention]:
        """"the Cano Limon-Covenas pipeline" in a Colombian report is not Kano, Nigeria: a
        reading by an alternate name (or a loose spelling of one), in a country that nothing
        else in the report names (no other place, no country, no demonym), is a namesake when
        the report names another country. Mentions left with no reading are dropped."""
        sources: dict[str, set[str]] = defaultdict(set)
        for mention in mentions:
            key = mention.country_code if mention.kind == _COUNTRY_KIND else \
                name_key(mention.text)
            codes = {mention.country_code} if mention.kind == _COUNTRY_KIND else {
                c.country_code for c in mention.candidates if c.match != "transliteration"}
            for code in codes:
                sources[code].add(key)
        for k, word in enumerate(words):
            code = self._demonyms.get(name_key(word)) if word[:1].isupper() else None
            # "fled to the Ethiopian border", "a Saudi-led coalition": a neighbour or a
            # party named in passing, which makes no namesake of the report's own towns
            if code and not _before_border(words, k + 1) and not _in_compound(words, k, k + 1):
                sources[code].add(f"demonym:{code}")
        dateline = _dateline(words)[0]
        out = []
        for mention in mentions:
            if mention.kind == _COUNTRY_KIND or _city_part(mention):
                out.append(mention)
                continue
            key = name_key(mention.text)
            named_elsewhere = any(sources[code] - {key} for code in sources)
            # "Homs" names Homs and, exactly, its governorate: one country either way; so
            # does "the Deir Ezzor Governorate", a spelling of its main name with its kind
            bare = _bare_region_key(mention)
            # "ORAKZAI DISTRICT: A shopkeeper was wounded": a district named exactly as the
            # dateline, where the report was filed, is that district, whatever else it names
            filed = mention.start in dateline
            by_name = {c.country_code for c in mention.candidates if c.match != "transliteration"
                       and (_main_name(c, key) or (c.is_region or filed and is_district(c))
                            and c.match == "exact"
                            or bare is not None and c.is_region
                            and bare == name_key(_split_designator(c.name)[0]))}
            # "demonstrated in Kiev", "captured the capital of Nanking": a big city's
            # exact name of old, written where only places are named, in a report that
            # names no other place (beside Baghdad, "Yathrib" is a village, not Medina)
            if not any(m.kind != _COUNTRY_KIND and name_key(m.text) != key
                       for m in mentions):
                by_name |= {c.country_code for c in mention.candidates
                            if c.match == "exact" and c.population >= BIG_CITY_POPULATION
                            and not c.is_region and _named_as_place(words, mention.start)}
            # transliteration readings count for no country: left to the resolution rules
            kept = [c for c in mention.candidates if not named_elsewhere
                    or c.match == "transliteration" or c.country_code in by_name
                    or sources[c.country_code] - {key}]
            if kept:
                if len(kept) < len(mention.candidates):
                    mention.candidates = kept
                out.append(mention)
        return out


def _placed_in_one_country(mention: PlaceMention, needs: frozenset[str],
                           words: list[str]) -> bool:
    """"was captured in a raid in Qaim", "the town of X": in a report that gives no country
    at all, a name after a place's preposition or called a place, that the index reads (by
    its name or a spelling of its main name) in one country only, is that place; nothing
    else in the report could say which country to read it in. Not after the verbs and nouns
    that also take people ("captured X", "an attack on X")."""
    before = words[mention.start - 1].lower() if mention.start else ""
    if len(needs) != 1 or not (before in LOCATIVE_PREPS or names_a_container(words, mention.start)
                               or mention.designator in PLACE_DESIGNATORS):
        return False
    key = name_key(mention.text)
    return any(c.country_code in needs and (c.match == "exact" or _main_name(c, key))
               for c in mention.candidates if c.match != "transliteration")


def _bare_region_key(mention: PlaceMention) -> str | None:
    """The key of a region's name written with its kind word ("the Deir Ezzor Governorate",
    "Nineveh province") without that word; None for a name written without one."""
    core, designator = _split_designator(mention.text)
    if designator not in REGION_DESIGNATORS or core == mention.text.strip():
        return None
    return name_key(core) or None


def _without_halves_of_longer_names(mentions: list[PlaceMention], tokens) -> list[PlaceMention]:
    """"the Mayo-Sava department": the close of a hyphenated name that the index lacks is no
    place (nor evidence of a country), however big its namesake, when the name's opening
    reads as none. Names joined that are both places ("the Goma-Sake road") stay; so do an
    Arabic article's ("al-Sham") and a country's ("the Hamas-Israel war")."""
    covered = {k for m in mentions for k in range(m.start, m.end)}

    def closes_a_name(m: PlaceMention) -> bool:
        if m.kind == _COUNTRY_KIND or m.start < 2 or tokens[m.start - 1].text != "-" \
                or m.start - 2 in covered:
            return False
        opening = tokens[m.start - 2]
        return opening.whitespace_ == "" and tokens[m.start - 1].whitespace_ == "" \
            and opening.text[:1].isupper() and opening.text.lower() not in ARABIC_ARTICLES
    return [m for m in mentions if not closes_a_name(m)]
