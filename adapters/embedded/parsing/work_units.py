"""The ward, unit or department a job was in, written beside its employer ("Staff Nurse, Ward 7 /
Royal Infirmary NHS Trust, Leeds"): part of the job, never the employer's name."""
from __future__ import annotations

import re

# A part of an organisation: a ward or unit (hospitals), a department or team (any employer),
# a year group (schools). Only the whole part is one ("Ward 7", "ICU", "Estates Department").
_UNIT = re.compile(
    r"^(?:(?:[\w&'-]+\s+){0,3}(?:ward|unit|department|dept\.?|theatres?|team|division|floor|wing|desk|"
    r"shop\s+floor|station)(?:\s+[\w-]{1,4})?|(?:ward|unit|floor|wing|bay|year|class|station)\s+[\w-]{1,4}|"
    r"(?-i:ICU|ITU|NICU|PICU|HDU|CCU|A\s?&\s?E|ED|ER|OR|AMU|MAU|SDEC))$", re.IGNORECASE)
# Only a numbered or lettered unit is cut from a title ("Staff Nurse, Ward 7"); "Manager, Sales
# Team" names the job itself.
_NUMBERED_UNIT = re.compile(r"^(?:(?:ward|unit|bay|floor|wing|year|class|theatre|station)\s+[\w-]{1,4}|"
                            r"(?-i:ICU|ITU|NICU|PICU|HDU|CCU|A\s?&\s?E|ED|AMU|MAU|SDEC))$", re.IGNORECASE)
_SLASH = re.compile(r"\s+/\s+")


def a_unit(part: str) -> bool:
    return bool(_UNIT.match(part.strip(" ,.-")))


def employer_without_its_unit(company: str) -> str:
    """"Ward 7 / Royal Infirmary NHS Trust" -> "Royal Infirmary NHS Trust"; an employer
    written with no unit is kept as it is."""
    parts = [p.strip() for p in _SLASH.split(company) if p.strip()]
    if len(parts) < 2:
        return company
    kept = [p for p in parts if not a_unit(p)]
    return " / ".join(kept) if kept and len(kept) < len(parts) else company


def title_without_its_unit(title: str) -> str:
    """"Staff Nurse, Ward 7" -> "Staff Nurse": the unit after the title's comma is where the
    job was done."""
    head, comma, tail = title.rpartition(", ")
    return head.strip() if comma and head.strip() and _NUMBERED_UNIT.match(tail.strip(" ,.-")) else title


def without_units(parts: list[str]) -> list[str]:
    """A header's parts less a unit among them ("Staff Nurse | Ward 7 | Royal Infirmary |
    Leeds"), when a title and an employer are still left."""
    kept = [p for p in parts[1:] if not a_unit(p)]
    return [parts[0], *kept] if parts and len(kept) >= 1 and len(kept) < len(parts) - 1 else parts
