"""The text similarity of a pair: the embedding cosine and the lexical (TF-IDF) cosine fused
into one number on the embedding's scale, then corrected for hubness on both sides.

Fusion is a z-score sum (CombSUM over standardised scores): the lexical cosine is mapped onto
the embedding cosine's scale by `lexical_scale` (the ratio of their spreads) and
`lexical_offset` (aligning their means), and the two are averaged: each view counts alike,
with no weight learnt from relevance labels. Both constants are statistics of unlabelled
pairs (see MatchWeights).

Hubness (CSLS, see MatchWeights.hubness_correction) is corrected on the fused value the same
way: each side's neighbour similarity is fused from its embedding neighbour similarity and
its mean lexical similarity to those same embedding neighbours (`lexical_neighbour_similarity`
on the profiles), so a résumé that shares words with every job is taken down as one that
sits close to every job in embedding space is.

When either side has no term vector (stored before the lexical view existed, or a text with
no words) the pair falls back to the embedding alone, as before."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import numpy as np

from domain.matching.lexical import lexical_similarity
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.relevant_years import job_occupation_unnamed, other_occupation
from domain.matching.weights import MatchWeights

Number = TypeVar("Number", float, np.ndarray)

# The share of MatchWeights.other_language_offset a two-language pair gains when the job's
# title names an occupation the names know and the résumé's titles name it nowhere (some name
# no known occupation): half, between none (titles naming others) and all (the job's named).
UNNAMED_OCCUPATION_SHARE = 0.5


def fuse(semantic: Number, lexical: Number, w: MatchWeights) -> Number:
    """One similarity from the two views (the same arithmetic on floats and arrays)."""
    return (semantic + w.lexical_offset + w.lexical_scale * lexical) / 2


def pair_lexical(candidate: CandidateProfile, job: JobProfile, w: MatchWeights) -> float | None:
    if w.lexical_scale <= 0 or not candidate.terms or not job.terms:
        return None
    return lexical_similarity(candidate.terms, job.terms)


def text_similarity(similarity: float, candidate: CandidateProfile, job: JobProfile,
                    w: MatchWeights) -> float:
    """The fused, hubness-corrected similarity of one pair."""
    lexical = pair_lexical(candidate, job, w)
    if lexical is not None:
        similarity = fuse(similarity, lexical, w)
    similarity += language_gap(candidate, job, w)
    for hub, lexical_hub in ((candidate.neighbour_similarity, candidate.lexical_neighbour_similarity),
                             (job.neighbour_similarity, job.lexical_neighbour_similarity)):
        if hub is None:
            continue
        if lexical is not None and lexical_hub is not None:
            hub = fuse(hub, lexical_hub, w)
        similarity -= w.hubness_correction * (hub - w.typical_neighbour_similarity)
    return similarity


def text_similarities(similarities: Sequence[float], candidates: Sequence[CandidateProfile],
                      job: JobProfile, w: MatchWeights) -> np.ndarray:
    """text_similarity for one job and many candidates, equal to it value for value."""
    similarity = np.asarray(similarities, dtype=np.float64)
    lexical = np.array([_or_nan(pair_lexical(c, job, w)) for c in candidates], dtype=np.float64)
    fused = ~np.isnan(lexical)
    similarity = np.where(fused, fuse(similarity, np.nan_to_num(lexical), w), similarity)
    similarity = similarity + np.array([language_gap(c, job, w) for c in candidates], dtype=np.float64)

    hubs = np.array([_or_nan(c.neighbour_similarity) for c in candidates], dtype=np.float64)
    lexical_hubs = np.array([_or_nan(c.lexical_neighbour_similarity) for c in candidates], dtype=np.float64)
    hubs = np.where(fused & ~np.isnan(lexical_hubs), fuse(hubs, np.nan_to_num(lexical_hubs), w), hubs)
    similarity = similarity - np.where(
        np.isnan(hubs), 0.0, w.hubness_correction * (hubs - w.typical_neighbour_similarity))
    if job.neighbour_similarity is not None:
        job_hub = np.full(len(candidates), job.neighbour_similarity, dtype=np.float64)
        if job.lexical_neighbour_similarity is not None:
            job_lexical_hub = np.full(len(candidates), job.lexical_neighbour_similarity, dtype=np.float64)
            job_hub = np.where(fused, fuse(job_hub, job_lexical_hub, w), job_hub)
        similarity = similarity - w.hubness_correction * (job_hub - w.typical_neighbour_similarity)
    return similarity


def language_gap(candidate: CandidateProfile, job: JobProfile, w: MatchWeights) -> float:
    """What a pair's similarity gains for texts known to be in two languages (MatchWeights.other_language_offset)."""
    if candidate.language is None or job.language is None or candidate.language == job.language:
        return 0.0
    if other_occupation(candidate.resume_titles, job.title):
        # The offset makes up for the English-only embedding putting two languages apart
        # whatever the trades; a résumé whose current titles name another occupation than
        # the job's (in any language the names know) is not lifted with the right ones.
        return 0.0
    if job_occupation_unnamed((*candidate.resume_titles, *(r.title for r in candidate.roles)), job.title):
        # The job's occupation has its names in every language the names know, and no title
        # here is one of them: more likely other work written in a title the names lack than
        # the job's work, so the lift is only partly given.
        return w.other_language_offset * UNNAMED_OCCUPATION_SHARE
    return w.other_language_offset


def two_languages(candidate: CandidateProfile, job: JobProfile, w: MatchWeights) -> tuple[str, str] | None:
    """The résumé's and the posting's languages when the pair's similarity allowed for them."""
    if candidate.language is None or job.language is None or not language_gap(candidate, job, w):
        return None
    return candidate.language, job.language


def _or_nan(value: float | None) -> float:
    return np.nan if value is None else value
