"""What the gateway writes in its data dir is private to its user: directories 0700, files 0600
(database, -wal, -shm, blobs, the secret), whatever the umask it was started with."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import httpx

from tests.e2e.server import GatewayProcess
from tests.graphql_client import GraphQLClient, upload_resume, wait_for_resume

RESUME = b"Ada Lovelace\nada@example.com\n\nSKILLS\nPython, SQL\n"


def _open_to_others(root) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(root.parent)} {oct(mode)}")
    return found


async def test_the_data_dir_and_everything_in_it_are_private(tmp_path):
    old = os.umask(0o022)  # the usual umask, which made the database 0644
    try:
        gateway = GatewayProcess(tmp_path / "data")
        gateway.start()
    finally:
        os.umask(old)
    try:
        async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
            client = GraphQLClient(http)
            token, _ = await client.candidate()
            resume_id = (await upload_resume(client, token, "cv.txt", RESUME))["data"]["uploadResume"]["id"]
            assert (await wait_for_resume(client, token, resume_id))["status"] == "PARSED"
        data = gateway.data_dir
        names = {path.name for path in data.iterdir()}
        assert {"talentgraph.sqlite3", "talentgraph.sqlite3-wal", "talentgraph.sqlite3-shm", "jwt-secret",
                "blobs"} <= names, names
        assert any(path.is_file() for path in (data / "blobs").rglob("*"))
        assert _open_to_others(data) == []
    finally:
        gateway.stop()


def test_a_database_left_readable_by_an_older_version_is_made_private_at_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    database = data / "talentgraph.sqlite3"
    subprocess.run([sys.executable, "-c", f"import sqlite3; sqlite3.connect({str(database)!r}).close()"], check=True)
    database.chmod(0o644)
    gateway = GatewayProcess(data)
    gateway.start()
    gateway.stop()
    assert _open_to_others(data) == []
