"""A tiny hand-made gazetteer in the exact GeoNames file formats."""

from __future__ import annotations

from pathlib import Path

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (169577, "Homs", "Homs", "Hims,Ḩimş,Emesa", 34.72682, 36.72339, "P", "PPLA", "SY", "11",
     775404),
    (169575, "Homs Governorate", "Homs Governorate", "Muhafazat Hims", 34.5, 37.9, "A", "ADM1",
     "SY", "11", 1803000),
    (9000001, "Al Khālidīyah", "Al Khalidiyah", "Khaldiyeh", 34.7469, 36.7097, "P", "PPLX",
     "SY", "11", 0),
    (9000002, "Al Khālidīyah", "Al Khalidiyah", "", 32.1711, 36.3006, "P", "PPL", "JO", "19",
     5200),
    (170063, "Aleppo", "Aleppo", "Halab,Alep,Ḩalab", 36.20124, 37.16117, "P", "PPLA", "SY",
     "09", 2098210),
    (170062, "Aleppo Governorate", "Aleppo Governorate", "Muhafazat Halab", 36.25, 37.5, "A",
     "ADM1", "SY", "09", 4868000),
    (9000003, "Ar Rāshidīn", "Ar Rashidin", "", 36.2036, 37.1005, "P", "PPLX", "SY", "09", 0),
    (170794, "Deir ez-Zor", "Deir ez-Zor", "Dayr az Zawr,Deir ez Zor", 35.33588, 40.14084,
     "P", "PPLA", "SY", "07", 271800),
    (2210247, "Tripoli", "Tripoli", "Tarabulus,Ţarābulus", 32.88743, 13.18733, "P", "PPLC",
     "LY", "77", 1150989),
    (266826, "Tripoli", "Tripoli", "Trablous,Ţarābulus", 34.43667, 35.84972, "P", "PPLA", "LB",
     "09", 229398),
    (9000004, "Police", "Police", "", 53.5521, 14.57218, "P", "PPL", "PL", "78", 33000),
    (9000005, "Talal", "Talal", "", 35.1, 36.9, "P", "PPL", "SY", "11", 300),
    (9000006, "Barada River", "Barada River", "", 33.5, 36.3, "H", "STM", "SY", "13", 0),
    (9000007, "Khawr Maksar", "Khawr Maksar", "Khor Maksar,Khormaksar", 12.8167, 45.0333, "P",
     "PPLX", "YE", "02", 0),
    (71137, "Sanaa", "Sanaa", "Sana,Sana'a,Ṣan‘ā’", 15.35472, 44.20667, "P", "PPLC", "YE",
     "26", 1937451),
    (9000010, "Central Darfur", "Central Darfur", "Wasat Darfur", 12.9, 23.5, "A", "ADM1", "SD",
     "61", 0),
    (9000011, "Central Region", "Central Region", "Central", 5.5, -1.0, "A", "ADM1", "GH", "04",
     0),
    (69543, "Republic of Yemen", "Republic of Yemen", "Yamanland", 15.5, 47.5, "A", "PCLI",
     "YE", "00", 28000000),
    (415189, "Aden", "Aden", "Adan,‘Adan", 12.77944, 45.03667, "P", "PPLA", "YE", "02",
     550602),
    # Made-up names for the country-context and detection rules.
    (9000020, "Qarmuda", "Qarmuda", "", 2.04, 45.34, "P", "PPLC", "SO", "02", 2500000),
    (9000021, "Vellouse", "Vellouse", "", 48.77, 1.55, "P", "PPL", "FR", "11", 3000),
    (9000022, "Tazirt", "Tazirt", "", 31.0, -7.9, "P", "PPL", "MA", "04", 900),
    (9000023, "Al Khuzayrah", "Al Khuzayrah", "", 14.8, 42.95, "P", "PPL", "YE", "08",
     700000),
    (9000024, "Ocelot", "Ocelot", "", 11.9, 13.6, "P", "PPL", "NG", "02", 0),
    (9000025, "Union", "Union", "", 40.7, -74.26, "P", "PPL", "US", "NJ", 56000),
    (9000026, "Forest", "Forest", "", 50.81, 4.32, "P", "PPL", "BE", "BRU", 56000),
    (9000027, "Jabur", "Jabur", "", 35.5, 36.6, "P", "PPL", "SY", "11", 2000),
    (9000028, "Qassem", "Qassem", "", 32.1, 34.9, "P", "PPL", "IL", "01", 800),
    (9000029, "Coral Sea", "Coral Sea", "", 19.6, 37.2, "A", "ADM1", "SD", "62", 600000),
    (9000030, "Sidonia", "Sidonia", "", 33.56, 35.37, "P", "PPL", "LB", "09", 200000),
    (9000031, "Sidonia", "Sidonia", "", 40.1, -88.2, "P", "PPL", "US", "IL", 600),
    (9000032, "Port Ocelot", "Port Ocelot", "", 19.6, 37.2, "P", "PPL", "SD", "62", 450000),
    (9000033, "Uman", "Uman", "Human", 48.75, 30.22, "P", "PPL", "UA", "01", 81500),
    (9000034, "Tall Qirmish", "Tall Qirmish", "", 36.0, 37.0, "P", "PPL", "SY", "09", 20000),
    # a town whose one-word name opens many longer names ("Tal Dhalfa"), and a namesake abroad
    # of the word that follows it in one of them
    (9000035, "At Tall", "At Tall", "Tal", 33.61, 36.31, "P", "PPL", "SY", "09", 55000),
    (9000036, "Nam", "Nam", "", 30.0, 100.0, "P", "PPL", "CN", "01", 60000),
    # a town named with a title word, written by another spelling of its main name
    # ("Sheikh Tarmouz")
    (9000037, "Shaykh Tarmuz", "Shaykh Tarmuz", "", 36.1, 37.2, "P", "PPL", "SY", "09", 12000),
    # a town of Homs province far from Homs city, named "Zarnuq, Homs" as wire copy does
    (9000038, "Zarnuq", "Zarnuq", "", 35.0, 37.3, "P", "PPL", "SY", "11", 15000),
    # a town abroad named as the word that opens many Arabic names
    (9000039, "Abu", "Abu", "", 24.59, 72.71, "P", "PPL", "IN", "24", 25000),
]
ADMIN1 = [("SY.11", "Homs", "Homs", 169575), ("SY.09", "Aleppo", "Aleppo", 170062),
          ("SY.07", "Deir ez-Zor", "Deir ez-Zor", 170792), ("LY.77", "Tripoli", "Tripoli", 2210245),
          ("LB.09", "North Governorate", "North Governorate", 6201373),
          ("JO.19", "Mafraq", "Mafraq", 250582), ("PL.78", "West Pomerania", "West Pomerania",
                                                   3337492),
          ("YE.02", "Aden", "Aden", 80412), ("SD.62", "Coral Sea", "Coral Sea", 9000029)]
ADMIN2 = [("SY.11.1234", "Homs District", "Homs District", 1234)]
# alternateNameId, geonameid, isolanguage, name, isPreferred, isShort, isColloquial, isHistoric,
# from, to
ALTERNATE_NAMES = [
    (1, 9000003, "en", "Rashideen", "", "", "", "", "", ""),
    (2, 170063, "ar", "حلب", "1", "", "", "", "", ""),
    (3, 170063, "link", "https://en.wikipedia.org/wiki/Aleppo", "", "", "", "", "", ""),
    (4, 99999999, "en", "Nowhere Place", "", "", "", "", "", ""),
]


def geoname_line(row: tuple) -> str:
    """A row of a GeoNames country file; an optional last field is the admin2 code."""
    gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, admin1, population = row[:11]
    admin2 = row[11] if len(row) > 11 else "1234" if gid == 169577 else ""
    fields = [str(gid), name, ascii_name, alternates, str(lat), str(lon), fclass, fcode, cc, "",
              admin1, admin2, "", "", str(population), "", "100",
              "Asia/Damascus", "2024-01-01"]
    assert len(fields) == 19
    return "\t".join(fields) + "\n"


def write_geonames_files(folder: Path) -> list[Path]:
    """The four GeoNames files of the tiny gazetteer, in their exact formats."""
    folder.mkdir(parents=True, exist_ok=True)
    places = folder / "XX.txt"
    places.write_text("".join(geoname_line(r) for r in PLACES), encoding="utf-8")
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("".join("\t".join(map(str, r)) + "\n" for r in ADMIN1), encoding="utf-8")
    admin2 = folder / "admin2Codes.txt"
    admin2.write_text("".join("\t".join(map(str, r)) + "\n" for r in ADMIN2), encoding="utf-8")
    alternates = folder / "alternateNamesV2.txt"
    alternates.write_text("".join("\t".join(map(str, r)) + "\n" for r in ALTERNATE_NAMES),
                          encoding="utf-8")
    return [places, admin1, admin2, alternates]




def import_places(folder: Path, places: list[tuple], admin1: list[tuple],
                  admin2: list[tuple] = ()) -> Path:
    """An index of a test's own places and first-level regions: rows of (geonameid, name,
    alternatenames, lat, lon, class, code, cc, admin1, population[, admin2 code]), the name its
    ASCII name; `admin2` rows name the districts ("CC.A1.A2", name, ascii name, geonameid)."""
    from eventdesk.geo.importer import import_geonames

    folder.mkdir(parents=True, exist_ok=True)
    lines = [geoname_line((gid, name, name, *rest)) for gid, name, *rest in places]
    (folder / "XX.txt").write_text("".join(lines), encoding="utf-8")
    files = [folder / "XX.txt", folder / "admin1CodesASCII.txt"]
    files[1].write_text("".join("\t".join(map(str, r)) + "\n" for r in admin1), encoding="utf-8")
    if admin2:
        files.append(folder / "admin2Codes.txt")
        files[2].write_text("".join("\t".join(map(str, r)) + "\n" for r in admin2),
                            encoding="utf-8")
    index = folder / "tiny.sqlite"
    import_geonames(files, index_path=index, empty=True, progress=False)
    return index
