"""Which phrases of a text search FTS5's bm25() counts for a row, for the queries
job_search_sql.fts_query writes: plain lists of phrases (`"senior" "engineer"*`) and, when
words have other names, AND of OR groups (`(("python") OR "py") AND "developer"*`, with a
branch of several typed words `("hgv" AND "driver"*)`).

bm25() of a row is FTS5's sum, over every phrase of the query in the order written, of
IDF(phrase) times a quotient of the phrase's column-weighted frequency f in the row; the IDF
counts the rows holding the phrase alone (xQueryPhrase). For an OR query a phrase's f counts
only when its branch matches the row: FTS5 takes a phrase's positions in a row only while the
phrase's node stands on that row, and an AND branch that fails a row moves past it (or,
within a larger expression, clears its positions). So a row that holds "hgv" but not
"driver" and matches through "lorry driver" scores f = 0 for "hgv", while "hgv" still counts
it among its rows. `QueryShape.counted` gives f per phrase as bm25() counts it from f per
phrase alone; the row's features (row_features.py) stay each phrase alone, which is what the
rows-per-phrase counts move with. Whatever is computed from a shape is checked against FTS5's
own scores before it is used (row_features.ranking_features, the probe's check of each
changed row), so a reading of FTS5 that is wrong gives no fast path, not a wrong page.

A field filter (`title : ...`) or any other form has no shape: such a search is ranked afresh
after a change.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r'\s*(?:("(?:[^"]|"")*"\*?)|(\()|(\))|(AND|OR)(?=[\s("]|$))')


@dataclass(frozen=True)
class QueryShape:
    """`phrases` in FTS5's order (as written), each a query of its own; `clauses`: every
    clause must match, a clause by any of its branches, a branch by all its phrases (indices
    into `phrases`)."""

    phrases: tuple[str, ...]
    clauses: tuple[tuple[tuple[int, ...], ...], ...]

    def matches(self, frequencies: Sequence[float]) -> bool:
        """Whether a row with these frequencies of each phrase alone is a hit."""
        return all(any(all(frequencies[i] > 0 for i in branch) for branch in clause) for clause in self.clauses)

    def counted(self, frequencies: Sequence[float]) -> tuple[float, ...]:
        """Each phrase's frequency as bm25() counts it in a row: its own where its branch
        matches the row, else 0."""
        out = [0.0] * len(self.phrases)
        for clause in self.clauses:
            for branch in clause:
                if all(frequencies[i] > 0 for i in branch):
                    for i in branch:
                        out[i] = frequencies[i]
        return tuple(out)


def query_shape(match: str) -> QueryShape | None:
    tokens = _tokens(match)
    if tokens is None or not tokens:
        return None
    phrases: list[str] = []

    def phrase(token: str) -> int:
        phrases.append(token)
        return len(phrases) - 1

    if all(kind == "phrase" for kind, _ in tokens):
        # The plain form: phrases side by side, each required.
        return QueryShape(tuple(text for _, text in tokens), tuple(((phrase(text),),) for _, text in tokens))
    clauses: list[tuple[tuple[int, ...], ...]] = []
    at = 0
    while True:
        kind, text = tokens[at]
        if kind == "phrase":
            clauses.append(((phrase(text),),))
            at += 1
        elif kind == "(":
            group = _group(tokens, at + 1, phrase)
            if group is None:
                return None
            branches, at = group
            clauses.append(branches)
        else:
            return None
        if at == len(tokens):
            return QueryShape(tuple(phrases), tuple(clauses))
        if tokens[at] != ("word", "AND") or at + 1 == len(tokens):
            return None
        at += 1


def _group(tokens: list[tuple[str, str]], at: int, phrase) -> tuple[tuple[tuple[int, ...], ...], int] | None:
    """`branch (OR branch)* )` from `at`: the branches and the place after the `)`."""
    branches: list[tuple[int, ...]] = []
    while at < len(tokens):
        kind, text = tokens[at]
        if kind == "phrase":
            branches.append((phrase(text),))
            at += 1
        elif kind == "(":
            branch: list[int] = []
            at += 1
            while at < len(tokens) and tokens[at][0] == "phrase":
                branch.append(phrase(tokens[at][1]))
                at += 1
                if at < len(tokens) and tokens[at] == ("word", "AND"):
                    at += 1
                    continue
                break
            if not branch or at == len(tokens) or tokens[at][0] != ")":
                return None
            branches.append(tuple(branch))
            at += 1
        else:
            return None
        if at < len(tokens) and tokens[at][0] == ")":
            return tuple(branches), at + 1
        if at + 1 >= len(tokens) or tokens[at] != ("word", "OR"):
            return None
        at += 1
    return None


def _tokens(match: str) -> list[tuple[str, str]] | None:
    """Phrases, parentheses, AND and OR; None when anything else is in `match`."""
    found: list[tuple[str, str]] = []
    at = 0
    text = match.rstrip()
    while at < len(text):
        token = _TOKEN.match(text, at)
        if token is None or token.end() == at:
            return None
        quoted, opened, closed, word = token.groups()
        found.append(("phrase", quoted) if quoted else ("(", "(") if opened else (")", ")") if closed else ("word", word))
        at = token.end()
    return found
