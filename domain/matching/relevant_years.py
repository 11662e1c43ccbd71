"""The years of experience that count for a job: those of the résumé's roles that are work
like the job's, not every year the candidate has worked. Twelve years driving buses are not
years of accounting; the year since as an accounts assistant is.

A role is like the job's when its title names the job's work or its family of work
(preferences.title_fit, held titles), or names its occupation in another language
(occupation_families.same_occupation: "Enfermera" for a "Registered Nurse"), or when its title and duties name two of the job's
specific skills: two of a trade's own, or two that are half the skills the job lists. Skills
every trade lists (generic_skills.py) do not count: customer service is no nurse's work. Months are counted once however
many roles overlap them, as the résumé's total is (its parser's). A role with no end written
that is not current ended, at the latest, when the next role began; a still open one (current,
or the latest begun) runs to the latest month any role names, and the months from there to
the day the total was counted are its own: the total minus all roles' months. Where no role can be
placed in time, or a role like the job's has no dates, the roles cannot be told apart and
every year counts, as before."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from domain.engineering_disciplines import other_discipline
from domain.matching.generic_skills import is_generic
from domain.matching.preferences import title_fit
from domain.occupation_families import occupations_alike, occupations_of, same_family, same_job, same_occupation
from domain.resumes import ExperienceEntry
from domain.title_ranks import rungs_below

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?")


@dataclass(frozen=True)
class HeldRole:
    title: str
    # Months counted from year 0 (year x 12 + month - 1); end exclusive, None while open.
    start: int | None = None
    end: int | None = None
    # Canonical skills the role's title and duties name.
    skills: frozenset[str] = frozenset()
    # Said to be held still; an open role that is not ended where the next one begins.
    current: bool = False

    @cached_property
    def folded_skills(self) -> frozenset[str]:
        return frozenset(s.casefold() for s in self.skills)


@dataclass(frozen=True)
class CountedYears:
    years: float | None
    # Titles of the roles whose years counted, and of those left out as other work.
    counted: tuple[str, ...] = ()
    not_counted: tuple[str, ...] = ()
    # Of `counted`, those whose years counted in part only (RELATED_SHARE): another profession's.
    in_part: tuple[str, ...] = ()


def held_role(entry: ExperienceEntry, skills: Sequence[str] = ()) -> HeldRole | None:
    title = (entry.title or "").strip()
    if not title:
        return None
    start = _point(entry.start_date)
    end = None if entry.current or start is None else _end(entry.start_date, entry.end_date, start)
    return HeldRole(title, start, end, frozenset(skills), entry.current)


# A held title sharing at least half the job title's words of work, or of its family, is its work.
TITLE_ALIKE = 0.5


# Fewest of the job's specific skills a role of another title must name to be its work.
SHARED_SKILLS = 2

# The share of a year counted for a role in a regulated profession other than the job's, of
# its family or skills (other_registers.py): related work, not the job's own.
RELATED_SHARE = 0.5


def like_the_job(role: HeldRole, job_title: str, job_skills: Sequence[str],
                 trade_skill: Callable[[str], bool], generic: Callable[[str], bool] = is_generic) -> bool:
    """Whether a role is work like the job's: by its title, or by the job's specific skills it
    names (two of a trade's own, or two that are half of those the job lists)."""
    return title_like(role.title, job_title) \
        or skills_like(role.folded_skills, job_skills_of(job_skills, trade_skill, generic))


def title_like(title: str, job_title: str) -> bool:
    """Whether a held title is the job's work (of its words, family, ladder or occupation); a
    title naming two posts apart ("Area Manager / Shift Lead") is either's work."""
    return any(_one_title_like(t, job_title) for t in posts_named(title))


def posts_named(title: str) -> list[str]:
    """The posts a held title names: two parted by a spaced slash or bar ("Area Manager / Shift
    Lead", "Receptionist | Administrator") are each a title; "Picker/Packer" and "Sales/Marketing
    Manager" are one title's words."""
    spaced = " ".join(title.split()).replace(" | ", " / ")
    parts = [p.strip() for p in spaced.split(" / ") if p.strip()]
    return parts if len(parts) > 1 else [title]


def _one_title_like(title: str, job_title: str) -> bool:
    if other_discipline(title, job_title):
        return False  # a mechanical engineer's years are not a civil engineer's
    fit = title_fit([title], job_title, held=True)
    # A rung below on the job's own ladder (an accounts assistant for an accountant's post)
    # is the same work: title_fit caps such a step up, the years count all the same.
    return (fit is not None and fit >= TITLE_ALIKE) or same_family(title, job_title) \
        or same_job(title, job_title) or rungs_below(title, job_title) > 0 \
        or same_occupation(title, job_title)


def other_occupation(titles: Sequence[str], job_title: str) -> bool:
    """Whether titles in any language say the work is another than the job's: the job's title
    names an occupation (domain.occupation_names), every one of `titles` names one too, and
    none is the job's, of its family or like it (title_like). Titles naming none say nothing."""
    job = occupations_of(job_title)
    if not job or not titles:
        return False
    return all((held := occupations_of(t)) and not occupations_alike(held, job) and not title_like(t, job_title)
               for t in titles)


@lru_cache(maxsize=65_536)
def job_occupation_unnamed(titles: tuple[str, ...], job_title: str) -> bool:
    """Whether titles in any language leave the job's occupation unnamed though its title names
    one the names know: none of `titles` (a résumé's, held now or before) is the job's, of its
    family or like it (title_like). Remembered: one résumé's titles meet every job's."""
    job = occupations_of(job_title)
    if not job or not titles:
        return False
    return not any(occupations_alike(occupations_of(t), job) or title_like(t, job_title) for t in titles)


@dataclass(frozen=True)
class JobSkills:
    """A job's skills as roles are compared with them, worked out once per job: its specific
    skills (casefolded), those of them a trade's own, and how many skills it lists."""
    specific: frozenset[str]
    of_a_trade: frozenset[str]
    listed: int


def job_skills_of(job_skills: Sequence[str], trade_skill: Callable[[str], bool],
                  generic: Callable[[str], bool] = is_generic) -> JobSkills:
    specific = [s for s in dict.fromkeys(job_skills) if not generic(s)]
    return JobSkills(frozenset(s.casefold() for s in specific),
                     frozenset(s.casefold() for s in specific if trade_skill(s)), len(set(job_skills)))


def skills_like(named: frozenset[str], job: JobSkills) -> bool:
    """Whether a role's casefolded skills name two of the job's specific skills: two of a
    trade's own, or two that are half of those the job lists."""
    if len(named) < SHARED_SKILLS:
        return False
    shared = named & job.specific
    return len(shared) >= SHARED_SKILLS and (len(shared & job.of_a_trade) >= SHARED_SKILLS
                                             or 2 * len(shared) >= job.listed)


@dataclass(frozen=True)
class RoleTimeline:
    """What of a résumé's roles does not depend on the job, worked out once per résumé."""
    roles: tuple[HeldRole, ...]
    # Positions in `roles` of the dated ones, and each one's months [start, stop): an open
    # role runs to the latest month any role names.
    dated: tuple[int, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    # Months any dated role covers, counted once.
    months: int = 0


def role_timeline(roles: Sequence[HeldRole]) -> RoleTimeline:
    ended = [_ended(r, roles) for r in roles]
    dated = tuple(i for i, r in enumerate(ended) if r.start is not None)
    if not dated:
        return RoleTimeline(tuple(roles))
    starts = [s for i in dated if (s := ended[i].start) is not None]
    latest = max(max((e for i in dated if (e := ended[i].end) is not None), default=0), max(starts) + 1)
    spans = tuple((s, max(s, latest if (e := ended[i].end) is None else e))
                  for i in dated if (s := ended[i].start) is not None)
    return RoleTimeline(tuple(ended), dated, spans, _covered(spans))


def counted_years(total: float | None, roles: Sequence[HeldRole] | RoleTimeline,
                  like_the_job: Callable[[HeldRole], float]) -> CountedYears:
    """`like_the_job`: how much of a role's years count, 1 (the job's work), RELATED_SHARE or 0."""
    if total is None:
        return CountedYears(None)
    line = roles if isinstance(roles, RoleTimeline) else role_timeline(roles)
    shares = [float(like_the_job(r)) for r in line.roles]
    if not told_apart(line, shares):
        return CountedYears(total, tuple(dict.fromkeys(r.title for r in line.roles)))
    judged = [share > 0 for share in shares]
    alike = [k for k, i in enumerate(line.dated) if judged[i]]
    related = [k for k in alike if shares[line.dated[k]] < 1]
    titles = tuple(dict.fromkeys(line.roles[line.dated[k]].title for k in alike))
    wholly = {line.roles[line.dated[k]].title for k in alike if k not in related}
    return CountedYears(years_of(total, line, alike, related), titles,
                        tuple(dict.fromkeys(line.roles[i].title for i in line.dated
                                            if not judged[i] and line.roles[i].title not in titles)),
                        tuple(t for t in dict.fromkeys(line.roles[line.dated[k]].title for k in related)
                              if t not in wholly))


def told_apart(line: RoleTimeline, judged: Sequence[float]) -> bool:
    """Whether the roles judged like the job's (`judged`, one share per role of `line`: 1 the
    job's work, a related share, 0 other work) can be told from the others: some dated role is
    not wholly the job's, and every role that is in any part has a date."""
    return bool(line.dated) and not all(judged[i] >= 1 for i in line.dated) \
        and not any(a > 0 and r.start is None for r, a in zip(line.roles, judged, strict=True))


def years_of(total: float, line: RoleTimeline, alike: Sequence[int], related: Sequence[int] = ()) -> float:
    """The years of the dated roles at positions `alike` of `line.dated` (months counted once,
    an open one with the months since the latest any role names), at most `total`; months only
    roles at positions `related` (of `alike`) cover count RELATED_SHARE each."""
    since_latest = max(0, round(total * 12) - line.months)
    own = [k for k in alike if k not in related]
    months = _covered([line.spans[k] for k in alike])
    own_months = _covered([line.spans[k] for k in own]) if related else months
    open_share = 1.0 if any(line.roles[line.dated[k]].end is None for k in own) \
        else RELATED_SHARE if any(line.roles[line.dated[k]].end is None for k in related) else 0.0
    counted = own_months + RELATED_SHARE * (months - own_months) + open_share * since_latest
    return min(total, round(counted / 12, 1))


def _covered(spans: Sequence[tuple[int, int]]) -> int:
    """Months in any of the spans, each counted once."""
    out, reach = 0, None
    for s, e in sorted(spans):
        if reach is None or s >= reach:
            out += e - s
            reach = e
        elif e > reach:
            out += e - reach
            reach = e
    return out


def _ended(role: HeldRole, roles: Sequence[HeldRole]) -> HeldRole:
    """A role with no end written and not current ended when the next role began: no later
    work is its own (a résumé that leaves an old post's end out has not held it since)."""
    if role.end is not None or role.current or role.start is None:
        return role
    later = [r.start for r in roles if r.start is not None and r.start > role.start]
    return replace(role, end=min(later)) if later else role


def _point(iso: str | None) -> int | None:
    m = _ISO.match(iso or "")
    if not m:
        return None
    month = int(m.group(2)) if m.group(2) else 1
    return int(m.group(1)) * 12 + min(max(month, 1), 12) - 1


def _end(start_iso: str | None, end_iso: str | None, start: int) -> int | None:
    """As the parser counts a range (adapters' dates._months): "2017 - 2019" is two years,
    "2017 - 2017" that year, "Jan 2019 - Mar 2019" three months."""
    m = _ISO.match(end_iso or "")
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        return year * 12 + min(max(int(m.group(2)), 1), 12)
    start_bare = (m0 := _ISO.match(start_iso or "")) is not None and not m0.group(2)
    if start_bare and year == start // 12:
        return start + 12
    return year * 12
