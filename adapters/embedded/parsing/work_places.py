"""Where a job was: the town, with its region or country, written in a job's header beside the
title and the employer ("Staff Nurse, Royal Infirmary, Leeds", "Line Cook | The Ivy | London",
"Driver, DHL, Columbus, OH", "Buchhalter, Müller GmbH, München").

A place is read only where people write one apart from the employer: a whole part between
separators (a pipe, a spaced dash, a slash, a wide gap, brackets, a line of its own), or the
last parts after a comma; and only when the gazetteer confirms it there: a known town, region
or country, a known town with its county, or a smaller town followed by its state or province
("Dearborn, Michigan"). A town's name
that opens or ends an employer's name ("Reading Borough Council", "Bath Spa University", "Sale
Sharks", "Hope Hospital") is the employer's own word and never read as where the job was."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from adapters.embedded.skills.term_rarity import load_term_rarity
from domain.corroborated_town_names import a_corroborated_town_name
from domain.country_names import country_code, names_a_country_or_region
from domain.installed_reference_data import derived_from_reference_data, reference_data
from domain.place_fold import fold
from domain.place_regions import a_region_beside_a_town
from domain.town_distances import a_small_town

_SEGMENT_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s{3,}|\t|\s+/\s+")
# A bracketed note ("(Band 6)", "(ICU, Nights)") is no part of the place beside it.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A comma before a company's legal form is the employer's own ("Acme, Inc.", "Saigon Trading Co., Ltd.").
_LEGAL_FORM = re.compile(r"^(?:ltd|limited|inc|llc|llp|plc|pvt|gmbh|jsc|corp|co|s\.?\s?a|s\.?\s?l|b\.?\s?v|n\.?\s?v|"
                         r"a\.?\s?g)\.?$", re.IGNORECASE)
# An employer's name that closes with its legal form ("Jansen Techniek B.V.", "Ford Motor Co.",
# "Fiat S.p.A.", "Bosch GmbH"): a name after its comma is somewhere else.
_ENDS_IN_A_LEGAL_FORM = re.compile(
    r"(?:^|\s)(?:ltd|limited|inc|llc|llp|plc|pvt|gmbh|ag|kg|ohg|e\.\s?v|ug|jsc|corp|co|s\.?\s?a|s\.?\s?l|s\.?\s?a\.?\s?s|"
    r"s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|sarl|sas|spa|srl|ltda|b\.?\s?v|n\.?\s?v|a\.?\s?g|a/s|aps|ab|asa|oy|oyj|kft|"
    r"s\.?\s?r\.?\s?o|sp\.\s?z\s?o\.?\s?o|pty|bhd|sdn|k\.?\s?k|de\s+c\.?\s?v)\.?$", re.IGNORECASE)
# A town's name: capitalised words, with the particles towns' names hold ("Riba-roja de Túria",
# "Frankfurt am Main", "Alphen aan den Rijn", "Stratford-upon-Avon").
_A_TOWN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'.-]*(?:\s+(?:(?:de|del|la|le|les|los|las|di|da|do|dos|am|an|der|den|im|sur|aan|"
                          r"op|upon|on)\s+){0,2}[A-ZÀ-ÖØ-Þ][\w'.-]*){0,3}$")
_LABEL = re.compile(r"^(?:location|place|city|town|based\s+in|ort|lugar|ciudad|lieu|ville)\s*:\s*", re.IGNORECASE)
_A_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'.-]*$")
# A word found in this many of the reference descriptions of work ("Mobile", "Reading") is as
# often a word of the job as a town: alone it names no place.
_WORD_OF_WORK_DOCUMENTS = 10


@derived_from_reference_data
@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """The states of federal countries by their names, the short ones too ("Ohio", "Utah", "Kano"):
    the first-level regions kept apart from the gazetteer's shorter names of provinces and
    departments, which are as often ordinary words ("Meta", "Gulf", "Pool")."""
    return frozenset(fold(r.name) for r in reference_data().subdivisions() if r.type == "State" and len(r.name) >= 4)


def _a_state(part: str) -> bool:
    return part[:1].isupper() and fold(part).strip() in _states()


def _known(part: str, position: int) -> bool:
    """A town, region or country by a name the gazetteer holds; a region's or a country's short
    name ("OH", "UAE", "USA") only after a town."""
    return part[:1].isupper() and (a_corroborated_town_name(part) or names_a_country_or_region(part)
                                   or _a_state(part) or (position > 0 and (a_region_beside_a_town(part)
                                                                           or country_code(fold(part)) is not None)))


def _a_word_of_work(part: str) -> bool:
    """One word that descriptions of work use often ("Mobile", "Reading", "Sale")."""
    words = part.split()
    return len(words) == 1 and load_term_rarity().counts().get(part.lower(), 0) >= _WORD_OF_WORK_DOCUMENTS


def a_town_after_an_employer(employer: str, part: str, names_work: Callable[[str], bool]) -> bool:
    """"Almussafes" after "Ford España, ", "Erp" after "Jansen Techniek B.V., ": a name set like a
    town's at the end of an employer, after its comma, that a town of 5,000 people or more
    bears, or any such name after the employer's legal form; towns too small for the
    gazetteer of town names (domain.place_names) are where many factories and depots are."""
    if part.isupper() and employer.isupper():
        part = part.title()  # "LONMIN PLC, MARIKANA": a line in capitals
    if not employer.strip() or not _A_TOWN_NAME.match(part) or names_work(part) or _LEGAL_FORM.match(part) \
            or _a_word_of_work(part):
        return False
    # "Taguig City", "Quezon City": a town written with the word for one after its name
    return bool(_ENDS_IN_A_LEGAL_FORM.search(employer.strip())) or a_small_town(part) \
        or (part.endswith(" City") and a_small_town(part.removesuffix(" City")))


def a_place_name(text: str) -> bool:
    """"Leeds", "Carlisle, Cumbria", "Porto, Portugal", "Columbus, OH": towns, regions or
    countries only (a region's code only after a town)."""
    parts = [p.strip() for p in text.split(",")]
    return bool(parts) and all(_known(p, i) for i, p in enumerate(parts))


def _a_town_and_its_county(parts: Sequence[str], names_work: Callable[[str], bool]) -> bool:
    """"Reading, Berkshire", "Leeds, West Yorkshire, UK": a known town, then names set like a
    county's (one to three capitalised words, naming no job or organisation) or known regions
    and countries; the gazetteer holds few counties."""
    return (len(parts) >= 2 and _known(parts[0], 0)
            and all(_known(p, 1) or _set_like_a_place(p, names_work) for p in parts[1:]))


def _a_smaller_town_in_its_region(parts: Sequence[str], names_work: Callable[[str], bool]) -> bool:
    """"Dearborn, Michigan", "Dayton, OH, USA", "Utrera, Sevilla": a name set like a town's confirmed by the
    first-level region right after it (a country or a district confirms too little: "Split
    Airport, Croatia"; "ICU, Leeds")."""
    return (len(parts) >= 2 and _set_like_a_place(parts[0], names_work) and _a_first_level_region(parts[1])
            and all(_known(p, 1) for p in parts[2:])
            # ("Toni Hair Studio, Sevilla": a region named as its chief town is that town, after
            # an employer's comma, unless a town stands before it: "Utrera, Sevilla")
            and (not a_corroborated_town_name(parts[1]) or a_small_town(parts[0])))


def _a_first_level_region(part: str) -> bool:
    """"Michigan", "Karnataka", "OH", "NSW": a state's or province's name, or a region's code in capitals."""
    if country_code(fold(part)) is not None:
        return False
    return names_a_country_or_region(part) or _a_state(part) or (part.isupper() and len(part) <= 3 and a_region_beside_a_town(part))


def _set_like_a_place(part: str, names_work: Callable[[str], bool]) -> bool:
    """Capitalised words, not an acronym ("ICU"), naming no job or organisation."""
    words = part.split()
    return (1 <= len(words) <= 3 and all(_A_NAME_WORD.match(w) for w in words) and not part.isupper()
            and not names_work(part))


def a_place_alone(text: str, names_work: Callable[[str], bool]) -> bool:
    """The whole text names a place the gazetteer confirms: "Cardiff, UK", "Dearborn, Michigan";
    not "Hope Hospital, Salford" (an employer and its town)."""
    parts = _comma_parts(text)
    return bool(parts) and (a_place_name(", ".join(parts)) or _a_town_and_its_county(parts, names_work)
                            or _a_smaller_town_in_its_region(parts, names_work))


def _comma_parts(segment: str) -> list[str]:
    parts: list[str] = []
    for part in (p.strip() for p in segment.split(",")):
        if parts and _LEGAL_FORM.match(part):
            parts[-1] = f"{parts[-1]}, {part}"
        elif part:
            parts.append(part)
    return parts


def _place_in(segment: str, taken: set[str], names_work: Callable[[str], bool]) -> str | None:
    """The longest run of the segment's last comma parts that names a place, none of them the
    title or the employer. A segment of one town's name that is also a common word of work
    ("Technician | Canon | Mobile") names no place without its region or country beside it; after
    an employer's comma ("St Mary's School, Sale") the comma says it is the employer's town."""
    parts = _comma_parts(_LABEL.sub("", segment.strip(" ,.;:|/-–—")))
    if len(parts) == 1 and _a_word_of_work(parts[0]) and not (names_a_country_or_region(parts[0])
                                                                or _a_state(parts[0])):
        return None
    for start in range(len(parts)):
        tail = parts[start:]
        if any(p.casefold() in taken for p in tail):
            continue
        if a_place_alone(", ".join(tail), names_work):
            return ", ".join(tail)
    if len(parts) >= 2 and parts[-1].casefold() not in taken \
            and a_town_after_an_employer(parts[-2], parts[-1], names_work):
        return parts[-1]
    return None


def where_the_job_was(header: Sequence[str], title: str | None, company: str | None,
                      names_work: Callable[[str], bool]) -> str | None:
    """The place written in a job's header lines, as written ("Columbus, OH"); the last one
    when there are several. None when the header names none apart from its title and employer.
    `names_work` says whether words name a job or an organisation (no town is so named)."""
    taken = {part.strip().casefold() for part in (title, company) if part}
    found = None
    for line in header:
        # A bracket that holds only a place is where the job was ("The Savoy (London)").
        bracketed = [b.group()[1:-1] for b in _BRACKETED.finditer(line) if a_place_alone(b.group()[1:-1], names_work)]
        for segment in [*_SEGMENT_SEPARATOR.split(_BRACKETED.sub(" ", line)), *bracketed]:
            place = _place_in(segment, taken, names_work) if segment.strip() else None
            found = place or found
    return found


def employer_less_its_place(company: str | None, place: str | None) -> str | None:
    """"Google, Mountain View, CA" or "The Savoy (London)" less the place read beside it."""
    if not company or not place:
        return company
    for written in (f", {place}", f" ({place})"):
        if company.endswith(written) and company[:-len(written)].strip():
            return company[:-len(written)].strip()
    return company


def columns_apart_from_places(columns: list[str], names_work: Callable[[str], bool],
                              names_no_employer: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """A job's header set in columns ("Welder\tStocznia Gdańsk\tGdańsk, Poland") less the columns
    that name a place, and those places, when a title and an employer are left. A title piped to
    its town alone ("Flight Attendant | Sydney", under "Qantas Airways") is the title only: its
    employer is written elsewhere. `names_no_employer`: a part of the work (a ward, a speciality,
    a licence's class, an industry) that a title's comma leads to as often as to an employer."""
    places = [c for c in columns if a_place_alone(c.strip(), names_work)]
    if len(columns) > 2 and len(columns) - len(places) >= 2:
        return [c for c in columns if c not in places], places
    piped = [p.strip() for p in columns[0].split("|") if p.strip()] if len(columns) == 1 else []
    if len(piped) >= 2 and all(a_place_alone(p, names_work) for p in piped[1:]) \
            and not a_place_alone(piped[0], names_work):
        return piped[:1], piped[1:]
    dashed = _DASHED_PLACE.match(columns[0]) if len(columns) == 1 else None
    if dashed and a_place_alone(dashed.group(2).strip(), names_work) and _TWO_HALVES.search(dashed.group(1)) \
            and not a_place_alone(dashed.group(1).strip(), names_work):
        # "Senior Civil Engineer, GHD — Brisbane": the title and employer, then the town after a
        # dash (read as the employer when the dash was taken to part the halves); "Staff Nurse,
        # Cardiology — Chennai" names the title, where in the work it was, and the town: no employer
        title, comma, after = dashed.group(1).strip().rpartition(", ")
        if comma and title.strip() and names_no_employer(after):
            return [title.strip()], [dashed.group(2).strip()]
        return [dashed.group(1).strip()], [dashed.group(2).strip()]
    return columns, []


_DASHED_PLACE = re.compile(r"^(.+?)\s+[-–—]\s+([^-–—,|]+(?:,[^-–—,|]+)?)$")
_TWO_HALVES = re.compile(r",\s|\s(?:at|@)\s|\s[|–—-]\s", re.I)
