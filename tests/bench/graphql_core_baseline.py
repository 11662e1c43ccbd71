"""The bench-http baselines: graphql-core alone behind a bare Starlette route, executing the
reference query shape with the parsed and validated document cached. No auth, no limits, no
extensions.

- over the same services (default): every request reads the same SQLite data through the
  same services the gateway uses;
- in memory (`--in-memory`): the jobs and organizations are read once at start-up and every
  request is answered from Python dicts, the ceiling any GraphQL server in Python reaches here.

Run: python -m tests.bench.graphql_core_baseline --port P --data-dir D [--in-memory]
"""
from __future__ import annotations

import argparse
import gc
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any

import uvicorn
from graphql import build_schema, execute, parse, validate
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from domain.jobs import JobFilter
from domain.pagination import PageRequest
from gateway.bootstrap import Services, open_services
from gateway.config import Settings

IN_MEMORY_JOBS = 100  # read at start-up (the most one page holds): more than bench-http posts
SDL = """
type Organization { name: String! }
type Job { id: ID! title: String! organization: Organization requiredSkills: [String!]! }
type JobEdge { node: Job! }
type JobConnection { edges: [JobEdge!]! }
type Query { searchJobs(first: Int = 20): JobConnection! }
"""


async def _search_page(services: Services, first: int) -> list[dict[str, Any]]:
    page = await services.jobs.search(None, JobFilter(), PageRequest(first=first))
    organization_ids = sorted({job.organization_id for job in page.items})
    organizations = await services.repositories.organizations.get_many(organization_ids)
    names = {o.id: {"name": o.name} for o in organizations if o is not None}
    return [{"node": {
        "id": job.id, "title": job.title, "requiredSkills": job.required_skills,
        "organization": names.get(job.organization_id),
    }} for job in page.items]


def create_baseline_app(settings: Settings, in_memory: bool = False) -> Starlette:
    schema = build_schema(SDL)
    newest_first: list[dict[str, Any]] = []  # in memory: every open job's edge, read once

    @lru_cache(maxsize=64)
    def document(query: str):
        parsed = parse(query)
        errors = validate(schema, parsed)
        return parsed, errors

    async def search_jobs(_root, info, first: int = 20):
        if in_memory:
            return {"edges": newest_first[:first]}
        return {"edges": await _search_page(info.context["services"], first)}

    schema.query_type.fields["searchJobs"].resolve = search_jobs

    async def graphql(request: Request) -> Response:
        body = json.loads(await request.body())
        parsed, errors = document(body["query"])
        if errors:
            return Response(json.dumps({"errors": [e.formatted for e in errors]}), 400, media_type="application/json")
        result = await execute(
            schema, parsed, variable_values=body.get("variables"),
            context_value={"services": request.app.state.services},
        )
        payload = {"data": result.data}
        if result.errors:
            payload["errors"] = [e.formatted for e in result.errors]
        return Response(json.dumps(payload, separators=(",", ":")), media_type="application/json")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with open_services(settings) as services:
            if in_memory:
                newest_first.extend(await _search_page(services, IN_MEMORY_JOBS))
            app.state.services = services
            yield

    return Starlette(routes=[Route("/graphql", graphql, methods=["POST"])], lifespan=lifespan)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--in-memory", action="store_true", help="answer from dicts read once at start-up")
    args = parser.parse_args()
    settings = Settings(data_dir=args.data_dir, queue_workers=0)
    app = create_baseline_app(settings, in_memory=args.in_memory)
    gc.collect()
    gc.freeze()  # as `talentgraph serve` does, so the comparison stays like for like
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
