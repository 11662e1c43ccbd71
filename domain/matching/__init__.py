"""Matching: the full score of a candidate against a job, its weights and its explanation."""
from domain.matching.explanation import explain
from domain.matching.match_score import MatchScore
from domain.matching.profiles import CandidateProfile, JobProfile, canonical_skills, neighbour_similarity
from domain.matching.scoring import MatchScorer
from domain.matching.weights import MatchWeights

__all__ = ["CandidateProfile", "JobProfile", "MatchScore", "MatchScorer", "MatchWeights",
           "canonical_skills", "explain",
           "neighbour_similarity"]
