"""Resume files are downloaded through short-lived signed links, by whom may see them."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume
from tests.fixtures.documents import RESUME_TEXT

LINK = "query($id: ID!){ node(id: $id){ ... on Resume { downloadUrl } } }"
APPLICATION_LINK = "query($id: ID!){ node(id: $id){ ... on Application { resume { downloadUrl } } } }"


def path_of(url: str) -> str:
    return url[url.index("/downloads/"):]


async def test_the_owner_downloads_the_original_file_and_a_tampered_link_is_refused(client):
    token, _ = await client.candidate()
    resume = await parsed_resume(client, token, RESUME_TEXT)
    url = (await client.data(LINK, {"id": resume}, token))["node"]["downloadUrl"]
    response = await client.http.get(path_of(url))
    assert response.status_code == 200
    assert response.content == RESUME_TEXT.encode()
    assert "attachment" in response.headers["content-disposition"]
    tampered = path_of(url)[:-3] + ("AAA" if not path_of(url).endswith("AAA") else "BBB")
    assert (await client.http.get(tampered)).status_code == 404


async def test_an_employer_gets_a_link_only_once_the_candidate_applied(client):
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate, RESUME_TEXT)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    assert (await client.data(LINK, {"id": resume}, employer))["node"] is None
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    url = (await client.data(APPLICATION_LINK, {"id": application["id"]}, employer))["node"]["resume"]["downloadUrl"]
    assert (await client.http.get(path_of(url))).content == RESUME_TEXT.encode()
    outsider, _ = await client.employer()
    assert (await client.data(LINK, {"id": resume}, outsider))["node"] is None


def test_an_expired_link_is_refused_with_a_reason():
    import pytest

    from adapters.embedded.download_links import DownloadLinks, LinkRefused

    links = DownloadLinks(b"k" * 32, "http://gw", ttl_seconds=60)
    token = links.make("a" * 64, "cv.pdf", now=1000).rsplit("/", 1)[1]
    assert links.read(token, now=1059) == ("a" * 64, "cv.pdf")
    with pytest.raises(LinkRefused) as refused:
        links.read(token, now=1061)
    assert refused.value.status == 410 and "expired" in refused.value.reason
