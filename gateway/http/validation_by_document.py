"""Strawberry's ValidationCache, looked up by the parsed document's identity first.

Its cache is keyed by the document's value, and hashing a parsed document walks every node of
it (graphql-core's AST nodes are dataclasses): for the reference query about as long as the
hook's other work together. The parser cache hands the same document object to every request
with the same text, so a document already validated is found here by identity (the entry holds
the document, so its identity cannot be taken by another while the entry lives); any other is
validated by Strawberry's own hook, whose errors are then kept here."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import ValidationCache

Entry = tuple[Any, list[GraphQLError] | None]  # (the document, its validation errors)


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
        if entry is not None and entry[0] is document:
            context.pre_execution_errors = entry[1]
            yield
            return
        # Strawberry's own hook validates (through its value-keyed cache) and sets the errors.
        validating = super().on_validate()
        next(validating)
        if len(self._by_document) >= self._maxsize:
            del self._by_document[next(iter(self._by_document))]  # the oldest
        self._by_document[key] = (document, context.pre_execution_errors)
        yield
        next(validating, None)
