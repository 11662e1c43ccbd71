"""The process that hands documents to the extraction processes knows which types are read
without importing the readers, and the readers cover exactly those types."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READERS = ("pypdf", "docx", "PIL", "pytesseract", "pdfminer", "pypdfium2")


def test_the_readers_cover_exactly_the_readable_types():
    from adapters.embedded.extraction.dispatch import readers_cover_the_readable_types

    assert readers_cover_the_readable_types()


def test_constructing_the_extractor_imports_no_reader():
    probe = ("import sys\n"
             "from adapters.embedded.extraction.extractor import EmbeddedTextExtractor\n"
             "EmbeddedTextExtractor()\n"
             f"print(sorted(m for m in {READERS!r} if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    assert out.stdout.strip() == "[]"


def test_an_extraction_process_reading_a_text_pdf_imports_no_docx_or_ocr_reader():
    # python-docx and Tesseract's wrapper are a third of a process's start-up, paid
    # again whenever the pool replaces a process; a PDF with a text layer needs neither (Pillow
    # comes with pypdf, which the PDF reader's guard uses).
    from tests.fixtures.documents import pdf_bytes

    probe = ("import sys\n"
             "from adapters.embedded.extraction.worker_process import extract_in_worker, prepare_worker\n"
             "from adapters.embedded.extraction.settings import ExtractionSettings\n"
             "prepare_worker(0)\n"
             "read = extract_in_worker(sys.stdin.buffer.read(), 'application/pdf', ExtractionSettings())\n"
             "assert 'Python' in read.text, read.text\n"
             "print(sorted(m for m in ('docx', 'pytesseract') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, input=pdf_bytes(),
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    assert out.stdout.decode().strip() == "[]"
