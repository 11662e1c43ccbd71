"""Word (DOCX) text with python-docx: body paragraphs and tables in document order, then
headers, footers and text boxes, where resume templates often put the name and contact."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.docx_looks import document_looks, set_apart
from adapters.embedded.extraction.extracted import ExtractedDocument, has_words, tidy
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.extraction.zip_guard import check_zip_directory
from domain.document_layout import LineLook
from domain.errors import DocumentRejected

# A text box is written twice (modern drawing + legacy VML fallback); read it once.
_TEXT_BOX_PARAGRAPHS = etree.XPath(
    ".//w:txbxContent[not(ancestor::mc:Fallback)]//w:p",
    namespaces={"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"})
_CELL_SEPARATOR = " | "


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells = []
        grid = row.cells
        column = 0
        while column < len(grid):
            # A merged cell comes back once per grid column it spans: read it once.
            cell = grid[column]
            column += max(1, cell.grid_span)
            nested = [line for inner in cell.tables for line in _table_lines(inner)]
            text = "\n".join(p.text for p in cell.paragraphs if p.text.strip())
            cells.append("\n".join(filter(None, [text, *nested])))
        filled = [cell for cell in cells if cell.strip()]
        if len(filled) >= 2 and cells[0].strip() and _labels_its_row(row):
            # A layout table: a section's name or a label in bold on the left, its content
            # on the right ("Education | BSc ..."): the name stands on its own line.
            yield cells[0]
            filled = filled[1:]
        if any("\n" in cell for cell in filled):
            # Cells that hold blocks (a layout table: section names left, entries right) are
            # read one after the other; cells of one line each are a row of a data table.
            for cell in filled:
                yield cell
        elif filled:
            yield _CELL_SEPARATOR.join(filled)


def _labels_its_row(row) -> bool:
    first, *others = [cell for cell in row.cells if any(p.text.strip() for p in cell.paragraphs)]
    heads = [p for p in first.paragraphs if p.text.strip()]
    if len(heads) != 1 or len(heads[0].text.split()) > 4 or not set_apart(heads[0]):
        return False
    return not all(set_apart(p) for cell in others for p in cell.paragraphs if p.text.strip())


def _block_lines(blocks: Iterator[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        else:
            yield from _table_lines(block)


def _text_box_lines(document: DocxDocument) -> Iterator[str]:
    for element in _TEXT_BOX_PARAGRAPHS(document.element.body):
        text = "".join(node.text or "" for node in element.iter(qn("w:t")))
        if text.strip():
            yield text


def _header_footer_lines(document: DocxDocument) -> Iterator[str]:
    seen: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header,
                     section.footer, section.first_page_footer):
            if part.is_linked_to_previous or id(part.part) in seen:
                continue
            seen.add(id(part.part))
            yield from _block_lines(part.iter_inner_content())


def _read(data: bytes, settings: ExtractionSettings) -> tuple[str, tuple[LineLook, ...]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        check_zip_directory(archive, settings)
    document = docx.Document(io.BytesIO(data))
    lines = [*_header_footer_lines(document),
             *_block_lines(document.iter_inner_content()),
             *_text_box_lines(document)]
    return "\n".join(lines), document_looks(document)


def extract_docx(data: bytes, settings: ExtractionSettings) -> ExtractedDocument:
    try:
        raw, looks = _read(data, settings)
        text = tidy(raw)
    except DocumentRejected:
        raise
    except MemoryError as error:
        raise DocumentRejected(reasons.DOCX_TOO_BIG_INSIDE) from error
    except Exception as error:  # noqa: BLE001 - any failure to read the package is the file's
        raise DocumentRejected(reasons.DOCX_DAMAGED) from error
    if not has_words(text):
        raise DocumentRejected(reasons.NO_TEXT_IN_DOCUMENT)
    # A DOCX has no pages until a word processor lays it out; count it as one.
    return ExtractedDocument(text=text, pages=1, used_ocr=False, looks=looks)
