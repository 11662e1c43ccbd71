"""Which analytics store the settings open, and the clear errors when one cannot be."""
from __future__ import annotations

import pytest

from gateway.backends.analytics import analytics_store_kind, open_analytics_store
from gateway.config import Settings


def test_the_store_follows_the_backend_unless_configured(tmp_path):
    assert analytics_store_kind(Settings(data_dir=tmp_path)) == "sqlite"
    assert analytics_store_kind(Settings(data_dir=tmp_path, backend="aws")) == "mongodb"
    assert analytics_store_kind(Settings(data_dir=tmp_path, backend="aws", analytics_store="sqlite")) == "sqlite"


async def test_mongodb_without_a_url_says_which_setting_to_give(tmp_path):
    with pytest.raises(RuntimeError, match="TALENTGRAPH_ANALYTICS_MONGODB_URL"):
        async with open_analytics_store(Settings(data_dir=tmp_path, analytics_store="mongodb")):
            pass


async def test_a_missing_documentdb_ca_bundle_is_named(tmp_path):
    settings = Settings(
        data_dir=tmp_path, backend="aws", analytics_mongodb_url="mongodb://127.0.0.1:1",
        analytics_mongodb_tls_ca_file=tmp_path / "global-bundle.pem",
    )
    with pytest.raises(FileNotFoundError, match="global-bundle.pem"):
        async with open_analytics_store(settings):
            pass


def test_tls_and_the_ca_bundle_reach_the_motor_client(tmp_path):
    import shutil

    import certifi

    from adapters.aws.documentdb.client import MongoConnection, open_client

    bundle = tmp_path / "global-bundle.pem"  # any real CA bundle stands in for the RDS one
    shutil.copy(certifi.where(), bundle)
    client = open_client(MongoConnection(url="mongodb://127.0.0.1:1", tls=True, tls_ca_file=bundle))
    plain = open_client(MongoConnection(url="mongodb://127.0.0.1:1"))
    try:
        assert client.options._options["tls"] is True
        assert client.options._options["tlscafile"] == str(bundle)
        assert client.options.pool_options._ssl_context is not None
        assert plain.options.pool_options._ssl_context is None
        assert client.options.retry_writes is False  # DocumentDB has no retryable writes
    finally:
        client.close()
        plain.close()
