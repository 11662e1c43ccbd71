"""How many operations a document holds, for requests that name none: the GraphQL spec
(GetOperation) makes that a request error when there are several, where Strawberry would
quietly run the first."""
from __future__ import annotations

from functools import lru_cache

from graphql import GraphQLError, OperationDefinitionNode, parse


@lru_cache(maxsize=1024)
def operation_count(query: str, max_tokens: int) -> int:
    """0 for a document that does not parse (execution reports its syntax error)."""
    if "{" not in query:
        return 0
    try:
        document = parse(query, max_tokens=max_tokens, no_location=True)
    except GraphQLError:
        return 0
    return sum(isinstance(d, OperationDefinitionNode) for d in document.definitions)
