"""The candidate's stated preferences that are not place or pay: the titles they want and the
employment types they accept, against the job. Each is unknown (None) when the candidate has
said nothing, and then neither rewards nor punishes (it is left out of the score)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from domain.engineering_disciplines import names_the_field, other_discipline
from domain.jobs import EmploymentType
from domain.occupation_families import RELATED_TITLE_FIT, same_family, same_job, same_occupation
from domain.skills import tokens
from domain.title_ranks import lowest_gap, rungs_below

if TYPE_CHECKING:  # relevant_years reads title_fit from here
    from domain.matching.relevant_years import HeldRole

# Words of a title that say rank or nothing, not the kind of work.
_NOT_THE_WORK = frozenset(
    ["senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief", "associate",
     "assistant", "trainee", "intern", "i", "ii", "iii", "iv", "1", "2", "3",
     "of", "and", "the", "for", "in", "at", "a", "an"])


# Role words any trade's titles end in: a job titled by one alone ("Manager", "Supervisor")
# names no work a held title holding it ("Nurse Manager", "Store Supervisor") is known to do.
_ANY_TRADES_ROLE = frozenset(
    "manager supervisor officer worker operative technician administrator coordinator executive specialist"
    " consultant advisor adviser representative agent clerk director leader".split())


def title_fit(desired: list[str], job_title: str, held: bool = False) -> float | None:
    """The best share of a desired title's words found in the job title ("Data Scientist"
    in "Senior Data Scientist" is 1, "Data Engineer" is 0.5); rank words do not count. Another
    name of the same job counts as the title itself ("RN" for "Staff Nurse"), and a job of the
    same family nearly so ("Line Cook" for "Chef", "Bookkeeper" for "Accountant"). Titles `held`
(the résumé's, standing in for titles never named) fit as well by holding all the job
title's words: a "Pharmacist Manager" does the work of a "Pharmacist"."""
    wanted = [(t, _work_words(t)) for t in desired]
    wanted = [(t, w) for t, w in wanted if w]
    if not wanted:
        return None
    title = _work_words(job_title)
    return round(max(_one_title_fit(t, w, job_title, title, held) for t, w in wanted), 4)


def _one_title_fit(desired: str, desired_words: frozenset[str], job_title: str, title: frozenset[str],
                   held: bool = False) -> float:
    if other_discipline(desired, job_title):
        return 0.0  # engineers of two disciplines, sharing only the word "engineer"
    shared = len(desired_words & title) / len(desired_words)
    if held and title and not title <= _ANY_TRADES_ROLE:
        shared = max(shared, len(desired_words & title) / len(title))
    if held and rungs_below(desired, job_title) > 0:
        # a rung below the job's on its trade's ladder ("Sous Chef" for "Head Chef"): a step
        # up, however many of the job title's words the held one has
        return min(shared, STEP_UP_TITLE_FIT)
    if shared < 1.0 and same_job(desired, job_title):
        shared = 1.0
    elif shared < RELATED_TITLE_FIT and (same_family(desired, job_title) or same_occupation(desired, job_title)):
        # one occupation or family named in two languages ("Chefe de Pastelaria", "Pastry Cook")
        shared = RELATED_TITLE_FIT
    if not held and shared > RELATED_TITLE_FIT and rungs_below(job_title, desired) > 0:
        # a post a rung or more below the one the candidate asked for ("Sous Chef" for someone
        # who wants "Head Chef") is near what they want, not it
        return RELATED_TITLE_FIT
    return shared


# A held title a rung or more below the job's in the same line of work fits at most this well.
STEP_UP_TITLE_FIT = 0.5


def held_titles(current: Sequence[str], roles: Sequence[HeldRole], job_title: str) -> tuple[str | None, str | None]:
    """Of a résumé whose held titles a job's was compared with: the current title it was
    compared with (the best fitting, as title_fit takes the best), and an earlier role whose
    title is the job's (every work word of it in the job's), which title_fit never reads."""
    best = max(current, key=lambda t: title_fit([t], job_title, True) or 0.0) if current else None
    earlier = next((r.title for r in roles if not r.current and r.title.strip() not in current
                    and (title_fit([r.title], job_title) or 0.0) >= 1.0), None)
    return best, earlier


def rank_factor(titles: list[str], held: bool, job_title: str, per_rung: float) -> float:
    """What a score is multiplied by when the titles a résumé holds now all stand below the
    job's on its trade's ladder (domain.title_ranks): `per_rung` for each rung, two at most. A
    recruiter for a head chef reads head chefs before sous chefs whose listed skills are the
    ad's own words; a step up stays above another trade. Titles the candidate wants are no
    rank held (1)."""
    if not held or not titles:
        return 1.0
    gap = min(2.0, lowest_gap(tuple(titles), job_title))
    return round(per_rung ** gap, 4) if gap > 0 else 1.0


def employment_fit(accepted: list[EmploymentType], offered: EmploymentType | None) -> float | None:
    if not accepted or offered is None:
        return None
    return 1.0 if offered in accepted else 0.0


def preference_part(title: float | None, employment: float | None) -> float | None:
    """The preferences part: the mean of what is known of the two."""
    known = [v for v in (title, employment) if v is not None]
    return round(sum(known) / len(known), 4) if known else None


# Rank words that are the work when they end a title: the "Assistant" of "Dental Assistant",
# the "Associate" of "Sales Associate" (English titles end with the work's noun).
_THE_WORK_AT_THE_END = frozenset(["assistant", "associate", "lead", "intern", "trainee"])


# A title's words are asked for once per candidate and job scored: the same few hundred titles.
@lru_cache(maxsize=8192)
def _work_words(title: str) -> frozenset[str]:
    words = tokens(title)
    last = len(words) - 1
    # A post named by its field ("Electrical Engineering") is the engineer's.
    field = names_the_field(title)
    return frozenset("engineer" if field and t == "engineering" else t for i, t in enumerate(words)
                     if t not in _NOT_THE_WORK or (i == last and t in _THE_WORK_AT_THE_END))
