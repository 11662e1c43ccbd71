"""Text extraction with Amazon Textract (implements domain.ports.documents.TextExtractor).

Scans are what Textract is for: images go to AnalyzeDocument with FORMS (a form-like
resume keeps its label/value pairs) or DetectDocumentText. Documents with a text layer
(PDF, DOCX, plain text) are read by the fallback extractor, which is exact and free; a
PDF the fallback finds no text in (a scanned PDF) is sent to Textract too."""
from __future__ import annotations

from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from adapters.aws.clients import error_code
from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.extracted import ExtractedDocument, has_words, tidy
from domain.errors import DocumentRejected, TransientFailure
from domain.ports.documents import ExtractedText, TextExtractor
from domain.uploads import JPEG, PDF, PNG

_SCANS = {PNG, JPEG}
# The synchronous API takes documents up to 10 MB given as bytes.
SYNC_LIMIT_BYTES = 10 * 1024 * 1024
_REJECTED = {
    "UnsupportedDocumentException": "Textract cannot read this file: upload a PDF, PNG or JPEG scan",
    "BadDocumentException": reasons.IMAGE_DAMAGED,
    "DocumentTooLargeException": "the scan is too large to read: scan it again at 300 dpi",
    "InvalidParameterException": "Textract cannot read this file: upload a PDF, PNG or JPEG scan",
}
_NO_TEXT_REASONS = {reasons.NO_TEXT_IN_PDF, reasons.NO_TEXT_OCR_MISSING, reasons.OCR_TIMED_OUT}


def lines_of(response: dict[str, Any]) -> str:
    """The LINE blocks in reading order, one per line, pages separated by a blank line."""
    out: list[str] = []
    page = None
    for block in response.get("Blocks", []):
        if block.get("BlockType") != "LINE":
            continue
        if page is not None and block.get("Page", 1) != page:
            out.append("")
        page = block.get("Page", 1)
        out.append(block.get("Text", ""))
    return "\n".join(out)


class TextractTextExtractor:
    def __init__(self, textract: Any, fallback: TextExtractor, *, analyze_forms: bool = True) -> None:
        self._textract = textract
        self._fallback = fallback
        self._analyze_forms = analyze_forms

    async def extract(self, data: bytes, content_type: str) -> ExtractedText:
        if content_type in _SCANS:
            return await self._ocr(data, forms=self._analyze_forms)
        try:
            return await self._fallback.extract(data, content_type)
        except DocumentRejected as rejected:
            if content_type == PDF and rejected.reason in _NO_TEXT_REASONS and len(data) <= SYNC_LIMIT_BYTES:
                return await self._ocr(data, forms=False)
            raise

    async def _ocr(self, data: bytes, *, forms: bool) -> ExtractedDocument:
        if len(data) > SYNC_LIMIT_BYTES:
            raise DocumentRejected(_REJECTED["DocumentTooLargeException"])
        try:
            if forms:
                response = await self._textract.analyze_document(Document={"Bytes": data}, FeatureTypes=["FORMS"])
            else:
                response = await self._textract.detect_document_text(Document={"Bytes": data})
        except ClientError as error:
            code = error_code(error)
            if code in _REJECTED:
                raise DocumentRejected(_REJECTED[code]) from error
            raise TransientFailure(f"Textract failed: {code}") from error
        except BotoCoreError as error:
            raise TransientFailure(f"Textract unreachable: {error}") from error
        text = tidy(lines_of(response))
        if not has_words(text):
            raise DocumentRejected(reasons.NO_TEXT_IN_IMAGE)
        pages = int(response.get("DocumentMetadata", {}).get("Pages", 1))
        return ExtractedDocument(text=text, pages=pages, used_ocr=True)
