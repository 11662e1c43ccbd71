"""The bias audit's adapters on each backend: the self-identification store and the read of
match outcomes. Kept out of the matching wiring on purpose: matching is never given the
demographics store (tests/unit/test_architecture.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from domain.ports.demographics import DemographicsStore
from domain.ports.match_outcomes import MatchOutcomes

if TYPE_CHECKING:
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.embedded.sqlite.database import Database


def embedded_bias_audit_stores(db: Database) -> tuple[DemographicsStore, MatchOutcomes]:
    from adapters.embedded.sqlite.demographics import SqliteDemographicsStore
    from adapters.embedded.sqlite.match_outcomes import SqliteMatchOutcomes

    return SqliteDemographicsStore(db), SqliteMatchOutcomes(db)


def aws_bias_audit_stores(table: DynamoTable) -> tuple[DemographicsStore, MatchOutcomes]:
    from adapters.aws.dynamodb.demographics import DynamoDemographicsStore
    from adapters.aws.dynamodb.match_outcomes import DynamoMatchOutcomes

    return DynamoDemographicsStore(table), DynamoMatchOutcomes(table)
