"""What the soak's clients saw: every write the server acknowledged, and how every request
ended (answered, answered 5xx, cut by a kill)."""
from __future__ import annotations

import collections
from dataclasses import dataclass, field


@dataclass
class AckedApplication:
    job_id: str
    candidate_id: str
    version: int = 1
    status: str = "SUBMITTED"


@dataclass
class Ledger:
    users: dict[str, str] = field(default_factory=dict)  # user id -> email
    jobs: dict[str, str] = field(default_factory=dict)  # job id -> employer user id
    resumes: dict[str, str] = field(default_factory=dict)  # resume id -> owner id
    applications: dict[str, AckedApplication] = field(default_factory=dict)
    writes: collections.Counter = field(default_factory=collections.Counter)  # acknowledged, by kind
    requests: collections.Counter = field(default_factory=collections.Counter)  # by operation
    outcomes: collections.Counter = field(default_factory=collections.Counter)  # ok / error code / cut
    server_errors: list[str] = field(default_factory=list)  # 5xx and INTERNAL_SERVER_ERROR, described
    unexpected: list[str] = field(default_factory=list)  # answers that break the API's promises
    ws: collections.Counter = field(default_factory=collections.Counter)
    kills: list[float] = field(default_factory=list)  # seconds into the run
    restarts: list[float] = field(default_factory=list)  # seconds each restart took to answer

    def ack_application(self, application_id: str, job_id: str, candidate_id: str) -> None:
        if application_id not in self.applications:
            self.applications[application_id] = AckedApplication(job_id, candidate_id)
            self.writes["applyToJob"] += 1

    def ack_move(self, application_id: str, version: int, status: str) -> None:
        acked = self.applications.get(application_id)
        if acked is not None and version > acked.version:
            acked.version, acked.status = version, status
        self.writes["updateApplicationStatus"] += 1

    @property
    def total_requests(self) -> int:
        return sum(self.requests.values())
