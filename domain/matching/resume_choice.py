"""Which of a candidate's resumes a match is computed from.

Every parsed resume counts: a candidate's match with a job comes from the resume that fits
the job best, so a second, weaker upload never costs a better match, and deleting one
resume leaves the matches the others earn. A resume the candidate marked primary overrides
that choice while it is parsed (until then, or if it failed, the best one counts). A primary
in which nothing of a resume was recognised does not: read alone it would match nothing and
every match would be deleted (it may be marked while still processing, before anyone knows
it will parse to nothing), so it is passed over and the others count. (Any resume with
nothing recognised scores nothing: matching skips it when scoring.)"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from domain.matches import Match
from domain.resume_warnings import recognised_nothing
from domain.resumes import Resume, ResumeStatus


def eligible(resumes: Iterable[Resume]) -> list[Resume]:
    """The resumes matching may read: the parsed primary alone, else every parsed one (a primary
    with nothing of a resume in it left out of both)."""
    parsed = [r for r in resumes if r.status is ResumeStatus.PARSED and r.parsed is not None
              and not (r.primary and recognised_nothing(r.parsed))]
    primary = [r for r in parsed if r.primary]
    return primary[:1] or parsed


def fingerprint(resumes: Iterable[Resume]) -> frozenset[str]:
    """What a computation from `resumes` depended on: when it differs after the matches were
    written, another change raced the computation and it must be made again."""
    return frozenset(r.id for r in eligible(resumes))


def best_per_pair(matches: Sequence[Match]) -> list[Match]:
    """One match per (candidate, job): the highest score, equal scores settled by resume id
    so that the choice does not depend on the order the resumes were scored in."""
    best: dict[tuple[str, str], Match] = {}
    for match in matches:
        key = (match.candidate_id, match.job_id)
        current = best.get(key)
        if current is None or (match.score, match.resume_id) > (current.score, current.resume_id):
            best[key] = match
    return list(best.values())
