"""A gateway killed while a resume is being processed finishes it after a restart, once."""
from __future__ import annotations

import asyncio
import io
import sqlite3
from pathlib import Path

import httpx
import pytest

from tests.e2e.server import GatewayProcess
from tests.graphql_client import RESUME, GraphQLClient, upload_resume, wait_for_resume

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def scanned_resume_png() -> bytes:
    """A picture of a resume: OCR takes about a second, long enough to be killed mid-way."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 1100), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 40)
    lines = ["Morgan Vale", "morgan.vale@example.com", "", "EXPERIENCE", "Data Analyst, Fabrikam Inc",
             "2016 - 2021", "", "SKILLS", "Python, SQL, Tableau, Excel"]
    for n, line in enumerate(lines):
        draw.text((80, 60 + n * 100), line, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.skipif(not FONT.exists(), reason="needs Debian fonts-dejavu-core to draw the scanned resume")
async def test_a_resume_being_processed_when_the_server_is_killed_is_parsed_once_after_restart(tmp_path):
    import shutil

    if shutil.which("tesseract") is None:
        pytest.skip("needs Debian tesseract-ocr: the slow step killed here is OCR")
    gateway = GatewayProcess(tmp_path / "data")
    gateway.start()
    try:
        async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
            client = GraphQLClient(http)
            token, _ = await client.candidate()
            resume_id = (await upload_resume(client, token, "scan.png", scanned_resume_png()))["data"]["uploadResume"]["id"]
            for _ in range(400):  # bounded: at most ~20 s
                status = (await client.data(RESUME, {"id": resume_id}, token))["node"]["status"]
                if status != "UPLOADED":
                    break
                await asyncio.sleep(0.05)
            assert status == "PROCESSING"
        gateway.stop(kill=True)

        gateway.start()
        async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
            client = GraphQLClient(http)
            done = await wait_for_resume(client, token, resume_id)
            assert done["status"] == "PARSED", done["failureReason"]
            assert done["parsed"]["name"] == "Morgan Vale"
            assert (await client.data("{ me { resumes { totalCount } } }", token=token))["me"]["resumes"]["totalCount"] == 1
    finally:
        gateway.stop()
    with sqlite3.connect(tmp_path / "data" / "talentgraph.sqlite3") as db:
        items = db.execute("SELECT state, attempts FROM work_items WHERE kind = 'resume.process'").fetchall()
    assert items == [("done", 2)]
