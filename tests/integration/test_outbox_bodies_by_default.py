"""With the defaults (development, no mail provider: messages go to the log) a developer can
read a verification link in the outbox after it "went out", as the log line says; with a
mail provider, or in production, bodies are dropped once delivered unless asked otherwise."""
from __future__ import annotations

import logging
from pathlib import Path

from adapters.embedded.event_bus import InProcessEventBus
from adapters.embedded.sqlite.outbox import SqliteOutbox
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from gateway.backends.embedded_accounts import embedded_account_adapters
from gateway.config import Settings
from tests.integration.test_outbox_bodies_after_delivery import LINK, _reset_mail, _rows, _with_user


def _settings(**changes) -> Settings:
    return Settings(data_dir=Path("/nonexistent"), jwt_secret="s" * 48, **changes)


async def test_the_default_development_setup_keeps_the_body_the_log_line_points_to(db, caplog):
    await _with_user(db)
    accounts = embedded_account_adapters(db, _settings(), InProcessEventBus(), SqliteWorkQueue(db))
    await SqliteOutbox(db).enqueue([_reset_mail()])
    with caplog.at_level(logging.INFO, logger="talentgraph.notifications"):
        assert await accounts.outbox_dispatcher.run_once() == 1
    (row,) = await _rows(db)
    assert row["state"] == "sent" and LINK in row["body_text"]
    assert "kept in the outbox" in caplog.text


def test_bodies_are_dropped_by_default_with_a_mail_provider_or_in_production():
    assert _settings().outbox_keeps_delivered_bodies is True
    assert _settings(smtp_url="smtp://mail.example.test:25").outbox_keeps_delivered_bodies is False
    assert _settings(environment="production").outbox_keeps_delivered_bodies is False
    assert _settings(outbox_keep_delivered_bodies=False).outbox_keeps_delivered_bodies is False
    assert _settings(smtp_url="smtp://m:25", outbox_keep_delivered_bodies=True).outbox_keeps_delivered_bodies


async def test_a_log_line_says_so_when_the_body_is_not_kept(caplog):
    from adapters.embedded.notifications.log_sink import LogSender
    from domain.channels import Channel

    with caplog.at_level(logging.INFO, logger="talentgraph.notifications"):
        await LogSender(Channel.EMAIL, bodies_kept=False).deliver(_reset_mail())
    assert "kept in the outbox" not in caplog.text
    assert "TALENTGRAPH_OUTBOX_KEEP_DELIVERED_BODIES" in caplog.text
