"""The validation cache keyed by the parsed document's identity answers as Strawberry's own
ValidationCache: the same errors for the same document, its own for each document, and a
document seen again after its entry was evicted is validated again."""
from __future__ import annotations

from types import SimpleNamespace

import strawberry
from graphql import parse, specified_rules

from gateway.http.validation_by_document import ValidationCacheByDocument


@strawberry.type
class Query:
    hello: str = "hi"


SCHEMA = strawberry.Schema(Query)


def validated(extension: ValidationCacheByDocument, document) -> list:
    context = SimpleNamespace(schema=SCHEMA, graphql_document=document, validation_rules=tuple(specified_rules),
                              pre_execution_errors=None)
    extension.execution_context = context  # type: ignore[assignment]  # what Strawberry sets per request
    hook = extension.on_validate()
    next(hook)
    return context.pre_execution_errors


def test_each_document_gets_its_own_errors_from_the_cache_and_after_eviction():
    shared: dict = {}
    good, bad = parse("{ hello }"), parse("{ nope }")

    first = validated(ValidationCacheByDocument(1, shared), bad)
    assert [e.message for e in first] == ["Cannot query field 'nope' on type 'Query'."]
    assert validated(ValidationCacheByDocument(1, shared), bad) is first  # found by identity
    assert validated(ValidationCacheByDocument(1, shared), good) == []  # evicts bad's entry (size 1)
    assert len(shared) == 1
    again = validated(ValidationCacheByDocument(1, shared), bad)
    assert [e.message for e in again] == [e.message for e in first]


def test_an_equal_document_of_another_identity_is_validated_on_its_own():
    shared: dict = {}
    errors = validated(ValidationCacheByDocument(8, shared), parse("{ nope }"))
    other = validated(ValidationCacheByDocument(8, shared), parse("{ hello }"))
    assert errors and other == []
