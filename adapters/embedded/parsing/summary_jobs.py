"""Jobs told only in the summary's sentences, as many Indian résumés tell them:

    • Currently associated with Hindustan Unilever Limited as Area Sales Manager since April 2020.
    • Previously worked with Dabur India Ltd. as Sales Officer from June 2015 to March 2020.
    • Presently working as Staff Nurse at Apollo Hospitals, Chennai.

Read only when no experience section gave a job: where one did, these sentences repeat it."""
from __future__ import annotations

import re
from collections.abc import Callable

from adapters.embedded.parsing.dates import DateRange, find_ranges
from adapters.embedded.parsing.experience_layouts import entry_of
from adapters.embedded.parsing.job_titles import COMPANY_WORDS, title_score
from adapters.embedded.parsing.work_fields import a_line_of_work
from adapters.embedded.parsing.work_places import a_place_alone
from adapters.embedded.parsing.work_units import a_speciality, a_unit
from adapters.embedded.parsing.working_in import no_employer_where_working
from adapters.embedded.skills.term_rarity import load_term_rarity
from domain.resumes import ExperienceEntry

# "working", "associated", "employed", "worked", "was associated"... with or at an employer
# The verb opens the sentence or follows a word of time or being ("Currently working", "I am
# associated", "was employed"): "Experience working with Python as a Developer" tells no job.
_WORKING = (r"(?i:(?:^|\b(?:currently|presently|previously|formerly|earlier|now|am|was|is|been|and|also)\s+)"
            r"(?:working|associated|employed|engaged|serving|attached|worked|served))")
_WITH = r"(?P<with>with|at|in|for)"
_AS = r"(?:as|in\s+the\s+(?:capacity|role|position)\s+of|designated\s+as)"
# An employer's name: capitalised words, with the small words and marks names hold ("Tata
# Consultancy Services", "S. K. Gupta & Associates", "Bank of Baroda", "Centre for Development
# of Telematics"). A small word joins only a capitalised word: "Google for 3 months" ends at "Google".
_NAME_WORD = r"[A-Z][\w.&'’()-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:[A-Z0-9][\w.&'’()-]*|&|(?:of|and|de|the|for)(?=\s+[A-Z])))*"
# The employer's town after a comma ("Apollo Hospitals, Chennai"), read apart by _employer_and_place
_NAME_AND_TOWN = rf"{_NAME}(?:\s*,\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?"
# A title: up to seven words, from capitals or not ("Area Sales Manager", "a senior accountant").
_TITLE = r"(?:an?\s+)?(?P<title>[A-Z][\w.&/'’()-]*(?:\s+(?!(?:since|from|with|at|in|for|and|till|to|where|during)\b)[\w.&/'’()-]+){0,6})"
_EMPLOYER_FIRST = re.compile(rf"{_WORKING}\s+{_WITH}\s+(?:M/s\.?\s+)?(?P<company>{_NAME_AND_TOWN})\s*,?\s+{_AS}\s+{_TITLE}")
_TITLE_FIRST = re.compile(rf"{_WORKING}\s+as\s+{_TITLE}\s+{_WITH}\s+(?:M/s\.?\s+)?(?P<company>{_NAME_AND_TOWN})")
# A title in capitals at an employer, told with its dates and no verb of working: "Intern at
# Google from 2019 to 2020", "Currently Software Engineer at Careem since 2022", "Since 2021 I have
# been Shift Lead at Stumptown Coffee Roasters". The title opens the sentence or follows a word of
# time or being; a capital opens each of its words, so that prose ("Good at Excel") is no title.
_BEING = r"(?:^|\b(?i:currently|presently|previously|formerly|now|then|was|been|am|is)\s+)"
_CAPITALISED_TITLE = r"(?!(?i:currently|presently|previously|formerly|now|then)\b)(?P<title>[A-Z][\w.&/'’-]*(?:\s+(?:of|and|&|[A-Z][\w.&/'’-]*)){0,4})"
_TITLE_AT = re.compile(rf"{_BEING}(?:an?\s+)?{_CAPITALISED_TITLE}\s+(?P<with>at)\s+(?P<company>{_NAME_AND_TOWN})")
# A sentence ends at a full stop before a capital, unless the stop ends an abbreviation of a
# name ("Dabur India Ltd. as", "S. K. Gupta"), or at a semicolon, a bullet or a new line.
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z•]|\s*$)|[;\n•]")
_ABBREVIATED = re.compile(r"(?:\b(?:ltd|pvt|inc|corp|bros|co|st|dr|mr|ms|no|m/s)|\b[A-Z])$", re.I)


def jobs_in_summary(text: str, names_a_skill: Callable[[str], bool]) -> list[ExperienceEntry]:
    return dated_jobs_in_summary(text, names_a_skill)[0]


def dated_jobs_in_summary(text: str, names_a_skill: Callable[[str], bool]) -> tuple[list[ExperienceEntry], list[DateRange]]:
    """Each sentence's job, with its dates when the sentence gives them, and those dates (they
    count toward the years of experience as an experience section's do). What follows "working
    with / in / at" is often no employer: a town ("in Bangalore"), tools ("with React and
    Node"), a field ("in Banking Sector", "in Night Shift"); such a sentence tells no job."""
    entries: list[ExperienceEntry] = []
    ranges: list[DateRange] = []
    for sentence in _sentences(text):
        m = _EMPLOYER_FIRST.search(sentence) or _TITLE_FIRST.search(sentence)
        if m is None and (m := _TITLE_AT.search(sentence)) is not None and not find_ranges(sentence):
            continue  # a title at an employer is told as a job only with its dates
        if m is None:
            continue
        title = _title_of(m.group("title"))
        company, place = _employer_and_place(m.group("company"))
        if not title or not company or title_score(title) <= 0 or not _an_employer(company, m.group("with"), names_a_skill):
            continue
        found = find_ranges(sentence[m.start():]) or find_ranges(sentence)  # ("Since 2021 I have been ...")
        entries.append(entry_of(title, company, found[0] if found else None, place))
        ranges.extend(found[:1])
    return entries, ranges


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "." and _ABBREVIATED.search(text[start:m.start()]):
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [" ".join(s.split()) for s in out if s.strip()]


def _title_of(text: str) -> str | None:
    """The title less a town after a comma ("Area Sales Manager, Lucknow")."""
    title = text.split(",")[0].strip(" .-")
    return title or None


def _an_employer(company: str, preposition: str, names_a_skill: Callable[[str], bool]) -> bool:
    """Not a place, a field of work, nor after "with", "in" or "for" a skill or tools ("with
    React and Node"; one works "at" a place, so "at Oracle" is the business); after "in" a name
    that says it is a business ("in Infosys Limited", not "in Accounts" or "in Bangalore"), or a
    proper name ("working in Infosys as Systems Engineer": the sentence's "as <title>" says the
    name is where the title was held)."""
    preposition = preposition.lower()
    tools = [t for t in re.split(r"\s*(?:,|&|\band\b|/)\s*", company) if t]
    # ("working in Gulf", "in KSA", "in the Finance Department": where, not who)
    if no_employer_where_working(company, _names_a_business):
        return False
    return not a_place_alone(company, _names_a_business) and not a_line_of_work(company) \
        and (preposition == "at" or not (names_a_skill(company) or (tools and all(names_a_skill(t) for t in tools)))) \
        and (preposition != "in" or _names_a_business(company) or _a_proper_name(company))


# A word this many reference descriptions of work use ("Quality", "Purchase", "Stores") opens a
# department's or a field's name as often as an employer's; a name's own word is rarer ("Infosys").
_COMMON_IN_WORK = 10


def _a_proper_name(text: str) -> bool:
    """"Infosys", "Tata Steel": a name whose first word descriptions of work seldom use, naming
    no unit of a workplace nor a speciality ("ICU", "Cardiology")."""
    first = text.split()[0].lower()
    return load_term_rarity().counts().get(first, 0) < _COMMON_IN_WORK and not a_unit(text) and not a_speciality(text)


def _names_a_business(text: str) -> bool:
    return bool(COMPANY_WORDS.search(text))


def _employer_and_place(text: str) -> tuple[str | None, str | None]:
    """"Apollo Hospitals, Chennai" -> the employer and its town; "Acme, Inc." is one employer,
    its comma a legal form's own. What else follows a comma is no part of the name."""
    parts = [p.strip(" .-") for p in text.split(",")]
    company, rest = parts[0], [p for p in parts[1:] if p]
    if rest and a_place_alone(rest[-1], _names_a_business):
        return company or None, rest[-1]
    if rest and _LEGAL_FORM.match(rest[0]):
        return f"{company}, {rest[0]}", None
    return company or None, None


_LEGAL_FORM = re.compile(r"^(?:ltd|limited|inc|llc|llp|plc|pvt|corp|co)\.?$", re.IGNORECASE)
