"""A write's match rows made in one pass (to_rows: a moment's microseconds worked out once for
the rows sharing it) are the rows made one by one from each match's own fields, whatever mix of
shared, equal and different moments (and time zones) the matches carry."""
from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

from adapters.embedded.sqlite.match_rows import micros, to_row, to_rows
from domain.matches import Match, PartWeights, ScoreBreakdown
from domain.matching.weights import PARTS


def _reference(m: Match, weighting: int) -> tuple:
    # The row as written before: every field read from the match itself.
    return (m.id, m.candidate_id, m.job_id, m.resume_id, m.score,
            *(round(getattr(m.breakdown, p) * 10_000) for p in PARTS),
            m.scoring_version, weighting if m.scoring_weights else 0, micros(m.created_at), micros(m.updated_at))


def test_rows_in_one_pass_are_the_rows_made_one_by_one():
    rng = random.Random(11)
    now = datetime(2026, 12, 6, 18, 0, 0, 123456, tzinfo=UTC)
    moments = [now, now, now.replace(), now + timedelta(microseconds=1),
               now.astimezone(timezone(timedelta(hours=5, minutes=30))), datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)]
    weights = PartWeights(semantic=0.6, skills=0.2, experience=0.08, location=0.07, salary=0.05, preferences=0.05)
    matches = []
    for n in range(300):
        created, updated = rng.choice(moments), rng.choice(moments)
        matches.append(Match(
            id=f"m{n}", candidate_id=f"c{n % 7}", job_id=f"j{n % 3}", resume_id=f"r{n}", score=round(rng.random(), 4),
            breakdown=ScoreBreakdown(**{p: round(rng.random(), 4) for p in PARTS}), created_at=created,
            updated_at=updated, scoring_version=18, scoring_weights=weights if n % 5 else None))
    weightings = [rng.randrange(1, 4) for _ in matches]
    assert to_rows(matches, weightings) == [_reference(m, w) for m, w in zip(matches, weightings)]
    assert [to_row(m, w) for m, w in zip(matches, weightings)] == [_reference(m, w) for m, w in zip(matches, weightings)]
