"""One person's expensive PDFs do not hold another person's resume up. Two files from Ann whose
50 pages share one 20 MB content stream used to take both queue workers (and both extraction
processes) for minutes while Bob's 1 KB text resume sat at UPLOADED."""
from __future__ import annotations

import asyncio
import time

import httpx

from tests.e2e.server import GatewayProcess
from tests.fixtures.heavy_pdf import pdf_sharing_one_big_content_stream
from tests.graphql_client import RESUME, GraphQLClient, upload_resume, wait_for_resume

BOB = b"Bob Stone\nbob.stone@example.com\n\nEXPERIENCE\nData Analyst, Fabrikam Inc\n2016 - 2021\n\nSKILLS\nPython, SQL\n"


async def _status(client: GraphQLClient, token: str, resume_id: str) -> str:
    return (await client.data(RESUME, {"id": resume_id}, token))["node"]["status"]


async def _upload_two_heavy_then_one_small(client: GraphQLClient, pdf: bytes) -> tuple[str, list[str], str, str]:
    # A first resume warms the pipeline (extraction processes, models) so that what follows
    # compares files, not a cold start.
    warm, _ = await client.candidate()
    warm_id = (await upload_resume(client, warm, "warm.txt", BOB + b"warm-up\n"))["data"]["uploadResume"]["id"]
    await wait_for_resume(client, warm, warm_id, attempts=1500)
    ann, _ = await client.candidate()
    bob, _ = await client.candidate()
    heavy = [(await upload_resume(client, ann, f"ann-{n}.pdf", pdf + b"%" + bytes([48 + n]) + b"\n"))
             ["data"]["uploadResume"]["id"] for n in range(2)]
    for _ in range(200):  # both of Ann's files are claimed or held back before Bob uploads
        if {await _status(client, ann, resume_id) for resume_id in heavy} != {"UPLOADED"}:
            break
        await asyncio.sleep(0.05)
    small = (await upload_resume(client, bob, "bob.txt", BOB))["data"]["uploadResume"]["id"]
    return ann, heavy, bob, small


async def test_a_small_resume_is_parsed_while_another_owners_slow_pdfs_are_in_flight(tmp_path):
    # The per-page limits are lifted here so that Ann's files are slow for real (about 2 s a
    # page): what is tested is the queue's fairness, not the limits (tested below).
    gateway = GatewayProcess(tmp_path / "data", {
        "TALENTGRAPH_QUEUE_WORKERS": "2", "TALENTGRAPH_PDF_PAGE_CONTENT_BYTES": str(10**10),
        "TALENTGRAPH_PDF_CONTENT_BYTES": str(10**12), "TALENTGRAPH_PDF_PAGE_SECONDS": "600"})
    gateway.start()
    try:
        async with httpx.AsyncClient(base_url=gateway.url, timeout=60) as http:
            client = GraphQLClient(http)
            ann, heavy, bob, small = await _upload_two_heavy_then_one_small(
                client, pdf_sharing_one_big_content_stream(pages=50))
            started = time.monotonic()
            done = await wait_for_resume(client, bob, small)
            seconds = time.monotonic() - started
            ann_states = sorted([await _status(client, ann, resume_id) for resume_id in heavy])
            print(f"Bob's resume PARSED {seconds:.1f} s after upload; Ann's then: {ann_states}")
            assert done["status"] == "PARSED" and done["parsed"]["name"] == "Bob Stone"
            # One of Ann's files in flight, the other held back for her turn: none finished.
            assert ann_states == ["PROCESSING", "UPLOADED"]
    finally:
        gateway.stop()


async def test_with_the_default_limits_such_pdfs_are_refused_at_once_and_the_small_resume_parsed(tmp_path):
    gateway = GatewayProcess(tmp_path / "data", {"TALENTGRAPH_QUEUE_WORKERS": "2"})
    gateway.start()
    try:
        async with httpx.AsyncClient(base_url=gateway.url, timeout=60) as http:
            client = GraphQLClient(http)
            ann, heavy, bob, small = await _upload_two_heavy_then_one_small(
                client, pdf_sharing_one_big_content_stream(pages=50))
            started = time.monotonic()
            done = await wait_for_resume(client, bob, small)
            print(f"Bob's resume PARSED {time.monotonic() - started:.1f} s after upload")
            assert done["status"] == "PARSED"
            for resume_id in heavy:
                failed = await wait_for_resume(client, ann, resume_id)
                assert failed["status"] == "FAILED"
                assert failed["failureReason"].startswith("a page of the PDF holds 21 MB of drawing instructions")
    finally:
        gateway.stop()
