"""Strawberry's ValidationCache, looked up by the parsed document's identity first.

Its cache is keyed by the document's value, and hashing a parsed document walks every node of
it (graphql-core's AST nodes are dataclasses): for the reference query about as long as the
hook's other work together. The parser cache hands the same document object to every request
with the same text, so a document already validated is found here by identity (the entry holds
the document, so its identity cannot be taken by another while the entry lives); any other goes
to Strawberry's own cache."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import ValidationCache

from resolvers.core_schema import graphql_core_schema

Entry = tuple[Any, list[GraphQLError]]  # (the document, its validation errors)


class ValidationCacheByDocument(ValidationCache):
    def __init__(self, maxsize: int, by_document: dict[tuple[int, int, Any], Entry]) -> None:
        """by_document: shared by every request's instance (made once per app)."""
        super().__init__(maxsize=maxsize)
        self._maxsize = maxsize
        self._by_document = by_document

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is None:
            yield from super().on_validate()
            return
        key = (id(context.schema), id(document), context.validation_rules)
        entry = self._by_document.get(key)
        if entry is None or entry[0] is not document:
            core_schema = graphql_core_schema(context.schema)
            errors = self.cached_validate_document(core_schema, document, context.validation_rules)
            if len(self._by_document) >= self._maxsize:
                del self._by_document[next(iter(self._by_document))]  # the oldest
            entry = self._by_document[key] = (document, errors)
        context.pre_execution_errors = entry[1]
        yield
