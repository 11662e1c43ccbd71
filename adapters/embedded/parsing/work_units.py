"""The ward, unit or department a job was in, written beside its employer ("Staff Nurse, Ward 7 /
Royal Infirmary NHS Trust, Leeds"): part of the job, never the employer's name."""
from __future__ import annotations

import re

from adapters.embedded.parsing.work_fields import a_line_of_work
from adapters.embedded.parsing.work_places import a_place_alone, a_place_name, a_town_after_an_employer

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
_SLASH = re.compile(r"(?<!\s)\s+/\s+")  # (from a run's start only: linear in a long run of spaces)
# A field of medicine or of work a job was done in ("Orthopaedics", "Cardiology", "Paediatric
# Oncology", "Accounts Payable", "Front of House", "Night shift"): set between a title and its
# employer it is neither. Endings that close employers' names as often ("Technology",
# "Logistics", "Bakery", "Theatres") are left out.
_FIELD_WORD = r"(?:(?!technolog)[a-z]+(?:ology|ologie|iatry|iatrics|opaedics|opedics|stetrics)|medicine|surgery|" \
              r"emergency|maternity|midwifery|payroll|procurement|housekeeping|dispatch)"
_SPECIALITY = re.compile(rf"^(?:(?:[a-z]+|&|and)\s+){{0,2}}{_FIELD_WORD}$|"
                         r"^accounts\s+(?:payable|receivable)$|^(?:front|back)\s+of\s+(?:the\s+)?house$|"
                         r"^(?:front|back)\s+(?:office|desk)$|^(?:night|day|late|early|evening|weekend|rotating)\s+shifts?$|"
                         r"^(?:nights|days)$", re.IGNORECASE)


# German wards and departments, one compound word ("Intensivstation", "Notaufnahme" aside:
# "Normalstation", "Kardiologische Abteilung" has its word apart)
_GERMAN_UNIT = re.compile(r"^(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?[A-ZÄÖÜ]?[\wäöüß-]*(?:station|abteilung)$")


def a_unit(part: str) -> bool:
    part = part.strip(" ,.-")
    return bool(_NUMBERED_UNIT.match(part) or _NAMED_UNIT.match(part) or _GERMAN_UNIT.match(part))


def employer_without_its_unit(company: str) -> str:
    """"Ward 7 / Royal Infirmary NHS Trust" -> "Royal Infirmary NHS Trust"; an employer
    written with no unit is kept as it is."""
    parts = [p.strip() for p in _SLASH.split(company) if p.strip()]
    if len(parts) < 2:
        return company
    kept = [p for p in parts if not (a_unit(p) or _PART_BEFORE_A_SLASH.match(p.strip(" ,.-")))]
    return " / ".join(kept) if kept and len(kept) < len(parts) else company


# A ship served on, after a seafarer's rank ("Second Officer — MV Nordic Gale (Bulk Carrier)"):
# where the job was done, as a ward is a nurse's; the employer is the ship's manager.
# (Its blanks are tried from the start of a run only, and the ship's name taken whole: linear in a
# long run of spaces.)
_VESSEL_AFTER = re.compile(r"(?:(?<!\s)\s+)?(?:,|\s[-–—|])\s*(?-i:MV|M/V|MT|M/T|MY|M/Y|FPSO|HMS|HMAS|USNS)\s+[A-Z][\w.' -]*+"
                           r"(?:\([^()]*\))?\s*$")


def title_without_its_unit(title: str) -> str:
    """"Staff Nurse, Ward 7" or "Charge Nurse, Intensive Care Unit" -> the nurse: a ward or unit
    after the title's comma is where the job was done; "Manager, Sales Team" names the job itself."""
    vessel = _VESSEL_AFTER.search(title)
    if vessel and vessel.start() > 0:
        return title[:vessel.start()].strip()
    head, comma, tail = title.rpartition(", ")
    return head.strip() if comma and head.strip() and a_unit(tail) else title


# Initials before a field's word make an employer's name ("SKG Radiology", "QE Physiotherapy")
_INITIALS_FIRST = re.compile(r"^[A-Z]{2,5}\s")


def a_speciality(part: str) -> bool:
    """"Orthopaedics", "ICU", "Accounts Payable", "Night shift": where in the work the job was."""
    part = part.strip(" ,.-")
    return a_unit(part) or bool(_SPECIALITY.match(part) and not _INITIALS_FIRST.match(part))


def without_units(parts: list[str]) -> list[str]:
    """A header's parts less a unit or speciality among them ("Staff Nurse | Ward 7 | Royal
    Infirmary | Leeds", "Nurse Practitioner - Orthopaedics - Mayo Clinic", "Clerk | Finance
    Department | Safaricom"), when a title and an employer are still left: a department with
    only a town after it is the employer ("Officer, Los Angeles Police Department, Los Angeles")."""
    kept = [p for p in parts[1:] if not a_speciality(p)]
    less_departments = [p for p in kept if not _PART_BEFORE_A_SLASH.match(p.strip(" ,.-"))]
    if any(not a_place_name(p) for p in less_departments):
        kept = less_departments
    return [parts[0], *kept] if parts and 1 <= len(kept) < len(parts) - 1 else parts


def _names_nothing(_: str) -> bool:
    return False


def employer_without_its_town(company: str) -> str:
    """"Royal Infirmary NHS Trust, Leeds" -> "Royal Infirmary NHS Trust": the town (and region or
    country) written after the employer's comma is where the job was, not the employer; a
    smaller town too, with its region ("Lakeside Mechanical Ltd., Sherwood Park, AB") or after
    the employer's legal form."""
    head, _, tail = company.partition(", ")
    while tail:
        if head.strip() and (a_place_name(tail) or a_place_alone(tail, _names_nothing)
                             or (", " not in tail and a_town_after_an_employer(head, tail, _names_nothing))):
            return head.strip()
        more, _, tail = tail.partition(", ")
        head = f"{head}, {more}"
    return company


def an_employer_and_its_town(line: str) -> bool:
    """"Royal Infirmary NHS Trust, Leeds": an employer and its town on a line, with no title."""
    return employer_without_its_town(line) != line


# A driving licence's class after a driver's title ("Driver, Class 1", "HGV Driver, Cat C+E",
# "Truck Driver, CDL-A"): what the driver may drive, not whom for.
_LICENCE_CLASS = re.compile(r"^(?:(?:hgv|lgv|pcv|cdl)\s+)?(?:class|cat\.?|category)\s+[a-z0-9]{1,2}(?:\s*\+\s*e|e)?"
                            r"(?:\s+(?:hgv|lgv|pcv|cdl|licen[cs]e))?$|^cdl[- ]?[abc]$", re.IGNORECASE)


def a_part_of_the_work(part: str) -> bool:
    """A ward, a speciality, a licence's class or an industry ("Cardiology", "Class 1", "FMCG",
    "Operations"): where or what in the work a job was, which a title's comma leads to as often
    as to its employer."""
    part = part.strip(" ,.-")
    return a_speciality(part) or bool(_LICENCE_CLASS.match(part)) or a_line_of_work(part)
