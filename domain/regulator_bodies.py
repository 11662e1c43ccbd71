"""The body a post must be registered with ("registered with the NRCPD", "registration with
Sonography Canada"), where the taxonomy does not know it: the body's name is what is asked,
as a registration the taxonomy knows reads ("HCPC"); the words asking for it are no skill.
A body is written in capitals (three letters or more: "GP", "UK" are no body) or as a run of
capitalised words."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

_REGISTERED_WITH = re.compile(
    r"\b(?:registered|registration|membership)\s+(?:with|by|of)\s+(?:the\s+)?"
    r"(?P<body>[A-Z]{3,8}\b|[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'-]*){1,5})", re.IGNORECASE)


@dataclass(frozen=True)
class Body:
    asking: int  # where the words asking for registration begin
    start: int
    end: int


def registered_bodies(text: str) -> list[Body]:
    out = []
    for m in _REGISTERED_WITH.finditer(text):
        body = m.group("body")
        if body[0].isupper() and (body.isupper() or " " in body):
            out.append(Body(m.start(), m.start("body"), m.end("body")))
    return out


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def with_registered_bodies(text: str, spans: list[S], make: Callable[[int, int], S]) -> list[S]:
    """`spans` less those of the words asking for registration, with a span `make` gives for
    each body that no span already covers, in order of where they start."""
    for body in registered_bodies(text):
        spans = [s for s in spans if not (body.asking <= s.start and s.end <= body.start)]
        if not any(s.start < body.end and body.start < s.end for s in spans):
            spans.append(make(body.start, body.end))
    return sorted(spans, key=lambda s: s.start)
