"""How each paragraph of a Word document is set: bold, type size against the body's, a
heading or title style; read from python-docx's run and style properties, following each
style's base styles as Word does when a run does not say."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from domain.document_layout import LineLook, relative_size

# "Title" and "Subtitle" set the name and the tagline, not a section.
_HEADING_STYLES = ("heading",)
_MAX_HEADING_CHARS = 120


def _inherited(style, attribute: str):
    while style is not None:
        value = getattr(style.font, attribute)
        if value is not None:
            return value
        style = style.base_style
    return None


def _run_bold(run, paragraph: Paragraph) -> bool:
    for value in (run.bold, _inherited(run.style, "bold"), _inherited(paragraph.style, "bold")):
        if value is not None:
            return bool(value)
    return False


def _run_size(run, paragraph: Paragraph) -> float | None:
    size = run.font.size or _inherited(run.style, "size") or _inherited(paragraph.style, "size")
    return size.pt if size is not None else None


def set_apart(paragraph: Paragraph) -> bool:
    """Every run of the paragraph bold, or a heading style: a label or a heading."""
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if style.startswith(_HEADING_STYLES):
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(_run_bold(r, paragraph) for r in runs)


def _paragraphs(blocks: Iterable[Paragraph | Table]) -> Iterator[Paragraph]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            for row in block.rows:
                for cell in row.cells:
                    yield from cell.paragraphs
                    for inner in cell.tables:
                        yield from _paragraphs([inner])


def document_looks(document: DocxDocument) -> tuple[LineLook, ...]:
    """The paragraphs set apart from the body text (its commonest size, not bold)."""
    measured: list[tuple[str, bool, float | None, bool]] = []
    sizes: Counter[float] = Counter()
    for paragraph in _paragraphs(document.iter_inner_content()):
        text = paragraph.text.strip()
        if not text:
            continue
        runs = [r for r in paragraph.runs if r.text.strip()]
        bold = bool(runs) and all(_run_bold(r, paragraph) for r in runs)
        run_sizes = [s for r in runs if (s := _run_size(r, paragraph))]
        size = max(run_sizes) if run_sizes else None
        for r in runs:
            if (s := _run_size(r, paragraph)):
                sizes[s] += len(r.text)
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        measured.append((text, bold, size, style.startswith(_HEADING_STYLES)))
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    looks = []
    for text, bold, size, heading_style in measured:
        if len(text) > _MAX_HEADING_CHARS:
            continue  # a paragraph of prose, whatever its type
        look = LineLook(text, bold, relative_size(size, body) if size and body else 1.0, heading_style)
        if look.emphasised:
            looks.append(look)
    return tuple(looks)
