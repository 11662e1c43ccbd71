"""What a person types into searchJobs' `query` is read as words, never as FTS5 syntax:
skill names built of punctuation (C++, C#, .NET, F#) are words of their own, a lone
letter is a word rather than "anything starting with it", and `field: words` searches
that field."""
from __future__ import annotations

import pytest

SEARCH = """
query($q: String) {
  searchJobs(query: $q, first: 50) { totalCount edges { node { title } } }
}"""

JOBS = [
    ("C++ Developer", "Write low-latency C++ for trading systems."),
    ("C# Engineer", "Build services in C# on .NET."),
    ("F# Developer", "Functional programming in F#."),
    ("Chef de Partie", "Cook in a busy kitchen; cleaning and costing."),
    ("Care Assistant", "Support residents with daily care."),
    ("Registered Nurse", "Ward nursing in a city hospital."),
    ("Clinical Educator", "Train the registered nurse team and manage title changes."),
    ("Café Manager", "Run the café floor and the coffee bar."),
]


@pytest.fixture
async def jobs(client):
    token, _ = await client.employer()
    for title, description in JOBS:
        await client.post_job(token, title=title, description=description, requiredSkills=[])
    return client


async def search(client, text: str) -> set[str]:
    body = await client.execute(SEARCH, {"q": text})
    assert "errors" not in body, body
    return {edge["node"]["title"] for edge in body["data"]["searchJobs"]["edges"]}


async def test_skill_names_made_of_punctuation_match_only_that_skill(jobs):
    found = {text: await search(jobs, text) for text in ("c++", "C++ developer", "c#", ".net", "f#", "C#/.NET")}
    assert found == {
        "c++": {"C++ Developer"}, "C++ developer": {"C++ Developer"}, "c#": {"C# Engineer"},
        ".net": {"C# Engineer"}, "f#": {"F# Developer"}, "C#/.NET": {"C# Engineer"},
    }


async def test_a_lone_letter_is_a_word_not_every_word_starting_with_it(jobs):
    assert await search(jobs, "é") == set()
    assert await search(jobs, "c") == set()


async def test_an_accented_word_still_matches_its_plain_spelling_and_back(jobs):
    assert await search(jobs, "cafe") == {"Café Manager"}
    assert await search(jobs, "café") == {"Café Manager"}


async def test_a_field_prefix_searches_that_field(jobs):
    # "title" is a word of another job's description: the prefix must not be searched as a word.
    for text in ("title : nurse", "title:nurse", "Title: Nurse", "title: registered nurse", "{title}: nurse"):
        assert await search(jobs, text) == {"Registered Nurse"}, text
    assert await search(jobs, "description: kitchen") == {"Chef de Partie"}
    assert await search(jobs, "title:") == set()


async def test_fts5_syntax_in_the_text_neither_errors_nor_widens(jobs):
    nurses = {"Registered Nurse", "Clinical Educator"}
    for text in ('"nurse', 'nurse"', "nurse*", "(nurse", "nurse)", "^nurse", "nurse;",
                 "nurse:", ":nurse", "nurse -", "nurse - +", "nurse's", "-nurse", "*nurse"):
        assert await search(jobs, text) == nurses, text
    # Operator words are words: all of them must appear, so nothing here can match more.
    for text in ("nurse AND", "NOT nurse", "nurse OR chef", "nurse + chef", "nurse -chef", "NEAR(nurse chef)"):
        assert await search(jobs, text) <= nurses, text
