"""Experience sections laid out otherwise: dates above each job's header (many European CVs),
or no dates at all; and the entry a job's parts make."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import DateRange, find_ranges, unread_range
from adapters.embedded.parsing.header_lines import CLEAN_LEFT, EMPLOYER_LABEL, TITLE_LABEL, is_header_like
from adapters.embedded.parsing.job_titles import COMPANY_WORDS, SPLIT_AT, names_work, split_title_company, title_score
from adapters.embedded.parsing.work_places import employer_less_its_place, where_the_job_was
from adapters.embedded.parsing.work_units import an_employer_and_its_town
from adapters.embedded.parsing.working_in import employer_and_place_of_working
from domain.resumes import ExperienceEntry


def where_of(header: list[str], title: str | None, company: str | None) -> str | None:
    return where_the_job_was([CLEAN_LEFT.sub("", h.strip()) for h in header], title, company, names_work)


def entry_of(title: str | None, company: str | None, rng: DateRange | None, location: str | None) -> ExperienceEntry:
    """A job with its dates, or none when they could not be read (its end not understood)."""
    company, location = employer_and_place_of_working(company, location, names_work)
    company = employer_less_its_place(company, location)
    if rng is None:
        return ExperienceEntry(title=title or None, company=company or None, location=location)
    return ExperienceEntry(title=title or None, company=company or None, start_date=rng.start.iso(),
                           end_date=rng.end.iso() if rng.end else None, current=rng.current, location=location)


def dated(line: str) -> bool:
    return bool(find_ranges(line)) or unread_range(line)


def dates_open_entries(lines: list[str], anchors: list[tuple[int, DateRange | None, str]]) -> bool:
    """Dates alone on a line, with the job's title and employer on the line below them (the
    German and many European CVs): the first date line has nothing above it in the section."""
    i, _, rest = anchors[0]
    if rest or any(above.strip() for above in lines[:i]):
        return False
    below = _header_below(lines, i, len(lines))
    return bool(below)


def _header_below(lines: list[str], i: int, end: int) -> list[str]:
    """The title and employer lines right under a date line: one line that holds both
    ("Pharmacist, Marien-Apotheke, Munich") or two short lines; a line labelled as the
    employer or the title is one half, whatever commas it holds ("Employer: Acme, Leeds")."""
    header: list[str] = []
    noted = False  # the first line was "Title, note": only an employer's line may join it
    filled = [line for line in lines[i + 1:end] if line.strip()]
    for n, line in enumerate(filled):
        if not is_header_like(line) or dated(line) or len(header) == 2 or (noted and not _an_employer_line(line)):
            break
        header.append(line.strip())
        labelled = EMPLOYER_LABEL.match(line) or TITLE_LABEL.match(line)
        if not labelled and (SPLIT_AT.search(line) or re.search(r"[,|]|\s[-–—]\s", line)):
            if len(header) == 1 and n + 1 < len(filled) and TITLE_LABEL.match(filled[n + 1]):
                continue  # "Acme LLP, Almaty" over "Position: Optometrist": the label says the line below is the title
            if len(header) > 1 or not a_title_and_a_note(line):
                break
            noted = True
    return header


def a_title_and_a_note(line: str) -> bool:
    """"Staff Nurse, Acute Medical Unit", "Kierowca C+E, transport międzynarodowy": a title, then
    after its comma words naming no employer (a ward, a kind of work); the employer may be the
    line below."""
    head, comma, rest = line.partition(",")
    return bool(comma) and "|" not in line and not SPLIT_AT.search(line) and title_score(head) > 0 \
        and title_score(rest) <= 0 and not COMPANY_WORDS.search(rest) and not an_employer_and_its_town(rest.strip())


def _an_employer_line(line: str) -> bool:
    """The line under "Title, note" that names the employer ("Sheffield Teaching Hospitals NHS
    Foundation Trust", "Girteka Logistics, Gdańsk"), not another title nor a sentence."""
    return title_score(line) <= 0 and bool(COMPANY_WORDS.search(line) or an_employer_and_its_town(line.strip()))


def entries_under_dates(lines: list[str], anchors: list[tuple[int, DateRange | None, str]]) -> list[ExperienceEntry]:
    entries = []
    for n, (i, rng, _) in enumerate(anchors):
        end = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        header = _header_below(lines, i, end)
        title, company = split_title_company(header)
        used = 0
        body = []
        for line in lines[i + 1:end]:
            if used < len(header) and line.strip() == header[used]:
                used += 1
            elif line.strip():
                body.append(line)
        entry = entry_of(title, company, rng, where_of(header, title, company))
        entry.description = "\n".join(body).strip() or None
        entries.append(entry)
    return entries


def undated_entries(lines: list[str], max_lines: int = 6) -> list[ExperienceEntry]:
    """A section without dates: its leading short lines, read as "title at company" or as
    title/company pairs."""
    header: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if not is_header_like(line) or len(header) == max_lines:
            break
        header.append(line.strip())
    entries, i = [], 0
    while i < len(header):
        if SPLIT_AT.search(header[i]) or i + 1 == len(header):
            pair, i = header[i:i + 1], i + 1
        else:
            pair, i = header[i:i + 2], i + 2
        title, company = split_title_company(pair)
        if title or company:
            company, location = employer_and_place_of_working(company, where_of(pair, title, company), names_work)
            entries.append(ExperienceEntry(title=title, company=employer_less_its_place(company, location),
                                           location=location))
    return entries

