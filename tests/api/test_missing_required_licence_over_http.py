"""A lorry driver without the Category CE licence a job requires ranks below one who holds it,
though his résumé reads closer to the ad, and the employer reads why: over GraphQL, with the
real parser, embedder and queue."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until

JOB_MATCHES = """query($id: ID!){ job(id: $id){ matches(first: 10) { totalCount edges { node { score
  explanation missingSkills candidate { id } reasons { kind skill status requiredCredential } } } } } }"""

AD = ("Night trunking between depots and multi-drop deliveries across the North; digital tachograph "
      "records, load securing and daily walkaround vehicle checks.")

HOLDER = """Gary Holt
Doncaster, UK
07700 900123 | gary.holt@example.com

SUMMARY
HGV driver, eight years on the road.

EXPERIENCE
HGV Driver, Wincanton
Mar 2018 - Present
Trunking between depots at night.

LICENCES
Category CE
Driver CPC
"""

# Reads closer to the ad, holds the lower licence (C) only.
WITHOUT = """Dean Marsh
Doncaster, UK
07700 900456 | dean.marsh@example.com

SUMMARY
Multi-drop lorry driver: night trunking between depots, tachograph records, load securing, vehicle checks and deliveries across the North.

EXPERIENCE
HGV Driver, Wincanton
Mar 2017 - Present
Night trunking between depots; multi-drop deliveries; digital tachograph records; load securing; daily walkaround vehicle checks.

LICENCES
Category C
Driver CPC
"""


async def test_the_driver_holding_the_required_licence_ranks_first_and_the_other_is_told_why(client):
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="HGV Class 1 Driver", description=AD, location="Doncaster",
                                requiredSkills=["Category CE licence", "Driver CPC"])
    (licence,) = [s for s in job["requiredSkills"] if s != "Driver CPC"]
    holder, holder_user = await client.candidate()
    await parsed_resume(client, holder, HOLDER)
    other, other_user = await client.candidate()
    await parsed_resume(client, other, WITHOUT)

    async def both_matched() -> bool:
        data = await client.data(JOB_MATCHES, {"id": job["id"]}, employer)
        return data["job"]["matches"]["totalCount"] == 2

    await wait_until(both_matched, attempts=600)
    edges = (await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["edges"]
    first, second = (e["node"] for e in edges)
    assert (first["candidate"]["id"], second["candidate"]["id"]) == (holder_user["id"], other_user["id"]), edges
    assert first["score"] - second["score"] >= 0.2, edges
    assert f"missing required licence: {licence}" in second["explanation"], second
    assert second["missingSkills"] == [licence]
    assert "missing required" not in first["explanation"], first
    gates = {(r["skill"], r["status"]) for r in second["reasons"] if r["kind"] == "SKILL" and r["requiredCredential"]}
    assert gates == {(licence, "PARTLY_MET"), ("Driver CPC", "MET")}, second["reasons"]
