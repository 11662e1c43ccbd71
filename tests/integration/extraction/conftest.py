"""The extractors the tests read documents with (real worker processes, real Tesseract)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.embedded.extraction.extractor import EmbeddedTextExtractor
from adapters.embedded.extraction.settings import ExtractionSettings


@pytest.fixture(scope="module")
def extractor() -> Iterator[EmbeddedTextExtractor]:
    reader = EmbeddedTextExtractor(ExtractionSettings(), workers=2)
    yield reader
    reader.close()


@pytest.fixture
def extractor_with():
    """An extractor with some settings changed; its worker pool is stopped afterwards."""
    made: list[EmbeddedTextExtractor] = []

    def make(**changes: object) -> EmbeddedTextExtractor:
        made.append(EmbeddedTextExtractor(ExtractionSettings(**changes), workers=1))
        return made[-1]

    yield make
    for reader in made:
        reader.close()
