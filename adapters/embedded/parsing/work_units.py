"""The ward, unit or department a job was in, written beside its employer ("Staff Nurse, Ward 7 /
Royal Infirmary NHS Trust, Leeds"): part of the job, never the employer's name."""
from __future__ import annotations

import re

from adapters.embedded.parsing.work_places import a_place_name

_ACRONYMS = r"(?-i:ICU|ITU|NICU|PICU|HDU|CCU|A\s?&\s?E|ED|AMU|MAU|SDEC)"
# A numbered or lettered unit ("Ward 7", "Bay 3B", "Year 2") or a hospital's ward or unit by its
# name ("Labour Ward", "Intensive Care Unit"): one whatever stands beside it.
_NUMBERED_UNIT = re.compile(rf"^(?:(?:ward|unit|bay|floor|wing|year|class|theatre|station)\s+(?:\d{{1,3}}[a-z]?|[a-z]\d{{0,2}})|"
                            rf"{_ACRONYMS})$", re.IGNORECASE)
_NAMED_UNIT = re.compile(r"^(?:[\w&'-]+\s+){1,3}(?:ward|unit)$", re.IGNORECASE)
# A department or team ("Estates Department", "Main Theatres", "Sales Team"): written before a
# slash and an employer it is a part of that employer; alone in a list it may be one
# ("Los Angeles Police Department").
_PART_BEFORE_A_SLASH = re.compile(r"^(?:[\w&'-]+\s+){0,3}(?:department|dept\.?|team|division|desk|theatres?)$",
                                  re.IGNORECASE)
_SLASH = re.compile(r"\s+/\s+")


def a_unit(part: str) -> bool:
    part = part.strip(" ,.-")
    return bool(_NUMBERED_UNIT.match(part) or _NAMED_UNIT.match(part))


def employer_without_its_unit(company: str) -> str:
    """"Ward 7 / Royal Infirmary NHS Trust" -> "Royal Infirmary NHS Trust"; an employer
    written with no unit is kept as it is."""
    parts = [p.strip() for p in _SLASH.split(company) if p.strip()]
    if len(parts) < 2:
        return company
    kept = [p for p in parts if not (a_unit(p) or _PART_BEFORE_A_SLASH.match(p.strip(" ,.-")))]
    return " / ".join(kept) if kept and len(kept) < len(parts) else company


def title_without_its_unit(title: str) -> str:
    """"Staff Nurse, Ward 7" or "Charge Nurse, Intensive Care Unit" -> the nurse: a ward or unit
    after the title's comma is where the job was done; "Manager, Sales Team" names the job itself."""
    head, comma, tail = title.rpartition(", ")
    return head.strip() if comma and head.strip() and a_unit(tail) else title


def without_units(parts: list[str]) -> list[str]:
    """A header's parts less a unit among them ("Staff Nurse | Ward 7 | Royal Infirmary |
    Leeds"), when a title and an employer are still left."""
    kept = [p for p in parts[1:] if not a_unit(p)]
    return [parts[0], *kept] if parts and len(kept) >= 1 and len(kept) < len(parts) - 1 else parts


def employer_without_its_town(company: str) -> str:
    """"Royal Infirmary NHS Trust, Leeds" -> "Royal Infirmary NHS Trust": the town (and region or
    country) written after the employer's comma is where the job was, not the employer."""
    head, _, tail = company.partition(", ")
    while tail:
        if head.strip() and a_place_name(tail):
            return head.strip()
        more, _, tail = tail.partition(", ")
        head = f"{head}, {more}"
    return company


def an_employer_and_its_town(line: str) -> bool:
    """"Royal Infirmary NHS Trust, Leeds": an employer and its town on a line, with no title."""
    return employer_without_its_town(line) != line
