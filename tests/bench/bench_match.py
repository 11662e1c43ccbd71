"""`make bench-match`: one candidate -> top 50 jobs, the whole path, at 10k / 100k / 1M jobs.

Path timed per query: vector index search (through the async port) -> the 50 job profiles
read from a SQLite file -> full score of each (skills, experience, location, salary,
hubness-corrected semantic) -> sorted. Beside it, in the same run: NumPy brute-force float32
retrieval alone (the baseline named in the issue), as a ratio; ANN recall@50 against exact
search; index build time and memory.

    .venv/bin/python -m tests.bench.bench_match [--sizes 10000,100000,1000000] [--queries 200]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import tempfile
import time
from pathlib import Path

import numpy as np

from adapters.embedded.vectors import EmbeddedVectorIndex
from domain.jobs import RemotePolicy, SalaryRange, Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer, neighbour_similarity
from domain.users import Preferences
from tests.bench.synthetic import candidate_skills, clustered_vectors, job_skills, queries
from tests.fakes.skill_relations import FakeSkillExtractor

K = 50
SENIORITIES = list(Seniority)
REMOTES = list(RemotePolicy)
CITIES = ["Berlin", "Lisbon", "London", "Paris", "Madrid", "Warsaw"]


def build_store(path: Path, n: int) -> None:
    """Synthetic job profiles, one row a job, as the SQLite store would hold them."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE jobs (id TEXT PRIMARY KEY, title TEXT, required TEXT, nice TEXT,"
               " seniority TEXT, remote TEXT, location TEXT, salary_min INT, salary_max INT,"
               " neighbour_similarity REAL) WITHOUT ROWID")
    rng = np.random.default_rng(5)
    def rows():
        for i in range(n):
            required, nice = job_skills(i % 5000)
            low = int(rng.integers(40, 120)) * 1000
            yield (f"job-{i}", f"Job {i}", json.dumps(required), json.dumps(nice),
                   SENIORITIES[i % len(SENIORITIES)].value, REMOTES[i % 3].value,
                   CITIES[i % len(CITIES)], low, low + 20_000, 0.3 + (i % 7) / 50)
    db.executemany("INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?,?)", rows())
    db.commit()
    db.close()


def read_profiles(db: sqlite3.Connection, ids: list[str]) -> dict[str, JobProfile]:
    marks = ",".join("?" * len(ids))
    out = {}
    for row in db.execute(f"SELECT * FROM jobs WHERE id IN ({marks})", ids):
        out[row[0]] = JobProfile(
            job_id=row[0], title=row[1], required_skills=tuple(json.loads(row[2])),
            nice_to_have_skills=tuple(json.loads(row[3])), seniority=Seniority(row[4]),
            remote=RemotePolicy(row[5]), location=row[6], salary=SalaryRange(min=row[7], max=row[8]),
            neighbour_similarity=row[9])
    return out


def rerank(db: sqlite3.Connection, scorer: MatchScorer, candidate: CandidateProfile,
           found: list[tuple[str, float]]) -> list[tuple[str, float]]:
    profiles = read_profiles(db, [i for i, _ in found])
    hub = neighbour_similarity([s for _, s in found], scorer.weights.hubness_neighbours)
    candidate = CandidateProfile(candidate.resume_id, candidate.candidate_id, candidate.skills,
                                 candidate.years, candidate.preferences, None, hub)
    scored = [(i, scorer.score(candidate, profiles[i], s).score) for i, s in found if i in profiles]
    return sorted(scored, key=lambda x: -x[1])


def percentiles(samples: list[float]) -> tuple[float, float]:
    ms = np.asarray(samples) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99))


async def bench_size(n: int, n_queries: int, workdir: Path) -> dict:
    vectors = clustered_vectors(n)
    qs = queries(n_queries + 20)
    t0 = time.perf_counter()
    build_store(workdir / f"jobs-{n}.sqlite", n)
    store_s = time.perf_counter() - t0

    index = EmbeddedVectorIndex(workdir / f"index-{n}")
    ids = [f"job-{i}" for i in range(n)]
    t0 = time.perf_counter()
    await index.open(f"bench-{n}", lambda: zip(ids, vectors))
    build_s = time.perf_counter() - t0

    # Exact ground truth and the NumPy float32 brute-force baseline on the same vectors.
    exact_lat, truth = [], []
    for q in qs:
        t = time.perf_counter()
        sims = vectors @ q
        top = np.argpartition(-sims, K - 1)[:K]
        top = top[np.argsort(-sims[top])]
        exact_lat.append(time.perf_counter() - t)
        truth.append({f"job-{i}" for i in top.tolist()})

    scorer = MatchScorer(FakeSkillExtractor(relations={}))
    candidate = CandidateProfile("r", "u", frozenset(candidate_skills()), years=6,
                                 preferences=Preferences(locations=["Berlin"], remote=[RemotePolicy.REMOTE],
                                                         min_salary=80_000))
    db = sqlite3.connect(workdir / f"jobs-{n}.sqlite", check_same_thread=False)
    path_lat, search_lat, recalls = [], [], []
    for i, q in enumerate(qs):
        t = time.perf_counter()
        found = await index.search(q, K)
        t_search = time.perf_counter() - t
        ranked = await asyncio.to_thread(rerank, db, scorer, candidate, found)
        elapsed = time.perf_counter() - t
        assert len(ranked) == len(found)
        if i >= 20:  # warm-up queries are not counted
            path_lat.append(elapsed)
            search_lat.append(t_search)
            recalls.append(len({j for j, _ in found} & truth[i]) / K)
    db.close()
    p50, p99 = percentiles(path_lat)
    s50, s99 = percentiles(search_lat)
    b50, b99 = percentiles(exact_lat[20:])
    return {"jobs": n, "backend": index.backend_kind, "path_p50_ms": p50, "path_p99_ms": p99,
            "search_p50_ms": s50, "search_p99_ms": s99, "numpy_p50_ms": b50, "numpy_p99_ms": b99,
            "recall_at_50": float(np.mean(recalls)), "build_s": build_s, "store_s": store_s,
            "index_mib": index.memory_bytes / 2**20, "numpy_mib": vectors.nbytes / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-match-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            row = asyncio.run(bench_size(n, args.queries, Path(tmp)))
            rows.append(row)
            print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}),
                  flush=True)
    print("\n| jobs | index | path p50 / p99 ms | search p50 / p99 ms | NumPy f32 p50 / p99 ms "
          "| path ÷ NumPy (p50) | recall@50 | build s | index MiB | NumPy f32 MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['jobs']:,} | {r['backend']} | {r['path_p50_ms']:.2f} / {r['path_p99_ms']:.2f} "
              f"| {r['search_p50_ms']:.2f} / {r['search_p99_ms']:.2f} "
              f"| {r['numpy_p50_ms']:.2f} / {r['numpy_p99_ms']:.2f} "
              f"| {r['path_p50_ms'] / r['numpy_p50_ms']:.2f} | {r['recall_at_50']:.3f} "
              f"| {r['build_s']:.1f} | {r['index_mib']:.0f} | {r['numpy_mib']:.0f} |")


if __name__ == "__main__":
    main()
