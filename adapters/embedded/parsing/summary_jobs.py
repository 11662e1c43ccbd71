"""Jobs told only in the summary's sentences, as many Indian résumés tell them:

    • Currently associated with Hindustan Unilever Limited as Area Sales Manager since April 2020.
    • Previously worked with Dabur India Ltd. as Sales Officer from June 2015 to March 2020.
    • Presently working as Staff Nurse at Apollo Hospitals, Chennai.

Read only when no experience section gave a job: where one did, these sentences repeat it."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import find_ranges
from adapters.embedded.parsing.experience_layouts import entry_of
from adapters.embedded.parsing.job_titles import COMPANY_WORDS, title_score
from adapters.embedded.parsing.work_places import a_place_alone
from domain.resumes import ExperienceEntry

# "working", "associated", "employed", "worked", "was associated"... with or at an employer
# The verb opens the sentence or follows a word of time or being ("Currently working", "I am
# associated", "was employed"): "Experience working with Python as a Developer" tells no job.
_WORKING = (r"(?i:(?:^|\b(?:currently|presently|previously|formerly|earlier|now|am|was|is|been|and|also)\s+)"
            r"(?:working|associated|employed|engaged|serving|attached|worked|served))")
_WITH = r"(?:with|at|in|for)"
_AS = r"(?:as|in\s+the\s+(?:capacity|role|position)\s+of|designated\s+as)"
# An employer's name: capitalised words, with the small words and marks names hold ("Tata
# Consultancy Services", "S. K. Gupta & Associates", "Bank of Baroda").
_NAME = r"[A-Z][\w.&'’()-]*(?:\s+(?:[A-Z0-9][\w.&'’()-]*|&|of|and|de|the|for))*"
# A title: up to seven words, from capitals or not ("Area Sales Manager", "a senior accountant").
_TITLE = r"(?:an?\s+)?(?P<title>[A-Z][\w.&/'’()-]*(?:\s+(?!(?:since|from|with|at|in|for|and|till|to|where|during)\b)[\w.&/'’()-]+){0,6})"
_EMPLOYER_FIRST = re.compile(rf"{_WORKING}\s+{_WITH}\s+(?:M/s\.?\s+)?(?P<company>{_NAME})\s*,?\s+{_AS}\s+{_TITLE}")
_TITLE_FIRST = re.compile(rf"{_WORKING}\s+as\s+{_TITLE}\s+{_WITH}\s+(?:M/s\.?\s+)?(?P<company>{_NAME})")
# A sentence ends at a full stop before a capital, unless the stop ends an abbreviation of a
# name ("Dabur India Ltd. as", "S. K. Gupta"), or at a semicolon, a bullet or a new line.
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z•]|\s*$)|[;\n•]")
_ABBREVIATED = re.compile(r"(?:\b(?:ltd|pvt|inc|corp|bros|co|st|dr|mr|ms|no|m/s)|\b[A-Z])$", re.I)


def jobs_in_summary(text: str) -> list[ExperienceEntry]:
    """Each sentence's job, with its dates when the sentence gives them."""
    entries: list[ExperienceEntry] = []
    for sentence in _sentences(text):
        m = _EMPLOYER_FIRST.search(sentence) or _TITLE_FIRST.search(sentence)
        if m is None:
            continue
        title = _title_of(m.group("title"))
        company, place = _employer_and_place(m.group("company"))
        if not title or not company or title_score(title) <= 0:
            continue
        ranges = find_ranges(sentence[m.start():])
        entries.append(entry_of(title, company, ranges[0] if ranges else None, place))
    return entries


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


def _employer_and_place(text: str) -> tuple[str | None, str | None]:
    """"Apollo Hospitals, Chennai" -> the employer and its town; a legal form's own comma kept."""
    parts = [p.strip(" .-") for p in text.split(",")]
    company, rest = parts[0], [p for p in parts[1:] if p]
    place = rest[-1] if rest and a_place_alone(rest[-1], lambda t: bool(COMPANY_WORDS.search(t))) else None
    return company or None, place
