"""The soak's clients: candidates sign up, sign in, refresh, upload resumes, search and apply;
employers post jobs and move applications; some keep a websocket subscription open. A request
cut by a kill is retried as a real client would (uploads are deduplicated by content, a second
application answers CONFLICT with the existing one), and only acknowledged writes are recorded."""
from __future__ import annotations

import asyncio
import io
import json
import random
import time
from typing import Any

import httpx
import websockets

from tests.soak.ledger import Ledger

PASSWORD = "correct horse battery staple"
REGISTER = ("mutation($i: RegisterInput!){ register(input: $i){ accessToken refreshToken "
            "user { id organization { id } } } }")
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken refreshToken user { id } } }"
REFRESH = "mutation($t: String!){ refreshSession(refreshToken: $t){ accessToken refreshToken } }"
UPLOAD = "mutation($file: Upload!){ uploadResume(file: $file){ id status } }"
POST_JOB = "mutation($i: JobInput!){ postJob(input: $i){ id } }"
SEARCH = "query($q: String){ searchJobs(query: $q, first: 10){ edges { node { id } } } }"
APPLY = "mutation($i: ApplyInput!){ applyToJob(input: $i){ id version status } }"
JOB_APPLICATIONS = "query($id: ID!){ job(id: $id){ applications(first: 50){ edges { node { id status version } } } } }"
MOVE = ("mutation($id: ID!, $s: ApplicationStatus!, $v: Int){ updateApplicationStatus(id: $id, status: $s, "
        "expectedVersion: $v){ id status version } }")
SUBSCRIBE = "subscription { applicationUpdated { id status version } }"
NEXT_STATUS = {"SUBMITTED": "SCREENING", "SCREENING": "INTERVIEW", "INTERVIEW": "OFFER", "OFFER": "HIRED"}
TITLES = ["Backend Engineer", "Data Engineer", "Frontend Developer", "Site Reliability Engineer", "ML Engineer"]
SKILLS = ["Python", "PostgreSQL", "GraphQL", "React", "Kubernetes", "TypeScript", "Go", "AWS"]


def text_resume(name: str, rng: random.Random) -> bytes:
    skills = ", ".join(rng.sample(SKILLS, 4))
    return (f"{name}\n{name.lower().replace(' ', '.')}@example.com\nSummary\nEngineer.\nSkills: {skills}\n"
            f"Experience\n{rng.choice(TITLES)} at Acme, 2018 - 2024\nEducation\nBSc Computer Science, 2017\n").encode()


def pdf_resume(name: str, rng: random.Random) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for n, line in enumerate(text_resume(name, rng).decode().splitlines()):
        page.drawString(72, 760 - 16 * n, line)
    page.save()
    return buffer.getvalue()


class Api:
    """One request at a time for one client; every outcome goes into the ledger."""

    def __init__(self, base_url: str, ledger: Ledger, max_requests: int) -> None:
        self.http = httpx.AsyncClient(base_url=base_url, timeout=30)
        self.ledger = ledger
        self.max_requests = max_requests

    async def call(self, name: str, query: str, variables: dict | None = None, token: str | None = None,
                   upload: tuple[str, bytes, str] | None = None) -> dict | None:
        """The response body, or None when the connection was cut (the server is down)."""
        if self.ledger.total_requests >= self.max_requests:
            raise Exhausted
        self.ledger.requests[name] += 1
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            if upload is None:
                response = await self.http.post("/graphql", json={"query": query, "variables": variables or {}},
                                                headers=headers)
            else:
                headers["Apollo-Require-Preflight"] = "true"
                response = await self.http.post("/graphql", headers=headers, files={"0": upload}, data={
                    "operations": json.dumps({"query": query, "variables": {"file": None}}),
                    "map": json.dumps({"0": ["variables.file"]})})
        except httpx.TransportError:
            self.ledger.outcomes["cut (connection error)"] += 1
            return None
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code >= 500:
            self.ledger.outcomes[f"HTTP {response.status_code}"] += 1
            self.ledger.server_errors.append(f"{name}: HTTP {response.status_code} {response.text[:300]}")
            return body
        codes = [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]
        for code in codes or ["ok"]:
            self.ledger.outcomes[str(code)] += 1
        if "INTERNAL_SERVER_ERROR" in codes:
            self.ledger.server_errors.append(f"{name}: {json.dumps(body.get('errors'))[:300]}")
        return body

    async def close(self) -> None:
        await self.http.aclose()


class Exhausted(Exception):
    """The request budget is spent."""


def error_code(body: dict | None) -> str | None:
    errors = (body or {}).get("errors") or []
    return (errors[0].get("extensions") or {}).get("code") if errors else None


def data_of(body: dict | None, field: str) -> Any:
    return ((body or {}).get("data") or {}).get(field)


class Journeys:
    def __init__(self, base_url: str, ws_url: str, ledger: Ledger, deadline: float, rng: random.Random,
                 run_id: str, max_requests: int) -> None:
        self.base_url = base_url
        self.ws_url = ws_url
        self.ledger = ledger
        self.deadline = deadline
        self.rng = rng
        self.run_id = run_id
        self.max_requests = max_requests
        self.numbers = iter(range(1, 10**9))
        self.open_sockets = 0

    def running(self) -> bool:
        return time.monotonic() < self.deadline and self.ledger.total_requests < self.max_requests

    async def until_answered(self, api: Api, name: str, query: str, variables: dict | None = None,
                             token: str | None = None, upload: tuple | None = None, limit: float = 90.0) -> dict | None:
        """Retries a request cut by a kill until the restarted server answers (bounded)."""
        give_up = time.monotonic() + limit
        while True:
            body = await api.call(name, query, variables, token, upload)
            if body is not None or time.monotonic() > give_up:
                return body
            await asyncio.sleep(0.3)

    async def sign_up(self, api: Api, role: str) -> tuple[str, str, str, str | None] | None:
        """(access token, refresh token, user id, organization id) of a new account."""
        n = next(self.numbers)
        email = f"soak-{role.lower()}-{self.run_id}-{n}@example.com"
        payload = {"email": email, "password": PASSWORD, "name": f"Soak Person {n}", "role": role}
        if role == "EMPLOYER":
            payload["organizationName"] = f"Soak Org {n}"
        body = await self.until_answered(api, "register", REGISTER, {"i": payload})
        signed = data_of(body, "register")
        if signed is None and error_code(body) == "CONFLICT":  # the cut first attempt had committed
            body = await self.until_answered(api, "login", LOGIN, {"e": email, "p": PASSWORD})
            signed = data_of(body, "login")
        if signed is None:
            return None
        self.ledger.users[signed["user"]["id"]] = email
        self.ledger.writes["register"] += 1
        organization = (signed["user"].get("organization") or {}).get("id")
        return signed["accessToken"], signed["refreshToken"], signed["user"]["id"], organization

    async def candidate(self) -> None:
        api = Api(self.base_url, self.ledger, self.max_requests)
        try:
            signed = await self.sign_up(api, "CANDIDATE")
            if signed is None:
                return
            token, refresh, user_id, _ = signed
            if self.open_sockets < 8 and self.rng.random() < 0.5:
                asyncio.ensure_future(self.watch(token))
            refreshed = data_of(await self.until_answered(api, "refreshSession", REFRESH, {"t": refresh}), "refreshSession")
            if refreshed:
                token = refreshed["accessToken"]
            name = f"Soak Candidate {user_id[:6]}"
            pdf = self.rng.random() < 0.4
            upload = ("cv.pdf", pdf_resume(name, self.rng), "application/pdf") if pdf else \
                ("cv.txt", text_resume(name, self.rng), "text/plain")
            resume = data_of(await self.until_answered(api, "uploadResume", UPLOAD, token=token, upload=upload),
                             "uploadResume")
            if resume is None:
                return
            self.ledger.resumes[resume["id"]] = user_id
            self.ledger.writes["uploadResume"] += 1
            for _ in range(self.rng.randint(1, 3)):
                if not self.running():
                    return
                await self.apply(api, token, user_id, resume["id"])
            if self.rng.random() < 0.5:
                body = await api.call("login", LOGIN, {"e": self.ledger.users[user_id], "p": PASSWORD})
                if data_of(body, "login") is None and body is not None:
                    self.ledger.unexpected.append(f"login of a signed-up candidate refused: {body.get('errors')}")
        finally:
            await api.close()

    async def apply(self, api: Api, token: str, user_id: str, resume_id: str) -> None:
        body = await api.call("searchJobs", SEARCH, {"q": self.rng.choice(["engineer", "developer", None])}, token)
        found = [edge["node"]["id"] for edge in (data_of(body, "searchJobs") or {}).get("edges", [])]
        if not found and self.ledger.jobs:
            found = [self.rng.choice(list(self.ledger.jobs))]
        if not found:
            return
        job_id = self.rng.choice(found)
        body = await self.until_answered(api, "applyToJob", APPLY, {"i": {"jobId": job_id, "resumeId": resume_id}}, token)
        applied = data_of(body, "applyToJob")
        if applied:
            self.ledger.ack_application(applied["id"], job_id, user_id)
        elif error_code(body) == "CONFLICT":
            existing = ((body or {}).get("errors") or [{}])[0].get("extensions", {}).get("existingApplicationId")
            if existing:  # the application's global ID
                self.ledger.ack_application(existing, job_id, user_id)

    async def employer(self) -> None:
        api = Api(self.base_url, self.ledger, self.max_requests)
        try:
            signed = await self.sign_up(api, "EMPLOYER")
            if signed is None:
                return
            token, _, user_id, _ = signed
            own: list[str] = []
            while self.running():
                if len(own) < 3 or self.rng.random() < 0.1:
                    job = {"title": f"{self.rng.choice(TITLES)} {self.run_id}-{next(self.numbers)}", "location": "Berlin",
                           "description": f"We build APIs with {', '.join(self.rng.sample(SKILLS, 3))}."}
                    posted = data_of(await self.until_answered(api, "postJob", POST_JOB, {"i": job}, token), "postJob")
                    if posted:
                        own.append(posted["id"])
                        self.ledger.jobs[posted["id"]] = user_id
                        self.ledger.writes["postJob"] += 1
                for job_id in own:
                    await self.move_applications(api, token, job_id)
                await asyncio.sleep(self.rng.uniform(0.2, 1.0))
        finally:
            await api.close()

    async def move_applications(self, api: Api, token: str, job_id: str) -> None:
        body = await api.call("job.applications", JOB_APPLICATIONS, {"id": job_id}, token)
        for edge in ((data_of(body, "job") or {}).get("applications") or {}).get("edges", []):
            node = edge["node"]
            target = NEXT_STATUS.get(node["status"])
            if target is None or not self.running():
                continue
            if self.rng.random() < 0.1 and node["status"] != "OFFER":
                target = "REJECTED"
            body = await api.call("updateApplicationStatus", MOVE, {"id": node["id"], "s": target, "v": node["version"]}, token)
            moved = data_of(body, "updateApplicationStatus")
            if moved:
                self.ledger.ack_move(moved["id"], moved["version"], moved["status"])

    async def watch(self, token: str) -> None:
        """One open subscription until the deadline or until a kill closes it."""
        self.open_sockets += 1
        self.ledger.ws["opened"] += 1
        try:
            async with websockets.connect(self.ws_url, subprotocols=["graphql-transport-ws"], open_timeout=10) as socket:
                await socket.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
                await socket.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIBE}}))
                while time.monotonic() < self.deadline:
                    try:
                        message = json.loads(await asyncio.wait_for(socket.recv(), 1.0))
                    except TimeoutError:
                        continue
                    if message.get("type") == "ping":
                        await socket.send(json.dumps({"type": "pong"}))
                    self.ledger.ws[message.get("type", "?")] += 1
                    errors = (message.get("payload") or {}).get("errors") if isinstance(message.get("payload"), dict) \
                        else message.get("payload") if message.get("type") == "error" else None
                    for error in errors or []:
                        if (error.get("extensions") or {}).get("code") in (None, "INTERNAL_SERVER_ERROR"):
                            self.ledger.server_errors.append(f"subscription: {json.dumps(error)[:300]}")
        except websockets.ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd else None
            self.ledger.ws[f"closed {code}" if code else "cut (connection lost)"] += 1
            if code in (1011, 4500):
                self.ledger.server_errors.append(f"subscription closed {code}")
        except (TimeoutError, OSError, websockets.InvalidHandshake):
            self.ledger.ws["could not connect"] += 1
        finally:
            self.open_sockets -= 1
