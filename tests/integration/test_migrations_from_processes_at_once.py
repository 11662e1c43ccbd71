"""`serve --workers N` on the AWS backend starts N processes that each open the replica's
local SQLite files (the search mirror, the analytics store) at the same moment: migrating one
fresh file from several processes at once failed ("duplicate column name", "database is
locked") and took an API process down. The parent migrates them once before any child starts,
as it does the embedded database."""
from __future__ import annotations

import os
import sqlite3

from adapters.embedded.sqlite.database import Database
from gateway.cli import prepare


def test_the_aws_replicas_local_files_are_migrated_before_any_child_opens_them(settings):
    aws = settings.model_copy(update={"backend": "aws"})
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        prepare(aws)
    finally:
        os.umask(umask)  # prepare makes the process private, as `serve` is
    for name in ("search-mirror.sqlite3", "analytics.sqlite3"):
        with sqlite3.connect(aws.data_dir / name) as conn:
            applied = max(row[0] for row in conn.execute("SELECT version FROM schema_migrations"))
        assert applied == Database(aws.data_dir / name).schema_version, name
