"""The three read queries of `make bench-scale` at 1k, 10k and 100k jobs through the real API
(GraphQL over the app, httpx over ASGI, an `api`-role process: no model loaded), on boards
SEEDED BY BULK SQL (tests/bench/seeded_board.py), not posted through the queue: posting 100,000
jobs through it takes hours. Per size: p50/p99 of text search `searchJobs("senior engineer",
first: 20)` warm and right after a job is posted (JobService.post, so nothing ranked before may
be reused), the same for queries with aliases ("python developer", "RN", "software engineer": OR groups), the filtered search, `me { matches(first: 10) }`, the database size and the
process's RSS; the growth exponents between sizes (log(b/a) / log(n_b/n_a): 0 flat, 1 linear).

With `--before /path/to/checkout`, that checkout's code is measured on a copy of the same file
in the same run, interleaved with this tree's (each in a process of its own, importing its
tree), and the table shows both with the load average around each measurement.

    python tests/bench/bench_scale_seeded.py [--sizes 1000,10000,100000] [--before /work/main]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TREE = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
SEARCH = '{ searchJobs(query: "senior engineer", first: 20) { edges { node { id title } } } }'
FILTERED = ('{ searchJobs(filter: {remote: [REMOTE], seniority: [SENIOR], skills: ["Python"]}, first: 20)'
            ' { edges { node { id title } } } }')
MY_MATCHES = '{ me { matches(first: 10) { edges { node { score explanation job { title } } } } } }'
# Queries whose words have other names (domain.query_aliases: FTS5 OR groups), warm, right
# after a post and right after an edit or close.
ALIASED = ["python developer", "RN", "software engineer"]


def _search(text: str) -> str:
    return "{ searchJobs(query: " + json.dumps(text) + ", first: 20) { edges { node { id title } } } }"


def _settings(data_dir: Path):
    from gateway.config import Settings
    return Settings(data_dir=data_dir, log_level="WARNING", rate_limits="off", role="api")


async def _open(data_dir: Path):
    from asgi_lifespan import LifespanManager

    from gateway.app import create_app
    app = create_app(_settings(data_dir))
    return app, LifespanManager(app, startup_timeout=600, shutdown_timeout=600)


async def seed_users(data_dir: Path) -> None:
    """The candidate whose matches are read and the employer who searches, through the
    services (their passwords hashed as at sign-up)."""
    try:
        from tests.bench.seeded_board import add_resumes
    except ImportError:  # run by path with another tree's `tests` first: this directory is on sys.path
        from seeded_board import add_resumes  # type: ignore[no-redef]

    from domain.services.accounts import ClientInfo, Registration
    from domain.users import Role
    app, manager = await _open(data_dir)
    async with manager:
        services = app.state.services
        ids = {}
        for role, email, organization in ((Role.CANDIDATE, "me@example.com", None),
                                          (Role.EMPLOYER, "employer@example.com", "Acme")):
            signed = await services.accounts.register(
                Registration(email=email, password=PASSWORD, name="Bench", role=role,
                             organization_name=organization), ClientInfo())
            await services.repositories.users.set_email_verified(signed.user.id)
            ids[role.value] = signed.user.id
        (employer,) = await services.repositories.users.get_many([ids["EMPLOYER"]])
        ids["organization"] = employer.organization_id
    (data_dir / "bench.json").write_text(json.dumps(ids))
    import sqlite3
    with sqlite3.connect(_settings(data_dir).database_path) as db:
        add_resumes(db, [(ids["CANDIDATE"], "bench-resume")], "2025-12-01T00:00:00.000000+00:00")


def seed(data_dir: Path, jobs_from: int, jobs_to: int, candidates: int) -> None:
    """Grows the board in `data_dir` to `jobs_to` jobs (creating it, users and candidates
    with their matches, when `jobs_from` is 0)."""
    try:
        from tests.bench.seeded_board import add_candidates, add_jobs, add_matches
    except ImportError:  # run by path with another tree's `tests` first: this directory is on sys.path
        from seeded_board import add_candidates, add_jobs, add_matches  # type: ignore[no-redef]
    rng = random.Random(18 + jobs_from)
    if jobs_from == 0:
        asyncio.run(seed_users(data_dir))
    ids = json.loads((data_dir / "bench.json").read_text())
    path = _settings(data_dir).database_path
    add_jobs(path, jobs_to - jobs_from, ids["organization"], ids["EMPLOYER"], rng, start=jobs_from)
    # Every candidate's matches are drawn anew over today's jobs (the store keeps a best 100).
    import sqlite3
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM matches")
        people = [(row[0], row[1]) for row in db.execute(
            "SELECT owner_id, id FROM resumes WHERE owner_id != ?", (ids["CANDIDATE"],))]
    if not people and candidates:
        people = add_candidates(path, candidates, rng)
    add_matches(path, [(ids["CANDIDATE"], "bench-resume"), *people], 100, rng)


async def measure(data_dir: Path, samples: int, clients: int = 0, edits: int = 0) -> dict:
    import httpx
    import numpy as np

    from domain.jobs import RemotePolicy, SalaryRange, Seniority
    from domain.services.accounts import ClientInfo
    app, manager = await _open(data_dir)
    figures: dict = {"load_before": os.getloadavg()[0]}
    async with manager:
        services = app.state.services
        tokens = {email: (await services.accounts.login(email, PASSWORD, ClientInfo())).access_token
                  for email in ("me@example.com", "employer@example.com")}
        (employer,) = await services.repositories.users.get_many([json.loads((data_dir / "bench.json").read_text())["EMPLOYER"]])
        transport = httpx.ASGITransport(app=manager.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            async def ask(query: str, email: str) -> float:
                start = time.perf_counter()
                response = await client.post("/graphql", json={"query": query},
                                             headers={"authorization": f"Bearer {tokens[email]}"})
                elapsed = time.perf_counter() - start
                body = response.json()
                if response.status_code != 200 or body.get("errors"):
                    raise RuntimeError(f"{response.status_code}: {body}")
                return elapsed

            def p50_p99(times: list[float]) -> list[float]:
                return [float(np.percentile(np.asarray(times) * 1000, q)) for q in (50, 99)]

            rng = random.Random(7)
            for name, query, email in (("search", SEARCH, "employer@example.com"),
                                       ("filtered", FILTERED, "employer@example.com"),
                                       ("matches", MY_MATCHES, "me@example.com")):
                for _ in range(5):
                    await ask(query, email)
                figures[name] = p50_p99([await ask(query, email) for _ in range(samples)])
            posted: list[str] = []

            async def post(n: int) -> None:
                level = rng.choice(["Senior", "Junior", "Staff", ""])
                posted.append((await services.jobs.post(employer, {
                    "title": f"{level} {rng.choice(['Backend', 'Data', 'Cloud'])} Engineer".strip(),
                    "description": f"Posted while the bench measures ({n}): build services with Python and Go.",
                    "location": "Berlin, Germany", "remote": RemotePolicy.HYBRID, "seniority": Seniority.SENIOR,
                    "salary": SalaryRange(min=60_000, max=80_000, currency="EUR"),
                    "required_skills": ["Python", "Go"], "nice_to_have_skills": []})).id)

            after = []
            for n in range(max(20, samples // 2)):
                await post(n)
                after.append(await ask(SEARCH, "employer@example.com"))
            figures["search_after_post"] = p50_p99(after)
            if clients:
                # `clients` at once, each posting a job then searching, in turn: every search
                # follows posts (its own and others'), and waits behind the others' requests.
                loaded: list[float] = []

                async def poster(c: int) -> None:
                    for n in range(max(20, samples // 2) // clients + 1):
                        await post(10_000 + c * 1000 + n)
                        loaded.append(await ask(SEARCH, "employer@example.com"))

                await asyncio.gather(*(poster(c) for c in range(clients)))
                figures["search_after_post_loaded"] = p50_p99(loaded)
            if edits:
                # Each sample edits the title of a job posted above, or closes one, in turn.
                edited = []
                for n in range(edits):
                    if n % 2:
                        await services.jobs.close(employer, posted.pop())
                    else:
                        await services.jobs.update(employer, posted[n % len(posted)],
                                                   {"title": f"Senior Platform Engineer {n}"})
                    edited.append(await ask(SEARCH, "employer@example.com"))
                figures["search_after_edit"] = p50_p99(edited)
            for text in ALIASED:
                query = _search(text)
                for _ in range(5):
                    await ask(query, "employer@example.com")
                figures[f"{text}: search"] = p50_p99([await ask(query, "employer@example.com") for _ in range(samples)])
                after = []
                for n in range(max(20, samples // 2)):
                    await post(20_000 + n)
                    after.append(await ask(query, "employer@example.com"))
                figures[f"{text}: after a post"] = p50_p99(after)
                edited = []
                for n in range(max(10, samples // 4)):
                    if n % 2:
                        await services.jobs.close(employer, posted.pop())
                    else:
                        await services.jobs.update(employer, posted[n % len(posted)],
                                                   {"title": f"Senior Python Developer {n}"})
                    edited.append(await ask(query, "employer@example.com"))
                figures[f"{text}: after an edit or close"] = p50_p99(edited)
        figures["rankings"] = dict(getattr(services.repositories.jobs, "rankings", {}))
    figures["rss_mib"] = _rss_mib()
    figures["database_mib"] = _database_mib(data_dir)
    figures["load_after"] = os.getloadavg()[0]
    return figures


def _database_mib(data_dir: Path) -> float:
    return sum(p.stat().st_size for p in data_dir.glob("*.sqlite3*")) / 2**20


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _in_tree(tree: Path, *args: str) -> str:
    """This file run by `tree`'s code (its domain, gateway and adapters)."""
    env = {**os.environ, "PYTHONPATH": f"{tree}:{TREE}", "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    done = subprocess.run([sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True)
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--candidates", type=int, default=10_000,
                        help="candidates with a parsed resume and 100 stored matches each (written through the repositories)")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--before", type=Path, help="a checkout measured beside this tree, on copies of the file")
    parser.add_argument("--clients", type=int, default=8,
                        help="text search right after posts with this many clients posting and searching at once (0: not measured)")
    parser.add_argument("--edits", type=int, default=0,
                        help="also text search right after this many edits and closes, one each before a search")
    parser.add_argument("--keep", type=Path, help="keep the seeded boards here (reused when present)")
    parser.add_argument("--phase", choices=["seed", "measure"], help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs-from", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--jobs-to", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "seed":
        seed(args.data_dir, args.jobs_from, args.jobs_to, args.candidates)
        return
    if args.phase == "measure":
        print(json.dumps(asyncio.run(measure(args.data_dir, args.samples, args.clients, args.edits))))
        return
    trees = {"this tree": TREE, **({"before": args.before.resolve()} if args.before else {})}
    seeding_tree = args.before.resolve() if args.before else TREE  # the older schema; newer code migrates up
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="bench-seeded-"))
    boards = args.keep or work / "boards"
    growing = work / "growing"
    results: dict[str, list[dict]] = {name: [] for name in trees}
    try:
        have = 0
        for size in sizes:
            board = boards / str(size)
            if not board.exists():
                if have == 0:
                    # Grown from the largest board kept from an earlier run, if any.
                    shutil.rmtree(growing, ignore_errors=True)
                    kept = [int(p.name) for p in boards.glob("*") if p.name.isdigit() and int(p.name) < size]
                    if kept:
                        have = max(kept)
                        shutil.copytree(boards / str(have), growing)
                started = time.perf_counter()
                _in_tree(seeding_tree, "--phase", "seed", "--data-dir", str(growing), "--jobs-from", str(have),
                         "--jobs-to", str(size), "--candidates", str(args.candidates))
                have = size
                shutil.copytree(growing, board)
                print(f"# seeded {size:,} jobs by bulk SQL in {time.perf_counter() - started:.0f} s", flush=True)
            for name, tree in trees.items():
                copy = work / f"copy-{size}"
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(board, copy)
                figures = json.loads(_in_tree(tree, "--phase", "measure", "--data-dir", str(copy),
                                              "--samples", str(args.samples), "--clients", str(args.clients),
                                              "--edits", str(args.edits)).splitlines()[-1])
                figures["jobs"] = size
                results[name].append(figures)
                shutil.rmtree(copy)
                print(f"# {name} at {size:,}: {figures}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(results)


FIGURES = ["search", "search_after_post", "search_after_post_loaded", "search_after_edit", "filtered", "matches"]


def print_table(results: dict[str, list[dict]]) -> None:
    print("\nBoards seeded by bulk SQL (tests/bench/seeded_board.py), queries through GraphQL over the app.")
    print("| code | jobs | text search p50/p99 ms | text right after a post p50/p99 | the same, clients at once "
          "| right after an edit or close | filtered p50/p99 | me.matches p50/p99 | DB MiB | RSS MiB | load before/after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, rows in results.items():
        for r in rows:
            cells = " | ".join(f"{r[f][0]:.1f} / {r[f][1]:.1f}" if f in r else "" for f in FIGURES)
            print(f"| {name} | {r['jobs']:,} | {cells} | {r['database_mib']:.1f} | {r['rss_mib']:.0f} "
                  f"| {r['load_before']:.1f} / {r['load_after']:.1f} |")
    aliased = [f"{text}: {when}" for text in ALIASED for when in ("search", "after a post", "after an edit or close")]
    print("\nQueries with aliases (FTS5 OR groups), p50 / p99 ms.")
    print("| code | jobs | " + " | ".join(aliased) + " | load before/after |")
    print("|---|---|" + "---|" * len(aliased) + "---|")
    for name, rows in results.items():
        for r in rows:
            cells = " | ".join(f"{r[f][0]:.1f} / {r[f][1]:.1f}" if f in r else "" for f in aliased)
            print(f"| {name} | {r['jobs']:,} | {cells} | {r['load_before']:.1f} / {r['load_after']:.1f} |")
    for name, rows in results.items():
        for a, b in zip(rows, rows[1:]):
            span = math.log(b["jobs"] / a["jobs"])
            exponents = ", ".join(f"{f} p50 {math.log(b[f][0] / a[f][0]) / span:+.2f} (×{b[f][0] / a[f][0]:.2f})"
                                  for f in [*FIGURES, *aliased] if f in a and f in b)
            print(f"{name}: growth {a['jobs']:,} → {b['jobs']:,}: {exponents}")


if __name__ == "__main__":
    main()
