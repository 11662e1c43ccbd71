"""What a real server writes to its log: no password from a GET query string, no GET
variables, no download-link token, no email address (hashes only), and no ERROR line or
traceback for requests that are merely wrong."""
from __future__ import annotations

import asyncio
import json
from urllib.parse import urlsplit

import httpx
import websockets

from adapters.embedded.notifications.log_sink import address_hash
from tests.e2e.server import GatewayProcess
from tests.graphql_client import GraphQLClient, upload_resume, wait_for_resume

LINK = "query($id: ID!){ node(id: $id){ ... on Resume { downloadUrl } } }"
RESUME = b"Ada Lovelace\nada@example.com\n\nSKILLS\nPython, SQL\n"


async def test_the_log_keeps_no_secrets_and_no_errors_for_client_mistakes(tmp_path):
    gateway = GatewayProcess(tmp_path / "data")
    gateway.start()
    try:
        async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
            client = GraphQLClient(http)
            token, user = await client.candidate()
            email = user["email"]
            resume_id = (await upload_resume(client, token, "cv.txt", RESUME))["data"]["uploadResume"]["id"]
            await wait_for_resume(client, token, resume_id)
            link = (await client.data(LINK, {"id": resume_id}, token))["node"]["downloadUrl"]
            link_token = urlsplit(link).path.rsplit("/", 1)[-1]
            assert (await http.get(urlsplit(link).path)).status_code == 200

            login = f'mutation {{ login(email: "{email}", password: "hunter2-sent-over-get") {{ accessToken }} }}'
            refused = await http.get("/graphql", params={"query": login})
            assert 400 <= refused.status_code < 500
            await http.get("/graphql", params={"query": "query($p: String){ __typename }",
                                               "variables": json.dumps({"p": "variable-value-secret"})})
            # Merely wrong requests.
            await http.post("/graphql", content=b"{not json", headers={"content-type": "application/json"})
            await http.post("/graphql", json={"query": "{ nope "})
            await http.post("/graphql", json={"query": "{ me { id } }"})
            await http.get("/downloads/not-a-token")
            async with websockets.connect(
                gateway.url.replace("http://", "ws://") + "/graphql?access_token=ws-query-secret",
                subprotocols=["graphql-transport-ws"], open_timeout=10,
            ) as socket:
                await socket.send(json.dumps({"type": "connection_init", "payload": {}}))
                await asyncio.wait_for(socket.recv(), 10)
                await socket.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": "{ nope }"}}))
                await asyncio.wait_for(socket.recv(), 10)
    finally:
        gateway.stop()

    log = gateway.log.read_text()
    for secret in ("hunter2-sent-over-get", "variable-value-secret", link_token, "ws-query-secret", email):
        assert secret not in log, f"{secret!r} is in the log"
    assert address_hash(email) in log  # the notification line names the recipient by hash
    lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    assert any('"GET /graphql?[redacted] HTTP/1.1" 400' in line["message"] for line in lines)
    assert [line for line in lines if line["level"] in ("ERROR", "CRITICAL") or "exception" in line] == []


async def test_a_client_hanging_up_mid_body_is_an_info_line_not_an_error(tmp_path):
    gateway = GatewayProcess(tmp_path / "data")
    gateway.start()
    try:
        for content_type, start in (
            (b"multipart/form-data; boundary=b", b'--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{'),
            (b"application/json", b'{"query": "{ __typ'),
        ):
            reader, writer = await asyncio.open_connection("127.0.0.1", gateway.port)
            writer.write(b"POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: " + content_type
                         + b"\r\nApollo-Require-Preflight: true\r\nContent-Length: 100000\r\n\r\n" + start)
            await writer.drain()
            await asyncio.sleep(0.3)
            writer.close()
            await writer.wait_closed()
        async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:  # still serving
            assert (await http.post("/graphql", json={"query": "{ __typename }"})).status_code == 200
    finally:
        gateway.stop()
    lines = [json.loads(line) for line in gateway.log.read_text().splitlines() if line.startswith("{")]
    assert [line["message"][:80] for line in lines if line["level"] != "INFO" or "exception" in line] == []
    assert sum("client closed the connection" in line["message"] for line in lines) == 2
