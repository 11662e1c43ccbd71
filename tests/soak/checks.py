"""After the soak: what the database holds against what the clients were told."""
from __future__ import annotations

import base64
import collections
import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.soak.ledger import Ledger

SETTLED_RESUME = ("PARSED", "FAILED")
SETTLED_WORK = ("done", "dead")


def raw(global_id: str) -> str:
    """The stored id behind a global ID (the soak reads the database, clients never do this)."""
    try:
        kind, _, stored = base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        return global_id
    return stored if kind.isalpha() and stored else global_id


def connect(data_dir: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"file:{data_dir / 'talentgraph.sqlite3'}?mode=ro", uri=True, timeout=30)
    db.row_factory = sqlite3.Row
    return db


def unsettled(data_dir: Path) -> tuple[int, int]:
    """(resumes not PARSED or FAILED, work items neither done nor dead)."""
    with connect(data_dir) as db:
        resumes = db.execute("SELECT count(*) FROM resumes WHERE status NOT IN ('PARSED','FAILED')").fetchone()[0]
        work = db.execute("SELECT count(*) FROM work_items WHERE state NOT IN ('done','dead')").fetchone()[0]
    return resumes, work


def wait_until_settled(data_dir: Path, seconds: float) -> float:
    """Waits (bounded) for the queue to drain; returns how long it took."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if unsettled(data_dir) == (0, 0):
            break
        time.sleep(1.0)
    return time.monotonic() - started


@dataclass
class Verdict:
    counts: dict[str, int | str] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)

    def check(self, name: str, bad: list[str], total: int | None = None) -> None:
        self.counts[name] = f"{len(bad)} of {total}" if total is not None else len(bad)
        self.violations += [f"{name}: {item}" for item in bad[:20]]
        if len(bad) > 20:
            self.violations.append(f"{name}: ... and {len(bad) - 20} more")


def verify(data_dir: Path, ledger: Ledger, gateway_log: Path | None) -> Verdict:
    verdict = Verdict()
    with connect(data_dir) as db:
        users = {r[0] for r in db.execute("SELECT id FROM users")}
        jobs = {r[0] for r in db.execute("SELECT id FROM jobs")}
        resumes = {r["id"]: r["status"] for r in db.execute("SELECT id, status FROM resumes")}
        applications = {r["id"]: r for r in db.execute("SELECT id, job_id, candidate_id, status, version FROM applications")}
        states = collections.Counter(r[0] for r in db.execute("SELECT state FROM work_items"))
        resume_states = collections.Counter(resumes.values())

        verdict.check("acknowledged users missing", [u for u in ledger.users if raw(u) not in users], len(ledger.users))
        verdict.check("acknowledged jobs missing", [j for j in ledger.jobs if raw(j) not in jobs], len(ledger.jobs))
        verdict.check("acknowledged resumes missing", [r for r in ledger.resumes if raw(r) not in resumes],
                      len(ledger.resumes))
        verdict.check("acknowledged applications missing", [a for a in ledger.applications
                                                             if raw(a) not in applications], len(ledger.applications))
        behind = []
        for global_id, acked in ledger.applications.items():
            row = applications.get(raw(global_id))
            if row is not None and (row["version"] < acked.version or
                                    (row["version"] == acked.version and row["status"] != acked.status)):
                behind.append(f"{global_id}: acknowledged v{acked.version} {acked.status}, "
                              f"stored v{row['version']} {row['status']}")
        verdict.check("acknowledged status moves lost", behind, ledger.writes["updateApplicationStatus"])

        pairs = collections.Counter((r["job_id"], r["candidate_id"]) for r in applications.values())
        verdict.check("duplicate applications (job, candidate)", [str(p) for p, n in pairs.items() if n > 1],
                      len(applications))
        # The same message twice to one person: a change notified twice, or two changes notified
        # alike (each must name its own change).
        duplicates = db.execute(
            "SELECT user_id, channel, kind, subject, count(*) AS n FROM outbox GROUP BY user_id, channel, kind,"
            " subject, body_text, data HAVING count(*) > 1").fetchall()
        verdict.check("duplicate notifications (same person, subject, body, data)",
                      [f"{d['kind']} {d['channel']} '{d['subject']}' x{d['n']}" for d in duplicates],
                      db.execute("SELECT count(*) FROM outbox").fetchone()[0])
        verdict.check("resumes not PARSED or FAILED", [f"{i}: {s}" for i, s in resumes.items() if s not in SETTLED_RESUME],
                      len(resumes))
        verdict.check("work items neither done nor dead",
                      [f"{n} {state}" for state, n in states.items() if state not in SETTLED_WORK], sum(states.values()))
        # A done work item keeps neither payload nor key; a processed application change leaves
        # its notifications, keyed application:<id>:<version>:..., in the outbox.
        notified = {tuple(r[0].split(":")[1:3]) for r in db.execute(
            "SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'application:%'")}
        unprocessed = [f"{i} v{v} ({row['status']} now)" for i, row in applications.items()
                       for v in range(1, row["version"] + 1) if (i, str(v)) not in notified]
        verdict.check("application changes never processed (no notification)", unprocessed,
                      sum(row["version"] for row in applications.values()))
        outbox_sent = collections.Counter(
            (r["channel"].lower(), r["kind"], r["subject"]) for r in db.execute("SELECT channel, kind, subject FROM outbox"
                                                                        " WHERE state = 'sent'"))
    verdict.counts["resumes by status"] = ", ".join(f"{k} {v}" for k, v in sorted(resume_states.items()))
    verdict.counts["work items by state"] = ", ".join(f"{k} {v}" for k, v in sorted(states.items()))
    if gateway_log is not None and gateway_log.exists():
        delivered, repeated = _log_sink_deliveries(gateway_log)
        twice = [f"{key} delivered as {n} distinct messages, sent {outbox_sent.get(key, 0)}x in the outbox"
                 for key, n in delivered.items() if n > outbox_sent.get(key, 0)]
        verdict.counts["log-sink deliveries"] = sum(delivered.values()) + repeated
        # At least once: a message sent just before a kill, and not yet marked sent, goes out
        # again after the restart with the same message id (mail stores keep one copy).
        verdict.counts["repeated after a kill (same message id)"] = repeated
        verdict.check("notifications delivered more often than the outbox sent them", twice)
    return verdict


_DELIVERY = re.compile(r"^(\w+) (\S+) message=(\S+) to .*?: (.*) \(no provider configured; .*\)$")


def _log_sink_deliveries(log: Path) -> tuple[collections.Counter, int]:
    """(channel, kind, subject) of every distinct message the log sink wrote, across all
    restarts, and how many lines repeated a message already written."""
    counts: collections.Counter = collections.Counter()
    seen: set[str] = set()
    repeated = 0
    for line in log.read_text(errors="replace").splitlines():
        try:
            message = json.loads(line).get("message", "")
        except ValueError:
            continue
        found = _DELIVERY.match(message)
        if not found:
            continue
        if found[3] != "-" and found[3] in seen:
            repeated += 1
            continue
        seen.add(found[3])
        counts[(found[1].lower(), found[2], found[4])] += 1
    return counts, repeated
