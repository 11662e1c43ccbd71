"""`make soak`: SOAK_SECONDS (default 300) of mixed load on loopback against a real
`talentgraph serve`, SIGKILLed SOAK_KILLS times (default 3) at random moments (SOAK_SEED) and
restarted on the same data dir; then the queue is left to drain (at most SOAK_DRAIN_SECONDS)
and what the clients were told is checked against the database. Exits 1 on any violation."""
from __future__ import annotations

import asyncio
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.server import GatewayProcess
from tests.soak.checks import Verdict, verify, wait_until_settled
from tests.soak.ledger import Ledger
from tests.soak.traffic import Exhausted, Journeys

CANDIDATE_WORKERS = 4
EMPLOYER_WORKERS = 2


async def keep_going(journey, journeys: Journeys) -> None:
    while journeys.running():
        try:
            await journey()
        except Exhausted:
            return


async def chaos(gateway: GatewayProcess, ledger: Ledger, kill_at: list[float], started: float,
                journeys: Journeys) -> None:
    for moment in kill_at:
        await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
        gateway.stop(kill=True)
        ledger.kills.append(round(time.monotonic() - started, 1))
        try:
            ledger.restarts.append(round(await asyncio.to_thread(gateway.start), 1))
        except (RuntimeError, TimeoutError) as failure:  # a server that cannot restart ends the soak
            ledger.unexpected.append(f"restart after the SIGKILL failed: {str(failure)[:600]}")
            journeys.deadline = time.monotonic()
            return


async def load(gateway: GatewayProcess, ledger: Ledger, seconds: float, kills: int, seed: int, max_requests: int) -> None:
    rng = random.Random(seed)
    started = time.monotonic()
    kill_at = sorted(rng.uniform(seconds * 0.1, seconds * 0.85) for _ in range(kills))
    journeys = Journeys(gateway.url, gateway.url.replace("http://", "ws://") + "/graphql", ledger,
                        started + seconds, rng, f"{seed}", max_requests)
    workers = [keep_going(journeys.employer, journeys) for _ in range(EMPLOYER_WORKERS)]
    workers += [keep_going(journeys.candidate, journeys) for _ in range(CANDIDATE_WORKERS)]
    await asyncio.gather(chaos(gateway, ledger, kill_at, started, journeys), *workers)
    await asyncio.sleep(1.5)  # the open subscriptions notice the deadline


def table(rows: list[tuple[str, object]]) -> str:
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"  {name:<{width}}  {value}" for name, value in rows)


def report(ledger: Ledger, verdict: Verdict, drained: float, elapsed: float) -> str:
    lines = ["", "soak: requests", table([("sent", ledger.total_requests), *sorted(ledger.requests.items())]),
             "", "soak: outcomes", table(sorted(ledger.outcomes.items())),
             "", "soak: acknowledged writes", table(sorted(ledger.writes.items())),
             "", "soak: websocket subscriptions", table(sorted(ledger.ws.items())),
             "", "soak: chaos", table([("SIGKILLs at (s)", ledger.kills), ("restart took (s)", ledger.restarts),
                                       ("queue drained in (s)", round(drained, 1)), ("run took (s)", round(elapsed))]),
             "", "soak: checks (violations of total)", table(list(verdict.counts.items())),
             "", f"soak: 5xx or INTERNAL_SERVER_ERROR answers: {len(ledger.server_errors)}"]
    lines += [f"  {entry}" for entry in ledger.server_errors[:20]]
    lines += [f"  unexpected: {entry}" for entry in ledger.unexpected[:20]]
    lines += ["", f"soak: {len(verdict.violations)} violation(s)"] + [f"  {v}" for v in verdict.violations]
    return "\n".join(lines)


def main() -> int:
    seconds = float(os.environ.get("SOAK_SECONDS", "300"))
    kills = int(os.environ.get("SOAK_KILLS", "3"))
    seed = int(os.environ.get("SOAK_SEED", str(random.randrange(10**6))))
    drain_seconds = float(os.environ.get("SOAK_DRAIN_SECONDS", "180"))
    max_requests = int(os.environ.get("SOAK_MAX_REQUESTS", "100000"))
    print(f"soak: {seconds:.0f} s of load, {kills} SIGKILL(s), seed {seed} (SOAK_SEED to repeat)", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="talentgraph-soak-") as directory:
        data_dir = Path(directory) / "data"
        gateway = GatewayProcess(data_dir, env={"TALENTGRAPH_QUEUE_BACKOFF_SECONDS": "0.2", "TALENTGRAPH_LOG_LEVEL": "INFO"})
        ledger = Ledger()
        gateway.start()
        try:
            asyncio.run(load(gateway, ledger, seconds, kills, seed, max_requests))
            print(f"soak: load over; waiting for the queue to drain (at most {drain_seconds:.0f} s)", flush=True)
            drained = wait_until_settled(data_dir, drain_seconds) if gateway.process is not None else 0.0
        finally:
            gateway.stop()
        verdict = verify(data_dir, ledger, gateway.log)
        if ledger.server_errors:
            verdict.violations.append(f"{len(ledger.server_errors)} request(s) answered 5xx or INTERNAL_SERVER_ERROR")
        verdict.violations += [f"unexpected: {entry}" for entry in ledger.unexpected]
        print(report(ledger, verdict, drained, time.monotonic() - started))
        if verdict.violations:
            kept = Path(tempfile.gettempdir()) / f"talentgraph-soak-{seed}"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(directory, kept)
            print(f"\nthe data dir and the gateway's log are kept in {kept}")
    return 1 if verdict.violations else 0


if __name__ == "__main__":
    sys.exit(main())
