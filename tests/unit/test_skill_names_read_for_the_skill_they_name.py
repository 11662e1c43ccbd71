"""A skill name the taxonomy does not know as a whole is the one skill its words name (a
vendor before the product, a skills list's leftovers after it); and the job-skill frequency
table counts skills under the names the profiles ask for them by. Invented names and lists."""
from datetime import UTC, datetime

from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.profiles import canonical_name, canonical_skills
from domain.matching.skill_frequencies import SkillFrequencies
from domain.resumes import ParsedResume, SkillEntry
from domain.services.matching_skill_frequencies import CachedSkillFrequencies
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = FakeSkillExtractor(aliases={
    "octave": "Octave", "gnu octave": "Octave", "structured query language": "SQL", "sql": "SQL",
    "spreadsheets": "Spreadsheets", "lathe": "Lathe"})


def test_a_vendors_name_before_a_known_product_is_that_product():
    assert canonical_skills(["Gnuworks Octave"], SKILLS) == ("Octave",)
    assert canonical_name(" Gnuworks Octave ", SKILLS) == "Octave"


def test_a_skills_lists_leftovers_after_a_known_skill_are_that_skill():
    parsed = ParsedResume(skills=[SkillEntry(name="Octave- Exprience"), SkillEntry(name="tuned SQL queries")])
    profile = CandidateProfile.from_resume("r1", "u1", parsed, skills=SKILLS)
    assert profile.skills == frozenset({"Octave", "SQL"})
    assert profile.skill_wording == {"Octave": "Octave- Exprience", "SQL": "tuned SQL queries"}


def test_a_name_naming_no_known_skill_or_several_is_kept_as_written():
    assert canonical_skills(["Kathakali stagecraft", "Octave and SQL reports"], SKILLS) == \
        ("Kathakali stagecraft", "Octave and SQL reports")
    assert canonical_skills(["Kathakali stagecraft"], None) == ("Kathakali stagecraft",)


def test_a_requirement_written_with_its_vendor_is_met_by_the_product_held():
    job = JobProfile(job_id="j1", title="Signal engineer",
                     required_skills=canonical_skills(["Gnuworks Octave"], SKILLS))
    held = CandidateProfile.from_resume("r1", "u1", ParsedResume(skills=[SkillEntry(name="Octave")]), skills=SKILLS)
    assert MatchScorer(SKILLS).score(held, job).breakdown.skills == 1.0


def test_frequencies_count_each_skill_under_the_name_profiles_ask_for():
    counts = {"Structured query language SQL": 3, "sql": 1, "Lathe": 1}
    as_written = SkillFrequencies(counts, jobs=5)
    assert as_written.count("SQL") == 1  # the profiles' name, under its own words only
    table = SkillFrequencies(counts, jobs=5, canonical=lambda n: canonical_name(n, SKILLS))
    assert table.count("SQL") == 4
    weights = table.weights(["SQL", "Lathe"])
    assert weights["SQL"] < weights["Lathe"] == 1.0


class Source:
    async def skill_document_frequencies(self) -> tuple[dict[str, int], int]:
        return {"Structured query language SQL": 2, "Lathe": 1}, 4


class Clock:
    def now(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC)


async def test_the_cached_table_counts_by_the_name_it_is_given():
    cache = CachedSkillFrequencies(Source(), Clock(), canonical=lambda n: canonical_name(n, SKILLS))
    assert (await cache.current()).count("sql") == 2
