"""Which near names count as related: never two languages, and across trades only when very near."""
from __future__ import annotations

from domain.skill_kinds import SkillKind
from domain.skill_relations import RELATED_FROM, SAME_PROFESSION, UNCORROBORATED_FROM, RelationSource, relation_between

NEAR = (RELATED_FROM + UNCORROBORATED_FROM) / 2


def _neighbours(similarity: float) -> dict[int, dict[int, float]]:
    return {0: {1: similarity}, 1: {0: similarity}}


def test_a_language_is_never_related_to_another():
    kinds = [SkillKind.LANGUAGE, SkillKind.LANGUAGE]
    groups = [frozenset({"esco-languages"})] * 2
    assert relation_between(0, 1, groups, _neighbours(0.95), kinds=kinds) is None
    assert relation_between(0, 0, groups, _neighbours(0.95), kinds=kinds).source is RelationSource.EXACT


def test_near_names_of_different_trades_are_not_related():
    groups = [frozenset({"occupation-transport"}), frozenset({"occupation-hospitality"})]
    assert relation_between(0, 1, groups, _neighbours(NEAR)) is None
    assert relation_between(0, 1, groups, _neighbours(UNCORROBORATED_FROM + 0.05)).source is RelationSource.EMBEDDING


def test_a_shared_group_or_occupation_corroborates_near_names():
    groups = [frozenset({"43232408"}), frozenset({"43232402"})]
    occupations = [frozenset({"15-1252"}), frozenset({"15-1252", "15-1254"})]
    assert relation_between(0, 1, groups, _neighbours(NEAR), occupations=occupations).source is RelationSource.EMBEDDING
    shared = [frozenset({"43232408"})] * 2
    assert relation_between(0, 1, shared, _neighbours(NEAR)).source is RelationSource.TAXONOMY


def test_credentials_of_one_profession_are_related_whatever_their_names_nearness():
    kinds = [SkillKind.CERTIFICATION] * 3
    groups = [frozenset({"certification", "profession-pharmacist"}), frozenset({"certification", "profession-pharmacist"}),
              frozenset({"certification", "profession-nurse"})]
    far = relation_between(0, 1, groups, {}, kinds=kinds)
    assert far is not None and far.source is RelationSource.TAXONOMY and far.strength == SAME_PROFESSION
    near = {0: {1: 0.95}, 1: {0: 0.95}}
    assert relation_between(0, 1, groups, near, kinds=kinds).strength > SAME_PROFESSION
    assert relation_between(0, 2, groups, {}, kinds=kinds) is None
