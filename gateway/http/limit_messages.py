"""Strawberry's depth and alias limits, refusing in sentences a client's developer can act on:
its own ("'anonymous' exceeds maximum operation depth of 12", "40 aliases found. Allowed: 30")
name neither what to change nor how."""
from __future__ import annotations

import re
from typing import Any

from graphql import GraphQLError
from graphql.validation import ASTValidationRule, ValidationContext
from strawberry.extensions.max_aliases import create_validator as max_aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as max_depth_rule

_ALIASES_FOUND = re.compile(r"^(\d+) aliases found")


class _Reworded:
    """The validation context as the rule sees it, every error it reports reworded."""

    def __init__(self, context: ValidationContext, message: str) -> None:
        self._context = context
        self._message = message

    def report_error(self, error: GraphQLError) -> None:
        found = _ALIASES_FOUND.match(error.message)
        message = self._message.format(found=found.group(1) if found else "too many")
        self._context.report_error(GraphQLError(message, error.nodes, error.source, error.positions))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)


def depth_rule(max_depth: int) -> type[ASTValidationRule]:
    strawberry_rule = max_depth_rule(max_depth, None)
    message = (f"This operation nests fields more than {max_depth} levels deep, the most this API answers: ask for"
               " fewer nested fields, and fetch what lies deeper with a second request (`node(id:)` reads any"
               " object by its id).")

    class DepthLimit(strawberry_rule):  # type: ignore[misc, valid-type]
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(_Reworded(context, message))

    return DepthLimit


def aliases_rule(max_aliases: int) -> type[ASTValidationRule]:
    strawberry_rule = max_aliases_rule(max_aliases)
    message = (f"This operation uses {{found}} aliases, over the limit of {max_aliases}: ask for the same data in"
               " several requests.")

    class AliasLimit(strawberry_rule):  # type: ignore[misc, valid-type]
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(_Reworded(context, message))

    return AliasLimit
