"""An AsyncOpenSearch client: SigV4-signed for Amazon OpenSearch Service, plain otherwise."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from opensearchpy import AsyncHttpConnection, AsyncOpenSearch


def open_client(url: str, region: str, *, timeout: float = 10.0) -> AsyncOpenSearch:
    host = urlparse(url).hostname or ""
    options: dict[str, Any] = {"timeout": timeout, "max_retries": 3, "retry_on_timeout": True, "http_compress": True}
    if host.endswith(".amazonaws.com"):
        import botocore.session
        from opensearchpy import AWSV4SignerAsyncAuth

        credentials = botocore.session.Session().get_credentials()
        service = "aoss" if ".aoss." in host else "es"
        return AsyncOpenSearch(hosts=[url], http_auth=AWSV4SignerAsyncAuth(credentials, region, service),
                               use_ssl=True, verify_certs=True, connection_class=AsyncHttpConnection, **options)
    return AsyncOpenSearch(hosts=[url], connection_class=AsyncHttpConnection, **options)
