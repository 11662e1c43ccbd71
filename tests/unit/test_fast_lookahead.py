"""The fast lookahead (graphql-core's nodes) answers what Strawberry's `selected_fields`
answers, for fields, aliases, fragment spreads, inline fragments and nesting; the served
schema uses it only with the fast paths on."""
from __future__ import annotations

import pytest
import strawberry

from resolvers import lookahead
from resolvers.fastpath import lookahead as fast_lookahead

PATHS = [
    ("edges",), ("edges", "node"), ("edges", "node", "organization"), ("edges", "node", "organization", "name"),
    ("totalCount",), ("pageInfo", "endCursor"), ("edges", "cursor"), ("nothing",), ("edges", "nothing"),
]
answers: list[tuple[tuple[str, ...], bool, bool]] = []


@strawberry.type
class Organization:
    name: str = "o"


@strawberry.type
class Node:
    title: str = "t"
    organization: Organization = strawberry.field(default_factory=Organization)


@strawberry.type
class Edge:
    cursor: str = "c"
    node: Node = strawberry.field(default_factory=Node)


@strawberry.type
class PageInfo:
    end_cursor: str = "e"


@strawberry.type
class Page:
    edges: list[Edge]
    page_info: PageInfo = strawberry.field(default_factory=PageInfo)
    total_count: int = 1


@strawberry.type
class Query:
    @strawberry.field
    def page(self, info: strawberry.Info, first: int = 1) -> Page:
        # This plain schema has no fast paths: lookahead reads Strawberry's selected_fields.
        strawberry_answers = [lookahead.selects_any(info, p) for p in PATHS]
        answers.extend(
            (path, fast_lookahead.selects_any(info, [path]), expected) for path, expected in zip(PATHS, strawberry_answers)
        )
        return Page(edges=[Edge()])


schema = strawberry.Schema(query=Query)

QUERIES = [
    "{ page { totalCount } }",
    "{ page { edges { cursor node { title organization { name } } } } }",
    "{ p: page(first: 2) { e: edges { n: node { o: organization { name } } } } }",
    "query { page { ...Page } } fragment Page on Page { edges { node { ...Job } } pageInfo { endCursor } }"
    " fragment Job on Node { organization { name } }",
    "{ page { ... on Page { edges { ... { node { title } } } } } }",
    "query($skip: Boolean!) { page { totalCount @skip(if: $skip) edges { node { title } } } }",
    "{ page { edges { node { title } } } page2: page { edges { node { organization { name } } } } }",
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_fast_lookahead_answers_as_strawberry_s_selected_fields(query):
    answers.clear()
    result = schema.execute_sync(query, variable_values={"skip": True})
    assert result.errors is None
    assert answers and all(fast == expected for _, fast, expected in answers), answers


def test_lookahead_takes_the_fast_walk_only_on_a_schema_with_the_fast_paths_on(monkeypatch):
    calls = []
    real = fast_lookahead.selects_any
    monkeypatch.setattr(fast_lookahead, "selects_any", lambda info, paths: calls.append(paths) or real(info, paths))

    @strawberry.type
    class Asking:
        @strawberry.field
        def page(self, info: strawberry.Info) -> Page:
            assert lookahead.selects(info, "edges", "node", "title")
            assert not lookahead.selects(info, "totalCount")
            return Page(edges=[Edge()])

    class FastPathsOn(strawberry.Schema):
        fast_paths = True

    query = "{ page { edges { node { title } } } }"
    assert strawberry.Schema(query=Asking).execute_sync(query).errors is None
    assert calls == []
    assert FastPathsOn(query=Asking).execute_sync(query).errors is None
    assert len(calls) == 2
