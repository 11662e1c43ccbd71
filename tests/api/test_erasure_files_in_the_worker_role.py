"""The served app's worker role (in the process, as `talentgraph run` starts it) runs the file
removal an account erasure stores (blob.forget work) to done, and sweeps, in its first pass
at start, a trash copy a deletion that died left behind with no work to finish it."""
from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing

import pytest

from tests.applications_helpers import parsed_resume, wait_until

DELETE = "mutation($p: String!){ deleteAccount(password: $p) }"
PASSWORD = "correct horse battery staple"
ABANDONED = b"%PDF-1.4\nleft in the trash by a deletion that died\n"
ABANDONED_KEY = hashlib.sha256(ABANDONED).hexdigest()


@pytest.fixture
def settings(settings):
    """The conftest's settings, with a trash copy in the blob store before the app starts."""
    copy = settings.blob_dir / "trash" / ABANDONED_KEY[:2] / f"{ABANDONED_KEY}.deadbeef"
    copy.parent.mkdir(mode=0o700, parents=True)
    copy.write_bytes(ABANDONED)
    copy.chmod(0o600)
    return settings


def _forget_work(database) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT state, payload FROM work_items WHERE kind = 'blob.forget'").fetchall()


async def test_the_workers_finish_the_erasure_s_file_removal(client, settings):
    token = (await client.register("CANDIDATE"))["accessToken"]
    await parsed_resume(client, token)
    assert (await client.data(DELETE, {"p": PASSWORD}, token))["deleteAccount"] is True

    async def done() -> bool:
        return [state for state, _ in _forget_work(settings.database_path)] == ["done"]

    await wait_until(done)
    assert _forget_work(settings.database_path) == [("done", "{}")]
    assert [p for p in (settings.blob_dir).rglob("*") if p.is_file()] == []


async def test_the_worker_role_sweeps_a_trash_copy_nothing_will_finish(app, settings):
    async def swept() -> bool:
        return not any(p.is_file() for p in (settings.blob_dir / "trash").rglob("*"))

    await wait_until(swept)
    assert not any(ABANDONED_KEY in p.name for p in settings.blob_dir.rglob("*") if p.is_file())
