"""A document over the token limit, told as what it is: graphql-core aborts the parse and
calls it a syntax error, though the document may be valid, only larger than this server
parses. The caller is told how large it is, the limit, and how to get under it. Likewise a
document validation gave up on ("Validation aborted."): the budget it ran out of, and what to do."""
from __future__ import annotations

import re

from graphql.error import GraphQLError, GraphQLSyntaxError
from graphql.language import Lexer, Source, TokenKind
from graphql.validation import validation_context
from graphql.validation.rules import overlapping_fields_can_be_merged as overlapping_fields
from graphql.validation.validate import ValidationAbortedError

_TOKEN_LIMIT = re.compile(r"Document contains more than (\d+) tokens")
# Counting goes on past the limit only so far: a body of megabytes is not lexed whole to say
# how far over it is.
_COUNT_UP_TO_TIMES_THE_LIMIT = 2


def token_limit_of(error: GraphQLSyntaxError) -> int | None:
    """The limit the parse stopped at, or None for a true syntax error."""
    found = _TOKEN_LIMIT.search(error.message)
    return int(found.group(1)) if found else None


def count_tokens(query: str, ceiling: int) -> int | None:
    """The tokens the parser counts (comments are not), or None past `ceiling`."""
    lexer = Lexer(Source(query))
    counted = 0
    try:
        while lexer.advance().kind is not TokenKind.EOF:
            counted += 1
            if counted > ceiling:
                return None
    except GraphQLSyntaxError:
        return None
    return counted


def explain_token_limit(error: GraphQLSyntaxError, query: object, code: str) -> bool:
    """Rewrites a token-limit abort in place (the same exception travels on to the transport)
    with a plain message and `code`; False, and untouched, for any other syntax error."""
    limit = token_limit_of(error)
    if limit is None:
        return False
    counted, at_least = None, limit
    if isinstance(query, str):
        at_least = limit * _COUNT_UP_TO_TIMES_THE_LIMIT
        counted = count_tokens(query, at_least)
    # Uncounted, it is said against the one number the reader needs: "more than 10000 tokens,
    # over the limit of 5000" reads as two limits.
    size = (f"{counted} tokens (names, punctuation and values), over this server's limit of {limit}"
            if counted is not None else
            f"more than twice this server's limit of {limit} tokens (names, punctuation and values)")
    error.message = (
        f"The document is too large: it has {size}. Ask for fewer fields or aliases, or split it into several"
        " operations."
    )
    extensions = {**(error.extensions or {}), "code": code, "maxTokens": limit}
    if counted is not None:
        extensions["tokens"] = counted
    error.extensions = extensions
    return True


_ABORTED = "Validation aborted."


def explain_validation_budget(error: GraphQLError, code: str) -> bool:
    """Rewrites graphql-core's bare "Validation aborted." in place (a document whose repeated
    or overlapping selections cost more comparisons than validation spends, or whose fragments
    are spread too often or nest too deeply) with the limit and what to do; False, untouched,
    for any other error. In place and idempotent: a validation cache hands back the same error."""
    if not isinstance(error, ValidationAbortedError) or error.message != _ABORTED:
        return False
    comparisons = overlapping_fields.MAX_COMPLEXITY_BUDGET
    spreads = validation_context.MAX_FRAGMENT_WORK
    error.message = (
        "This document was not checked: its selections cost more to compare than this server spends on one"
        f" document ({comparisons:,} field comparisons, {spreads:,} fragment spreads), most often the same field"
        " or alias selected hundreds of times, or fragments spread very often or nested very deeply. Select each"
        " field once per selection set, use fewer aliases and fragment spreads, or split the document into"
        " several operations."
    )
    error.extensions = {
        **(error.extensions or {}), "code": code, "reason": "TOO_MANY_FIELD_COMPARISONS",
        "maxFieldComparisons": comparisons, "maxFragmentSpreads": spreads,
    }
    return True
