"""Where "working in" leads: a region of the world ("Gulf", "Middle East", "GCC"), a country
("KSA", "UAE", "Saudi Arabia"), a town, or a department ("the Finance Department", "Department
of Finance", "HR dept") is where the job was done, none of them an employer; a business's name
after it is ("Working in ADNOC").

A job's header line written "Working in Gulf" under its title, or "Safety Officer, working in
KSA", took the whole phrase, or the region, for the employer."""
from __future__ import annotations

import re
from collections.abc import Callable

from adapters.embedded.parsing.work_places import a_place_alone
from domain.country_names import country_code
from domain.place_fold import fold
from domain.place_resolution import WORLD_REGIONS

# "Working in ...", "currently working at ...", "based in ...", "posted in ..." opening the part
_WORKING_LEAD = re.compile(r"^(?:(?:currently|presently|now|previously|formerly)\s+)?"
                           r"(?:working|employed|based|posted|stationed|deployed)\s+(?:in|at)\s+(?P<rest>\S.*)$",
                           re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "Gulf region", "GCC countries", "Middle East countries": a region however it is rounded off
_REGION_TAIL = re.compile(r"\s+(?:region|countries|states|area)$", re.IGNORECASE)
_DEPARTMENT = re.compile(r"^(?:\S.*\s+(?:department|dept\.?)|(?:department|dept\.?)\s+of\s+\S.*)$", re.IGNORECASE)


def a_region_or_country(text: str) -> bool:
    """"Gulf", "the Middle East", "GCC countries", "KSA", "UAE", "Saudi Arabia": a part of the
    world or a country by any of its names, codes of three letters included (after "working in"
    they name the country, where alone "IT" or "PR" are as often work's letters)."""
    written = _REGION_TAIL.sub("", _THE.sub("", text.strip(" ,.-")))
    folded = fold(written).strip()
    return bool(folded) and (folded in WORLD_REGIONS or (len(folded) >= 3 and country_code(folded) is not None))


def a_department(text: str) -> bool:
    """"the Finance Department", "Department of Health", "HR dept": a part of an employer."""
    return bool(_DEPARTMENT.match(_THE.sub("", text.strip(" ,.-"))))


def no_employer_where_working(text: str, names_work: Callable[[str], bool]) -> bool:
    """What follows "working in" names where the work was, not who employed: a region, a
    country, a town the gazetteer knows, or a department."""
    return a_region_or_country(text) or a_department(text) or a_place_alone(_THE.sub("", text.strip()), names_work)


def employer_and_place_of_working(company: str | None, location: str | None,
                                  names_work: Callable[[str], bool]) -> tuple[str | None, str | None]:
    """A job's employer and place with "Working in Gulf" read: the region becomes the place
    (where none was read), a department is dropped, a business's name is the employer."""
    lead = _WORKING_LEAD.match(company.strip()) if company else None
    if lead is None:
        return company, location
    rest = lead.group("rest").strip(" ,.-")
    if a_department(rest):
        return None, location
    if no_employer_where_working(rest, names_work):
        return None, location or _THE.sub("", rest)
    return rest, location
