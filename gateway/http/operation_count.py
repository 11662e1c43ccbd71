"""How many operations a document holds, for requests that name none: the GraphQL spec
(GetOperation) makes that a request error when there are several, where Strawberry would
quietly run the first."""
from __future__ import annotations

from functools import lru_cache

from graphql import GraphQLError, OperationDefinitionNode, parse


@lru_cache(maxsize=1024)
def operation_names(query: str, max_tokens: int) -> tuple[str | None, ...] | None:
    """The names of the document's operations (None for an anonymous one), or None for a
    document that does not parse (execution reports its syntax error)."""
    if "{" not in query:
        return None
    try:
        document = parse(query, max_tokens=max_tokens, no_location=True)
    except GraphQLError:
        return None
    operations = (d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    return tuple(operation.name.value if operation.name else None for operation in operations)


def operation_count(query: str, max_tokens: int) -> int:
    """0 for a document that does not parse (execution reports its syntax error)."""
    return len(operation_names(query, max_tokens) or ())


def operation_choice_problem(query: str, operation_name: str | None, max_tokens: int) -> str | None:
    """Why the operation to run cannot be told from the document and `operationName`, in the
    words the HTTP endpoint uses, or None when it can (or the document does not parse)."""
    names = operation_names(query, max_tokens)
    if names is None:
        return None
    if operation_name is None:
        if len(names) > 1:
            return f"This document holds {len(names)} operations: name the one to run in `operationName`."
        return None
    if operation_name not in names:
        return f'Unknown operation named "{operation_name}".'
    return None


@lru_cache(maxsize=256)
def operation_type(query: str, operation_name: str | None, max_tokens: int) -> str | None:
    """"query", "mutation" or "subscription" for the operation a request runs, or None when
    it cannot be told (the document does not parse, or the choice is a problem of its own)."""
    try:
        document = parse(query, max_tokens=max_tokens, no_location=True)
    except GraphQLError:
        return None
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)]
    return chosen[0].operation.value if len(chosen) == 1 else None
