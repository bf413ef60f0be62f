"""Region and district names as news writes them: the kind words stripped ("Aleppo
Governorate" -> Aleppo, "Département de Tessaoua" -> Tessaoua, "Murcia, Región de" ->
Murcia), the English name chosen among a division's native name and aliases, and a region's
admin1 as ACLED writes it (`acled_region_name`). Used by the default build, the GeoNames
import, the region points and the store's region filter alike, so all read a region's name
one way.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections import Counter
from importlib import resources

from eventdesk.geo.normalize import fold, name_key

# Words naming the kind of a region, stripped from aliases ("Aleppo Governorate" -> Aleppo).
REGION_WORDS = (
    "governorate", "province", "state", "region", "department", "departamento", "district",
    "oblast", "prefecture", "county", "territory", "division", "municipality", "wilayah",
    "wilaya", "viloyati", "welayaty", "muhafazat", "estado", "provincia", "city", "zone",
    "capital district", "federal district", "autonomous region", "special region",
    "autonomous okrug",
)
# Russia's "krai" is a region's kind, never a district's ("Kuala Krai" is a Malaysian town).
_REGION_ONLY_WORDS = ("kray", "krai")
_REGION_WORD_RE = re.compile(
    r"^(?:(?:the|departamento del?|estado de|province of|state of|region of|muhafazat)\s+)?"
    r"(?P<core>.+?)"
    r"(?:\s+(?:" + "|".join(sorted(map(re.escape, REGION_WORDS + _REGION_ONLY_WORDS), key=len,
                                   reverse=True)) + r"))?$",
    re.IGNORECASE,
)
# What GeoNames and ISO 3166-2 write after a comma to say what kind of region a name is, in
# their inverted official style ("Dagestan, Respublika", "Murcia, Región de", "Praha, Hlavní
# město", "Gagauzia, Unitatea teritorială autonomă"); the words of REGION_WORDS count too.
_DESIGNATION_WORDS = frozenset(
    {"respublika", "republic", "republica", "region", "comunidad", "foral", "principado",
     "autonoma", "autonomous", "autonomnaya", "avtonomnyy", "avtonomnaya", "hlavni", "mesto",
     "unitatea", "teritoriala", "kray", "krai", "okrug", "wilayat", "vilayeti", "gewest",
     "canton", "land", "capital", "federal", "special", "administrative", "metropolitan",
     "de", "del", "la", "las", "los", "le", "les", "din", "da", "das", "do", "dos", "of", "the"}
).union(*(word.split() for word in REGION_WORDS))
_INVERTED_RE = re.compile(r"^(?P<core>[^,]+),(?P<kind>[^,]+)$")
# Words that mark an English (rather than local-language) region name.
_ENGLISH_MARKERS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "upper", "lower", "middle", "new", "red", "sea", "blue", "white", "river", "coast",
     "lake", "islands", "mountain", "valley", "greater"}
)


# Words naming the kind of a second-level division, after or before its name ("Urgun
# District", "Urgun tuman", "Département de Tessaoua", "Amphoe Raman", "Bajaur Agency").
DISTRICT_WORDS = REGION_WORDS + (
    "tuman", "tumani", "rayon", "raion", "okrug", "cercle", "parish", "township", "woreda",
    "lga", "local government area", "sub-county", "subcounty", "ilcesi", "kommune", "kommun",
    "agency",
)
_DISTRICT_WORD_RE = re.compile(
    r"^(?:(?:the|d[eé]partement d[eu']|d[eé]partement de la|caza d[e']|cercle de|district d[eu']"
    r"|territoire d[eu']|ville d[eu']|municipio d[e']|condado d[e']|distrito d[e']"
    r"|commune d[e']|degmada|mudiriyat|nafat|nefat|qada'?|mantiqat|amphoe|khet"
    r"|circunscri[cç][aã]o de|departamento de|partido de|provincia(?: de)?|daira de|municipio"
    r"|shahrestan-e|markaz|mueang|srok|kabupaten|huyen)\s*)?"
    r"(?P<core>.+?)"
    r"(?:\s+(?:" + "|".join(sorted(map(re.escape, DISTRICT_WORDS), key=len, reverse=True))
    + r"))?$",
    re.IGNORECASE,
)


def uninverted(name: str) -> str:
    """A name written with its kind after a comma, without it: 'Dagestan, Respublika' ->
    'Dagestan', 'Murcia, Región de' -> 'Murcia'; a comma before anything else is kept
    ('San Andrés, Providencia y Santa Catalina')."""
    match = _INVERTED_RE.match(name.strip())
    if match is None:
        return name
    kind = fold(match.group("kind")).split()
    if kind and all(word in _DESIGNATION_WORDS for word in kind) and match.group("core").strip():
        return match.group("core").strip()
    return name


def strip_region_word(name: str) -> str:
    """'Aleppo Governorate' -> 'Aleppo'; 'Departamento del Meta' -> 'Meta'; 'Murcia, Región
    de' -> 'Murcia'."""
    name = uninverted(name)
    match = _REGION_WORD_RE.match(name.strip())
    core = match.group("core") if match else name
    return core.strip() or name


def strip_district_word(name: str) -> str:
    """'Urgun District' -> 'Urgun'; 'Département de Tessaoua' -> 'Tessaoua' (accents kept
    only where no kind word was stripped)."""
    plain = fold_display(name.strip())
    match = _DISTRICT_WORD_RE.match(plain)
    core = match.group("core").strip() if match else plain
    if core == plain or len(core) < 2:
        return name.strip()
    return core


# An official name that is an adjective before the kind of region ("Yaroslavskaya oblast'",
# "Altayskiy kray", "Rivnenska oblast"): English names the region by its noun instead.
_ADJECTIVAL_OFFICIAL_RE = re.compile(
    r"^(?:\w+ )*\w*(?:skaya|skiy|ska|skyi)\s+(?:avtonomn\w+\s+)?(?:oblast|kray|krai|okrug)$")
# The kind of a region written before its name in its own language, as a title
# ("Wilayah Persekutuan Labuan", "Respublika Krym").
_KIND_BEFORE_RE = re.compile(r"^(?:wilayah persekutuan|avtonomna respublika|respublika)\s+(?=\S)",
                             re.IGNORECASE)
_GLOSS_RE = re.compile(r"\([^)]*\)\s*\w")
_DOTLESS_I = str.maketrans("ıİ", "iI")
# Russian "-iya"/"-eya" (BGN transliteration) is "-ia"/"-ea" in English: Kareliya -> Karelia.
_RUSSIAN_ENDING = re.compile(r"(?<=[a-z])(?:iya|eya)$")


@functools.lru_cache(maxsize=1)
def listed_region_names() -> dict[str, str]:
    """Admin1 code -> the region's name no rule gives, from data/geonames/admin1_names.toml."""
    text = (resources.files("eventdesk") / "data" / "geonames" / "admin1_names.toml"
            ).read_text("utf-8")
    return tomllib.loads(text)["names"]


def acled_region_name(code: str, name: str) -> str:
    """The name ACLED gives the first-level region `code` ('RU.17') officially named `name`:
    the listed one, else `name` without its kind after a comma or before it as a title
    ('Dagestan, Respublika' -> 'Dagestan', 'Wilayah Persekutuan Labuan' -> 'Labuan'),
    in Russia with English '-ia' ('Kareliya' -> 'Karelia'), and in ASCII."""
    listed = listed_region_names().get(code)
    if listed:
        return listed
    name = _KIND_BEFORE_RE.sub("", uninverted(name))
    if code.upper().startswith("RU."):
        name = _RUSSIAN_ENDING.sub(lambda m: m.group()[0] + "a", name)
    # ACLED writes a region in ASCII when accents and the dotless i are all that keep it
    # from it ('Şanlıurfa' -> Sanliurfa); a letter of its own ('Østfold') is kept
    plain = fold_display(name.translate(_DOTLESS_I))
    return plain if plain.isascii() else name


def english_region_name(name: str, aliases: tuple[str, ...] | list[str]) -> str:
    """Pick the English name of a region among its native name and aliases.

    Names that share a matching key vote together ('Homs', 'Homs Governorate'); the group
    with most votes wins, then English-looking names, then the native name. Within the group
    the commonest spelling wins; among equally common ones the shortest with the native
    name's words (its article kept: 'An Najaf'), which drops what strict transliteration
    adds ('Hamah' and 'Hama' twice each: 'Hama'; 'Karbala'' -> 'Karbala'), then the native
    name.
    """
    native = fold_display(uninverted(name))
    # a parenthesis inside an alias glosses it ('Primorskiy (Maritime) Kray'); one at the end
    # tells namesakes apart ('Bang Sai (West)') and is kept
    forms = [native] + [strip_region_word(a) for a in aliases if not _GLOSS_RE.search(a)]
    forms = [f for f in forms if f and fold(f).isascii() and f.isascii()]
    if len(forms) > 1 and forms[0] == native and _ADJECTIVAL_OFFICIAL_RE.match(fold(native)):
        forms = forms[1:]  # "Yaroslavskaya oblast'": the English 'Yaroslavl Oblast' is written
    if not forms:
        return name
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(name_key(form), []).append(form)

    def rank(item: tuple[str, list[str]]) -> tuple[int, int, int]:
        key, members = item
        english = any(w in _ENGLISH_MARKERS for w in fold(members[0]).split())
        has_native = name_key(native) == key
        return (len(members), int(english), int(has_native))

    _, members = max(groups.items(), key=rank)
    spelled = Counter(members).most_common()
    best_count = spelled[0][1]
    tied = [form for form, count in spelled if count == best_count]
    titled = [f for f in tied if all(w[:1].isupper() or w.islower() and len(w) <= 3
                                     for w in re.split(r"[\s-]+", f))]
    words = len(native.split())
    return min(titled or tied, key=lambda f: (len(f.split()) != words, len(f), f != native))


def fold_display(name: str) -> str:
    """Accents removed but case and punctuation kept: 'Ḩalab' -> 'Halab'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("’", "'").replace("ʼ", "'")

