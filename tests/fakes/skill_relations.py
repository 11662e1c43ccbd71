"""A hand-written SkillExtractor for domain tests: a few aliases and declared relations."""
from __future__ import annotations

from domain.skill_relations import RelationSource, SkillRelation
from domain.skills import SkillKind, SkillMention, normalise


class FakeSkillExtractor:
    """Implements domain.ports.documents.SkillExtractor from dictionaries given by the test."""

    def __init__(self, aliases: dict[str, str] | None = None,
                 relations: dict[frozenset[str], float] | None = None,
                 source: RelationSource = RelationSource.TAXONOMY,
                 kinds: dict[str, SkillKind] | None = None) -> None:
        self._aliases = {k.casefold(): v for k, v in (aliases or {}).items()}
        self._kinds = kinds or {}
        self._relations = relations or {}
        self._source = source

    def warm_up(self) -> None:
        """Nothing to load: the dictionaries are given."""

    def canonical(self, name: str) -> str | None:
        return self._aliases.get(name.strip().casefold())

    def spellings(self, name: str) -> frozenset[str]:
        canonical = self.canonical(name)
        if canonical is None:
            return frozenset({normalise(name)})
        same = [alias for alias, named in self._aliases.items() if named == canonical]
        return frozenset(normalise(n) for n in [canonical, *same])

    def extract(self, text: str, *, skills_context: bool = False) -> list[str]:
        found = {}
        lowered = text.casefold()
        for alias, name in self._aliases.items():
            if alias in lowered:
                found.setdefault(name, None)
        return list(found)

    def mentions(self, text: str, *, skills_context: bool = False) -> list[SkillMention]:
        lowered, out = text.casefold(), []
        for alias, name in self._aliases.items():
            at = lowered.find(alias)
            if at >= 0:
                out.append(SkillMention(0, name, at, at + len(alias)))
        return sorted(out, key=lambda m: m.start)

    def kind(self, name: str) -> SkillKind:
        return self._kinds.get(name, SkillKind.SKILL)

    def an_everyday_word(self, name: str) -> bool:
        return False

    def profession(self, name: str) -> str | None:
        return None

    def of_a_trade(self, name: str) -> bool:
        return False

    def covers(self, held: str, wanted: str) -> bool:
        return False

    def covered(self, held: str) -> frozenset[str]:
        return frozenset()

    def related(self, a: str, b: str) -> float:
        found = self.relation(a, b)
        return found.strength if found is not None else 0.0

    def relation(self, a: str, b: str) -> SkillRelation | None:
        if a.casefold() == b.casefold():
            return SkillRelation(1.0, RelationSource.EXACT)
        strength = self._relations.get(frozenset({a, b}), 0.0)
        return SkillRelation(strength, self._source) if strength > 0 else None
