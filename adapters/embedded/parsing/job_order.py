"""Which half of a one-line job header comes first ("Employer, Title, dates" or "Title,
Employer, dates"), as the résumé's writer keeps it from job to job: where a line's words
cannot tell its title from its employer ("Boots UK, Dispenser": neither names an occupation
or an organisation's word), the order the other lines show by their words decides."""
from __future__ import annotations

from adapters.embedded.parsing.job_titles import title_score
from domain.resumes import ExperienceEntry


def _written_order(line: str, entry: ExperienceEntry) -> str | None:
    """"title" or "employer", whichever the line names first; None when it holds not both."""
    if not entry.title or not entry.company:
        return None
    at_title, at_company = line.find(entry.title), line.find(entry.company)
    if at_title < 0 or at_company < 0 or at_title == at_company:
        return None
    return "title" if at_title < at_company else "employer"


def _evidence(entry: ExperienceEntry) -> int:
    """How much more the title reads as one than the employer does (0: nothing tells)."""
    return title_score(entry.title or "") - title_score(entry.company or "")


def in_the_writers_order(entries: list[ExperienceEntry], lines: list[str | None]) -> None:
    """Swaps, in place, the title and employer of the jobs whose one header line (`lines`,
    None for a job of several lines) told nothing, when every line that did tell shows one
    order and theirs is the other."""
    orders = [_written_order(line, e) if line else None for e, line in zip(entries, lines, strict=True)]
    told = {order for e, order in zip(entries, orders, strict=True) if order and _evidence(e) > 0}
    if len(told) != 1:
        return
    (order,) = told
    for entry, written in zip(entries, orders, strict=True):
        if written and written != order and _evidence(entry) == 0:
            entry.title, entry.company = entry.company, entry.title
