"""The current job named on the line under the person's name ("Billing Analyst at Crestview
Utilities", "Payroll Officer - Northgate Foods", "NORTHGATE FOODS - Payroll Officer"): many
résumés, job sites' exports above all, name the present employer there and nowhere else."""
from __future__ import annotations

import re
from collections.abc import Callable

from adapters.embedded.parsing.contact import EMAIL, PHONE
from adapters.embedded.parsing.job_titles import COMPANY_WORDS, TITLE_WORDS, split_title_company, title_score
from adapters.embedded.parsing.occupations import occupation_words_as_titles
from adapters.embedded.parsing.work_places import a_place_name
from adapters.embedded.parsing.work_units import a_speciality, a_unit
from domain.resumes import ExperienceEntry

_WEB = re.compile(r"https?:|www\.|\.com\b|linkedin", re.I)
# Only "at" and a spaced dash part a title from an employer there: a comma or a pipe lists
# letters after the title ("Staff Nurse, RN") or skills ("Data Analyst | SQL | Tableau").
_AT = re.compile(r"\s(?:at|@)\s", re.I)
_DASH = re.compile(r"\s[-–—]\s")
_MAX_WORDS = 8
# "Infosys Ltd (Technology Lead)": the grade held there, in brackets after the employer
_TITLE_IN_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


def headline_job(header: list[str], name_line: int | None, entries: list[ExperienceEntry],
                 names_a_skill: Callable[[str], bool]) -> ExperienceEntry | None:
    """The job the headline names when it gives both a title and an employer that the jobs
    listed do not name. A title alone is not taken: it may be the job the person wants; nor
    what a dash leads to that names no business ("Software Engineer - Java")."""
    lines = [h.strip() for h in header if h.strip()]
    if name_line is None or name_line + 1 >= len(lines):
        return None
    line = lines[name_line + 1]
    if EMAIL.search(line) or PHONE.search(line) or _WEB.search(line) or len(line.split()) > 2 * _MAX_WORDS \
            or "|" in line:
        return None
    at = bool(_AT.search(line))
    if not at and not _DASH.search(line):
        return None
    line = _TITLE_IN_BRACKETS.sub(lambda m: "" if title_score(m.group(1)) > 0 else m.group(), line)
    title, company = split_title_company([line])
    if not title or not company or not _a_title(title) or not _an_employer(company) or \
            not _only_places_after(line, company) or (not at and not _named_as_a_business(company, names_a_skill)):
        return None
    company = company.split(",")[0].strip()
    if any(_names(company, e.company) or _within(company, e.title) for e in entries):
        return None
    return ExperienceEntry(title=title, company=company)


# What follows the title on a headline: its speciality, years, or skills ("Area Sales Manager –
# FMCG | 9 Years", "Site Engineer (Civil) | Highways", "Staff Nurse, ICU"). A run of spaces is
# tried from its start only: from each of its spaces, a gap of 6,000 took 2 s (quadratic).
_AFTER_TITLE = re.compile(r"(?<!\s)\s*(?:\||\s[-–—]\s|,|\(|/\s).*$")


# A headline that states an aim or a standing, not a job held ("Aspiring Data Analyst", "Looking
# for Software Developer Role", "Entry-Level Accountant", "B.Com Graduate"; "Student" ends in no
# title word, so _a_title refuses it). A trainee holds the job named ("Graduate Engineer Trainee").
_AN_AIM = re.compile(r"\b(?:aspiring|aspirant|seeking|looking\s+for|in\s+search\s+of|searching\s+for|"
                     r"would[- ]be|future|prospective|entry[- ]level|fresh(?:er|ers)?\b|"
                     r"(?:under|post)?[- ]?graduate(?!\s+(?:\w+\s+)?trainee)|objective|career\s+goal)", re.IGNORECASE)
# What says the title is held, not wished for: years in it, "currently", a rank won by working
# ("Senior", "Lead"), or a placement, which one holds while studying ("Trainee Accountant",
# "Software Engineer Intern"). An employer's words are no sign: "Software" names work too.
_HELD = re.compile(r"\d+\+?\s*(?:years?|yrs?)\b|\b(?:currently|presently|working|since|senior|sr\.?|lead|"
                   r"principal|chief|head|trainee|intern|apprentice)\b", re.IGNORECASE)


def headline_title(header: list[str], name_line: int | None, schooling_only: bool) -> ExperienceEntry | None:
    """The title on the line under the name, as a job with no employer: for a résumé whose jobs
    could not be read at all (no section, no dated header), the headline is the one title it
    gives, and most often the job the person holds; not an aim or a student's standing.
    `schooling_only`: the résumé has an education section and no experience section, the shape
    of a student's or a graduate's résumé, whose headline is as often the job wanted: there the
    headline must say the title is held (years, "currently", a senior rank, a placement)."""
    lines = [h.strip() for h in header if h.strip()]
    if name_line is None or name_line + 1 >= len(lines):
        return None
    line = lines[name_line + 1]
    if EMAIL.search(line) or PHONE.search(line) or _WEB.search(line) or _AN_AIM.search(line):
        return None
    if schooling_only and not _HELD.search(line):
        return None
    title = _AFTER_TITLE.sub("", line).strip(" .-")
    return ExperienceEntry(title=title) if _a_title(title) and not _AT.search(title) else None


def _a_title(text: str) -> bool:
    """A job's title ending in a word for a job ("Backup Administrator"), not a sentence that
    happens to hold one ("Deployed chef for configuration management")."""
    words = text.split()
    return 1 <= len(words) <= _MAX_WORDS and title_score(text) > 0 and \
        bool(TITLE_WORDS.search(words[-1]) or occupation_words_as_titles(words[-1]))


def _an_employer(text: str) -> bool:
    """A name, capitalised ("Northgate Foods", "NORTHGATE FOODS"), naming no job and no place."""
    return text[:1].isupper() and len(text.split()) <= _MAX_WORDS and title_score(text) <= 0 and \
        not a_place_name(text)


def _named_as_a_business(company: str, names_a_skill: Callable[[str], bool]) -> bool:
    """After a dash, an employer says it is one ("Northgate Foods", "Acme Ltd"): a headline's
    dash leads as often to a speciality ("ICU", "Java") or a note ("Available Immediately")."""
    return bool(COMPANY_WORDS.search(company)) and not names_a_skill(company) and \
        not a_unit(company) and not a_speciality(company)


def _only_places_after(line: str, company: str) -> bool:
    """"Oracle, Hyderabad": a town may follow the employer after a comma; a list may not
    ("Oracle, Business Objects" names products)."""
    start = line.find(company)
    tail = line[start:] if start >= 0 else company
    parts = [p.strip(" -–—") for p in tail.split(",")[1:]]
    return all(a_place_name(p) for p in parts if p)


def _names(company: str, text: str | None) -> bool:
    """The same employer, however written ("Northgate Foods Ltd" beside "NORTHGATE FOODS")."""
    if not text:
        return False
    ours, theirs = set(_words(company)), set(_words(text))
    return bool(ours) and bool(theirs) and (ours <= theirs or theirs <= ours)


def _within(company: str, title: str | None) -> bool:
    """The employer written into a job's title ("Test Analyst at Oracle")."""
    ours = set(_words(company))
    return bool(title) and bool(ours) and ours <= set(_words(title or ""))


def _words(text: str) -> list[str]:
    return re.findall(r"[0-9a-z]+", text.casefold())
