"""The skill taxonomy as the extractor reads it (canonical names, aliases, groups, kinds), and a
skill found in a text (SkillMention). Data only: adapters/embedded/skills/taxonomy.py loads the
shipped file into it, domain/skills.py finds its names in text."""
from __future__ import annotations

from dataclasses import dataclass, field

from domain.skill_kinds import SkillKind
from domain.skill_words import normalise


@dataclass(frozen=True)
class SkillMention:
    """A skill named in a text: its taxonomy index, canonical name and character span."""
    index: int
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class SkillTaxonomy:
    """names[i] is a canonical skill; aliases maps a normalised alias to (i, strict)."""
    names: list[str]
    aliases: dict[str, tuple[int, bool]]
    groups: list[frozenset[str]]
    occupations: list[frozenset[str]]
    kinds: list[SkillKind] = field(default_factory=list)
    # Aliases that are words or initials of other things too ("PE", "CA"): they count only
    # beside a word of licensing.
    cue_aliases: frozenset[str] = frozenset()
    index: dict[str, int] = field(default_factory=dict)
    # For each first token of an alias, the longest alias (in tokens) starting with it.
    longest_from: dict[str, int] = field(default_factory=dict)
    spellings_by_index: dict[int, set[str]] = field(default_factory=dict)
    # For each skill, its nearest other skills by name embedding (see domain/skill_relations.py).
    neighbours: dict[int, dict[int, float]] = field(default_factory=dict)
    # A credential's name (case-folded) -> the credentials (case-folded) its holder holds too:
    # the generic one it is a kind of, or one it includes (adapters' certifications.tsv).
    covers: dict[str, frozenset[str]] = field(default_factory=dict)
    # Products named by an everyday word ("sage", "mews") -> the words of their field (see
    # domain/everyday_product_words.py).
    everyday_products: dict[str, frozenset[str]] = field(default_factory=dict)

    def spellings_of(self, i: int) -> frozenset[str]:
        """The lookup keys of skill i's canonical name and aliases."""
        return frozenset({normalise(self.names[i]), *self.spellings_by_index.get(i, ())})

    def __post_init__(self) -> None:
        for i, name in enumerate(self.names):
            self.index.setdefault(name.casefold(), i)
        for key, (i, _) in self.aliases.items():
            self.spellings_by_index.setdefault(i, set()).add(key)
            first, n = key.split(" ", 1)[0], key.count(" ") + 1
            if self.longest_from.get(first, 0) < n:
                self.longest_from[first] = n
