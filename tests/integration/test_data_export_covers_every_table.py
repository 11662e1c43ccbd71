"""The data export covers every kind of personal data the embedded store holds: each table
with a person's id in it, each table the account erasure deletes or rewrites (by hand or by
cascade from the person's row), is named in PERSONAL_TABLES with the export section it is in
or the reason the export leaves it out. A new table of personal data fails here until it is."""
from __future__ import annotations

import inspect
import re

import pytest

from adapters.embedded.sqlite.account_store import SqliteAccountStore
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.personal_tables import KEPT_AFTER_ERASURE, PERSONAL_TABLES
from domain.data_export import LEFT_OUT, SECTIONS

# Column names that hold a person's id where no foreign key says so.
PERSON_COLUMNS = {"user_id", "owner_id", "candidate_id", "by_user_id", "actor_id", "subject_id", "created_by",
                  "posted_by", "invited_by", "accepted_by", "session_id"}


@pytest.fixture
async def db(tmp_path):
    database = Database(tmp_path / "coverage.sqlite3")
    await database.open()
    yield database
    await database.close()


async def _tables(db: Database) -> dict[str, tuple[set[str], list[tuple[str, str]]]]:
    """Each table's columns and (referenced table, on delete) of its foreign keys."""
    names = [r["name"] for r in await db.fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    found = {}
    for name in names:
        columns = {r["name"] for r in await db.fetch_all(f"PRAGMA table_info('{name}')")}
        keys = [(r["table"], r["on_delete"]) for r in await db.fetch_all(f"PRAGMA foreign_key_list('{name}')")]
        found[name] = (columns, keys)
    return found


def _erased_by_cascade(tables: dict[str, tuple[set[str], list[tuple[str, str]]]]) -> set[str]:
    """Tables whose rows go with the person's (CASCADE, and on from those) or lose their id (SET NULL)."""
    gone, grew = {"users"}, True
    while grew:
        more = {t for t, (_, keys) in tables.items() if any(ref in gone and action == "CASCADE" for ref, action in keys)}
        grew = bool(more - gone)
        gone |= more
    return gone | {t for t, (_, keys) in tables.items() if any(r in gone and a == "SET NULL" for r, a in keys)}


async def test_every_table_with_a_persons_data_is_exported_or_its_omission_explained(db):
    tables = await _tables(db)
    personal = {t for t, (columns, keys) in tables.items()
                if columns & PERSON_COLUMNS or any(ref == "users" for ref, _ in keys)}
    erasure = inspect.getsource(SqliteAccountStore.erase)
    touched = set(re.findall(r"(?:DELETE FROM|UPDATE)\s+(\w+)", erasure))
    wanted = personal | touched | _erased_by_cascade(tables)
    assert wanted - set(PERSONAL_TABLES) == set(), "add these tables to PERSONAL_TABLES (and the export)"
    assert set(PERSONAL_TABLES) - set(tables) == set(), "PERSONAL_TABLES names tables that do not exist"
    # Sure of itself: the checks above do find what they look for.
    assert {"resumes", "matches", "inbox", "sessions", "refresh_tokens", "embeddings"} <= wanted


def test_every_table_goes_to_a_section_or_a_reason_the_document_gives():
    unknown = {t: where for t, where in PERSONAL_TABLES.items() if where not in SECTIONS and where not in LEFT_OUT}
    assert unknown == {}
    # Left out as fields or rows of exported tables (users.password_hash, devices.token, audit
    # records of others' operations) or never stored.
    fields = {"passwordHash", "devicePushTokens", "matchExplanations", "auditLog"}
    unused = set(LEFT_OUT) - set(PERSONAL_TABLES.values()) - fields
    assert unused == set(), "a reason for leaving out data no table holds"


async def test_what_is_exported_goes_with_the_account_unless_it_is_kept_for_a_stated_reason(db):
    """The other way round: exported data the erasure leaves is named, with why it stays."""
    tables = await _tables(db)
    erasure = inspect.getsource(SqliteAccountStore.erase)
    erased = set(re.findall(r"(?:DELETE FROM|UPDATE)\s+(\w+)", erasure)) | _erased_by_cascade(tables)
    exported = {t for t, where in PERSONAL_TABLES.items() if where in SECTIONS}
    assert exported - erased == set(KEPT_AFTER_ERASURE)
