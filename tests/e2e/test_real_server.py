"""The real `talentgraph serve` on a loopback port: users and jobs survive a restart."""
from __future__ import annotations

import httpx

from tests.graphql_client import GraphQLClient


async def test_users_and_jobs_survive_a_restart_of_the_real_server(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        client = GraphQLClient(http)
        signed = await client.register("EMPLOYER", email="keeper@example.com", organizationName="Durable Ltd")
        await client.post_job(signed["accessToken"], title="Archivist", description="Keeps records in PostgreSQL.")

    gateway.stop()
    gateway.start()

    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        client = GraphQLClient(http)
        login = await client.data(
            "mutation{ login(email: \"keeper@example.com\", password: \"correct horse battery staple\"){ accessToken } }"
        )
        token = login["login"]["accessToken"]
        me = await client.data("{ me { organization { name jobs { totalCount edges { node { title } } } } } }", token=token)
        assert me["me"]["organization"]["name"] == "Durable Ltd"
        assert me["me"]["organization"]["jobs"]["edges"][0]["node"]["title"] == "Archivist"
        search = await client.data("{ searchJobs(query: \"postgresql\") { totalCount } }")
        assert search["searchJobs"]["totalCount"] == 1
        # An access token issued before the restart is still valid (the signing secret persists).
        assert (await client.data("{ me { email } }", token=signed["accessToken"]))["me"]["email"] == "keeper@example.com"


async def test_the_real_server_answers_health_probes_and_echoes_request_ids(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as http:
        assert (await http.get("/healthz")).text == "ok"
        response = await http.post("/graphql", json={"query": "{ __typename }"}, headers={"X-Request-Id": "abc-123"})
        assert response.headers["x-request-id"] == "abc-123"
        assert response.json()["data"] == {"__typename": "Query"}
