"""The content types extraction reads, apart from the readers themselves (dispatch.py): the
process handing documents to the extraction processes checks a type against these without
importing pypdf, python-docx and Pillow, which only the extraction processes need."""
from __future__ import annotations

from domain.uploads import DOCX, JPEG, MARKDOWN, PDF, PLAIN_TEXT, PNG

READABLE_TYPES = frozenset({PDF, DOCX, PLAIN_TEXT, MARKDOWN, PNG, JPEG})
