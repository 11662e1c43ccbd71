"""PDF pages read in reading order from their layout: two columns one after the other, a
table's cells apart (real PDFs made with reportlab, read with pypdfium2)."""
import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from adapters.embedded.extraction.pdf import extract_pdf
from adapters.embedded.extraction.settings import ExtractionSettings


def _pdf(draw) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    draw(sheet)
    sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def test_a_two_column_page_is_read_column_by_column():
    left = ["CONTACT", "Rua das Flores 12", "Porto", "LANGUAGES", "Portuguese", "English"]
    right = ["EXPERIENCE", "Pastry Chef, Casa Doce — 2019 - Present", "Laminated doughs daily",
             "Commis Chef, Mar Azul — 2016 - 2019", "EDUCATION", "Culinary Diploma, Escola de Hotelaria, 2016"]

    def draw(sheet):  # row by row, as a template that lays out both columns together writes it
        for row, (a, b) in enumerate(zip(left, right)):
            sheet.drawString(40, 780 - row * 40, a)
            sheet.drawString(230, 780 - row * 40, b)

    text = extract_pdf(_pdf(draw), ExtractionSettings()).text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines == left + right


def test_a_table_row_keeps_its_cells_apart():
    def draw(sheet):
        sheet.drawString(72, 700, "SKILLS")
        for col, cell in enumerate(["Welding", "Blueprint reading", "Rigging"]):
            sheet.drawString(72 + col * 150, 680, cell)

    text = extract_pdf(_pdf(draw), ExtractionSettings()).text
    assert "Welding\tBlueprint reading\tRigging" in text.splitlines()


def test_a_single_column_page_keeps_its_lines_in_order():
    lines = ["Kemi Adeyemi", "Staff Accountant, Lagos Bottling Ltd. — 2018 - Present",
             "Prepared month-end journals, reconciliations and VAT returns for three entities."]

    def draw(sheet):
        for row, line in enumerate(lines):
            sheet.drawString(72, 770 - row * 18, line)

    assert extract_pdf(_pdf(draw), ExtractionSettings()).text.splitlines() == lines


def test_a_word_layout_table_is_read_cell_by_cell_and_a_data_table_row_by_row():
    import docx

    from adapters.embedded.extraction.docx_reader import extract_docx

    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Work History"
    layout.cell(0, 1).text = "Sous Chef, Harbour Grill — 2019 - Present\nRan the pass on busy nights"
    grid = document.add_table(rows=1, cols=3)
    for col, skill in enumerate(["Butchery", "Sauces", "Rota planning"]):
        grid.cell(0, col).text = skill
    buffer = io.BytesIO()
    document.save(buffer)
    lines = extract_docx(buffer.getvalue(), ExtractionSettings()).text.splitlines()
    assert lines == ["Work History", "Sous Chef, Harbour Grill — 2019 - Present",
                     "Ran the pass on busy nights", "Butchery | Sauces | Rota planning"]


def test_a_resume_with_a_sidebar_is_parsed_from_its_main_column_with_contact_from_the_sidebar():
    from adapters.embedded.parsing.parser import RuleBasedResumeParser
    from domain.skills import SkillTaxonomy, TaxonomySkillExtractor

    left = ["CONTACT", "+44 7700 900321", "dee@example.co.uk", "Cardiff, Wales", "SKILLS", "Rigging", "Welding"]
    right = ["Dee Morgan", "Fabricator", "EXPERIENCE", "Fabricator, Severn Steel Ltd", "Jan 2020 - Present",
             "Built handrails.", "EDUCATION"]

    def draw(sheet):
        for row, (a, b) in enumerate(zip(left, right)):
            sheet.setFont("Helvetica", 9)
            sheet.drawString(30, 800 - row * 20, a)
            sheet.setFont("Helvetica-Bold", 18 if row == 0 else 10)
            sheet.drawString(200, 800 - row * 20, b)

    text = extract_pdf(_pdf(draw), ExtractionSettings()).text
    parsed = RuleBasedResumeParser(TaxonomySkillExtractor(SkillTaxonomy([], {}, [], []))).parse_text(text)
    assert (parsed.name, parsed.phone, parsed.location) == ("Dee Morgan", "+44 7700 900321", "Cardiff, Wales")
    assert [(e.title, e.company) for e in parsed.experience] == [("Fabricator", "Severn Steel Ltd")]
    assert [s.name for s in parsed.skills] == ["Rigging", "Welding"]
