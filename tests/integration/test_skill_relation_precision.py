"""The relations the scorer may name ("X is related to Y") measured against hand-labelled
pairs (tests/data/skill_pairs.tsv) with the shipped taxonomy and its embedding neighbours."""
from __future__ import annotations

from pathlib import Path

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skill_relations import RelationSource

PAIRS = Path(__file__).resolve().parents[1] / "data" / "skill_pairs.tsv"
# Asked for by people who read the explanations: these must never be called related.
NEVER = [("Gradle", "Python"), ("Swift", "Python"), ("XGBoost", "Kafka"), ("Docker", "Spring Boot")]


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def labelled(skills: EmbeddedSkillExtractor) -> list[tuple[str, str, bool]]:
    out = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, label = line.split("\t")
            ca, cb = skills.canonical(a), skills.canonical(b)
            if ca and cb:  # a name the taxonomy lacks is related to nothing but itself
                out.append((ca, cb, label == "1"))
    return out


def test_precision_of_named_relations_on_the_labelled_pairs(skills):
    pairs = labelled(skills)
    assert len(pairs) >= 70
    said = [(truth, skills.relation(a, b) is not None) for a, b, truth in pairs]
    true_positives = sum(1 for truth, related in said if related and truth)
    false_positives = [(a, b) for (a, b, truth), (_, related) in zip(pairs, said) if related and not truth]
    precision = true_positives / (true_positives + len(false_positives))
    recall = true_positives / sum(1 for *_, truth in pairs if truth)
    print(f"\nskill relations on {len(pairs)} labelled pairs: precision {precision:.2f}, recall {recall:.2f}")
    assert not false_positives
    assert precision >= 0.95 and recall >= 0.25


@pytest.mark.parametrize("a, b", NEVER)
def test_pairs_people_called_nonsense_are_unrelated(skills, a, b):
    assert skills.relation(skills.canonical(a), skills.canonical(b)) is None
    assert skills.related(skills.canonical(a), skills.canonical(b)) == 0.0


def test_a_relation_names_its_source(skills):
    def relation(a: str, b: str):
        return skills.relation(skills.canonical(a), skills.canonical(b))

    assert relation("Bitbucket", "GitHub").source is RelationSource.TAXONOMY
    assert relation("PostgreSQL", "MySQL").source is RelationSource.EMBEDDING
    assert relation("Python", "Python").source is RelationSource.EXACT
