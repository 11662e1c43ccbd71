"""A resume's columns other than the semantic part (PairColumnsMemo) are kept while the job's
and the candidate's profiles are equal but for their vectors, neighbour values and term
vectors, and the rows scored with them are the per-pair reference scorer's to the last bit;
any other change to either side computes them again."""
from __future__ import annotations

import dataclasses
import random

import pytest

from domain.matching import MatchScorer
from domain.matching.batch_jobs import score_jobs
from domain.matching.weights import PARTS
from domain.services.matching_pair_columns import PairColumnsMemo
from tests.fakes.skill_relations import FakeSkillExtractor
from tests.unit.test_match_batch_scoring import RELATIONS, a_candidate, a_job


def _jobs(rng: random.Random, n: int):
    return {f"j{i}": dataclasses.replace(a_job(rng), job_id=f"j{i}") for i in range(n)}


def _rows(memo, scorer, candidate, jobs, similarities):
    versions = memo.versions(jobs)
    profiles = list(jobs.values())
    return score_jobs(scorer, candidate, profiles, similarities,
                      memo.columns(scorer, candidate, profiles, versions))


def _agree(batch, scorer, candidate, jobs, similarities):
    for row, (job, similarity) in enumerate(zip(jobs.values(), similarities)):
        reference = scorer.score(candidate, job, similarity)
        assert batch.scores[row] == reference.score
        assert dict(zip(PARTS, batch.breakdown[row].tolist())) == reference.breakdown.model_dump()


@pytest.mark.parametrize("seed", range(12))
def test_neighbour_values_moving_keep_the_columns_and_the_rows_equal_the_reference(seed):
    rng = random.Random(500 + seed)
    scorer, memo = MatchScorer(FakeSkillExtractor(relations=RELATIONS)), PairColumnsMemo()
    candidate, jobs = a_candidate(rng, 0), _jobs(rng, 30)
    similarities = [rng.uniform(-0.1, 0.9) for _ in jobs]
    _agree(_rows(memo, scorer, candidate, jobs, similarities), scorer, candidate, jobs, similarities)
    assert (memo.computed, memo.reused) == (30, 0)

    # What an upload moves: every job's neighbour values, the résumé's, the similarities.
    moved = {jid: dataclasses.replace(job, neighbour_similarity=rng.uniform(0.1, 0.6),
                                      lexical_neighbour_similarity=rng.uniform(0.0, 0.2), vector=[0.1, 0.2])
             for jid, job in jobs.items()}
    candidate = dataclasses.replace(candidate, neighbour_similarity=rng.uniform(0.1, 0.6))
    similarities = [rng.uniform(-0.1, 0.9) for _ in jobs]
    _agree(_rows(memo, scorer, candidate, moved, similarities), scorer, candidate, moved, similarities)
    assert (memo.computed, memo.reused) == (30, 30)


def test_any_other_change_to_a_job_or_the_candidate_computes_them_again():
    rng = random.Random(3)
    scorer, memo = MatchScorer(FakeSkillExtractor(relations=RELATIONS)), PairColumnsMemo()
    candidate, jobs = a_candidate(rng, 0), _jobs(rng, 10)
    similarities = [0.5] * 10
    _rows(memo, scorer, candidate, jobs, similarities)
    edited = dict(jobs, j3=dataclasses.replace(jobs["j3"], title="Pastry Chef"),
                  j4=dataclasses.replace(jobs["j4"], skill_weights={"skill1": 3.3}))
    _agree(_rows(memo, scorer, candidate, edited, similarities), scorer, candidate, edited, similarities)
    assert (memo.computed, memo.reused) == (12, 8)
    older = dataclasses.replace(candidate, years=(candidate.years or 0) + 7)
    _agree(_rows(memo, scorer, older, edited, similarities), scorer, older, edited, similarities)
    assert (memo.computed, memo.reused) == (22, 8)
    memo.forget([candidate.resume_id])
    _rows(memo, scorer, older, edited, similarities)
    assert (memo.computed, memo.reused) == (32, 8)


def test_the_résumé_s_words_changing_computes_the_columns_again():
    # A requirement no taxonomy names is read from the words (mentioned_skills.py): a résumé
    # parsed again with other words but the same skills must not keep the old credit.
    from domain.matching.mentioned_skills import mention_text
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS))
    rng = random.Random(3)
    job = dataclasses.replace(a_job(rng), job_id="j0", required_skills=("menu costing",), nice_to_have_skills=())
    before = dataclasses.replace(a_candidate(rng, 0), skills=frozenset(), mention_text=mention_text("Chef."))
    after = dataclasses.replace(before, mention_text=mention_text("Chef responsible for menu costing."))
    memo = PairColumnsMemo()
    _rows(memo, scorer, before, {"j0": job}, [0.5])
    _agree(_rows(memo, scorer, after, {"j0": job}, [0.5]), scorer, after, {"j0": job}, [0.5])
    assert memo.computed == 2 and memo.reused == 0
