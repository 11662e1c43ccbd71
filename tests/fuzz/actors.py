"""The four callers the fuzzer plays, made through the real API (administrators the way
`talentgraph create-admin` makes them), and a little data for them to act on."""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from tests.fuzz.values import FUZZ_PASSWORD, KnownValues
from tests.graphql_client import REGISTER, GraphQLClient, upload_resume

ROLES = ("anonymous", "candidate", "employer", "admin")
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken refreshToken user { id } } }"
ALIVE = "{ me { id } }"
_numbers = itertools.count(1)


@dataclass
class Actor:
    role: str
    email: str | None = None
    token: str | None = None
    refresh_token: str | None = None
    user_id: str | None = None

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}


class Cast:
    """The actors, and how to bring one back after the fuzzer signed it out, suspended it,
    changed its password or deleted it."""

    def __init__(self, app, client: GraphQLClient, run_id: str) -> None:
        self.app = app
        self.client = client
        self.run_id = run_id
        self.known = KnownValues()
        self.actors: dict[str, Actor] = {}
        self.replacements = 0

    def _email(self, role: str) -> str:
        return f"fuzz-{role}-{self.run_id}-{next(_numbers)}@example.com"

    async def new_actor(self, role: str) -> Actor:
        if role == "anonymous":
            return Actor(role)
        email = self._email(role)
        if role == "admin":
            await self.app.state.services.accounts.create_admin(email, "Fuzz Admin", FUZZ_PASSWORD)
            actor = Actor(role, email)
            await self.sign_in(actor)
        else:
            payload = {"email": email, "password": FUZZ_PASSWORD, "name": f"Fuzz {role}", "role": role.upper()}
            if role == "employer":
                # Names are unique: a replacement employer founds an organization of its own.
                payload["organizationName"] = f"Fuzz Org {email}"
            signed = (await self.client.data(REGISTER, {"input": payload}))["register"]
            actor = Actor(role, email, signed["accessToken"], signed["refreshToken"], signed["user"]["id"])
            if role == "employer":
                self.known.add_id(signed["user"]["organization"]["id"])
        self.known.add_id(actor.user_id)
        self.known.add_string(email)
        self.known.add_string(actor.refresh_token)
        return actor

    async def sign_in(self, actor: Actor) -> bool:
        body = await self.client.execute(LOGIN, {"e": actor.email, "p": FUZZ_PASSWORD})
        signed = (body.get("data") or {}).get("login")
        if not signed:
            return False
        actor.token, actor.refresh_token, actor.user_id = signed["accessToken"], signed["refreshToken"], signed["user"]["id"]
        self.known.add_string(actor.refresh_token)
        return True

    async def revive(self, role: str) -> None:
        """Signs the actor in again, or replaces it when it cannot sign in any more."""
        actor = self.actors[role]
        if actor.token is None:
            return
        body = await self.client.execute(ALIVE, token=actor.token)
        if ((body.get("data") or {}).get("me") or {}).get("id"):
            return
        if not await self.sign_in(actor):
            self.replacements += 1
            self.actors[role] = await self.new_actor(role)

    async def assemble(self) -> None:
        for role in ROLES:
            self.actors[role] = await self.new_actor(role)
        await self._seed()

    async def _seed(self) -> None:
        """A job, a resume, an application, a device, an API key: real IDs and cursors to aim at."""
        candidate, employer, admin = (self.actors[r] for r in ("candidate", "employer", "admin"))
        c = self.client
        for title in ("Backend Engineer", "Data Scientist"):
            job = await c.post_job(employer.token, title=f"{title} {self.run_id}", location="Berlin")
            self.known.add_id(job["id"])
            self.known.add_string(job["title"])
        uploaded = await upload_resume(c, candidate.token, "cv.txt",
                                       b"Jane Doe\njane@example.com\nSkills: Python, PostgreSQL, GraphQL\n"
                                       b"Experience\nBackend Engineer at Acme 2019 - 2024\n", "text/plain")
        resume_id = (uploaded.get("data") or {}).get("uploadResume", {}).get("id")
        self.known.add_id(resume_id)
        applied = await c.execute("mutation($i: ApplyInput!){ applyToJob(input: $i){ id } }",
                                  {"i": {"jobId": self.known.ids[-2], "resumeId": resume_id}}, candidate.token)
        application = ((applied.get("data") or {}).get("applyToJob") or {}).get("id")
        self.known.add_id(application)
        if application:
            await c.execute("mutation($id: ID!){ updateApplicationStatus(id: $id, status: SCREENING){ id } }",
                            {"id": application}, employer.token)
        device = await c.execute('mutation{ registerDevice(platform: WEB, token: "fuzz-device-token"){ id } }',
                                 token=candidate.token)
        self.known.add_id(((device.get("data") or {}).get("registerDevice") or {}).get("id"))
        key = await c.execute('mutation{ issueApiKey(partner: "fuzz partner"){ key apiKey { id } } }', token=admin.token)
        issued = (key.get("data") or {}).get("issueApiKey") or {}
        self.known.add_id((issued.get("apiKey") or {}).get("id"))
        self.known.add_string(issued.get("key"))
        sessions = await c.execute("{ me { sessions { id } } }", token=candidate.token)
        for session in (((sessions.get("data") or {}).get("me") or {}).get("sessions") or []):
            self.known.add_id(session["id"])
        for query in ("{ searchJobs(first: 1){ edges { cursor } pageInfo { endCursor } } }",
                      "{ adminUsers(first: 1){ pageInfo { endCursor } } }",
                      "{ adminAuditLog(first: 1){ pageInfo { endCursor } } }"):
            page = await c.execute(query, token=admin.token)
            self._collect_cursors(page.get("data"))
        self.known.add_string("USD")

    def _collect_cursors(self, data: object) -> None:
        if isinstance(data, dict):
            for key, value in data.items():
                if key in ("cursor", "endCursor", "startCursor") and isinstance(value, str):
                    self.known.cursors.append(value)
                else:
                    self._collect_cursors(value)
        elif isinstance(data, list):
            for item in data:
                self._collect_cursors(item)
