"""`make eval-match`: rank the dev resumes for each eval job (and the jobs for each resume)
through the project's own pipeline (parser, skill extractor, embedder, vector index, full
score), then score the rankings with the shared scorer beside its BM25 and MiniLM baselines,
computed in the same run on the same texts.

    .venv/bin/python -m tests.eval.eval_match [CANDIDATES.jsonl]
"""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from adapters.embedded.embedder import SentenceTransformerEmbedder
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.embedded.vectors import EmbeddedVectorIndex
from domain.matching import (CandidateProfile, JobProfile, MatchScorer, canonical_skills,
                             neighbour_similarity)
from domain.matching.texts import job_text, resume_text

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "data" / "eval"
SCORER = ROOT.parent / "shared" / "eval" / "score_match.py"
OUT = ROOT / "var" / "eval" / "match_rankings.jsonl"
# Targets from the issue: MAP this far above the better baseline, MRR above both.
MAP_MARGIN = 0.10


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


async def rank(jobs: list[dict], candidates: list[dict]) -> list[dict]:
    skills = EmbeddedSkillExtractor()
    parser = RuleBasedResumeParser(skills)
    embedder = SentenceTransformerEmbedder()
    scorer = MatchScorer(skills)
    k = scorer.weights.hubness_neighbours

    parsed = [await parser.parse(c["text"]) for c in candidates]
    job_vectors = await embedder.embed([job_text(j["title"], j["description"], j["requiredSkills"],
                                                 j["niceToHaveSkills"]) for j in jobs])
    resume_vectors = await embedder.embed([resume_text(c["text"]) for c in candidates])

    with tempfile.TemporaryDirectory() as tmp:
        job_index = EmbeddedVectorIndex(Path(tmp) / "jobs")
        resume_index = EmbeddedVectorIndex(Path(tmp) / "resumes")
        await job_index.open("eval", lambda: zip([j["key"] for j in jobs], job_vectors))
        await resume_index.open("eval", lambda: zip([c["key"] for c in candidates], resume_vectors))
        # Each side's retrieval gives both the similarities and its neighbour similarity.
        to_jobs = {c["key"]: dict(await job_index.search(v, len(jobs)))
                   for c, v in zip(candidates, resume_vectors)}
        to_resumes = {j["key"]: dict(await resume_index.search(v, len(candidates)))
                      for j, v in zip(jobs, job_vectors)}

    job_profiles = [JobProfile(
        job_id=j["key"], title=j["title"],
        required_skills=canonical_skills(j["requiredSkills"], skills),
        nice_to_have_skills=canonical_skills(j["niceToHaveSkills"], skills),
        neighbour_similarity=neighbour_similarity(list(to_resumes[j["key"]].values()), k),
    ) for j in jobs]
    candidate_profiles = [CandidateProfile.from_resume(
        c["key"], c["key"], p, skills=skills,
        neighbour_similarity=neighbour_similarity(list(to_jobs[c["key"]].values()), k),
    ) for c, p in zip(candidates, parsed)]

    scores = {(c.resume_id, j.job_id): scorer.score(c, j, to_jobs[c.resume_id][j.job_id]).score
              for c in candidate_profiles for j in job_profiles}
    lines = []
    for j in job_profiles:
        ranking = sorted(candidate_profiles, key=lambda c: -scores[c.resume_id, j.job_id])
        lines.append({"job": j.job_id, "ranking": [c.resume_id for c in ranking]})
    for c in candidate_profiles:
        ranking = sorted(job_profiles, key=lambda j: -scores[c.resume_id, j.job_id])
        lines.append({"candidate": c.resume_id, "ranking": [j.job_id for j in ranking]})
    return lines


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    jobs_path = EVAL / "match_jobs.jsonl"
    candidates_path = Path(sys.argv[1]) if len(sys.argv) > 1 else EVAL / "match_resumes_dev.jsonl"
    jobs, candidates = read_jsonl(jobs_path), read_jsonl(candidates_path)
    started = time.perf_counter()
    lines = asyncio.run(rank(jobs, candidates))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    elapsed = time.perf_counter() - started

    scored = subprocess.run(
        [sys.executable, str(SCORER), str(jobs_path), str(candidates_path), str(OUT), "--minilm", "--json"],
        check=True, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    result = json.loads(scored.stdout.strip().splitlines()[-1])
    print(f"{len(jobs)} jobs, {len(candidates)} candidates, ranked in {elapsed:.1f}s -> {OUT.relative_to(ROOT)}")
    for name, metrics in result.items():
        print(f"  {name:8s} " + "  ".join(f"{k} {v:.3f}" for k, v in metrics.items()))
    ours, base = result["project"], [result["BM25"], result["MiniLM"]]
    best_map = max(b["MAP"] for b in base)
    map_ok = ours["MAP"] >= best_map + MAP_MARGIN
    mrr_ok = all(ours["MRR"] > b["MRR"] for b in base)
    print(f"  MAP {ours['MAP']:.3f} vs better baseline {best_map:.3f}: "
          f"{ours['MAP'] - best_map:+.3f} (target +{MAP_MARGIN:.2f}) {'ok' if map_ok else 'MISSED'}")
    baseline_mrr = ", ".join(f"{b['MRR']:.3f}" for b in base)
    print(f"  MRR {ours['MRR']:.3f} vs baselines {baseline_mrr}: "
          f"{'ok' if mrr_ok else 'MISSED'}")
    return 0 if map_ok and mrr_ok else 1


if __name__ == "__main__":
    sys.exit(main())
