"""Zip-bomb checks on an OOXML package, from the zip's central directory alone: nothing is
inflated until the declared sizes pass. Declared sizes cannot be understated to slip past:
Python's zipfile stops inflating a member at its declared size and then fails its CRC."""
from __future__ import annotations

import zipfile

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.settings import ExtractionSettings
from domain.errors import DocumentRejected


def _ratio(member: zipfile.ZipInfo) -> float:
    return member.file_size / max(member.compress_size, 1)


def check_zip_directory(archive: zipfile.ZipFile, settings: ExtractionSettings) -> None:
    members = archive.infolist()
    if len(members) > settings.max_docx_parts:
        raise DocumentRejected(reasons.DOCX_TOO_BIG_INSIDE)
    total = 0
    for member in members:
        total += member.file_size
        if total > settings.max_docx_uncompressed_bytes:
            raise DocumentRejected(reasons.DOCX_TOO_BIG_INSIDE)
        if (member.file_size > settings.docx_ratio_applies_above_bytes
                and _ratio(member) > settings.max_docx_compression_ratio):
            raise DocumentRejected(reasons.DOCX_TOO_BIG_INSIDE)
