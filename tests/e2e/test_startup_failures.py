"""`talentgraph serve` that cannot start exits at once, non-zero, with one line on stderr naming
the file and the cause (a supervisor restarts it or alerts), instead of hanging."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.e2e.server import GatewayProcess, free_port

# A hang guard, not a timing target: a start that fails must exit, not stay alive waiting.
HANG_GUARD_SECONDS = 30


def serve(data_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    gateway = GatewayProcess(data_dir, env)
    return subprocess.run(
        [str(Path(sys.executable).parent / "talentgraph"), "run", "--in-one-process", "--port", str(free_port()),
         "--data-dir", str(data_dir)],
        env=gateway.env, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS,
    )


def the_line(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("talentgraph: cannot start:")]
    assert len(lines) == 1, result.stderr[-3000:]
    return lines[0]


def a_real_database(tmp_path: Path) -> Path:
    """A database the gateway made and used, then stopped."""
    gateway = GatewayProcess(tmp_path / "data")
    gateway.start()
    gateway.stop()
    return gateway.data_dir / "talentgraph.sqlite3"


def test_a_data_dir_that_is_a_file_exits_naming_it(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.write_text("not a directory")
    result = serve(data_dir)
    assert result.returncode != 0
    line = the_line(result)
    assert str(data_dir) in line and "exists" in line.lower()


def test_a_database_path_that_is_a_directory_exits_naming_it(tmp_path):
    # Tests run as root, so a read-only mode would not stop them: a directory in the way does.
    (tmp_path / "data" / "talentgraph.sqlite3").mkdir(parents=True)
    result = serve(tmp_path / "data")
    assert result.returncode != 0
    line = the_line(result)
    assert "talentgraph.sqlite3" in line and "cannot be opened" in line


def test_a_file_that_is_not_a_database_exits_naming_it(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "talentgraph.sqlite3").write_bytes(b"\x13garbage" * 1000)
    result = serve(tmp_path / "data")
    assert result.returncode != 0
    line = the_line(result)
    assert "talentgraph.sqlite3" in line and "not a SQLite database" in line


def test_a_truncated_database_exits_naming_it(tmp_path):
    database = a_real_database(tmp_path)
    size = database.stat().st_size
    assert size > 8192
    with database.open("r+b") as handle:
        handle.truncate(size // 3)
    result = serve(database.parent)
    assert result.returncode != 0
    line = the_line(result)
    assert "talentgraph.sqlite3" in line and "corrupt" in line


def test_a_database_locked_by_another_process_exits_naming_it(tmp_path):
    database = a_real_database(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"db = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
         "db.execute('PRAGMA journal_mode=DELETE')\n"
         "db.execute('PRAGMA busy_timeout=5000')\n"
         "db.execute('BEGIN EXCLUSIVE')\n"
         "print('locked', flush=True)\n"
         "time.sleep(120)\n"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = serve(database.parent)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode != 0
    line = the_line(result)
    assert "talentgraph.sqlite3" in line and "locked by another process" in line


def test_an_empty_secret_file_refuses_to_start(tmp_path):
    database = a_real_database(tmp_path)
    secret = database.parent / "jwt-secret"
    secret.write_text("")  # as a non-atomic write cut short, or an operator, could leave it
    result = serve(database.parent)
    assert result.returncode != 0
    line = the_line(result)
    assert str(secret) in line and "empty" in line


def test_a_short_configured_secret_refuses_to_start(tmp_path):
    result = serve(tmp_path / "data", {"TALENTGRAPH_JWT_SECRET": "short"})
    assert result.returncode != 0
    assert "TALENTGRAPH_JWT_SECRET" in the_line(result)


def test_create_admin_on_a_corrupt_database_exits_naming_it(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "talentgraph.sqlite3").write_bytes(b"\x13garbage" * 1000)
    gateway = GatewayProcess(tmp_path / "data", {"TALENTGRAPH_ADMIN_PASSWORD": "a-long-admin-password-1"})
    result = subprocess.run(
        [str(Path(sys.executable).parent / "talentgraph"), "create-admin", "--email", "root@example.com",
         "--name", "Root", "--data-dir", str(tmp_path / "data")],
        env=gateway.env, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS,
    )
    assert result.returncode != 0
    line = the_line(result)
    assert "talentgraph.sqlite3" in line and "not a SQLite database" in line


def test_a_second_deployment_on_a_data_dir_in_use_is_refused_in_one_line(tmp_path: Path) -> None:
    first = GatewayProcess(tmp_path / "data")
    first.start()
    try:
        result = serve(first.data_dir)
        assert result.returncode == 1
        line = the_line(result)
        assert f"another deployment (serving 127.0.0.1:{first.port}) uses this data dir" in line
        assert str(first.data_dir) in line
        assert httpx.get(f"{first.url}/readyz", timeout=5).status_code == 200
    finally:
        first.stop()


@pytest.mark.parametrize("command", [["run", "--in-one-process"], ["serve", "--workers", "1"]])
def test_a_second_one_process_deployment_is_refused_without_a_traceback(tmp_path: Path, command: list[str]) -> None:
    first = GatewayProcess(tmp_path / "data")
    first.start()
    try:
        result = subprocess.run(
            [str(Path(sys.executable).parent / "talentgraph"), *command, "--port", str(free_port()),
             "--data-dir", str(first.data_dir)],
            env=first.env, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS,
        )
        assert result.returncode == 1
        assert "another deployment" in the_line(result)
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
    finally:
        first.stop()


def test_several_api_processes_that_cannot_start_exit_non_zero_naming_the_cause(tmp_path: Path) -> None:
    """`serve --workers N` (the production command, docs/deploy-aws.md) starts its processes
    through uvicorn's manager, which stops quietly when a child fails: the supervisor must
    still see a failure and its cause."""
    gateway = GatewayProcess(tmp_path / "data", {"TALENTGRAPH_JWT_SECRET": "short"})
    result = subprocess.run(
        [str(Path(sys.executable).parent / "talentgraph"), "serve", "--workers", "2", "--port", str(free_port()),
         "--data-dir", str(tmp_path / "data")],
        env=gateway.env, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS,
    )
    assert result.returncode != 0
    assert "TALENTGRAPH_JWT_SECRET" in the_line(result)


def test_provisioning_that_cannot_reach_aws_exits_non_zero_in_one_line(tmp_path: Path) -> None:
    """A deploy pipeline's step: its log shows why in one line (an unreachable endpoint, a table
    whose TTL is on another attribute), not a botocore traceback to read from the bottom."""
    gateway = GatewayProcess(tmp_path / "data", {
        # Nothing listens on a free port.
        "TALENTGRAPH_AWS__ENDPOINT_URL": f"http://127.0.0.1:{free_port()}", "TALENTGRAPH_AWS__MAX_ATTEMPTS": "1",
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"})
    result = subprocess.run(
        [str(Path(sys.executable).parent / "talentgraph"), "provision", "--backend", "aws",
         "--data-dir", str(tmp_path / "data")],
        env=gateway.env, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("talentgraph: cannot provision:")]
    assert "Could not connect to the endpoint URL" in line
