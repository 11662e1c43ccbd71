"""The years of experience that count for a job: those of the résumé's roles that are work
like the job's, not every year the candidate has worked. Twelve years driving buses are not
years of accounting; the year since as an accounts assistant is.

A role is like the job's when its title names the job's work or its family of work
(preferences.title_fit, held titles), or when its title and duties name two of the job's
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

from domain.matching.generic_skills import is_generic
from domain.matching.preferences import title_fit
from domain.occupation_families import same_family, same_job
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


@dataclass(frozen=True)
class CountedYears:
    years: float | None
    # Titles of the roles whose years counted, and of those left out as other work.
    counted: tuple[str, ...] = ()
    not_counted: tuple[str, ...] = ()


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


def like_the_job(role: HeldRole, job_title: str, job_skills: Sequence[str],
                 trade_skill: Callable[[str], bool], generic: Callable[[str], bool] = is_generic) -> bool:
    """Whether a role is work like the job's: by its title, or by the job's specific skills it
    names (two of a trade's own, or two that are half of those the job lists)."""
    fit = title_fit([role.title], job_title, held=True)
    # A rung below on the job's own ladder (an accounts assistant for an accountant's post)
    # is the same work: title_fit caps such a step up, the years count all the same.
    if (fit is not None and fit >= TITLE_ALIKE) or same_family(role.title, job_title) \
            or same_job(role.title, job_title) or rungs_below(role.title, job_title) > 0:
        return True
    named = {s.casefold() for s in role.skills}
    shared = [s for s in dict.fromkeys(job_skills) if s.casefold() in named and not generic(s)]
    if len(shared) < SHARED_SKILLS:
        return False
    return sum(map(trade_skill, shared)) >= SHARED_SKILLS or 2 * len(shared) >= len(set(job_skills))


def counted_years(total: float | None, roles: Sequence[HeldRole],
                  like_the_job: Callable[[HeldRole], bool]) -> CountedYears:
    if total is None:
        return CountedYears(None)
    judged = [(r, like_the_job(r)) for r in roles]
    dated = [(_ended(r, roles), alike) for r, alike in judged if r.start is not None]
    if not dated or all(alike for _, alike in dated) or any(alike and r.start is None for r, alike in judged):
        return CountedYears(total, tuple(dict.fromkeys(r.title for r, _ in judged)))
    latest = max(max((r.end for r, _ in dated if r.end is not None), default=0),
                 max(r.start + 1 for r, _ in dated if r.start is not None))

    def months(rs: Sequence[HeldRole]) -> set[int]:
        out: set[int] = set()
        for r in rs:
            assert r.start is not None
            out.update(range(r.start, max(r.start, latest if r.end is None else r.end)))
        return out

    alike = [r for r, a in dated if a]
    since_latest = max(0, round(total * 12) - len(months([r for r, _ in dated])))
    counted = len(months(alike)) + (since_latest if any(r.end is None for r in alike) else 0)
    return CountedYears(min(total, round(counted / 12, 1)), tuple(dict.fromkeys(r.title for r in alike)),
                        tuple(dict.fromkeys(r.title for r, a in dated if not a and r.title not in
                                            {x.title for x in alike})))


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
