"""A stored match as a compact row: ids, score, the breakdown as integers in basis points
(the scorer rounds each part to 4 decimals, so nothing is lost), the scoring version and
weighting (an id in match_weightings, see match_weightings.py) and the times as integer microseconds. Skills and explanation are not stored (built on read)."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from domain.matches import Match, PartWeights, ScoreBreakdown
from domain.matching.weights import PARTS

_BASIS = 10_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

COLUMNS = ("id", "candidate_id", "job_id", "resume_id", "score", *(f"{p}_bp" for p in PARTS),
           "scoring_version", "weighting", "created_us", "updated_us")

def to_row(m: Match, weighting: int) -> tuple:
    """`weighting`: the id of m's weights (weighting_ids), 0 for a match without weights."""
    return to_rows([m], [weighting])[0]


def to_rows(matches: Sequence[Match], weightings: Sequence[int]) -> list[tuple]:
    """to_row of each match with its weighting, each moment's microseconds worked out once for
    the rows that share that very object (a job's rows are all made at one `now`)."""
    last: datetime | None = None
    last_us = 0

    def us(moment: datetime) -> int:
        nonlocal last, last_us
        if moment is not last:
            last, last_us = moment, micros(moment)
        return last_us

    rows = []
    for m, weighting in zip(matches, weightings, strict=True):
        breakdown = m.breakdown
        rows.append((m.id, m.candidate_id, m.job_id, m.resume_id, m.score,
                     *(round(getattr(breakdown, p) * _BASIS) for p in PARTS),
                     m.scoring_version, weighting if m.scoring_weights else 0,
                     us(m.created_at), us(m.updated_at)))
    return rows


def weights_json(m: Match) -> str:
    """The JSON of the part weights `m` was scored with, "" when none were kept."""
    return _weights_json(m.scoring_weights) if m.scoring_weights else ""


def weights_jsons(matches: Sequence[Match]) -> list[str]:
    """weights_json of each of `matches`, made once per weights object: a job's ~100 rows share
    one (a few microseconds a row otherwise). The objects are held by `matches` meanwhile, so
    their id() is not reused within the call."""
    made: dict[int, str] = {}
    out = []
    for m in matches:
        weights = m.scoring_weights
        if weights is None:
            out.append("")
            continue
        found = made.get(id(weights))
        if found is None:
            found = made[id(weights)] = _weights_json(weights)
        out.append(found)
    return out


def _weights_json(weights: PartWeights) -> str:
    # Every row of a scoring run carries the same weights: their JSON is made once per value
    # (the key is each weight's repr, so 1 and 1.0, which print differently, stay apart).
    return _weights_json_of(tuple(repr(getattr(weights, p)) for p in PARTS), weights)


_weights_json_cache: dict[tuple[str, ...], str] = {}


def _weights_json_of(key: tuple[str, ...], weights: PartWeights) -> str:
    found = _weights_json_cache.get(key)
    if found is None:
        if len(_weights_json_cache) > 64:  # a handful of weightings live at once
            _weights_json_cache.clear()
        found = _weights_json_cache[key] = weights.model_dump_json()
    return found


def from_row(row: sqlite3.Row) -> Match:
    """A row read from match_weightings.READ_FROM (scoring_weights NULL or "" when none)."""
    return Match(
        id=row["id"], candidate_id=row["candidate_id"], job_id=row["job_id"], resume_id=row["resume_id"],
        score=row["score"], breakdown=ScoreBreakdown(**{p: row[f"{p}_bp"] / _BASIS for p in PARTS}),
        scoring_version=row["scoring_version"],
        scoring_weights=PartWeights.model_validate_json(row["scoring_weights"]) if row["scoring_weights"] else None,
        created_at=_moment(row["created_us"]),
        updated_at=_moment(row["updated_us"]),
    )


def micros(moment: datetime) -> int:
    delta = moment.astimezone(UTC) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _moment(micros: int) -> datetime:
    seconds, rest = divmod(micros, 1_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=rest)
