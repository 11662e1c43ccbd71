"""A small GraphQL client over httpx for the tests, with sign-up helpers."""
from __future__ import annotations

import itertools
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
