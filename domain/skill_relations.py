"""Which skill is partial evidence for another, and on what grounds.

A relation is named to people ("Bitbucket is related to GitHub"), so it must be one a recruiter
would accept. Sharing an O*NET commodity group alone is not (Python, Gradle and Swift share one)
and neither is appearing in the same occupations (Docker and Spring Boot do). What counts is the
nearness of the two names' sentence embeddings, from RELATED_FROM up, among each skill's nearest
neighbours (adapters/embedded/skills/build_skill_relations.py); the relation is said to come from
the taxonomy hierarchy when the two also share a commodity group. RELATED_FROM was chosen on the
hand-labelled pairs of tests/data/skill_pairs.tsv: the lowest similarity at which every labelled
pair above it is a true relation (precision 1.0 there, recall about a third; a test reports it).

Nearness of names alone says little across trades: "Route planning" and "Menu planning" share a
word, not a job. So a relation with no commodity group in common and no occupation in common
counts only from UNCORROBORATED_FROM, far nearer. And a language is never a substitute for
another ("English" and "German" are near as names, not as skills).

A regulated profession is licensed per jurisdiction: a pharmacist registered with the UK's GPhC
is not licensed in a US state, yet is the same trade, nearer than any two names' embeddings may
say. Two credentials of one profession (a PROFESSION_GROUP in common) are related at least
SAME_PROFESSION, and, being two skills, never the same one."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from domain.skill_kinds import SkillKind

# The similarity of two skill names' embeddings from which they count as related.
RELATED_FROM = 0.40
# ... from which two skills that share neither a group nor an occupation count as related.
UNCORROBORATED_FROM = 0.60
# Relation strength (0..1) at RELATED_FROM and at identical embeddings.
_WEAKEST, _STRONGEST = 0.5, 0.9
# Commodity groups that say nothing (a catch-all for ESCO skills outside O*NET).
_UNINFORMATIVE_GROUPS = frozenset({"esco-other"})
# The group a credential's regulated profession gives it ("profession-pharmacist").
PROFESSION_GROUP = "profession-"
# Relation strength of two credentials of one profession: above related_floor, below a near alias.
SAME_PROFESSION = 0.6


class RelationSource(str, Enum):
    EXACT = "EXACT"                # the same skill, written alike
    EQUIVALENT = "EQUIVALENT"      # the same skill under another name (an alias: "NetSuite")
    TAXONOMY = "TAXONOMY"          # near by embedding and in the same O*NET commodity group
    EMBEDDING = "EMBEDDING"        # near by name embedding (and sharing an occupation, or very near)


@dataclass(frozen=True)
class SkillRelation:
    strength: float                # 0..1, 1 for the same skill
    source: RelationSource


def relation_between(ia: int, ib: int, groups: Sequence[frozenset[str]],
                     neighbours: Mapping[int, Mapping[int, float]], *,
                     kinds: Sequence[SkillKind] = (),
                     occupations: Sequence[frozenset[str]] = ()) -> SkillRelation | None:
    """The relation of taxonomy skills ia and ib, or None when they are not related."""
    if ia == ib:
        return SkillRelation(1.0, RelationSource.EXACT)
    if _kind(kinds, ia) is SkillKind.LANGUAGE and _kind(kinds, ib) is SkillKind.LANGUAGE:
        return None
    near = _by_embedding(ia, ib, groups, neighbours, occupations)
    # Only credentials have a profession: the kinds are asked first, as most pairs are not two.
    if _kind(kinds, ia) is SkillKind.CERTIFICATION and _kind(kinds, ib) is SkillKind.CERTIFICATION \
            and any(g.startswith(PROFESSION_GROUP) for g in groups[ia] & groups[ib]):
        strength = max(SAME_PROFESSION, near.strength if near is not None else 0.0)
        return SkillRelation(strength, RelationSource.TAXONOMY)
    return near


def _by_embedding(ia: int, ib: int, groups: Sequence[frozenset[str]], neighbours: Mapping[int, Mapping[int, float]],
                  occupations: Sequence[frozenset[str]]) -> SkillRelation | None:
    similarity = max(neighbours.get(ia, {}).get(ib, 0.0), neighbours.get(ib, {}).get(ia, 0.0))
    if similarity < RELATED_FROM:
        return None
    shared = (groups[ia] & groups[ib]) - _UNINFORMATIVE_GROUPS
    same_work = ia < len(occupations) and ib < len(occupations) and bool(occupations[ia] & occupations[ib])
    if not shared and not same_work and similarity < UNCORROBORATED_FROM:
        return None
    strength = _WEAKEST + (_STRONGEST - _WEAKEST) * (similarity - RELATED_FROM) / (1 - RELATED_FROM)
    return SkillRelation(round(strength, 3), RelationSource.TAXONOMY if shared else RelationSource.EMBEDDING)


def _kind(kinds: Sequence[SkillKind], i: int) -> SkillKind | None:
    return kinds[i] if i < len(kinds) else None
