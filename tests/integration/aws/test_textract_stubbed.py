"""Textract on the exact request/response shapes (Stubber: a named mock at the edge; moto's
textract answers canned blocks whatever the document, so it cannot tell a reading apart)."""
from __future__ import annotations

import pytest
from aiobotocore.stub import AioStubber

from adapters.aws.textract.extractor import TextractTextExtractor
from domain.errors import DocumentRejected, TransientFailure

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


class _NeverCalled:
    async def extract(self, data, content_type):
        raise AssertionError("scans go to Textract, not the fallback")


@pytest.fixture
async def textract():
    import aioboto3

    async with aioboto3.Session(region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x").client(
            "textract") as client:
        with AioStubber(client) as stubber:
            yield client, stubber


def _lines(*texts: str) -> dict:
    return {"DocumentMetadata": {"Pages": 1},
            "Blocks": [{"BlockType": "PAGE", "Page": 1}] + [{"BlockType": "LINE", "Text": t, "Page": 1} for t in texts]}


async def test_a_scan_is_read_with_analyze_document_forms_into_lines(textract):
    client, stubber = textract
    stubber.add_response("analyze_document", _lines("Ada Lovelace", "Email: ada@example.com"),
                         expected_params={"Document": {"Bytes": PNG}, "FeatureTypes": ["FORMS"]})
    result = await TextractTextExtractor(client, _NeverCalled()).extract(PNG, "image/png")
    assert result.text == "Ada Lovelace\nEmail: ada@example.com"
    assert (result.pages, result.used_ocr) == (1, True)


async def test_without_forms_a_scan_goes_to_detect_document_text(textract):
    client, stubber = textract
    stubber.add_response("detect_document_text", _lines("Grace Hopper"), expected_params={"Document": {"Bytes": PNG}})
    result = await TextractTextExtractor(client, _NeverCalled(), analyze_forms=False).extract(PNG, "image/png")
    assert result.text == "Grace Hopper"


async def test_a_document_textract_calls_bad_is_rejected_with_a_reason_and_throttling_is_retried(textract):
    client, stubber = textract
    stubber.add_client_error("analyze_document", service_error_code="BadDocumentException")
    stubber.add_client_error("analyze_document", service_error_code="ThrottlingException", http_status_code=400)
    extractor = TextractTextExtractor(client, _NeverCalled())
    with pytest.raises(DocumentRejected, match="scan again"):
        await extractor.extract(PNG, "image/png")
    with pytest.raises(TransientFailure):
        await extractor.extract(PNG, "image/png")
