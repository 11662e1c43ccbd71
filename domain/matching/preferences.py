"""The candidate's stated preferences that are not place or pay: the titles they want and the
employment types they accept, against the job. Each is unknown (None) when the candidate has
said nothing, and then neither rewards nor punishes (it is left out of the score)."""
from __future__ import annotations

from functools import lru_cache

from domain.jobs import EmploymentType
from domain.occupation_families import RELATED_TITLE_FIT, same_family, same_job
from domain.skills import tokens

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
    shared = len(desired_words & title) / len(desired_words)
    if held and title and not title <= _ANY_TRADES_ROLE:
        shared = max(shared, len(desired_words & title) / len(title))
    if shared < 1.0 and same_job(desired, job_title):
        return 1.0
    if shared < RELATED_TITLE_FIT and same_family(desired, job_title):
        return RELATED_TITLE_FIT
    return shared


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
    return frozenset(t for i, t in enumerate(words)
                     if t not in _NOT_THE_WORK or (i == last and t in _THE_WORK_AT_THE_END))
