"""An electrician's job posted with the skills the recruiter typed keeps every one of them when
only its description is edited, though the old description named some of them too; over HTTP."""
from __future__ import annotations

UPDATE = """mutation($id: ID!, $i: JobUpdateInput!){
  updateJob(id: $id, input: $i){ requiredSkills niceToHaveSkills } }"""
READ = "query($id: ID!){ node(id: $id){ ... on Job { requiredSkills description } } }"

TYPED = ["Inspection and Testing", "18th Edition", "full UK driving licence", "NVQ Level 3 Electrotechnical"]
OLD_AD = ("Approved Electrician, domestic and commercial rewires across Greater Manchester. You must hold"
          " the 18th Edition and a full UK driving licence; inspection and testing experience is essential.")
NEW_AD = ("Approved Electrician for commercial fit-outs across Greater Manchester. You must hold a valid ECS"
          " card; inspection and testing experience is essential.")


async def test_a_description_edit_keeps_every_skill_the_recruiter_typed(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Approved Electrician", description=OLD_AD, requiredSkills=TYPED)
    assert job["requiredSkills"] == TYPED

    edited = (await client.data(UPDATE, {"id": job["id"], "i": {"description": NEW_AD}}, token))["updateJob"]
    assert edited["requiredSkills"] == TYPED
    read = (await client.data(READ, {"id": job["id"]}, token))["node"]
    assert (read["requiredSkills"], read["description"]) == (TYPED, NEW_AD)
