"""The bias audit's ports on each backend: the self-identification store and the read of
match outcomes. Kept out of the matching wiring on purpose: matching is never given the
demographics store (tests/unit/test_architecture.py)."""
from __future__ import annotations

from typing import Any


def embedded_bias_audit_ports(db: Any) -> dict[str, Any]:
    from adapters.embedded.sqlite.demographics import SqliteDemographicsStore
    from adapters.embedded.sqlite.match_outcomes import SqliteMatchOutcomes

    return {"demographics": SqliteDemographicsStore(db), "match_outcomes": SqliteMatchOutcomes(db)}


def aws_bias_audit_ports(table: Any) -> dict[str, Any]:
    from adapters.aws.dynamodb.demographics import DynamoDemographicsStore
    from adapters.aws.dynamodb.match_outcomes import DynamoMatchOutcomes

    return {"demographics": DynamoDemographicsStore(table), "match_outcomes": DynamoMatchOutcomes(table)}
