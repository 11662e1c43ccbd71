"""`make bench-scale`: how the costs grow with the data, on the embedded backend.

Candidates with generated plain-text resumes and an employer's jobs are written through the
services and repositories (setup is not what is measured; each job is posted through
JobService.post, so its matching work is queued as in production). Then, per size:
the queue is drained by the gateway's own worker pool (drain rate), and through the real
GraphQL app in process (httpx over ASGI): p50/p99 of a text search, a filtered search and
`me { matches(first: 10) }`; `postJob` p50 with the queue idle and while it drains; the time
from a new job to its stored matches; the database size and the process RSS; and the growth
exponent of each figure between sizes (log(b/a) / log(n_b/n_a): 0 is flat, 1 is linear).

    .venv/bin/python -m tests.bench.bench_scale [--sizes 1000,10000] [--candidates 1000]
    .venv/bin/python -m tests.bench.bench_scale --full   # 1k, 10k, 100k jobs; 10k candidates
"""
from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
from asgi_lifespan import LifespanManager

from domain.clock import new_id
from domain.jobs import RemotePolicy, SalaryRange, Seniority
from domain.matching.texts import resume_text
from domain.resumes import ExperienceEntry, ParsedResume, Resume, ResumeStatus, SkillEntry
from domain.services.accounts import ClientInfo, Registration
from domain.users import Preferences, Role, User
from gateway.app import create_app
from gateway.config import Settings

SKILLS = ["Python", "Java", "Go", "Rust", "TypeScript", "JavaScript", "React", "Node.js", "PostgreSQL",
          "MySQL", "Redis", "Kafka", "Docker", "Kubernetes", "Terraform", "AWS", "GCP", "Azure", "Linux",
          "Django", "Flask", "FastAPI", "Spring", "GraphQL", "gRPC", "Spark", "Airflow", "Pandas",
          "PyTorch", "TensorFlow", "Scala", "Kotlin", "Swift", "C++", "Elasticsearch", "MongoDB"]
ROLES = ["Backend Engineer", "Frontend Engineer", "Data Engineer", "Platform Engineer", "ML Engineer",
         "Site Reliability Engineer", "Full Stack Developer", "Mobile Developer", "Security Engineer"]
LEVELS = [("Junior", Seniority.JUNIOR, 1), ("", Seniority.MID, 4), ("Senior", Seniority.SENIOR, 7),
          ("Lead", Seniority.LEAD, 10)]
CITIES = ["Berlin, Germany", "Lisbon, Portugal", "London, UK", "Paris, France", "Madrid, Spain", "Warsaw, Poland"]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises"]

SEARCH = '{ searchJobs(query: "senior engineer", first: 20) { edges { node { id title } } } }'
FILTERED = ('{ searchJobs(filter: {remote: [REMOTE], seniority: [SENIOR], skills: ["Python"]}, first: 20)'
            ' { edges { node { id title } } } }')
MY_MATCHES = '{ me { matches(first: 10) { edges { node { score explanation job { title } } } } } }'
POST = """mutation($input: JobInput!) { postJob(input: $input) { id } }"""


def a_resume_text(rng: random.Random, n: int) -> tuple[str, list[str], float, str]:
    label, _, years = rng.choice(LEVELS)
    years = max(0.5, years + rng.uniform(-1.5, 2.5))
    role = rng.choice(ROLES)
    skills = rng.sample(SKILLS, rng.randint(4, 9))
    city = rng.choice(CITIES)
    jobs = "\n".join(
        f"{rng.choice(['Engineer', 'Senior Engineer', 'Developer'])} at {rng.choice(COMPANIES)} "
        f"({2024 - 3 * k - 3}-{2024 - 3 * k}): built services with {', '.join(rng.sample(skills, 3))}."
        for k in range(3))
    text = (f"Candidate {n}\n{city}\n\nSummary\n{label} {role} with {years:.0f} years of experience.\n\n"
            f"Skills\n{', '.join(skills)}\n\nExperience\n{jobs}\n\nEducation\nBSc Computer Science\n")
    return text, skills, round(years, 1), role


def a_job_input(rng: random.Random) -> dict:
    label, seniority, _ = rng.choice(LEVELS)
    role = rng.choice(ROLES)
    required = rng.sample(SKILLS, rng.randint(2, 5))
    nice = rng.sample([s for s in SKILLS if s not in required], 2)
    low = rng.randint(40, 120) * 1000
    return {
        "title": f"{label} {role}".strip(), "location": rng.choice(CITIES),
        "description": (f"We are hiring a {label.lower() or 'mid-level'} {role.lower()} to build and run "
                        f"our services with {', '.join(required)}. You will work with {', '.join(nice)}."),
        "remote": rng.choice(list(RemotePolicy)).value, "seniority": seniority.value,
        "salary": {"min": low, "max": low + 20_000, "currency": "EUR"},
        "requiredSkills": required, "niceToHaveSkills": nice,
    }


def _domain_fields(job_input: dict) -> dict:
    return {"title": job_input["title"], "description": job_input["description"],
            "location": job_input["location"], "remote": RemotePolicy(job_input["remote"]),
            "seniority": Seniority(job_input["seniority"]), "salary": SalaryRange(**job_input["salary"]),
            "required_skills": job_input["requiredSkills"], "nice_to_have_skills": job_input["niceToHaveSkills"]}


def percentiles(samples: list[float]) -> tuple[float, float]:
    ms = np.asarray(samples) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99))


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def database_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


class Bench:
    def __init__(self, app, client: httpx.AsyncClient, data_dir: Path, rng: random.Random) -> None:
        self.app, self.client, self.data_dir, self.rng = app, client, data_dir, rng
        self.services = app.state.services
        self.jobs_posted = 0
        self.drain_cpu_ms = float("nan")

    async def graphql(self, query: str, token: str, variables: dict | None = None) -> dict:
        response = await self.client.post("/graphql", json={"query": query, "variables": variables or {}},
                                          headers={"authorization": f"Bearer {token}"})
        body = response.json()
        if response.status_code != 200 or body.get("errors"):
            raise RuntimeError(f"{response.status_code}: {body}")
        return body["data"]

    async def register(self, role: Role, organization: str | None = None) -> tuple[User, str]:
        signed = await self.services.accounts.register(
            Registration(email=f"{new_id()[:12]}@example.com", password="correct horse battery",
                         name="Bench", role=role, organization_name=organization), ClientInfo())
        await self.services.repositories.users.set_email_verified(signed.user.id)
        (user,) = await self.services.repositories.users.get_many([signed.user.id])
        return user, signed.access_token

    async def add_candidates(self, count: int, me: User) -> None:
        services, repos = self.services, self.services.repositories
        texts, resumes = [], []
        for n in range(count):
            text, skills, years, role = a_resume_text(self.rng, n)
            if n == 0:
                owner = me
            else:
                owner = User(id=new_id(), email=f"{new_id()[:12]}@example.com", name=f"Candidate {n}",
                             role=Role.CANDIDATE, password_hash="-", created_at=services.clock.now(),
                             preferences=Preferences(remote=[self.rng.choice(list(RemotePolicy))],
                                                     locations=[self.rng.choice(CITIES).split(",")[0]]))
                await repos.users.add(owner)
            resume = Resume(id=new_id(), owner_id=owner.id, filename="cv.txt", content_type="text/plain",
                            size_bytes=len(text), sha256=new_id() + new_id(), uploaded_at=services.clock.now())
            await repos.resumes.add(resume, max_per_owner=5)
            parsed = ParsedResume(name=f"Candidate {n}", skills=[SkillEntry(name=s) for s in skills],
                                  experience=[ExperienceEntry(title=role)], total_years_experience=years)
            await repos.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=parsed)
            texts.append(resume_text(text))
            resumes.append(resume.id)
        embeddings, index = services.adapters.matching.embeddings, services.adapters.matching.resume_index
        for start in range(0, count, 64):
            vectors = await services.adapters.matching.embedder.embed(texts[start:start + 64])
            ids = resumes[start:start + 64]
            for resume_id, vector in zip(ids, vectors):
                await embeddings.put("resume", resume_id, vector)
            await index.upsert(list(zip(ids, vectors)))

    async def post_jobs(self, count: int, employer: User) -> None:
        started = time.perf_counter()
        for n in range(count):
            await self.services.jobs.post(employer, _domain_fields(a_job_input(self.rng)))
            if n and n % 10_000 == 0:
                print(f"# posted {n:,} of {count:,} in {time.perf_counter() - started:.0f} s", flush=True)
        self.jobs_posted += count

    async def queue_pending(self) -> int:
        depth = await self.services.queue.depth()
        return depth["ready"] + depth["leased"]

    async def drain(self, seconds: float) -> tuple[float, int]:
        """Starts the gateway's worker pool and returns the items done per second and how many
        were set aside: after `seconds`, what is still ready (not leased) is marked done
        unprocessed, so a large size is measured on a sample of its backlog (its searches need
        no matches); the rate counts what was done until the queue was empty."""
        workers = self.app.state.workers
        done_before, started = workers.processed, time.perf_counter()
        set_aside = 0
        profile = None
        if os.environ.get("BENCH_PROFILE"):
            import cProfile
            # The event loop's thread CPU, not wall time: with the model and the SQLite writer
            # on threads of their own, wall time charges the GIL's waits (up to the 5 ms switch
            # interval) to whatever call released it, a NumPy fill or a small allocation.
            profile = cProfile.Profile(time.thread_time)
            profile.enable()
        cpu_started = time.process_time()
        workers.start()
        while await self.queue_pending():  # noqa: ASYNC110 - polls a queue in another process
            if time.perf_counter() - started > seconds and not set_aside:
                # In a thread: the gateway's writer may be mid-transaction on this event loop.
                set_aside = await asyncio.to_thread(_set_aside_ready_work, self.data_dir)
            await asyncio.sleep(0.05)
        if profile is not None:
            profile.disable()
            profile.dump_stats(os.environ["BENCH_PROFILE"])
        # Process CPU (every thread) per item: steadier than the rate on a shared machine.
        self.drain_cpu_ms = 1000 * (time.process_time() - cpu_started) / max(1, workers.processed - done_before)
        # Items leased before the rest was set aside are finished and counted: workers that
        # take jobs in batches hold many in hand at once.
        return (workers.processed - done_before) / (time.perf_counter() - started), set_aside

    async def timed(self, query: str, token: str, samples: int, variables=None) -> tuple[float, float]:
        for _ in range(5):
            await self.graphql(query, token, variables)
        times = []
        for _ in range(samples):
            start = time.perf_counter()
            await self.graphql(query, token, variables)
            times.append(time.perf_counter() - start)
        return percentiles(times)

    async def timed_after_a_write(self, query: str, token: str, employer: User, samples: int) -> tuple[float, float]:
        """The search right after a job was posted: nothing ranked before may be reused."""
        times = []
        for _ in range(samples):
            await self.post_jobs(1, employer)
            start = time.perf_counter()
            await self.graphql(query, token)
            times.append(time.perf_counter() - start)
        return percentiles(times)

    async def post_p50(self, token: str, samples: int) -> float:
        times = []
        for _ in range(samples):
            start = time.perf_counter()
            await self.graphql(POST, token, {"input": a_job_input(self.rng)})
            times.append(time.perf_counter() - start)
        self.jobs_posted += samples
        return percentiles(times)[0]

    async def new_job_to_matches(self, employer: User) -> float:
        start = time.perf_counter()
        job = await self.services.jobs.post(employer, _domain_fields(a_job_input(self.rng)))
        self.jobs_posted += 1
        repos = self.services.repositories
        # The JobPosted handler queues the work after post returns: wait for the matches.
        while time.perf_counter() - start < 120:
            (page,) = await repos.matches.by_jobs([job.id], None, _first(1))
            if page.items:
                return time.perf_counter() - start
            await asyncio.sleep(0.005)
        return float("nan")


def _set_aside_ready_work(data_dir: Path) -> int:
    with sqlite3.connect(Settings(data_dir=data_dir).database_path, timeout=30) as db:
        return db.execute("UPDATE work_items SET state = 'done' WHERE state = 'ready'").rowcount


def _first(n: int):
    from domain.pagination import PageRequest
    return PageRequest(first=n)


async def run(sizes: list[int], candidates: int, samples: int, drain_seconds: float) -> list[dict]:
    rng = random.Random(18)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        data_dir = Path(tmp)
        settings = Settings(data_dir=data_dir, log_level="WARNING", rate_limits="off")
        app = create_app(settings)
        async with LifespanManager(app, startup_timeout=600, shutdown_timeout=600) as manager:
            transport = httpx.ASGITransport(app=manager.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                bench = Bench(app, client, data_dir, rng)
                await app.state.workers.stop()
                me, my_token = await bench.register(Role.CANDIDATE)
                employer, employer_token = await bench.register(Role.EMPLOYER, "Acme")
                started = time.perf_counter()
                await bench.add_candidates(candidates, me)
                print(f"# {candidates} candidates set up in {time.perf_counter() - started:.0f} s", flush=True)
                for size in sizes:
                    started = time.perf_counter()
                    await bench.post_jobs(size - bench.jobs_posted, employer)
                    setup_s = time.perf_counter() - started
                    idle_post = await bench.post_p50(employer_token, 30)
                    backlog = await bench.queue_pending()
                    # postJob while the backlog drains: the same mutation, measured meanwhile.
                    drain_task = asyncio.create_task(bench.drain(drain_seconds))
                    await asyncio.sleep(0.2)
                    busy_post = await bench.post_p50(employer_token, 30) if backlog > 300 else float("nan")
                    rate, set_aside = await drain_task
                    load = os.getloadavg()[0]
                    row = {
                        "jobs": bench.jobs_posted, "candidates": candidates, "setup_s": setup_s,
                        "drain_jobs_per_s": rate, "drain_cpu_ms_per_job": bench.drain_cpu_ms,
                        "backlog": backlog, "set_aside": set_aside, "load_avg": load,
                        "post_p50_idle_ms": idle_post * 1, "post_p50_draining_ms": busy_post,
                        "new_job_to_matches_ms": 1000 * await bench.new_job_to_matches(employer),
                    }
                    # The queries are timed with the workers stopped: in production they run in
                    # processes of their own, not on the API's event loop.
                    await app.state.workers.stop()
                    for name, query, token in (("search", SEARCH, employer_token),
                                               ("filtered", FILTERED, employer_token),
                                               ("matches", MY_MATCHES, my_token)):
                        row[f"{name}_p50_ms"], row[f"{name}_p99_ms"] = await bench.timed(query, token, samples)
                    row["search_cold_p50_ms"], row["search_cold_p99_ms"] = await bench.timed_after_a_write(
                        SEARCH, employer_token, employer, max(10, samples // 4))
                    row["load_avg_after"] = os.getloadavg()[0]
                    with sqlite3.connect(settings.database_path) as db:
                        row["stored_matches"] = db.execute("SELECT count(*) FROM matches").fetchone()[0]
                        # Where the bytes are: each table with its indexes (dbstat).
                        sizes = db.execute(
                            "SELECT coalesce(m.tbl_name, s.name), sum(s.pgsize) FROM dbstat s LEFT JOIN"
                            " sqlite_schema m ON m.name = s.name GROUP BY 1 ORDER BY 2 DESC LIMIT 6").fetchall()
                        print("# largest tables with their indexes, MiB:",
                              ", ".join(f"{name} {size / 2**20:.1f}" for name, size in sizes), flush=True)
                    row["database_mib"] = database_mib(settings.database_path)
                    row["rss_mib"] = rss_mib()
                    rows.append(row)
                    print({k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()}, flush=True)
    return rows


FIGURES = ["search_p50_ms", "search_p99_ms", "search_cold_p50_ms", "search_cold_p99_ms", "filtered_p50_ms",
           "matches_p50_ms", "matches_p99_ms", "drain_jobs_per_s", "new_job_to_matches_ms", "database_mib", "rss_mib"]


def print_table(rows: list[dict]) -> None:
    print("\n| jobs | cand. | text search p50/p99 ms | text search right after a post p50/p99 ms "
          "| filtered p50/p99 ms | me.matches p50/p99 ms "
          "| drain jobs/s (load), CPU ms per job | postJob p50 idle/draining ms | new job → matches ms "
          "| stored matches | DB MiB | RSS MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['jobs']:,} | {r['candidates']:,} | {r['search_p50_ms']:.1f} / {r['search_p99_ms']:.1f} "
              f"| {r['search_cold_p50_ms']:.1f} / {r['search_cold_p99_ms']:.1f} "
              f"| {r['filtered_p50_ms']:.1f} / {r['filtered_p99_ms']:.1f} "
              f"| {r['matches_p50_ms']:.1f} / {r['matches_p99_ms']:.1f} "
              f"| {r['drain_jobs_per_s']:.1f} ({r['load_avg']:.1f}/{r['load_avg_after']:.1f}),"
              f" {r['drain_cpu_ms_per_job']:.0f} ms"
              f"{' on a sample, ' + format(r['set_aside'], ',') + ' set aside' if r['set_aside'] else ''} "
              f"| {r['post_p50_idle_ms']:.1f} / {r['post_p50_draining_ms']:.1f} "
              f"| {r['new_job_to_matches_ms']:.0f} | {r['stored_matches']:,} "
              f"| {r['database_mib']:.1f} | {r['rss_mib']:.0f} |")
    for a, b in zip(rows, rows[1:]):
        span = math.log(b["jobs"] / a["jobs"])
        exponents = ", ".join(f"{f} {math.log(b[f] / a[f]) / span:+.2f}" for f in FIGURES if a[f] > 0 and b[f] > 0)
        print(f"\ngrowth exponent {a['jobs']:,} → {b['jobs']:,} jobs: {exponents}")
    for r in rows:
        print(f"database per 1,000 jobs at {r['jobs']:,}: {1000 * r['database_mib'] / r['jobs']:.2f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--drain-seconds", type=float, default=120,
                        help="drain each size's backlog for at most this long, then set the rest aside")
    parser.add_argument("--full", action="store_true", help="1k, 10k and 100k jobs with 10k candidates (long)")
    args = parser.parse_args()
    sizes = [1000, 10_000, 100_000] if args.full else [int(s) for s in args.sizes.split(",")]
    candidates = 10_000 if args.full else args.candidates
    print_table(asyncio.run(run(sizes, candidates, args.samples, args.drain_seconds)))


if __name__ == "__main__":
    main()
