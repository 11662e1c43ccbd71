"""Lists here page forward only, with `first` and `after`. A client written for Relay's
backward paging sends `last` or `before`; graphql's "Unknown argument 'last'" says what is
wrong but not what to send instead, so the refusal of those two on a paged list says it."""
from __future__ import annotations

import re

from graphql import GraphQLError
from strawberry import Schema
from strawberry.schema.base import BaseSchema

_UNKNOWN = re.compile(r"^Unknown argument '(last|before)' on field '(\w+)\.(\w+)'\.")
_HOW = (" This list pages forward only: ask for `first` items, then pass the page's"
        " `pageInfo.endCursor` as `after` for the next page (`totalCount` says how many there are).")


def explain_backward_paging(error: GraphQLError, schema: BaseSchema) -> None:
    """Adds how to page to the refusal of `last` or `before` on a list paged with `after`
    (the same error object may be refused again from a validation cache: said once)."""
    found = _UNKNOWN.match(error.message)
    if found is None or error.message.endswith(_HOW) or not isinstance(schema, Schema):
        return
    field = schema.get_field_for_type(found.group(3), found.group(2))
    arguments = {argument.python_name for argument in field.arguments} if field is not None else set()
    if {"after", "first"} <= arguments:
        error.message += _HOW
