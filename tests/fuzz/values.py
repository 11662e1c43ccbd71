"""Argument values the fuzzer feeds the schema: well-formed ones that name real objects, and
hostile ones (huge, control characters, tampered cursors and IDs) that are still valid GraphQL.

hypothesis-graphql draws every String, ID and custom scalar literal from these strategies."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

import graphql
from hypothesis import strategies as st
from hypothesis_graphql import nodes

FUZZ_PASSWORD = "correct horse battery staple"
CONTROL_CHARACTERS = ["\r\nBcc: victim@example.com", "\x00", "\x1b[31m", "\u202e", "\ud7ff", "line\nbreak", "\t"]
HUGE = 2**63


def b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def hostile_strings() -> list[str]:
    """Strings that have broken parsers before: sizes, encodings, injections, numbers."""
    return [
        "", " ", "a" * 300, "x" * 10_001, "é" * 5_000, "😀" * 2_000, "%s%n", "{{7*7}}", "' OR 1=1 --",
        "../../etc/passwd", "<script>alert(1)</script>", "null", "NaN", "-1", "0", str(HUGE), str(-HUGE - 1),
        "9" * 400, "1e309", "2026-13-45T25:61:00", "person@", "@example.com", "a@b", "+1", "+999999999999999999",
        *CONTROL_CHARACTERS,
    ]


def hostile_cursors() -> list[str]:
    """Cursors a client could send: tampered, negative, past 2^63, of another format, not base64."""
    return [
        b64("cursor:v1:0"), b64("cursor:v1:5"), b64("cursor:v1:-1"), b64(f"cursor:v1:{HUGE}"),
        b64(f"cursor:v1:{10**30}"), b64("cursor:v1:1e3"), b64("cursor:v1:"), b64("cursor:v2:1"),
        b64("arrayconnection:3"), b64("Job:1"), "not base64 !!", "====", "%%%", b64("cursor:v1:\x00"),
        base64.urlsafe_b64encode(b"\xff\xfe\xfd").decode(), "Y3Vyc29yOnYxOjE", "é",
    ]


def hostile_ids(known: list[str]) -> list[str]:
    """IDs of the wrong type, of nothing, malformed, and raw ids without their type."""
    raw = [graphql_raw(global_id) for global_id in known[:6]]
    wrong_type = [b64(f"{t}:{r}") for t in ("User", "Job", "Resume", "Application", "Match", "Organization")
                  for r in raw[:2]]
    return [
        *wrong_type, *raw, b64("Job:"), b64(":1"), b64("Nope:1"), b64("Job:" + "9" * 400), b64(f"Job:{HUGE}"),
        b64("Job:\x00"), b64("Job:../../x"), b64("User:" + "a" * 5000), "1", "-1", "", "é", "\r\n",
        base64.urlsafe_b64encode(b"\xff\xfe").decode(), "00000000-0000-0000-0000-000000000000",
    ]


def graphql_raw(global_id: str) -> str:
    try:
        return base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode().split(":", 1)[1]
    except (ValueError, IndexError, UnicodeDecodeError):
        return global_id


@dataclass
class KnownValues:
    """What the fixture created through the API: real IDs, cursors, emails, tokens."""

    ids: list[str] = field(default_factory=list)
    cursors: list[str] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)

    def add_id(self, global_id: str | None) -> None:
        if global_id and global_id not in self.ids:
            self.ids.append(global_id)

    def add_string(self, value: str | None) -> None:
        if value and value not in self.strings:
            self.strings.append(value)


def _repeated(text: str) -> str:
    return text * 4000


def _iso_string(moment) -> graphql.ValueNode:
    return nodes.String(moment.isoformat())


def _object(pairs: list[tuple[str, graphql.ValueNode]]) -> graphql.ValueNode:
    return nodes.Object([graphql.ObjectFieldNode(name=graphql.NameNode(value=k), value=v) for k, v in pairs])


def _first(pair: tuple) -> object:
    return pair[0]


def _containers(children: st.SearchStrategy[graphql.ValueNode]) -> st.SearchStrategy[graphql.ValueNode]:
    keys = st.from_regex(r"[a-z]{1,5}", fullmatch=True)
    return st.one_of(st.lists(children, max_size=3).map(nodes.List),
                     st.lists(st.tuples(keys, children), max_size=3, unique_by=_first).map(_object))


def string_values(known: KnownValues) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=40),
        st.sampled_from(hostile_strings()),
        st.sampled_from(hostile_cursors()),
        st.sampled_from(known.strings or ["x"]),
        st.sampled_from(known.cursors or hostile_cursors()),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=5).map(_repeated),
    )


def id_values(known: KnownValues) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(known.ids or ["x"]),
        st.sampled_from(known.ids or ["x"]),  # real objects twice as often: they reach the resolvers
        st.sampled_from(hostile_ids(known.ids)),
        st.text(max_size=20),
    )


def datetime_values() -> st.SearchStrategy[graphql.ValueNode]:
    return st.one_of(
        st.datetimes().map(_iso_string),
        st.sampled_from(["2026-01-01T00:00:00Z", "2026-01-01", "0001-01-01T00:00:00", "9999-12-31T23:59:59+14:00",
                         "yesterday", "", "2026-02-30T00:00:00", "1" * 40]).map(nodes.String),
        st.integers(min_value=-(2**31), max_value=2**31 - 1).map(nodes.Int),
    )


def json_values() -> st.SearchStrategy[graphql.ValueNode]:
    leaves = st.one_of(st.integers(-10, 10).map(nodes.Int), st.text(max_size=10).map(nodes.String),
                       st.booleans().map(nodes.Boolean), st.just(nodes.Null))
    return st.recursive(leaves, _containers, max_leaves=6)


def custom_scalars(known: KnownValues) -> dict[str, st.SearchStrategy[graphql.ValueNode]]:
    """String and ID are overridden too, so that generated operations reach real objects."""
    return {
        "String": string_values(known).map(nodes.String),
        "ID": id_values(known).map(nodes.String),
        "DateTime": datetime_values(),
        "JSON": json_values(),
        # Files come only by multipart: a literal in the document must be refused with a code.
        "Upload": st.one_of(st.text(max_size=10).map(nodes.String), st.just(nodes.Null)),
    }


# Wrong JSON values for variables: the coercion path, not the literal one.
WRONG_VARIABLE_VALUES: list[object] = [
    "text", "", "x" * 20_000, 0, -1, 100.0, 1.5, 1e300, HUGE, -HUGE - 1, 10**30, True, None, [], [None], {},
    {"unknown": 1}, [[[]]], "\u0000", "NOT_AN_ENUM_VALUE", {"__proto__": {"admin": True}},
]
