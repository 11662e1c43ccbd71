"""Resolvers called directly receive exactly what Strawberry's own wrapper would give them:
input objects, enums, lists, IDs, defaults, omitted arguments, `self` and `info`."""
from __future__ import annotations

import enum

import strawberry
import strawberry.relay

from resolvers.core_schema import graphql_core_schema
from resolvers.fastpath.direct_resolvers import call_resolvers_directly


@strawberry.enum
class Kind(enum.Enum):
    FULL_TIME = "full_time"
    CONTRACT = "contract"


@strawberry.input
class Window:
    min_salary: int | None = None
    kinds: list[Kind] | None = None


@strawberry.type
class Item:
    name: str

    @strawberry.field
    def described(self, info: strawberry.Info, prefix: str = "-", upper_case: bool = False) -> str:
        text = f"{prefix}{self.name}@{info.field_name}"
        return text.upper() if upper_case else text


@strawberry.type
class Query:
    @strawberry.field
    async def seen(
        self, info: strawberry.Info, window: Window | None = None, first: int = 5, kinds: list[Kind] | None = None,
        id: strawberry.ID | None = None, after: str | None = None, node: strawberry.relay.GlobalID | None = None,
        limit: strawberry.Maybe[int | None] = None,
    ) -> str:
        return repr((info.field_name, window, first, kinds, id, after, type(id).__name__, node, limit))

    @strawberry.field
    def items(self) -> list[Item]:
        return [Item(name="a"), Item(name="b")]


QUERY = """query($w: Window, $after: String) {
  plain: seen
  full: seen(window: {minSalary: 10, kinds: [CONTRACT]}, first: 2, kinds: [FULL_TIME, CONTRACT], id: "7", after: $after, node: "Sm9iOjE=", limit: null)
  fromVariables: seen(window: $w)
  items { described described2: described(prefix: "*", upperCase: true) }
}"""
VARIABLES = {"w": {"kinds": ["FULL_TIME"]}, "after": "c1"}


async def answers(direct: bool) -> dict:
    schema = strawberry.Schema(query=Query)
    if direct:
        call_resolvers_directly(graphql_core_schema(schema), schema.schema_converter, schema.config.info_class)
    result = await schema.execute(QUERY, variable_values=VARIABLES)
    assert result.errors is None, result.errors
    return result.data


async def test_direct_calls_receive_the_same_arguments_as_strawberrys_wrapper():
    schema = strawberry.Schema(query=Query)
    call_resolvers_directly(graphql_core_schema(schema), schema.schema_converter, schema.config.info_class)
    assert graphql_core_schema(schema).query_type.fields["seen"].resolve.__name__ == "resolve"  # really swapped
    assert await answers(direct=True) == await answers(direct=False)
    full = (await answers(direct=True))["full"]
    assert "Window(min_salary=10, kinds=[<Kind.CONTRACT" in full and "GlobalID(type_name='Job'" in full
    assert full.endswith("Some(None))")
