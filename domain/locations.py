"""Whether a job's location is the place a search asks for, as people write places: in any
case, with or without accents, with the country named, abbreviated or left out
("BELFAST, UK" is "Belfast, United Kingdom", "Belfast, Northern Ireland" and "Belfast"), a
region in full or abbreviated ("Austin, TX" is "Austin, Texas"), with or without commas
("Springfield IL USA" is "Springfield, IL, USA"; comma_readings).

The town (the place's first part) must appear in the job's location; a region or a country
asked for must be the job's, unless the job's location names none.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.place_names import fold_name, other_names, town_id
from domain.ports.reference_data import Country
from domain.written_out_umlauts import confirmed_umlaut_spelling

# Names people use that are not ISO names, common names or three-letter codes. Two-letter ISO
# codes are left out on purpose: "Denver, CO" and "Springfield, IL" name US states, not
# Colombia and Israel; only the two that mean a country in everyday writing are kept.
_ALIASES = {
    "uk": "GB", "gb": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "us": "US", "usa": "US",
    "america": "US", "united states of america": "US", "uae": "AE", "holland": "NL",
    "the netherlands": "NL", "korea": "KR", "russia": "RU", "czechia": "CZ", "czech republic": "CZ",
    "ivory coast": "CI", "turkey": "TR", "vietnam": "VN", "laos": "LA", "syria": "SY", "macedonia": "MK",
}
_PUNCTUATION = re.compile(r"[^\w,]+")


def fold(text: str) -> str:
    """Lower case, no accents, punctuation other than commas as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return ", ".join(" ".join(_PUNCTUATION.sub(" ", part).split()) for part in plain.split(","))


@derived_from_reference_data
@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in reference_data().countries():
        for value in (country.name, country.official_name, country.common_name, country.alpha_3):
            if value:
                names[fold(value)] = country.alpha_2
    names.update(_ALIASES)
    return names


# Languages résumés and job ads are commonly written in: a country is named in the writer's own
# ("Frankreich" on a German résumé), from the ISO names' translations (iso-codes).
_COUNTRY_NAME_LANGUAGES = ("es", "pt", "de", "fr", "it", "nl", "pl", "sv", "da", "nb_NO", "fi", "cs", "sk", "ro",
                           "hu", "tr", "hr", "sl", "id", "ms", "vi", "ru", "uk", "el", "ar", "zh_CN", "ja", "ko")


@derived_from_reference_data
@lru_cache(maxsize=1)
def _translated_countries() -> dict[str, str]:
    """Each country's own names first, in every language its people write ("Suomi", "Eesti",
    "Éire", "Pilipinas", "भारत", "日本"); then the countries' names in _COUNTRY_NAME_LANGUAGES.
    A country's own name wins where another country is so named in some other language. Read
    only when a name is not an English one (a few tenths of a second). Left out: names too
    short to tell from a word ("y", "man") and names of a region too ("Granada" is Grenada in
    Spanish and a Spanish province; "Tunis" a governorate)."""
    regions = _first_level_regions()
    english = _countries()
    names: dict[str, str] = {}

    short_names: list[tuple[str, str]] = []

    def add(countries: Sequence[Country] | None, only: frozenset[str] | None = None) -> None:
        for country in countries or ():  # None: tables shipped without that language
            if only is not None and country.alpha_2 not in only:
                continue
            for value in (country.name, country.common_name, country.official_name):
                name = fold(value) if value else ""
                if _long_enough(name) and name not in english and name not in regions:
                    names.setdefault(name, country.alpha_2)
                # "ایران، جمهوری اسلامی" as ISO's "Iran, Islamic Republic of": the name before the comma
                short = _BEFORE_A_COMMA.split(value)[0] if value else ""
                if short != value:
                    short_names.append((fold(short), country.alpha_2))

    spoken_in: dict[str, set[str]] = {}
    for code, locales in reference_data().country_languages().items():
        for locale in locales:
            spoken_in.setdefault(locale, set()).add(code)
    for locale, codes in spoken_in.items():
        add(reference_data().countries_in(locale), frozenset(codes))
    for language in _COUNTRY_NAME_LANGUAGES:
        add(reference_data().countries_in(language))
    for name, code in short_names:  # after every full name: "Congo" is the Republic of the Congo
        if _long_enough(name) and name not in english and name not in regions:
            names.setdefault(name, code)
    return names


_BEFORE_A_COMMA = re.compile(r"\s*[,،，]")


def _long_enough(name: str) -> bool:
    """Four letters or more ("y", "man" are words), or two outside the Latin alphabet ("日本",
    "ไทย", "مصر"), which no English word is written in."""
    if len(name) >= 4:
        return True
    return len(name) >= 2 and not any(c.isascii() or "LATIN" in unicodedata.name(c, "LATIN") for c in name)


def country_code(part: str) -> str | None:
    """The ISO code of a country named by `part` (already folded), or None."""
    words = part.split()
    if len(words) > 1 and all(len(w) == 1 and w.isascii() for w in words):  # U.K., U.S.A.
        part = "".join(words)
    part = part.strip()
    return _country_named(part) or _country_named(_with_umlauts(part))


def _country_named(part: str) -> str | None:
    return _countries().get(part) or (_translated_countries().get(part) if _long_enough(part) else None)


def _with_umlauts(part: str) -> str:
    """A country named with its umlauts written out ("Oesterreich", "Daenemark"), folded as its
    name with them is; `part` itself when the country tables confirm no such name."""
    spelled = confirmed_umlaut_spelling(part) if part.isascii() else None
    return fold(spelled) if spelled is not None else part


@dataclass(frozen=True)
class Place:
    """A location split into what comes before its country and the country (ISO code)."""

    place: str
    country: str | None


@derived_from_reference_data
@lru_cache(maxsize=4096)
def place_of(location: str) -> Place:
    parts = [p.strip() for p in fold(location).split(",") if p.strip()]
    # A country name may itself hold a comma ("Korea, Republic of"): the last two parts first.
    for size in (2, 1):
        if len(parts) >= size:
            code = country_code(", ".join(parts[-size:]))
            if code:
                return Place(", ".join(parts[:-size]), code)
    return Place(", ".join(parts), None)


# The first-level regions people name after their town ("Pune, Maharashtra", "Lagos State");
# municipalities and districts are left out: their names are as often ordinary words ("Bar").
_REGION_TYPES = frozenset({"State", "Province", "Region", "Department", "County", "Autonomous community", "Land",
                           "Voivodship", "Union territory", "Governorate", "Prefecture", "Autonomous region",
                           "Regional state", "Canton", "Administrative region"})


@derived_from_reference_data
@lru_cache(maxsize=1)
def _first_level_regions() -> frozenset[str]:
    return frozenset(fold(r.name) for r in reference_data().subdivisions() if r.type in _REGION_TYPES and len(r.name) >= 5)


def names_a_country_or_region(text: str) -> bool:
    """The whole text is a country's name or a first-level region's ("Maharashtra", "Bayern",
    "Brasil"), not a code ("IT", "PR" are skills' letters as often)."""
    folded = fold(text).strip()
    return len(folded) >= 4 and (country_code(folded) is not None or folded in _first_level_regions())


def a_region_beside_a_town(part: str) -> bool:
    """A region written after a town, by its name or its code in capitals ("Columbus, OH",
    "Perth, WA", "Dayton, Ohio", "Berlin, DE"): where a code alone is as often a skill's
    letters, after a town's comma it is the town's region."""
    written = part.strip()
    return (written.isupper() or len(written) > 3) and fold(written) in _regions()


_COUNTY_TYPES = frozenset({"County", "Two-tier county"})


@derived_from_reference_data
@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Folded region names and their codes ("texas", "tx", "new south wales", "nsw") to the
    ISO 3166-2 regions they may mean (a code like "wa" is a region in several countries)."""
    found: dict[str, set[str]] = {}
    for region in reference_data().subdivisions():
        own = region.code.split("-", 1)[1].lower()
        # Counties are written with their word in front as often as without ("County Cork",
        # "Co. Down" and "Cork" are one county).
        county = region.type in _COUNTY_TYPES and not fold(region.name).startswith("county ")
        spellings = (fold(region.name), own if own.isalpha() else "",
                     *((f"county {fold(region.name)}", f"co {fold(region.name)}") if county else ()))
        for spelling in spellings:
            if spelling:
                found.setdefault(spelling, set()).add(region.code)
    # A two-letter country code where a region may stand ("Berlin, DE") names that country:
    # "DE-" stands for every region of it.
    for country in reference_data().countries():
        found.setdefault(country.alpha_2.lower(), set()).add(country.alpha_2 + "-")
    return {spelling: frozenset(codes) for spelling, codes in found.items()}


def _town_and_regions(place: str) -> tuple[str, frozenset[str]]:
    """The place's first part (the town) and the regions its other parts name."""
    town, *rest = [p.strip() for p in place.split(",")]
    regions = _regions()
    return town, frozenset(code for part in rest for code in regions.get(part, ()))


@derived_from_reference_data
@lru_cache(maxsize=65536)
def location_matches(job_location: str | None, wanted: str) -> bool:
    if not wanted.strip():
        return True
    if not job_location:
        return False
    if _matches(job_location, wanted):
        return True
    # Written without commas ("Springfield IL", "Salt Lake City UT USA"): read with them
    # where the job's own town is the town that reading leaves ("New York" is not "New, York").
    job_town = fold(job_location).split(",")[0].strip()
    return any((town == job_town or _a_region_alone(town) or _the_town_by_another_name(town, None, place_of(job_location)))
               and _matches(job_location, reading)
               for reading, town in comma_readings(wanted))


@derived_from_reference_data
@lru_cache(maxsize=4096)
def comma_readings(wanted: str) -> tuple[tuple[str, str], ...]:
    """A place written without commas, read with them: ("springfield, il, usa", "springfield")
    for "Springfield IL USA". Each reading takes a country off the end, a region (its name or
    code) off what is left, or both, and leaves at least one word of town; the town with it."""
    words = fold(wanted).split()
    if "," in wanted or len(words) < 2:
        return ()
    regions, found = _regions(), []
    for country in [0, *_tails(words, lambda tail: country_code(tail) is not None)]:
        before = words[:len(words) - country]
        for region in [0, *_tails(before, lambda tail: tail in regions)]:
            if country or region:
                town = before[:len(before) - region]
                found.append((", ".join(p for p in (" ".join(town), " ".join(before[len(town):]),
                                                     " ".join(words[len(before):])) if p), " ".join(town)))
    return tuple(dict.fromkeys(found))


def _tails(words: list[str], names: Callable[[str], bool]) -> list[int]:
    """Each count of last words (1 to 3, never all) that names something."""
    return [n for n in (1, 2, 3) if n < len(words) and names(" ".join(words[-n:]))]


def _a_region_alone(place: str) -> bool:
    return len(place) > 3 and any(not code.endswith("-") for code in _regions().get(place, ()))


def _matches(job_location: str, wanted: str) -> bool:
    asked, job = place_of(wanted), place_of(job_location)
    if not asked.place:
        # Only a country asked for: the job names it, or holds the words (Georgia the US state).
        folded = re.escape(fold(wanted))
        return (job.country == asked.country or asked.country in countries_it_lies_in(job_location)
                or re.search(rf"\b{folded}\b", fold(job_location)) is not None)
    if asked.country is not None and job.country is not None and asked.country != job.country:
        return False
    town, asked_regions = _town_and_regions(asked.place)
    if town not in fold(job_location) and not _the_town_by_another_name(town, asked.country, job):
        return _in_the_region_asked_for(asked, job)
    # A region named on both sides must be the same one, however written ("TX", "Texas").
    job_regions = _town_and_regions(job.place)[1] if job.place else frozenset()
    if asked_regions and job_regions:
        return any(a.startswith(j) or j.startswith(a) for a in asked_regions for j in job_regions)
    # A region on one side only must lie in the other side's country ("London, Ontario" is not
    # "London, UK").
    for regions, country in ((asked_regions, job.country), (job_regions, asked.country)):
        if regions and country and not any(code.startswith(country + "-") for code in regions):
            return False
    return True


def _the_town_by_another_name(town: str, country: str | None, job: Place) -> bool:
    """The job's town is the town asked for under another of its names ("München" of
    "Munich", "Москва" of "Moscow"; domain.place_names)."""
    job_town = job.place.split(",")[0].strip()
    if not job_town or job_town == town:
        return False
    country = country or job.country
    ident = town_id(fold_name(town), country)
    return ident is not None and ident == town_id(fold_name(job_town), country)


@derived_from_reference_data
@lru_cache(maxsize=8192)
def same_town(one: str, other: str) -> bool:
    """Two places' towns (their first comma parts) are one town, however either is written
    ("München" and "Munich, Germany"; "Kyiv" and "Київ")."""
    first, second = place_of(one), place_of(other)
    town = first.place.split(",")[0].strip()
    return bool(town) and _the_town_by_another_name(town, first.country, second)


def town_and_country(location: str) -> tuple[str, str | None]:
    """The town (folded) a location names and its country's ISO code: the one named, or the
    one its regions lie in ("Austin, TX" is in the US); None when neither tells."""
    place = place_of(location)
    if not place.place:
        return "", place.country
    town, regions = _town_and_regions(place.place)
    countries = {code.split("-")[0] for code in regions}
    return town, place.country or (countries.pop() if len(countries) == 1 else None)


def countries_of_its_regions(location: str) -> frozenset[str]:
    """The countries the regions a location names after its town may lie in: one ("Austin,
    TX"), or several where a code is a region's in more than one ("Cambridge, MA" may be
    Massachusetts or Morocco; town_and_country then tells none)."""
    place = place_of(location)
    if not place.place:
        return frozenset()
    return frozenset(code.split("-")[0] for code in _town_and_regions(place.place)[1])


def countries_it_lies_in(location: str) -> frozenset[str]:
    """The country a location names, else those its regions or a country's code after its town
    place it in ("Austin, TX", "Rotterdam, NL"): where a code is a region's in several countries
    ("Denver, CO" may be Colorado or Colombia), those where its town is a known one."""
    place = place_of(location)
    if place.country is not None:
        return frozenset({place.country})
    if not place.place:
        return frozenset()
    town, regions = _town_and_regions(place.place)
    countries = frozenset(code.split("-")[0] for code in regions)
    if len(countries) <= 1:
        return countries
    return frozenset(country for country in countries if town and town_id(fold_name(town), country) is not None)


def _in_the_region_asked_for(asked: Place, job: Place) -> bool:
    """A region asked for alone, by its name ("Texas", "Bayern", "New South Wales"), holds the
    jobs whose location names it in any spelling ("Houston, TX"). Codes asked for alone ("TX",
    "CA") mean too many regions to be read so; a job naming only its country is in no region."""
    if "," in asked.place or len(asked.place) <= 3:
        return False
    named = {code for code in _regions().get(asked.place, ()) if not code.endswith("-")
             and (asked.country is None or code.startswith(asked.country + "-"))}
    if not named or not job.place:
        return False
    regions = _regions()
    return any(code in named for part in job.place.split(",") for code in regions.get(part.strip(), ()))


def without_country(location: str) -> str:
    """`location` as written, less a trailing country ("BELFAST, UK" is "BELFAST"); a country
    alone stays."""
    parts = [p for p in location.split(",") if p.strip()]
    for size in (2, 1):
        if len(parts) > size and country_code(fold(",".join(parts[-size:]))):
            return ",".join(parts[:-size]).strip()
    return location.strip()


def a_word_it_must_hold(wanted: str) -> str | None:
    """A word (folded) that any location written without accents must hold to match `wanted`
    under the name it is asked by (the place's longest word); None when only a country is
    asked for (written in many ways)."""
    place = place_of(wanted).place
    if place and "," not in place and len(place) > 3 and _regions().get(place):
        return None  # a region alone ("Texas") is matched however the job spells it ("TX")
    readings = comma_readings(wanted)
    if any(_a_region_alone(town) for _, town in readings):
        return None
    # A reading's town is the first words of the town as written: the fewest are in every match.
    towns = [_town_and_regions(place)[0] if place else "", *(town for _, town in readings)]
    words = min(towns, key=lambda town: len(town.split())).split()
    return max(words, key=len) if words else None


def words_one_must_hold(wanted: str) -> tuple[str, ...]:
    """Words (folded), one of which any location written without accents must hold to match
    `wanted`, for a storage engine to rule most rows out cheaply: a_word_it_must_hold, and the
    longest word of each other name of its town ("munchen", "monachium" for "Munich"), and of
    its comma readings' towns ("Munich Germany"); none when there is no such rule."""
    word = a_word_it_must_hold(wanted)
    if word is None:
        return ()
    others: list[str] = []
    for asked in (place_of(wanted), *(place_of(reading) for reading, _ in comma_readings(wanted))):
        town = _town_and_regions(asked.place)[0] if asked.place else ""
        others += other_names(fold_name(town), asked.country) if town else ()
    return tuple(dict.fromkeys([word, *(max(name.split(), key=len) for name in others)]))


def town_as_written(location: str) -> str:
    """The town as written ("Austin" of "Austin, TX, USA"), for stores that can only look for
    a substring: regions and countries are written too many ways to look for as given."""
    return without_country(location).split(",")[0].strip()


def towns_opening(location: str) -> tuple[str, ...]:
    """For those stores, the towns as written of the readings of a place written without
    commas ("Springfield" of "Springfield IL"): a job's location that opens with one, up to its
    first comma or whole, is in the place too (as location_matches asks the job's own town)."""
    tokens = location.split()
    sizes = [len(fold(token).split()) for token in tokens]
    found = []
    for _, town in comma_readings(location):
        wanted, kept = len(town.split()), 0
        for at, size in enumerate(sizes):
            kept += size
            if kept == wanted:
                found.append(" ".join(tokens[:at + 1]).rstrip(",;"))
                break
    return tuple(dict.fromkeys(found))


def load_place_tables() -> None:
    """Reads the tables a first location comparison would (country names in every language,
    regions, other names of towns), so that a process can do it before it says it is ready."""
    _countries()
    _translated_countries()
    _first_level_regions()
    town_id("london")
    confirmed_umlaut_spelling("oesterreich")  # the names written with umlauts, read once
