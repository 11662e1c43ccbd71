"""Résumés exported by a job site in one fixed shape, which many real résumés come in: free text,
then "Education Details" with one line per school, the title the person gave (alone on its
line, a blank line under it) and a headline ("Title - Employer"), then "Skill Details" with one
"<skills>- Experience - <n> months" line each, then "Company Details" with pairs of
"company - <employer>" and "description - <text>" lines. The export glued each heading to the
end of the line before it ("...6 monthsCompany Details").

Read as free text, the headings are lost, "JAVA- Experience" is taken for a skill, no job is
found (no line says when) and the person's title ends up in the schooling. Here the shape is
recognised and read field by field: the text the rest of the parser reads gets its headings
back and plain skill lines, and the jobs are taken from the company pairs, the person's title
given to the job its headline names (else to the first listed, the export's latest)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.embedded.parsing.site_export_schooling import schooling_line
from domain.resumes import ExperienceEntry

_HEADINGS = ("Education Details", "Skill Details", "Company Details")
# A heading glued to (or trailing) the text of the line before it, as the export writes them.
_GLUED = re.compile(r"[ \t]*(?<!^)(?<!\n)(" + "|".join(_HEADINGS) + r")[ \t]*$", re.MULTILINE)
_COMPANY = re.compile(r"^company[ \t]+-[ \t]*(.*)$", re.MULTILINE)
_DESCRIPTION = re.compile(r"^description[ \t]+-[ \t]*")
# "JAVA- Experience - 6 months", "AutoCAD, SolidWorks- Exprience - Less than 1 year months"
_SKILL_LINE = re.compile(r"^(?P<names>.*?)\s*-\s*Ex\w*rience\s*-\s*(?P<span>.*?)\s*months?\s*$", re.IGNORECASE)
_HEADLINE = re.compile(r"^(?P<title>.+?)\s+-\s+(?P<employer>.+)$")
# What the export's company field holds when there was no employer.
_NO_EMPLOYER = frozenset(["fresher", "freshers", "na", "n/a", "nil", "none", "-", "no", "not applicable"])
_LABEL = re.compile(r"^(?:designation|position|title)\s*[-:]\s*", re.IGNORECASE)
# The title line is a title, not a sentence of the summary that ran on under the heading.
_MOST_TITLE_WORDS = 10


@dataclass(frozen=True)
class SiteExport:
    before: str                 # the free text above "Education Details"
    schooling: list[str]
    title: str | None           # the title the person gave
    headline: str | None        # "Title - Employer", or the title again
    skills: list[str]
    skill_months: list[float]   # the months each skill line states
    jobs: list[tuple[str | None, str]]  # (employer, description), as listed

    def conventional_text(self) -> str:
        """The résumé with headings on their own lines and plain skill lines, for the rest of
        the parser (contact, schooling, skills, the texts kept for embedding)."""
        parts = [self.before.strip(), "Education", *map(schooling_line, self.schooling), "Skills", *self.skills]
        if self.jobs:
            parts += ["Experience", *(line for employer, text in self.jobs for line in (employer or "", text) if line)]
        return "\n".join(parts) + "\n"

    def years(self, dated: float | None) -> float | None:
        """The longest a skill was used, in years, or the years the jobs' own dates cover
        (`dated`, from their descriptions), whichever is more: the least the person has worked
        (skills used side by side overlap, so no sum)."""
        skill = round(max(self.skill_months) / 12, 1) if self.skill_months else None
        return max((y for y in (skill, dated) if y is not None), default=None)

    def entries(self) -> list[ExperienceEntry]:
        titled = self._titled_job()
        entries = [ExperienceEntry(title=self._job_title() if n == titled else None, company=employer,
                                   description=text or None)
                   for n, (employer, text) in enumerate(self.jobs)]
        if titled is None and self._job_title():
            entries.insert(0, ExperienceEntry(title=self._job_title()))
        return [e for e in entries if e.title or e.company or e.description]

    def _job_title(self) -> str | None:
        headline = _HEADLINE.match(self.headline or "")
        return self.title or (headline.group("title") if headline else self.headline)

    def _titled_job(self) -> int | None:
        """Which job the person's title is of: the one whose employer the headline names (the
        same name first, else the longest named as whole words), else the first with an
        employer (the export lists the latest first)."""
        if not self._job_title():
            return None
        headline = _HEADLINE.match(self.headline or "")
        named = _plain(headline.group("employer").split(",")[0]) if headline else ""
        if named:
            employers = [(n, _plain(employer)) for n, (employer, _) in enumerate(self.jobs) if employer]
            same = [n for n, employer in employers if employer == named]
            if same:
                return same[0]
            within = [(len(employer), n) for n, employer in employers if employer and
                      (f" {employer} " in f" {named} " or f" {named} " in f" {employer} ")]
            if within:
                return max(within, key=lambda found: (found[0], -found[1]))[1]
        return next((n for n, (employer, _) in enumerate(self.jobs) if employer), None)


def _plain(name: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", name.casefold()).split())


def read_site_export(text: str) -> SiteExport | None:
    """The résumé read as the export's shape, or None when it is not in it: the three headings
    each ending a line, and every line that opens with "company - " followed by one that opens
    with "description - " (a résumé of another shape may say "Education Details" in a sentence,
    or wrap one at "company - wide"; not all of it)."""
    if not all(h in text for h in _HEADINGS) or not _exported_pairs(text):
        return None
    text = _GLUED.sub(lambda m: "\n" + m.group(1), text)
    lines = text.split("\n")
    at = {h: next((i for i, line in enumerate(lines) if line.strip() == h), -1) for h in _HEADINGS}
    education, skills, companies = (at[h] for h in _HEADINGS)
    if not 0 <= education < skills < companies:
        return None
    schooling, title, headline = _schooling_and_title(lines[education + 1:skills])
    if title and not _a_title(title):
        schooling, title = [*schooling, title], None
    return SiteExport(before="\n".join(lines[:education]), schooling=schooling, title=_a_title(title),
                      headline=_a_title(headline),
                      skills=_skills(lines[skills + 1:companies]), skill_months=_months(lines[skills + 1:companies]),
                      jobs=_jobs(lines[companies + 1:]))


def _exported_pairs(text: str) -> bool:
    lines = text.split("\n")
    companies = [n for n, line in enumerate(lines) if _COMPANY.match(line)]
    return bool(companies) and all(n + 1 < len(lines) and _DESCRIPTION.match(lines[n + 1]) for n in companies)


def _schooling_and_title(block: list[str]) -> tuple[list[str], str | None, str | None]:
    """The schools' lines, then the title the person gave: the last line with a blank line
    under it; and the headline after it, when there is one."""
    while block and not block[-1].strip():
        block = block[:-1]
    blank_after = [i for i in range(len(block) - 1) if block[i].strip() and not block[i + 1].strip()]
    if not blank_after:
        # no blank line: the last line is the title when the schools are above it
        return ([line for line in block[:-1] if line.strip()], block[-1].strip() or None, None) if len(block) > 1 \
            else ([line for line in block if line.strip()], None, None)
    at = blank_after[-1]
    headline = next((line.strip() for line in block[at + 1:] if line.strip()), None)
    return [line for line in block[:at] if line.strip()], block[at].strip(), headline


def _a_title(line: str | None) -> str | None:
    title = _LABEL.sub("", line or "").strip()
    words = title.split()
    if not words or len(words) > _MOST_TITLE_WORDS or re.search(r"[a-z]{3}\.$", title):
        return None
    return title


def _skills(block: list[str]) -> list[str]:
    out: list[str] = []
    for line in block:
        found = _SKILL_LINE.match(line.strip())
        names = found.group("names") if found else line.strip()
        out += [name.strip(" .") for name in names.split(",") if name.strip(" .")]
    return out


def _months(block: list[str]) -> list[float]:
    """"24 months" -> 24. "Less than 1 year" says nothing: the export writes it where the
    person gave no figure, beside jobs of many years."""
    out: list[float] = []
    for line in block:
        found = _SKILL_LINE.match(line.strip())
        span = found.group("span").strip() if found else ""
        if span.isdigit():
            out.append(float(span))
    return out


def _jobs(block: list[str]) -> list[tuple[str | None, str]]:
    """(employer, description) pairs; one employer's several descriptions in a row are one job."""
    jobs: list[tuple[str | None, list[str]]] = []
    for line in block:
        company = _COMPANY.match(line)
        if company:
            employer = company.group(1).strip() or None
            if employer and employer.casefold().strip(" .") in _NO_EMPLOYER:
                employer = None
            if not (jobs and jobs[-1][0] == employer and employer is not None):
                jobs.append((employer, []))
        elif jobs:
            jobs[-1][1].append(_DESCRIPTION.sub("", line))
        elif line.strip():
            jobs.append((None, [_DESCRIPTION.sub("", line)]))
    return [(employer, "\n".join(text).strip()) for employer, text in jobs]
