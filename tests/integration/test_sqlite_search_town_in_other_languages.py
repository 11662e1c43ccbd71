"""On SQLite, a location filter finds a town's jobs under any of its names: "Munich" finds the
jobs in "München" and in "Muenchen" (the store's cheap word test must not rule them out), and
"München" finds those in "Munich"."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import a_job


async def test_a_town_is_found_under_each_of_its_names(db: Database):
    await db.execute("INSERT OR IGNORE INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', 'now')")
    jobs = SqliteJobRepository(db, head_size=20, deepest_head=120)
    munich = [a_job("o1", minute=i, location=place) for i, place in enumerate(["Munich, Germany", "München", "Muenchen, DE"])]
    elsewhere = [a_job("o1", minute=5 + i, location=place) for i, place in enumerate(["Hamburg, Germany", "Leeds, UK"])]
    for job in (*munich, *elsewhere):
        await jobs.add(job)
    for wanted in ("Munich", "München", "munchen, germany", "Мюнхен"):
        page = await jobs.search(None, JobFilter(location=wanted), PageRequest(first=10))
        assert {j.id for j in page.items} == {j.id for j in munich}, wanted


async def test_the_cheap_word_test_keeps_the_names_of_each_town_a_name_may_mean(db: Database):
    # "Tripoli" is Tripoli in Libya, and in a location naming Lebanon, Lebanon's ("Trablous");
    # "Munich Germany" is read "Munich, Germany" ("Muenchen, DE" holds neither word as asked).
    await db.execute("INSERT OR IGNORE INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', 'now')")
    jobs = SqliteJobRepository(db, head_size=20, deepest_head=120)
    lebanon, munich = a_job("o1", minute=1, location="Trablous, Lebanon"), a_job("o1", minute=2, location="Muenchen, DE")
    for job in (lebanon, munich):
        await jobs.add(job)
    for wanted, job in (("Tripoli", lebanon), ("Munich Germany", munich)):
        page = await jobs.search(None, JobFilter(location=wanted), PageRequest(first=10))
        assert [j.id for j in page.items] == [job.id], wanted
