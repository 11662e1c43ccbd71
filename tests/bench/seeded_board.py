"""A job board of any size written straight into SQLite (bulk SQL in one process, minutes for
100,000 jobs), for benchmarks that measure reads: posting each job through the queue takes
hours at that size. The schema is the app's own (its migrations ran first); the rows are what
the repositories write (`jobs` and its triggers, `jobs_fts`, `job_skills`), with
varied text: titles from levels, specialties and roles, descriptions of 2–9 sentences drawn
from pools, 1–6 required skills, a tenth of the jobs closed, posting times spread over a year.
Candidates, their parsed resumes and their matches go through the SQLite repositories
(candidates_and_matches.py). Figures taken on such a board say that it was seeded this way.
"""
from __future__ import annotations

import asyncio
import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from domain.clock import new_id
from domain.job_skill_keys import skill_keys
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry

SKILLS = ["Python", "Java", "Go", "Rust", "TypeScript", "JavaScript", "React", "Node.js", "PostgreSQL",
          "MySQL", "Redis", "Kafka", "Docker", "Kubernetes", "Terraform", "AWS", "GCP", "Azure", "Linux",
          "Django", "Flask", "FastAPI", "Spring", "GraphQL", "gRPC", "Spark", "Airflow", "Pandas",
          "PyTorch", "TensorFlow", "Scala", "Kotlin", "Swift", "C++", "Elasticsearch", "MongoDB",
          "Ruby", "Rails", "PHP", "Laravel", "Vue", "Angular", "Snowflake", "dbt", "Ansible", "Elixir"]
LEVELS = [("Junior", "JUNIOR"), ("", "MID"), ("Mid-level", "MID"), ("Senior", "SENIOR"), ("Senior", "SENIOR"),
          ("Staff", "LEAD"), ("Principal", "LEAD"), ("Lead", "LEAD"), ("Head of", "LEAD")]
SPECIALTIES = ["", "", "Backend", "Frontend", "Data", "Platform", "Machine Learning", "Cloud", "Mobile",
               "Security", "Infrastructure", "Payments", "Search", "Growth", "Embedded", "QA", "DevOps"]
ROLES = ["Engineer", "Engineer", "Software Engineer", "Developer", "Architect", "Analyst", "Scientist",
         "Engineering Manager", "Designer", "Product Manager", "Site Reliability Engineer", "Consultant"]
CITIES = ["Berlin, Germany", "Lisbon, Portugal", "London, UK", "Paris, France", "Madrid, Spain",
          "Warsaw, Poland", "Amsterdam, Netherlands", "Dublin, Ireland", "Prague, Czechia", "Remote, EU"]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises",
             "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Vandelay"]
SENTENCES = [
    "{company} is growing its {team} team and is looking for a {title_lower}.",
    "You will design, build and run services with {skills}.",
    "Our stack includes {skills}, and we ship to production many times a day.",
    "We value clear writing, code review and pairing with colleagues across {city}.",
    "The team owns {team_lower} systems that serve millions of requests every day.",
    "You have shipped production software and can explain the trade-offs you made.",
    "Experience with {skills} is a plus, not a must.",
    "You will mentor engineers, shape our roadmap and work closely with product and design.",
    "We offer a learning budget, flexible hours and {days} days of paid leave.",
    "Hiring process: a short call, a take-home exercise and a conversation with the team.",
    "On-call is shared across the team and compensated.",
    "We are an equal opportunity employer and welcome applicants from every background.",
    "Bonus points for open source contributions or technical writing.",
    "The role reports to the {reports_to} and is based in {city} or remote within the EU.",
]
REMOTE = ["ONSITE", "HYBRID", "REMOTE"]
EMPLOYMENT = ["FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "CONTRACT"]
START = datetime(2025, 12, 1, tzinfo=UTC)


def a_job_row(rng: random.Random, n: int, organization_id: str, posted_by: str) -> tuple:
    label, seniority = rng.choice(LEVELS)
    specialty, role = rng.choice(SPECIALTIES), rng.choice(ROLES)
    title = " ".join(part for part in (label, specialty, role) if part)
    required = rng.sample(SKILLS, rng.randint(1, 6))
    nice = rng.sample([s for s in SKILLS if s not in required], rng.randint(0, 3))
    city = rng.choice(CITIES)
    fields = {"company": rng.choice(COMPANIES), "team": specialty or "engineering",
              "team_lower": (specialty or "core").lower(), "title_lower": title.lower(),
              "city": city.split(",")[0], "days": rng.randint(25, 32),
              "reports_to": rng.choice(["CTO", "VP of Engineering", "engineering manager", "head of product"])}
    sentences = rng.sample(SENTENCES, rng.randint(2, 9))
    description = " ".join(
        s.format(skills=", ".join(rng.sample(required + nice, min(len(required + nice), rng.randint(1, 4)))), **fields)
        for s in sentences)
    low = rng.randint(30, 140) * 1000
    salary = (low, low + rng.choice([10, 20, 30, 40]) * 1000, "EUR") if rng.random() < 0.7 else (None, None, None)
    at = (START + timedelta(seconds=n * 300 + rng.randint(0, 299))).isoformat(timespec="microseconds")
    status = "CLOSED" if rng.random() < 0.1 else "OPEN"
    return (new_id(), organization_id, title, description, city, rng.choice(REMOTE), rng.choice(EMPLOYMENT),
            seniority, *salary, json.dumps(required), json.dumps(nice), status, at, at, posted_by, None)


_JOB_COLUMNS = ("id, organization_id, title, description, location, remote, employment_type, seniority,"
                " salary_min, salary_max, salary_currency, required_skills, nice_to_have_skills, status,"
                " posted_at, updated_at, posted_by, takedown_reason")


def templated_job_row(rng: random.Random, n: int, organization_id: str, posted_by: str) -> tuple:
    """bench_scale's templated ad (one sentence pattern: thousands of rows score alike)."""
    from tests.bench.bench_scale import a_job_input
    ad = a_job_input(rng)
    at = (START + timedelta(seconds=n)).isoformat(timespec="microseconds")
    salary = ad["salary"]
    return (new_id(), organization_id, ad["title"], ad["description"], ad["location"], ad["remote"], "FULL_TIME",
            ad["seniority"], salary["min"], salary["max"], salary["currency"], json.dumps(ad["requiredSkills"]),
            json.dumps(ad["niceToHaveSkills"]), "OPEN", at, at, posted_by, None)


def add_jobs(path: Path, count: int, organization_id: str, posted_by: str | None, rng: random.Random,
             start: int = 0, make_row=a_job_row) -> None:
    """`count` jobs, their full-text rows and skill keys, 5,000 to a transaction (the jobs'
    triggers keep job_search_keys, the search generation and its change log as a post does)."""
    with sqlite3.connect(path, timeout=60) as db:
        for first in range(start, start + count, 5000):
            rows = [make_row(rng, n, organization_id, posted_by) for n in range(first, min(first + 5000, start + count))]
            db.executemany(f"INSERT INTO jobs({_JOB_COLUMNS}) VALUES ({','.join('?' * 18)})", rows)
            ids = [row[0] for row in rows]
            rowids = dict(db.execute(
                f"SELECT id, rowid FROM jobs WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall())
            db.executemany(
                "INSERT INTO jobs_fts(rowid, title, description, skills) VALUES (?,?,?,?)",
                [(rowids[r[0]], r[2], r[3], " ".join(json.loads(r[11]) + json.loads(r[12]))) for r in rows])
            db.executemany("INSERT OR IGNORE INTO job_skills(job_id, skill) VALUES (?, ?)",
                           [(r[0], key) for r in rows for key in skill_keys(json.loads(r[11]))])
            db.commit()


def add_resumes(db: sqlite3.Connection, people: list[tuple[str, str]], now: str) -> None:
    """The bench's own candidate's resume (its owner signed up through the services)."""
    db.executemany(
        "INSERT INTO resumes(id, owner_id, filename, content_type, size_bytes, sha256, status, failure_reason,"
        " uploaded_at, parsed) VALUES (?, ?, 'cv.txt', 'text/plain', 1000, ?, 'PARSED', NULL, ?, ?)",
        [(resume, user, new_id() + new_id(), now, a_parsed_resume(random.Random(resume)).model_dump_json())
         for user, resume in people])


def add_candidates(path: Path, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """`count` candidates, each with one parsed resume, stored through the SQLite repositories
    (see candidates_and_matches.py): (user id, resume id)."""
    try:
        from tests.bench.candidates_and_matches import store_candidates
    except ImportError:  # run by path: this directory is on sys.path
        from candidates_and_matches import store_candidates  # type: ignore[no-redef]
    return asyncio.run(store_candidates(path, count, rng))


def add_matches(path: Path, people: list[tuple[str, str]], per_candidate: int, rng: random.Random) -> None:
    """Each candidate's `per_candidate` matches over jobs open or closed, stored by
    SqliteMatchRepository.upsert_many (one batch per job, as a job's matching writes them,
    pruned to each side's best 100 by the store itself)."""
    try:
        from tests.bench.candidates_and_matches import store_matches
    except ImportError:  # run by path: this directory is on sys.path
        from candidates_and_matches import store_matches  # type: ignore[no-redef]
    asyncio.run(store_matches(path, people, per_candidate, rng))


def a_parsed_resume(rng: random.Random) -> ParsedResume:
    """A parsed resume as the parser stores it: skills, one to three jobs held, a location."""
    skills = rng.sample(SKILLS, rng.randint(3, 10))
    held = []
    for n in range(rng.randint(1, 3)):
        label, _ = rng.choice(LEVELS)
        title = " ".join(p for p in (label, rng.choice(SPECIALTIES), rng.choice(ROLES)) if p)
        held.append(ExperienceEntry(title=title, company=rng.choice(COMPANIES), start_date=f"{2024 - 3 * n - 3}-0{rng.randint(1, 9)}",
                                    end_date=None if n == 0 else f"{2024 - 3 * n}-0{rng.randint(1, 9)}", current=n == 0,
                                    description=f"Built services with {', '.join(rng.sample(skills, min(3, len(skills))))}."))
    return ParsedResume(name="Candidate", location=rng.choice(CITIES), summary=f"{held[0].title} with {len(held) * 3} years.",
                        skills=[SkillEntry(name=s) for s in skills], experience=held,
                        total_years_experience=float(len(held) * 3),
                        sections={"skills": ", ".join(skills), "experience": " ".join(h.description or "" for h in held)})
