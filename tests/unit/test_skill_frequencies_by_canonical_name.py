"""The job-skill frequency table counts skills under the names the profiles ask for them by
(their canonical names), not as each job wrote them. Invented names and counts."""
from datetime import UTC, datetime

from domain.matching import JobProfile
from domain.matching.profiles import canonical_name, canonical_skills
from domain.matching.skill_frequencies import SkillFrequencies, with_skill_weights
from domain.services.matching_skill_frequencies import CachedSkillFrequencies
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = FakeSkillExtractor(aliases={
    "structured query language sql": "SQL", "sql": "SQL", "lathe operation": "Lathe"})


def by_name(name: str) -> str:
    return canonical_name(name, SKILLS)


def test_a_name_is_read_as_the_profiles_read_it():
    assert by_name(" Structured query language SQL ") == "SQL"
    assert by_name("Kathakali stagecraft") == "Kathakali stagecraft"  # unknown: as written
    assert canonical_name("Structured query language SQL", None) == "Structured query language SQL"


def test_frequencies_count_each_skill_under_the_name_profiles_ask_for():
    counts = {"Structured query language SQL": 3, "sql": 1, "Lathe operation": 1}
    as_written = SkillFrequencies(counts, jobs=5)
    assert as_written.count("SQL") == 1  # the profiles' name, found under its own words only
    table = SkillFrequencies(counts, jobs=5, canonical=by_name)
    assert table.count("SQL") == 4 and table.count("Lathe") == 1
    weights = table.weights(["SQL", "Lathe"])
    assert weights["SQL"] < weights["Lathe"] == 1.0


def test_a_skill_most_jobs_list_weighs_little_on_a_job_that_writes_it_in_full():
    table = SkillFrequencies({"Structured query language SQL": 4, "SQL": 4, "Lathe operation": 1}, jobs=8,
                             canonical=by_name)
    job = JobProfile(job_id="j1", title="Machinist",
                     required_skills=canonical_skills(["Structured query language SQL", "Lathe operation"], SKILLS))
    weights = with_skill_weights(job, table).skill_weights
    assert weights is not None and weights["SQL"] < 0.1 < weights["Lathe"]


class Source:
    async def skill_document_frequencies(self) -> tuple[dict[str, int], int]:
        return {"Structured query language SQL": 2, "Lathe operation": 1}, 4


class Clock:
    def now(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC)


async def test_the_cached_table_counts_by_the_name_it_is_given():
    cache = CachedSkillFrequencies(Source(), Clock(), canonical=by_name)
    assert (await cache.current()).count("sql") == 2
    plain = CachedSkillFrequencies(Source(), Clock())
    assert (await plain.current()).count("sql") == 0
