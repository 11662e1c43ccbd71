"""A job's line written "Title, Employer — Town" ("Travailleuse sociale, CIUSSS de la
Capitale-Nationale — Québec", "Staff Nurse, Mater Hospital – Brisbane"): the dash parts the
town from the rest, and the comma parts the title from the employer. Read as "title — company",
such a line leaves the town as the employer and the employer inside the title."""
from __future__ import annotations

import re

from adapters.embedded.parsing.job_titles import names_work, title_score
from adapters.embedded.parsing.work_places import a_place_alone
from adapters.embedded.parsing.work_units import a_speciality, a_unit
from domain.resumes import ExperienceEntry

# A grade, a level, a shift or a contract after the title's comma ("Grade 3", "Band 5", "Nights").
_A_NOTE = re.compile(r"\d|\b(?:grade|band|level|year|class|shift|nights?|days|part[- ]time|full[- ]time|"
                     r"temporary|permanent|locum|contract|volunteer|internship|placement)\b", re.IGNORECASE)


def employers_out_of_titles(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    return [_employer_out_of_the_title(e) for e in entries]


def _employer_out_of_the_title(entry: ExperienceEntry) -> ExperienceEntry:
    if not entry.title or not entry.company or ", " not in entry.title or not a_place_alone(entry.company, names_work):
        return entry
    title, _, employer = (p.strip() for p in entry.title.partition(", "))
    if not employer[:1].isupper() or a_place_alone(employer, names_work) or a_place_alone(title, names_work) \
            or a_unit(employer) or a_speciality(employer) or _A_NOTE.search(employer) or title_score(employer) > 0:
        # "Staff Nurse, Paediatrics", "Teacher, Grade 3", "Manager, Leeds": the title's own note or town
        return entry
    return entry.model_copy(update={"title": title, "company": employer,
                                    "location": entry.location or entry.company})
