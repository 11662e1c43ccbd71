"""The vectorised scorer equals the per-pair scorer with the lexical view on: term vectors on
either side or none, lexical hubness known or not."""
import dataclasses
import random

import pytest

from domain.matching import MatchScorer
from domain.matching.batch_scoring import score_candidates
from domain.matching.lexical import TermRarity, term_vector
from domain.matching.weights import PARTS
from tests.fakes.skill_relations import FakeSkillExtractor
from tests.unit.test_match_batch_scoring import RELATIONS, a_candidate, a_job

WORDS = ["python", "django", "informatica", "etl", "welding", "nursing", "icu", "sql", "teaching", "excel"]
RARITY = TermRarity.from_texts(["python django sql", "etl informatica sql", "welding", "nursing icu", "excel sql"])


def some_terms(rng: random.Random):
    if rng.random() < 0.2:
        return None
    return term_vector(" ".join(rng.choices(WORDS, k=rng.randint(0, 12))), RARITY)


def maybe(rng: random.Random) -> float | None:
    return rng.choice([None, rng.uniform(0.0, 0.4)])


@pytest.mark.parametrize("seed", range(30))
def test_the_batch_agrees_with_the_per_pair_scorer_with_term_vectors(seed):
    rng = random.Random(1000 + seed)
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS))
    job = dataclasses.replace(a_job(rng), terms=some_terms(rng), lexical_neighbour_similarity=maybe(rng))
    candidates = [dataclasses.replace(a_candidate(rng, n), terms=some_terms(rng),
                                      lexical_neighbour_similarity=maybe(rng)) for n in range(50)]
    similarities = [rng.uniform(-0.1, 0.9) for _ in candidates]
    batch = score_candidates(scorer, candidates, job, similarities)
    for row, (candidate, similarity) in enumerate(zip(candidates, similarities)):
        reference = scorer.score(candidate, job, similarity)
        assert batch.scores[row] == reference.score
        assert dict(zip(PARTS, batch.breakdown[row].tolist())) == reference.breakdown.model_dump()
