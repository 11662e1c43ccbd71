"""Seconds from upload to PARSED of a 1 KB text resume from Bob while Ann's two PDFs of 50
pages sharing one 20 MB content stream are being read, on a real server (2 queue workers),
after a warm-up resume. `--lift-limits` lifts the per-page PDF limits, so that Ann's files are
slow for real and only the queue's fairness keeps Bob's resume moving.

    PYTHONPATH=$PWD .venv/bin/python tests/bench/bench_extraction_fairness.py [--lift-limits]"""
from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import httpx

from tests.e2e.server import GatewayProcess
from tests.fixtures.heavy_pdf import pdf_sharing_one_big_content_stream
from tests.graphql_client import RESUME, GraphQLClient, upload_resume, wait_for_resume

BOB = b"Bob Stone\nbob.stone@example.com\n\nEXPERIENCE\nData Analyst, Fabrikam Inc\n2016 - 2021\n\nSKILLS\nPython, SQL\n"
LIFTED = {"TALENTGRAPH_PDF_PAGE_CONTENT_BYTES": str(10**10), "TALENTGRAPH_PDF_CONTENT_BYTES": str(10**12),
          "TALENTGRAPH_PDF_PAGE_SECONDS": "600"}


async def _status(client: GraphQLClient, token: str, resume_id: str) -> str:
    return (await client.data(RESUME, {"id": resume_id}, token))["node"]["status"]


async def run(lift_limits: bool) -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="bench-fairness-")) / "data"
    gateway = GatewayProcess(data_dir, {"TALENTGRAPH_QUEUE_WORKERS": "2", **(LIFTED if lift_limits else {})})
    gateway.start()
    try:
        async with httpx.AsyncClient(base_url=gateway.url, timeout=60) as http:
            client = GraphQLClient(http)
            warm, _ = await client.candidate()
            warm_id = (await upload_resume(client, warm, "warm.txt", BOB + b"warm-up\n"))["data"]["uploadResume"]["id"]
            await wait_for_resume(client, warm, warm_id, attempts=3000)
            ann, _ = await client.candidate()
            bob, _ = await client.candidate()
            pdf = pdf_sharing_one_big_content_stream(pages=50)
            heavy = [(await upload_resume(client, ann, f"ann-{n}.pdf", pdf + bytes([48 + n])))
                     ["data"]["uploadResume"]["id"] for n in range(2)]
            await asyncio.sleep(0.5)
            started = time.monotonic()
            small = (await upload_resume(client, bob, "bob.txt", BOB))["data"]["uploadResume"]["id"]
            done = await wait_for_resume(client, bob, small, attempts=3000)
            seconds = time.monotonic() - started
            ann_states = [await _status(client, ann, resume_id) for resume_id in heavy]
            print(f"limits {'lifted' if lift_limits else 'default'}: Bob's resume {done['status']} "
                  f"{seconds:.1f} s after upload; Ann's files then {ann_states}")
    finally:
        gateway.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lift-limits", action="store_true")
    asyncio.run(run(parser.parse_args().lift_limits))
