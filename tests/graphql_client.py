"""A small GraphQL client over httpx for the tests, with sign-up helpers."""
from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

_counter = itertools.count(1)

REGISTER = """
mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id email role organization { id name } } }
}"""


class GraphQLError(AssertionError):
    pass


class GraphQLClient:
    def __init__(self, http: httpx.AsyncClient, path: str = "/graphql") -> None:
        self.http = http
        self.path = path

    async def execute(
        self, query: str, variables: dict | None = None, token: str | None = None, headers: dict | None = None
    ) -> dict[str, Any]:
        """The whole response body (data and errors)."""
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        response = await self.http.post(self.path, json={"query": query, "variables": variables or {}}, headers=all_headers)
        return response.json()

    async def data(self, query: str, variables: dict | None = None, token: str | None = None) -> dict[str, Any]:
        """The data of a response that must have no errors."""
        body = await self.execute(query, variables, token)
        if body.get("errors"):
            raise GraphQLError(f"unexpected errors: {body['errors']}")
        return body["data"]

    async def error_code(self, query: str, variables: dict | None = None, token: str | None = None) -> str:
        body = await self.execute(query, variables, token)
        assert body.get("errors"), f"expected an error, got {body}"
        return body["errors"][0]["extensions"]["code"]

    async def register(self, role: str = "CANDIDATE", **overrides: Any) -> dict[str, Any]:
        n = next(_counter)
        payload = {
            "email": f"person{n}@example.com",
            "password": "correct horse battery staple",
            "name": f"Person {n}",
            "role": role,
        }
        if role == "EMPLOYER":
            payload["organizationName"] = f"Organization {n}"
        payload.update(overrides)
        data = await self.data(REGISTER, {"input": payload})
        return data["register"]

    async def candidate(self) -> tuple[str, dict]:
        signed = await self.register("CANDIDATE")
        return signed["accessToken"], signed["user"]

    async def employer(self, **overrides: Any) -> tuple[str, dict]:
        signed = await self.register("EMPLOYER", **overrides)
        return signed["accessToken"], signed["user"]

    async def post_job(self, token: str, **fields: Any) -> dict[str, Any]:
        job = {"title": "Backend Engineer", "description": "Build APIs in Python and PostgreSQL."}
        job.update(fields)
        data = await self.data(
            "mutation($i: JobInput!){ postJob(input: $i){ id title status requiredSkills niceToHaveSkills"
            " remote employmentType seniority salary { min max currency } organization { id name } } }",
            {"i": job},
            token,
        )
        return data["postJob"]


UPLOAD = "mutation($file: Upload!){ uploadResume(file: $file){ id filename contentType sizeBytes status failureReason } }"
RESUME = """query($id: ID!){ node(id: $id){ ... on Resume { id status failureReason contentType
  parsed { name email phone location summary totalYearsExperience skills { name }
           experience { title company startDate endDate current } education { institution degree field graduationYear } } } } }"""


@asynccontextmanager
async def client_at(url: str, request_seconds: float = 30) -> AsyncIterator[GraphQLClient]:
    """A client of a gateway served at `url` (a real server on loopback)."""
    async with httpx.AsyncClient(base_url=url, timeout=request_seconds) as http:
        yield GraphQLClient(http)


async def upload_resume(client: GraphQLClient, token: str, filename: str, data: bytes,
                        declared_type: str = "application/octet-stream", query: str = UPLOAD) -> dict[str, Any]:
    """A multipart request as graphql-multipart-request-spec clients send it (`query`: another
    selection of uploadResume's answer)."""
    import json

    response = await client.http.post(
        client.path,
        data={
            "operations": json.dumps({"query": query, "variables": {"file": None}}),
            "map": json.dumps({"0": ["variables.file"]}),
        },
        files={"0": (filename, data, declared_type)},
        headers={"Authorization": f"Bearer {token}", "Apollo-Require-Preflight": "true"},
    )
    return response.json()


async def wait_for_resume(client: GraphQLClient, token: str, resume_id: str, attempts: int = 600) -> dict[str, Any]:
    """Polls until the resume leaves UPLOADED/PROCESSING (bounded: about a minute)."""
    import asyncio

    for _ in range(attempts):
        resume = (await client.data(RESUME, {"id": resume_id}, token))["node"]
        if resume["status"] in ("PARSED", "FAILED"):
            return resume
        await asyncio.sleep(0.1)
    raise AssertionError(f"resume {resume_id} still {resume['status']} after {attempts} polls")


def raw_id(global_id: str) -> str:
    """The stored id behind an opaque global ID (tests only: clients never do this)."""
    import base64

    return base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode().split(":", 1)[1]
