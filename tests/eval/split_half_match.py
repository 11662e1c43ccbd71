"""A split-half estimate of how the match ranking generalises beyond the dev résumés.

The dev résumés are split in two halves (stratified by category, seeded, 10 splits, each half
in turn the fitting half). On the fitting half only: the hybrid fusion constants are estimated
(label-free: spread ratio and mean difference of the two hubness-corrected similarities, see
MatchWeights.lexical_scale) and the configuration is chosen (embedding alone or hybrid) by its
MAP + MRR there. The chosen configuration is then reported on the other half; the gap is
fitting-half minus other-half. The shipped weights are reported on every half too.

Each half is ranked as the product ranks it: the résumés as uploaded text through the
product's extraction, parser, embedder and word rarities, neighbour similarities (embedding
and lexical) over that half only, the batch scorer with the job skill weights; scored by the
shared score_match.py. It bypasses the services (eval_match.py goes through them) so that 40
rankings take a minute.

    .venv/bin/python -m tests.eval.split_half_match
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import random
import statistics
import sys

import numpy as np

from tests.eval.shared_data import EVAL_DATA, SCORERS

SPLITS = 10
SEED = 15


def read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def shared_scorer():
    spec = importlib.util.spec_from_file_location("score_match", SCORERS / "score_match.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Dev:
    """Every dev résumé and job prepared once: profiles, embeddings, term vectors."""

    def __init__(self, jobs: list[dict], cands: list[dict]) -> None:
        from adapters.embedded.embedder import SentenceTransformerEmbedder
        from adapters.embedded.extraction.dispatch import extract_document
        from adapters.embedded.extraction.settings import ExtractionSettings
        from adapters.embedded.parsing.parser import RuleBasedResumeParser
        from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
        from adapters.embedded.skills.term_rarity import load_term_rarity
        from domain.matching.lexical import lexical_similarity, term_vector
        from domain.matching.profiles import (
            CandidateProfile,
            JobProfile,
            canonical_skills,
        )
        from domain.matching.skill_frequencies import SkillFrequencies
        from domain.matching.texts import job_embedding_text, job_text, resume_embedding_text, resume_text
        from domain.uploads import PLAIN_TEXT

        self.jobs, self.cands = jobs, cands
        self.skills = EmbeddedSkillExtractor()
        parser, rarity, embedder = RuleBasedResumeParser(self.skills), load_term_rarity(), SentenceTransformerEmbedder()
        texts = [resume_text(extract_document(c["text"].encode("utf-8"), PLAIN_TEXT, ExtractionSettings()).text)
                 for c in cands]
        self.candidates = [CandidateProfile.from_resume(c["key"], c["key"], parser.parse_text(t), skills=self.skills)
                           for c, t in zip(cands, texts)]
        job_texts = [job_text(j["title"], j["description"], j["requiredSkills"], j["niceToHaveSkills"]) for j in jobs]
        profiles = [JobProfile(job_id=j["key"], title=j["title"],
                               required_skills=canonical_skills(j["requiredSkills"], self.skills),
                               nice_to_have_skills=canonical_skills(j["niceToHaveSkills"], self.skills))
                    for j in jobs]
        frequencies = SkillFrequencies.from_skill_lists((*p.required_skills, *p.nice_to_have_skills) for p in profiles)
        self.job_profiles = [dataclasses.replace(p, skill_weights=frequencies.weights(
            (*p.required_skills, *p.nice_to_have_skills))) for p in profiles]
        # As the product embeds a job: its short text (the words still come from the whole ad).
        short = [job_embedding_text(j["title"], j["description"], j["requiredSkills"]) for j in jobs]
        # And a résumé: its start (its words too come from the whole text).
        starts = [resume_embedding_text(t) for t in texts]
        self.cosine = embedder.embed_array(short) @ embedder.embed_array(starts).T  # jobs x résumés
        job_terms = [term_vector(t, rarity) for t in job_texts]
        resume_terms = [term_vector(t, rarity) for t in texts]
        self.lexical = np.array([[lexical_similarity(a, b) for b in resume_terms] for a in job_terms])
        self.job_terms, self.resume_terms = job_terms, resume_terms

    def half(self, idx: list[int], k: int) -> Half:
        return Half(self, idx, k)


class Half:
    """One subset of résumés with the neighbour similarities the product would hold for it."""

    def __init__(self, dev: Dev, idx: list[int], k: int) -> None:
        self.dev, self.idx = dev, idx
        cos, lex = dev.cosine[:, idx], dev.lexical[:, idx]
        near_resumes = np.argsort(-cos, axis=1, kind="stable")[:, :k]  # per job
        near_jobs = np.argsort(-cos, axis=0, kind="stable")[:k]         # per résumé
        self.job_hub = np.take_along_axis(cos, near_resumes, 1).mean(1)
        self.job_lexical_hub = np.take_along_axis(lex, near_resumes, 1).mean(1)
        self.resume_hub = np.take_along_axis(cos, near_jobs, 0).mean(0)
        self.resume_lexical_hub = np.take_along_axis(lex, near_jobs, 0).mean(0)
        self.cos, self.lex = cos, lex

    def fusion_constants(self) -> tuple[float, float]:
        """Label-free: the lexical cosine mapped onto the embedding cosine's spread and mean."""
        embedding = self.cos - 0.5 * self.resume_hub[None, :] - 0.5 * self.job_hub[:, None]
        lexical = self.lex - 0.5 * self.resume_lexical_hub[None, :] - 0.5 * self.job_lexical_hub[:, None]
        scale = float(embedding.std() / lexical.std())
        return scale, float(self.cos.mean() - scale * self.lex.mean())

    def scores(self, weights) -> np.ndarray:
        from domain.matching.batch_scoring import score_candidates
        from domain.matching.scoring import MatchScorer

        dev, scorer = self.dev, MatchScorer(self.dev.skills, weights)
        candidates = [dataclasses.replace(dev.candidates[i], terms=dev.resume_terms[i],
                                          neighbour_similarity=float(self.resume_hub[n]),
                                          lexical_neighbour_similarity=float(self.resume_lexical_hub[n]))
                      for n, i in enumerate(self.idx)]
        rows = []
        for j, profile in enumerate(dev.job_profiles):
            job = dataclasses.replace(profile, terms=dev.job_terms[j], neighbour_similarity=float(self.job_hub[j]),
                                      lexical_neighbour_similarity=float(self.job_lexical_hub[j]))
            rows.append(score_candidates(scorer, candidates, job, self.cos[j].tolist()).scores)
        return np.array(rows)

    def metrics(self, scorer_module, weights) -> dict[str, float]:
        scores = self.scores(weights)
        cands = [self.dev.cands[i] for i in self.idx]
        jobs = self.dev.jobs
        row = {j["key"]: n for n, j in enumerate(jobs)}
        col = {c["key"]: n for n, c in enumerate(cands)}
        # Ties keep the upload order, as the product's stored lists do for equal scores.
        return scorer_module.evaluate(
            jobs, cands,
            lambda j: [cands[i]["key"] for i in np.argsort(-scores[row[j["key"]]], kind="stable")],
            lambda c: [jobs[i]["key"] for i in np.argsort(-scores[:, col[c["key"]]], kind="stable")])


def halves(cands: list[dict], rng: random.Random) -> tuple[list[int], list[int]]:
    a, b = [], []
    for category in sorted({c["category"] for c in cands}):
        members = [i for i, c in enumerate(cands) if c["category"] == category]
        rng.shuffle(members)
        start = rng.randrange(2)  # a single-résumé category goes to either half
        for n, i in enumerate(members):
            (a if (n + start) % 2 == 0 else b).append(i)
    return a, b


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from domain.matching.weights import MatchWeights

    jobs = read_jsonl(EVAL_DATA / "match_jobs.jsonl")
    cands = read_jsonl(EVAL_DATA / "match_resumes_dev.jsonl")
    scorer_module, dev, shipped = shared_scorer(), Dev(jobs, cands), MatchWeights()
    k = shipped.hubness_neighbours
    everything = dev.half(list(range(len(cands))), k)
    print(f"all {len(cands)} dev résumés: shipped {everything.metrics(scorer_module, shipped)}, "
          f"lexical off {everything.metrics(scorer_module, shipped.model_copy(update={'lexical_scale': 0.0}))}; "
          f"constants from all pairs {tuple(round(x, 3) for x in everything.fusion_constants())}")

    rng = random.Random(SEED)
    rows: dict[str, list[tuple[float, float, float, float]]] = {
        "chosen on fitting half": [], "shipped weights": [], "lexical off": []}
    chosen_names = []
    for _ in range(SPLITS):
        a, b = halves(cands, rng)
        for fit_idx, other_idx in ((a, b), (b, a)):
            fit, other = dev.half(fit_idx, k), dev.half(other_idx, k)
            scale, offset = fit.fusion_constants()
            options = {"embedding alone": shipped.model_copy(update={"lexical_scale": 0.0}),
                       "hybrid": shipped.model_copy(update={"lexical_scale": scale, "lexical_offset": offset})}
            on_fit = {name: fit.metrics(scorer_module, w) for name, w in options.items()}
            name = max(on_fit, key=lambda n: on_fit[n]["MAP"] + on_fit[n]["MRR"])
            chosen_names.append(name)
            there = other.metrics(scorer_module, options[name])
            rows["chosen on fitting half"].append((on_fit[name]["MAP"], on_fit[name]["MRR"], there["MAP"], there["MRR"]))
            for label, w in (("shipped weights", shipped), ("lexical off", options["embedding alone"])):
                s_fit, s_other = fit.metrics(scorer_module, w), other.metrics(scorer_module, w)
                rows[label].append((s_fit["MAP"], s_fit["MRR"], s_other["MAP"], s_other["MRR"]))
    print(f"{SPLITS} stratified splits x 2 directions; chosen: "
          + ", ".join(f"{n} {chosen_names.count(n)}x" for n in sorted(set(chosen_names))))
    # Fixed weights use no label of either half: their fitting-half and other-half means are
    # the same halves, so only the chosen configuration has a gap to report.
    for label, values in rows.items():
        fit_map, fit_mrr, map_, mrr = (list(col) for col in zip(*values))
        gap = (f" | fitting half MAP {statistics.mean(fit_map):.3f} MRR {statistics.mean(fit_mrr):.3f},"
               f" gap MAP {statistics.mean(fit_map) - statistics.mean(map_):+.3f}"
               f" MRR {statistics.mean(fit_mrr) - statistics.mean(mrr):+.3f}") if label.startswith("chosen") else ""
        print(f"  {label:24s} reported half MAP {statistics.mean(map_):.3f} (sd {statistics.pstdev(map_):.3f},"
              f" min {min(map_):.3f}) MRR {statistics.mean(mrr):.3f} (sd {statistics.pstdev(mrr):.3f},"
              f" min {min(mrr):.3f}){gap}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
