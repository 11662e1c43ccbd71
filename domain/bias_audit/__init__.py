"""The bias audit of matching (NYC Local Law 144 style): selection and scoring rates and
impact ratios per sex, race/ethnicity and their intersection, from aggregates only."""
from domain.bias_audit.impact import (
                                      AssessedCandidate,
                                      AuditPolicy,
                                      AuditReport,
                                      CategoryReport,
                                      Dimension,
                                      GroupFigures,
                                      audit,
)
from domain.bias_audit.selection import CandidateOutcome, ScoredMatch, outcomes_from_matches

__all__ = ["AssessedCandidate", "AuditPolicy", "AuditReport", "CandidateOutcome", "CategoryReport", "Dimension",
           "GroupFigures", "ScoredMatch", "audit", "outcomes_from_matches"]
