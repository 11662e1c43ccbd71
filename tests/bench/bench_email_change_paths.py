"""Quick before/after figures for requestEmailChange's paths (not a timed test): the median
service time of EmailChange.request for a free address, one another account uses and one held
for the account that gave it up, on the embedded backend as the app wires it, interleaved. A
constant-time hasher stands in for argon2 (its verify is the same work on every path and would
drown the differences in noise).

    PYTHONPATH=$PWD python tests/bench/bench_email_change_paths.py 200
"""
from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from asgi_lifespan import LifespanManager

from domain.users import Role, User
from gateway.app import create_app
from gateway.config import Settings
from tests.fakes.accounts import FakeHasher

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", jwt_secret="x" * 52, queue_workers=0,
                            require_verified_email=False, rate_limits="off")
        app = create_app(settings)
        async with LifespanManager(app, startup_timeout=120):
            services = app.state.services
            service = services.lifecycle.email_change
            service._hasher = FakeHasher()
            users = services.repositories.users
            now = services.clock.now()

            async def account(email: str) -> User:
                user = User(id=uuid.uuid4().hex, email=email, name="Pat Example", role=Role.CANDIDATE,
                            password_hash="hashed:pw", created_at=now)
                await users.add(user)
                return user

            holder = await account("taken@example.org")
            giver = await account("given-up@example.org")
            await users.change_email(giver.id, "giver-now@example.org", replacing=giver.email, now=now,
                                     hold_replaced_for=timedelta(days=7))
            times: dict[str, list[float]] = {"free": [], "taken": [], "held": []}
            for i in range(N + 10):
                for path in times:
                    asker = await account(f"asker-{path}-{i}@example.org")
                    target = {"free": f"free-{i}@example.org", "taken": holder.email, "held": giver.email}[path]
                    started = time.perf_counter()
                    await service.request(asker, target, "pw")
                    if i >= 10:  # warm-up
                        times[path].append((time.perf_counter() - started) * 1000)
                    await asyncio.sleep(0.02)  # the mail's delivery (in the background) out of the next timing
            for path, values in times.items():
                q = statistics.quantiles(values, n=4)
                print(f"{path:6s} median {statistics.median(values):6.2f} ms  (IQR {q[0]:.2f}-{q[2]:.2f}, n={len(values)})")


asyncio.run(main())
