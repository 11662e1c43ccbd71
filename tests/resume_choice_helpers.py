"""Steps shared by the tests of which resume a match comes from: the gateway on either backend,
resumes that fit a backend job well, less well, or not at all (a pastry chef's), and reading a
candidate's matches as job → (resume, score)."""
from __future__ import annotations

import pytest

from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import GraphQLClient, GraphQLError

GOOD = RESUME_TEXT

BETTER = RESUME_TEXT.replace(
    "Python, PostgreSQL, Kubernetes, Docker, Java, AWS",
    "Python, PostgreSQL, Kubernetes, Terraform, Docker, Java, AWS, GraphQL",
).replace("Built Python services on PostgreSQL and Kubernetes.",
          "Built Python backend services on PostgreSQL and Kubernetes, provisioned with Terraform.")

WEAKER = """Sam Rivers
sam.rivers@example.com | Portland, OR

SUMMARY
Junior developer starting out.

EXPERIENCE
Intern, Fabrikam
Jun 2023 - Present
Wrote small Python scripts against PostgreSQL.

SKILLS
Python, PostgreSQL
"""

PASTRY = """Camille Dubois
camille.dubois@example.com | Lyon

SUMMARY
Pastry chef who bakes croissants, bread and viennoiseries at dawn.

EXPERIENCE
Head Pastry Chef, Boulangerie du Parc
Jan 2016 - Present
Baked croissants, brioche and sourdough bread every morning; ran the laminating station.

SKILLS
Baking, Pastry, Food Safety
"""

MATCHES = """{ me { matches(first: 50) { totalCount edges { node { score job { id }
  resume { id primary } } } } } }"""
RESUMES = "{ me { resumes(first: 20) { edges { node { id primary status } } } } }"
SET_PRIMARY = "mutation($id: ID!, $p: Boolean!){ setPrimaryResume(id: $id, primary: $p){ id primary } }"
DELETE = "mutation($id: ID!){ deleteResume(id: $id) }"


@pytest.fixture
def settings(settings):
    # Two shared queue workers, so an upload's and a deletion's recomputations can overlap.
    return settings.model_copy(update={"queue_workers": 2})


@pytest.fixture(params=["embedded", "aws"])
def backend(request) -> GraphQLClient:
    """The in-process gateway on the embedded backend or on AWS (moto)."""
    if request.param == "embedded":
        return request.getfixturevalue("client")
    client, _ = request.getfixturevalue("aws_client")
    return client


async def matches_of(client: GraphQLClient, token: str) -> dict[str, tuple[str, float]]:
    """job id → (resume id, score) of the candidate's matches."""
    edges = (await client.data(MATCHES, token=token))["me"]["matches"]["edges"]
    return {e["node"]["job"]["id"]: (e["node"]["resume"]["id"], e["node"]["score"]) for e in edges}


async def settled(client: GraphQLClient, token: str, predicate, attempts: int = 900) -> dict[str, tuple[str, float]]:
    """Polls the candidate's matches until `predicate(matches)` holds; returns them."""
    found: dict[str, tuple[str, float]] = {}

    async def holds() -> bool:
        nonlocal found
        try:
            found = await matches_of(client, token)
        except GraphQLError as error:
            if "NOT_FOUND" in str(error):  # a match read while its résumé's deletion is recomputed
                return False
            raise
        return bool(predicate(found))

    await wait_until(holds, attempts=attempts, pause=0.1)
    return found


async def two_jobs(client: GraphQLClient) -> tuple[str, str]:
    """A backend job (fits GOOD, BETTER better, WEAKER less) and a pastry job (fits PASTRY)."""
    employer, _ = await client.employer()
    backend = await client.post_job(
        employer, title="Senior Backend Engineer", seniority="SENIOR",
        description="Python services on PostgreSQL and Kubernetes; Terraform; Docker; AWS.",
        requiredSkills=["Python", "PostgreSQL", "Kubernetes", "Terraform"])
    pastry = await client.post_job(
        employer, title="Pastry Chef", description="Bake croissants, brioche and bread at dawn.",
        requiredSkills=["Baking", "Pastry"])
    return backend["id"], pastry["id"]


async def with_resume(client: GraphQLClient, token: str, text: str) -> str:
    return await parsed_resume(client, token, text)
