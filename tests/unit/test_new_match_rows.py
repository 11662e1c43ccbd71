"""A new match as matching builds it (validated, from plain values) and the row SQLite stores for it
(the weights' JSON made once per weighting): the same values as building each from scratch."""
from __future__ import annotations

from datetime import UTC, datetime

from adapters.embedded.sqlite.match_rows import to_row, weights_json, weights_jsons
from domain.matches import Match, PartWeights, ScoreBreakdown
from domain.matching.profiles import CandidateProfile
from domain.matching.scoring import SCORING_VERSION, MatchScorer
from domain.matching.weights import PARTS
from domain.services.matching_parts import MatchingParts

_NOW = datetime(2026, 12, 2, 18, 0, 1, 250, tzinfo=UTC)
_PARTS = [0.71, 0.5, 1.0, 0.0, 0.25, 0.5]


def _parts() -> MatchingParts:
    # Only the scorer is read to build matches; the stores and indexes are never touched.
    none = None
    return MatchingParts(jobs=none, embeddings=none, job_index=none, resume_index=none,  # type: ignore[arg-type]
                         embedder=none, skills=none, scorer=MatchScorer(), clock=none,  # type: ignore[arg-type]
                         store=none, neighbours=none, resume_sets=none, candidates=none,  # type: ignore[arg-type]
                         top_k=10)


def _from_scratch(parts: MatchingParts, match_id: str) -> Match:
    return Match.model_construct(
        id=match_id, candidate_id="c1", job_id="j1", resume_id="r1", score=0.61,
        breakdown=ScoreBreakdown.model_construct(None, **dict(zip(PARTS, _PARTS))), matched_skills=[],
        missing_skills=[], explanation="", created_at=_NOW, updated_at=_NOW, scoring_version=SCORING_VERSION,
        scoring_weights=parts.weights_stamp)


def test_a_new_match_is_the_match_built_from_scratch():
    parts = _parts()
    made = parts.new_match(CandidateProfile("r1", "c1"), "j1", 0.61, _PARTS, _NOW, "m1")
    expected = _from_scratch(parts, "m1")
    assert made == expected
    assert made.model_fields_set == expected.model_fields_set
    assert made.breakdown.model_fields_set == expected.breakdown.model_fields_set
    assert to_row(made, 1) == to_row(expected, 1)


def test_new_matches_share_nothing_mutable():
    parts = _parts()
    one = parts.new_match(CandidateProfile("r1", "c1"), "j1", 0.61, _PARTS, _NOW)
    two = parts.new_match(CandidateProfile("r2", "c2"), "j1", 0.4, [0.1] * 6, _NOW)
    one.matched_skills.append("python")
    assert two.matched_skills == [] and one.missing_skills is not two.missing_skills
    assert one.breakdown is not two.breakdown and one.breakdown.semantic == 0.71 and two.breakdown.semantic == 0.1
    assert one.id != two.id


def test_each_weighting_is_stored_as_its_own_json():
    parts = _parts()
    match = _from_scratch(parts, "m1")
    other = PartWeights(**dict.fromkeys(PARTS, 0.5))
    # Equal numbers written differently (1 against 1.0) are not taken for one another.
    whole = PartWeights.model_construct(**dict.fromkeys(PARTS, 1))
    real = PartWeights.model_construct(**dict.fromkeys(PARTS, 1.0))
    for weights in (parts.weights_stamp, other, whole, real, other, whole):
        assert weights_json(match.model_copy(update={"scoring_weights": weights})) == weights.model_dump_json()
    assert weights_json(match.model_copy(update={"scoring_weights": None})) == ""
    # A row names its weighting by the id given; a match without weights by 0.
    assert to_row(match, 7)[-3] == 7
    assert to_row(match.model_copy(update={"scoring_weights": None}), 7)[-3] == 0
    # Each match's JSON made in bulk is the one made alone, weights shared or not.
    listed = [match.model_copy(update={"scoring_weights": w}) for w in (other, None, whole, real, other, other)]
    assert weights_jsons(listed) == [weights_json(m) for m in listed]
