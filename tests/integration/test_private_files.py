"""Secrets are written whole or not at all, private, and a data dir left open is tightened."""
from __future__ import annotations

import os
import stat

import pytest

from gateway.auth.tokens import load_or_create_secret
from gateway.private_files import prepare_data_dir, write_atomically
from gateway.startup import StartupFailure


def test_a_secret_is_written_private_and_read_back(tmp_path):
    secret = load_or_create_secret(None, tmp_path / "data")
    path = tmp_path / "data" / "jwt-secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == secret and len(secret) >= 32
    assert load_or_create_secret(None, tmp_path / "data") == secret


def test_a_crash_while_writing_leaves_no_file_at_all(tmp_path, monkeypatch):
    def power_cut(fd: int) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(OSError, match="power cut"):
        write_atomically(tmp_path / "jwt-secret", "s" * 64)
    assert list(tmp_path.iterdir()) == []  # neither an empty secret nor a temporary file


@pytest.mark.parametrize("content, said", [("", "empty"), ("short\n", "too short")])
def test_an_empty_or_short_secret_file_refuses_to_start(tmp_path, content, said):
    (tmp_path / "jwt-secret").write_text(content)
    with pytest.raises(StartupFailure, match=said) as refused:
        load_or_create_secret(None, tmp_path)
    assert str(tmp_path / "jwt-secret") in str(refused.value)


def test_a_data_dir_and_database_left_open_are_tightened(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    database = data / "talentgraph.sqlite3"
    database.write_bytes(b"")
    database.chmod(0o644)
    prepare_data_dir(data, files=(database, data / "absent"))
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
