"""What a match is derived from must still exist when the match is written.

A recomputation reads a candidate's resumes, scores for a while, then writes; the resume
(or the whole account) may be deleted in between. The deletion removes the matches it finds
once its own transaction has committed, so a match written after that would outlive its
resume (a list showing a match whose resume reads as not found). Each match write is
therefore a transaction with a ConditionCheck on the resume and on the candidate: written
before the deletion's transaction, the deletion's sweep finds it; after, it is refused.
Jobs are closed, never deleted, so they need no check."""
from __future__ import annotations

from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import TransactionCancelled
from domain.matches import Match

_EXISTS = "attribute_exists(PK)"


def sources_exist(m: Match) -> list[dict[str, Any]]:
    """The transaction's ConditionChecks: the match's resume and candidate are stored."""
    return [{"ConditionCheck": {"Key": keys.resume(m.resume_id), "ConditionExpression": _EXISTS}},
            {"ConditionCheck": {"Key": keys.user(m.candidate_id), "ConditionExpression": _EXISTS}}]


def source_gone(cancelled: TransactionCancelled, checks_from: int) -> bool:
    """Whether sources_exist's checks, placed from `checks_from` on, refused the write."""
    return any(cancelled.failed(checks_from + i) for i in range(2))
