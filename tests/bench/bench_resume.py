"""make bench-resume: sustained throughput of the whole resume pipeline on 2-page PDFs, and
peak RSS of the gateway with its extraction workers; beside it, in the same run, the
throughput of the embedding step alone on the same texts (the pipeline's ceiling).

The pipeline is the product's own: ResumeService.upload (sniff, blob, row, queue item) for
every resume, then the gateway's WorkerPool draining the durable queue (extract in worker
processes, parse, embed, store the vector, PARSED)."""
from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path


def tree_rss_bytes(root: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
        stack.extend(children.get(pid, []))
    return total


class PeakSampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            self.peak = max(self.peak, tree_rss_bytes(os.getpid()))
            time.sleep(0.1)


def processed_count(database: Path, ids: list[str]) -> int:
    with sqlite3.connect(database, timeout=30) as conn:
        return conn.execute(
            f"SELECT count(*) FROM resumes WHERE status IN ('PARSED', 'FAILED') AND id IN ({','.join('?' * len(ids))})",
            ids).fetchone()[0]


async def until_processed(services, ids: list[str]) -> None:
    # A count in a thread of its own, not every resume read and decoded on the event loop the
    # pipeline runs on: the measurement must not take the measured process's CPU (it took
    # about a tenth of it when it decoded the resumes every 20 ms).
    while await asyncio.to_thread(processed_count, services.settings.database_path, ids) < len(ids):  # noqa: ASYNC110
        await asyncio.sleep(0.05)  # the workers announce nothing the bench could wait on


def matching_left(database: Path) -> int:
    """Matching work still queued or running when the last resume is parsed (not timed)."""
    with sqlite3.connect(database, timeout=30) as conn:
        return conn.execute("SELECT count(*) FROM work_items WHERE kind LIKE 'match.%'"
                            " AND state IN ('ready', 'leased')").fetchone()[0]


async def pipeline(count: int, workers: int, owners: int = 1) -> dict:
    from domain.resumes import ResumeStatus
    from domain.services.accounts import ClientInfo, Registration
    from domain.users import Role
    from gateway.bootstrap import open_services
    from gateway.config import Settings
    from tests.bench.resume_documents import resume_text, two_page_pdf

    documents = [two_page_pdf(resume_text(seed)) for seed in range(count)]
    warmup = [two_page_pdf(resume_text(10_000 + seed)) for seed in range(4)]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), queue_workers=workers, max_resumes_per_candidate=count + 10,
                            jwt_secret="bench" * 10, embed_at_start=True)
        async with open_services(settings) as services:
            people = [(await services.accounts.register(Registration(
                email=f"bench{n}@example.com", password="benchmark password", name="Bench", role=Role.CANDIDATE),
                ClientInfo())).user for n in range(owners)]
            owner = people[0]
            pool = services.worker_pool()
            pool.start()
            warm_ids = [(await services.resumes.upload(owner, "warm.pdf", data)).id for data in warmup]
            await until_processed(services, warm_ids)  # workers and model are up before timing
            sampler = PeakSampler()
            sampler.start()
            started = time.perf_counter()
            ids = [(await services.resumes.upload(people[n % owners], f"r{n}.pdf", data)).id
                   for n, data in enumerate(documents)]
            await until_processed(services, ids)
            elapsed = time.perf_counter() - started
            left = matching_left(settings.database_path)
            # Then until the matching work the uploads queued is done too (not in the rate).
            while matching_left(settings.database_path) and time.perf_counter() - started < elapsed + 600:  # noqa: ASYNC110
                await asyncio.sleep(0.05)
            matched = time.perf_counter() - started
            sampler.stopped.set()
            await pool.stop()
            resumes = await services.repositories.resumes.get_many(ids)
            parsed = sum(1 for r in resumes if r and r.status is ResumeStatus.PARSED)
            failures = Counter(r.failure_reason for r in resumes if r and r.status is not ResumeStatus.PARSED)
    return {"failures": dict(failures), "resumes": count, "parsed": parsed, "seconds": elapsed, "per_second": count / elapsed,
            "peak_rss_mb": sampler.peak / 2**20, "matching_left": left, "matched_seconds": matched}


def embedding_only(count: int, workers: int) -> dict:
    """The embedding step alone on the same texts, at the pipeline's concurrency and with
    the threads the gateway gives it: the most the pipeline could do."""
    from adapters.embedded.embedder import SentenceTransformerEmbedder
    from domain.matching.texts import resume_embedding_text as embedding_text
    from tests.bench.resume_documents import resume_text

    texts = [embedding_text(resume_text(seed)) for seed in range(count)]
    embedder = SentenceTransformerEmbedder(threads=max(1, (os.cpu_count() or 1) // workers))

    async def run() -> float:
        await embedder.embed(["warm up"])
        pending = list(texts)

        async def worker() -> None:
            while pending:
                await embedder.embed([pending.pop()])  # one resume at a time, as the pipeline does

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(workers)))
        return time.perf_counter() - started

    elapsed = asyncio.run(run())
    windows = sum(embedder.window_count(t) for t in texts) / len(texts)
    return {"texts": count, "seconds": elapsed, "per_second": count / elapsed, "windows_per_text": windows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    # One candidate uploads every resume by default: the queue gives one person's uploads one
    # worker at a time (leases_per_owner), so this is the pipeline's latency-bound rate.
    parser.add_argument("--owners", type=int, default=1, help="candidates the resumes are spread over")
    parser.add_argument("--skip-embedding", action="store_true", help="the pipeline only")
    args = parser.parse_args()
    embedding = None if args.skip_embedding else embedding_only(args.count, args.workers)
    result = asyncio.run(pipeline(args.count, args.workers, args.owners))
    print(f"pipeline : {result['parsed']}/{result['resumes']} PARSED in {result['seconds']:.1f}s"
          f" = {result['per_second']:.1f} resumes/s, peak RSS {result['peak_rss_mb']:.0f} MB"
          f" (gateway + extraction workers), {args.workers} queue workers, {args.owners} candidate(s),"
          f" load average {os.getloadavg()[0]:.1f}; matching items left at the end: {result['matching_left']},"
          f" all matched after {result['matched_seconds']:.1f}s")
    if result["failures"]:
        print(f"not parsed: {result['failures']}")
    if embedding is None:
        return
    print(f"embedding: {embedding['per_second']:.1f} texts/s alone on the same texts"
          f" ({embedding['windows_per_text']:.1f} model windows per resume)")
    print(f"ratio    : pipeline / embedding ceiling = {result['per_second'] / embedding['per_second']:.2f}")


if __name__ == "__main__":
    main()
