"""The years that count for one job (relevant_years.py) of many candidates at once, as the
batch scores them: only the number, without the titles counted and left out that
MatchScorer.counted_years also builds for a match's explanation, and the job's side (its
skills as roles are compared with them) worked out once for all the candidates.
MatchScorer.counted_years stays the reference: tests/unit/test_years_column.py holds the two
equal on random roles and jobs."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.relevant_years import other_occupation, told_apart, years_of
from domain.matching.scoring import MatchScorer


def counted_years_column(scorer: MatchScorer, candidates: Sequence[CandidateProfile], job: JobProfile) -> np.ndarray:
    """Each candidate's years of work like the job's, NaN where the résumé gives no total."""
    alike = scorer.role_alike(job)
    language = job.language
    out = np.full(len(candidates), np.nan)
    for row, candidate in enumerate(candidates):
        total = candidate.years
        if total is None:
            continue
        line = candidate.timeline
        shares = [float(alike(role)) for role in line.roles]
        if not told_apart(line, shares):
            out[row] = total
            continue
        counted = [k for k, at in enumerate(line.dated) if shares[at] > 0]
        if not counted and language is not None and candidate.language is not None \
                and candidate.language != language \
                and not other_occupation(list(dict.fromkeys(line.roles[at].title for at in line.dated)), job.title):
            # As the scorer: titles in one language cannot name another's words, so no role
            # read as the job's says nothing and every year counts (unless each names another
            # occupation than the job's, relevant_years.other_occupation).
            out[row] = total
            continue
        out[row] = years_of(total, line, counted, [k for k in counted if shares[line.dated[k]] < 1])
    return out
