"""The graphql-core schema behind a Strawberry schema, read in this one place: the audit trail,
sensitive-field limits and the cost and input checks wrap or read its fields, and Strawberry
offers no public accessor (resolvers/fastpath/private_names.py checks the attribute)."""
from __future__ import annotations

from typing import Any

from graphql import GraphQLSchema


def graphql_core_schema(schema: Any) -> GraphQLSchema:
    core: GraphQLSchema = schema._schema
    return core
