"""A fuzzing campaign: for each role, `examples` operations drawn by hypothesis (seeded) and sent
to the served gateway; each response judged by the oracle. Failures are recorded, not raised, so
one run reports every distinct failure (hypothesis stops looking soon after a first raise); each
is then minimised and printed."""
from __future__ import annotations

import collections
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import graphql
from hypothesis import HealthCheck, Phase, given, reject, seed, settings
from hypothesis.errors import HypothesisWarning

from tests.fuzz.actors import ROLES, Cast
from tests.fuzz.harness import ServedGateway, fuzz_settings
from tests.fuzz.minimise import minimise
from tests.fuzz.operations import ENVELOPES, MULTIPARTS, UPLOAD_QUERY, Operation, OperationSpace
from tests.fuzz.oracle import Outcome, errors_in, signature, violations
from tests.fuzz.sender import Sender
from tests.graphql_client import GraphQLClient

SWEEP_QUERY = "{ me { id } searchJobs(first: 2) { totalCount } }"
SESSION_ENDERS = ("logout", "changePassword", "resetPassword", "revokeSession", "deleteAccount",
                  "adminSuspendUser", "refreshSession")


@dataclass
class Failure:
    signature: str
    role: str
    operation: Operation
    outcome: Outcome
    seen: int = 1
    minimal: Operation | None = None
    minimal_outcome: Outcome | None = None

    def report(self) -> str:
        operation, outcome = (self.minimal, self.minimal_outcome) if self.minimal else (self.operation, self.outcome)
        lines = [f"FAILURE {self.signature}", f"  role: {self.role}; seen {self.seen} time(s)",
                 "  operation (minimised):" if self.minimal else "  operation:",
                 *("    " + line for line in operation.describe().splitlines()),
                 f"  response: {outcome.summary()}"]
        lines += [f"  server logged: {entry}" for entry in (outcome.logged or self.outcome.logged)[:3]]
        return "\n".join(lines)


@dataclass
class Tally:
    sent: collections.Counter = field(default_factory=collections.Counter)
    statuses: collections.Counter = field(default_factory=collections.Counter)
    codes: collections.Counter = field(default_factory=collections.Counter)
    seconds: collections.Counter = field(default_factory=collections.Counter)


def root_fields(operation: Operation) -> tuple[str, ...]:
    if operation.transport in ("raw", "multipart"):
        return (operation.kind,)
    try:
        document = graphql.parse(operation.query)
    except graphql.GraphQLError:
        return ("unparsable",)
    names = []
    for definition in document.definitions:
        for selection in getattr(getattr(definition, "selection_set", None), "selections", ()):
            if isinstance(selection, graphql.FieldNode):
                names.append(selection.name.value)
    return tuple(sorted(set(names)))


class Campaign:
    def __init__(self, gateway: ServedGateway, cast: Cast, schema: graphql.GraphQLSchema, seed_value: int,
                 examples: int, seconds: float, kinds: list[str] | None = None, progress: bool = False) -> None:
        self.gateway = gateway
        self.cast = cast
        self.sender = Sender(gateway)
        self.schema = schema
        self.seed = seed_value
        self.examples = examples
        self.seconds = seconds
        self.kinds = kinds
        self.progress = progress
        self.failures: dict[str, Failure] = {}
        self.tallies: dict[str, Tally] = {role: Tally() for role in ROLES}

    async def execute(self, role: str, operation: Operation) -> tuple[Outcome, list[str]]:
        started = time.monotonic()
        outcome = await self.sender.send(operation, self.cast.actors[role])
        broken = violations(outcome)
        tally = self.tallies[role]
        tally.sent[operation.kind.split(":")[0]] += 1
        tally.seconds[operation.kind.split(":")[0]] += time.monotonic() - started
        tally.statuses[outcome.status if outcome.status is not None else "ws"] += 1
        for error in errors_in(outcome.body):
            tally.codes[str((error.get("extensions") or {}).get("code"))] += 1
        if role != "anonymous" and (any(name in operation.query for name in SESSION_ENDERS) or any(
                (e.get("extensions") or {}).get("code") == "UNAUTHENTICATED" for e in errors_in(outcome.body))):
            await self.cast.revive(role)
        return outcome, broken

    async def _one(self, role: str, operation: Operation) -> None:
        outcome, broken = await self.execute(role, operation)
        if self.progress and self.total_sent(role) % 250 == 0:
            print(f"  {role}: {self.total_sent(role)} operations, {len(self.failures)} distinct failure(s) so far",
                  flush=True)
        if not broken:
            return
        key = signature(outcome, broken, root_fields(operation))
        if key in self.failures:
            self.failures[key].seen += 1
        else:
            self.failures[key] = Failure(key, role, operation, outcome)

    def run_role(self, role: str, space: OperationSpace) -> None:
        warnings.filterwarnings("ignore", category=HypothesisWarning)  # large reprs of huge strings
        deadline = time.monotonic() + self.seconds

        @seed(self.seed + ROLES.index(role))
        @settings(max_examples=self.examples, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck), print_blob=False)
        @given(space.strategy())
        def one_operation(operation: Operation) -> None:
            if time.monotonic() > deadline:
                reject()
            self.gateway.call(self._one(role, operation))

        one_operation()

    async def _sweep(self) -> None:
        """Every broken envelope and multipart form once per role: cheap, and hypothesis would
        draw some of them only by luck in a small run."""
        for role in ROLES:
            for name, body, content_type in ENVELOPES:
                await self._one(role, Operation(f"envelope: {name}", SWEEP_QUERY, transport="raw",
                                                raw_body=body(SWEEP_QUERY), content_type=content_type))
            for name, form in MULTIPARTS:
                await self._one(role, Operation(f"multipart: {name}", UPLOAD_QUERY, transport="multipart", multipart=form))

    def run(self) -> None:
        space = OperationSpace(self.schema, self.cast.known, self.kinds)
        self.gateway.call(self._sweep())
        for role in ROLES:
            try:
                self.run_role(role, space)
            except Exception as error:  # hypothesis gives up (Unsatisfiable) only once time ran out
                if "Unsatisfiable" not in type(error).__name__:
                    raise
        self.gateway.call(self._minimise_all())

    async def _minimise_all(self) -> None:
        for failure in self.failures.values():
            async def still_fails(candidate: Operation, failure: Failure = failure) -> bool:
                outcome, broken = await self.execute(failure.role, candidate)
                if broken and signature(outcome, broken, root_fields(failure.operation)) == failure.signature:
                    failure.minimal_outcome = outcome
                    return True
                return False

            failure.minimal = await minimise(failure.operation, still_fails)
            if failure.minimal is failure.operation:
                failure.minimal = None
        await self.sender.close()

    def report(self) -> str:
        lines = ["", f"fuzz seed {self.seed}: operations sent per role", ""]
        kinds = sorted({k for tally in self.tallies.values() for k in tally.sent})
        lines.append(f"{'role':<10} {'total':>6} " + " ".join(f"{k[:12]:>12}" for k in kinds))
        for role, tally in self.tallies.items():
            lines.append(f"{role:<10} {sum(tally.sent.values()):>6} " + " ".join(f"{tally.sent[k]:>12}" for k in kinds))
        lines.append(f"{'seconds':<10} {'':>6} " + " ".join(
            f"{sum(t.seconds[k] for t in self.tallies.values()):>12.1f}" for k in kinds))
        lines.append("")
        for role, tally in self.tallies.items():
            lines.append(f"{role}: HTTP {dict(sorted(tally.statuses.items(), key=str))}; error codes {dict(tally.codes.most_common())}")
        lines.append(f"actors replaced after the fuzzer ended them: {self.cast.replacements}")
        lines.append(f"\n{len(self.failures)} distinct failure(s)")
        lines += [failure.report() for failure in self.failures.values()]
        return "\n".join(lines)

    def total_sent(self, role: str) -> int:
        return sum(self.tallies[role].sent.values())


def served_schema(gateway: ServedGateway) -> graphql.GraphQLSchema:
    """The schema as the running gateway serves it (introspection), not as the code declares it."""
    async def introspect() -> dict:
        response = await gateway.http.post("/graphql", json={"query": graphql.get_introspection_query()})
        return response.json()["data"]

    return graphql.build_client_schema(gateway.call(introspect()))


def run_campaign(data_dir: Path, seed_value: int, examples: int, seconds: float, run_id: str,
                 kinds: list[str] | None = None, progress: bool = False) -> Campaign:
    gateway = ServedGateway(fuzz_settings(data_dir)).start()
    try:
        cast = Cast(gateway.app, GraphQLClient(gateway.http), run_id)
        gateway.call(cast.assemble())
        campaign = Campaign(gateway, cast, served_schema(gateway), seed_value, examples, seconds, kinds, progress)
        campaign.run()
        return campaign
    finally:
        gateway.stop()
