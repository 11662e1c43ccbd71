"""Each fast path (resolvers/fastpath) answers as Strawberry's own code does, on the served
schema with real services: the same queries (plain fields, resolvers with enum, input-object,
ID and defaulted arguments, fragments, errors) run through the schema built with the fast paths
and without them give the same data and the same errors."""
from __future__ import annotations

import uuid

import pytest
from graphql import GraphQLObjectType

from gateway.http.limits import defence_extensions
from gateway.http.metrics import GatewayMetrics
from resolvers.context import Context
from resolvers.core_schema import graphql_core_schema
from resolvers.loaders import Loaders
from resolvers.schema import build_schema
from tests.applications_helpers import APPLY, parsed_resume

JOB_FIELDS = """id title description location remote employmentType seniority
  salary { min max currency } requiredSkills niceToHaveSkills status postedAt organization { id name }"""

QUERIES = [
    ("me", "{ me { id name role emailVerified email phone phoneVerified preferences { __typename }"
           " organization { id name } } }", {}),
    ("search", f"""query($q: String, $f: JobFilter) {{
        searchJobs(query: $q, filter: $f, first: 2) {{
          totalCount totalCountIsEstimate
          edges {{ cursor node {{ {JOB_FIELDS} }} }}
          pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}""",
     {"q": "python", "f": {"remote": ["ONSITE", "REMOTE"]}}),
    ("search with fragments", f"""fragment J on Job {{ {JOB_FIELDS} }}
        query {{ searchJobs(first: 5) {{ ... on JobConnection {{ edges {{ node {{ ...J }} }} }} totalCount }} }}""", {}),
    ("job by id", "query($id: ID!) { job(id: $id) { title applicationCounts { status count }"
                  " applications(first: 5) { totalCount edges { node { id status coverLetter candidate { id name } } } }"
                  " matches(first: 3, minScore: 0.0) { edges { node { id } } } } }", "job"),
    ("node", "query($id: ID!) { node(id: $id) { id ... on Job { title organization { name } } } }", "job"),
    ("unknown id", '{ job(id: "not-an-id") { id } }', {}),
    ("bad argument", "{ searchJobs(first: -5) { totalCount } }", {}),
    ("bad enum", '{ searchJobs(filter: {remote: ["MOON"]}) { totalCount } }', {}),
    ("bad input", 'mutation { postJob(input: {title: " ", description: "x"}) { id } }', {}),
]


async def _run(schema, services, viewer, query, variables):
    context = Context(services=services, loaders=Loaders.create(services), request_id=uuid.uuid4().hex, viewer=viewer)
    result = await schema.execute(query, variable_values=variables, context_value=context)
    errors = [(error.message, tuple(error.path or ()), (error.extensions or {}).get("code"))
              for error in result.errors or []]
    return result.data, errors


@pytest.fixture
async def world(app, client):
    employer_token, _ = await client.employer()
    job = await client.post_job(employer_token, remote="REMOTE", salary={"min": 40000, "max": 50000, "currency": "EUR"})
    await client.post_job(employer_token, title="Data Engineer")
    candidate_token, _ = await client.candidate()
    resume_id = await parsed_resume(client, candidate_token)
    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id, "coverLetter": "Hi"}}, candidate_token)
    identity = app.state.services.identity
    return {
        "services": app.state.services,
        "job": job["id"],
        "viewers": [await identity.from_authorization(f"Bearer {token}") for token in (employer_token, candidate_token)]
        + [None],
    }


def test_the_fast_schema_really_takes_its_shortcuts():
    fast, plain = build_schema(fast_paths=True), build_schema(fast_paths=False)
    assert type(fast).fast_paths and not type(plain).fast_paths

    def names(schema):
        core = graphql_core_schema(schema)
        return {getattr(field.resolve, "__name__", None)
                for type_ in core.type_map.values() if isinstance(type_, GraphQLObjectType) and not type_.name.startswith("__")
                for field in type_.fields.values()}

    assert {"read", "resolve"} <= names(fast)  # plain fields read directly, resolvers called directly
    assert not {"read", "resolve"} & names(plain)


async def test_fast_paths_answer_as_strawberry_does_on_the_served_schema(world, app):
    # The extensions the app serves with (metrics, parsing and validation caches, limits).
    def served():
        return [GatewayMetrics().extension(), *defence_extensions(app.state.settings)]

    fast, plain = build_schema(served(), fast_paths=True), build_schema(served(), fast_paths=False)
    compared = 0
    for viewer in world["viewers"]:
        for name, query, variables in QUERIES:
            if variables == "job":
                variables = {"id": world["job"]}
            expected = await _run(plain, world["services"], viewer, query, variables)
            got = await _run(fast, world["services"], viewer, query, variables)
            assert got == expected, f"{name} differs for viewer {getattr(viewer, 'role', None)}"
            compared += expected[0] is not None
    assert compared >= 15  # most answers carry data, not only errors
