"""A hand-written SkillExtractor for domain tests: a few aliases and declared relations."""
from __future__ import annotations


class FakeSkillExtractor:
    """Implements domain.ports.documents.SkillExtractor from dictionaries given by the test."""

    def __init__(self, aliases: dict[str, str] | None = None,
                 relations: dict[frozenset[str], float] | None = None) -> None:
        self._aliases = {k.casefold(): v for k, v in (aliases or {}).items()}
        self._relations = relations or {}

    def canonical(self, name: str) -> str | None:
        return self._aliases.get(name.strip().casefold())

    def extract(self, text: str, *, skills_context: bool = False) -> list[str]:
        found = {}
        lowered = text.casefold()
        for alias, name in self._aliases.items():
            if alias in lowered:
                found.setdefault(name, None)
        return list(found)

    def related(self, a: str, b: str) -> float:
        if a.casefold() == b.casefold():
            return 1.0
        return self._relations.get(frozenset({a, b}), 0.0)
