"""A two-column résumé under a full-width header (the name and contact line across the top,
as most templates set it): the header first, then each column in turn, never the two
columns' lines interleaved (real PDFs made with reportlab, read with pypdfium2)."""
import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from adapters.embedded.extraction.pdf import extract_pdf
from adapters.embedded.extraction.settings import ExtractionSettings

HEADER = ["Daniel Okafor, CPA", "Atlanta, GA | 404-555-0133 | daniel.okafor@example.com | linkedin.com/in/dokafor"]
LEFT = ["SKILLS", "GAAP", "Financial analysis", "QuickBooks", "NetSuite", "", "EDUCATION", "B.S. Accounting",
        "Georgia State University, 2014"]
RIGHT = ["EXPERIENCE", "Senior Accountant", "Coca-Cola Company, Atlanta, GA", "Jan 2019 - Present",
         "Led month-end close for North America.", "", "Staff Accountant", "EY, Atlanta, GA", "Aug 2014 - Dec 2018"]


def _two_columns_under_a_header() -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=letter)
    sheet.setFont("Helvetica-Bold", 16)
    sheet.drawString(50, 750, HEADER[0])
    sheet.setFont("Helvetica", 10)
    sheet.drawString(50, 735, HEADER[1])
    for row, (left, right) in enumerate(zip(LEFT, RIGHT)):  # row by row, as templates write it
        sheet.drawString(50, 700 - row * 14, left)
        sheet.drawString(250, 700 - row * 14, right)
    sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def test_the_header_comes_first_then_each_column_whole():
    text = extract_pdf(_two_columns_under_a_header(), ExtractionSettings()).text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines == HEADER + [line for line in LEFT if line] + [line for line in RIGHT if line]


def test_dates_set_flush_right_under_a_header_stay_beside_their_jobs():
    rows = [("Senior Accountant, Coca-Cola Company", "Jan 2019 - Present"), ("Staff Accountant, EY", "Aug 2014 - Dec 2018"),
            ("Audit Intern, KPMG", "Jun 2013 - Aug 2013"), ("B.S. Accounting, Georgia State University", "2010 - 2014"),
            ("CPA, Georgia", "2016")]
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=letter)
    sheet.drawString(50, 750, HEADER[0])
    sheet.drawString(50, 735, HEADER[1])
    for row, (what, when) in enumerate(rows):
        sheet.drawString(50, 700 - row * 14, what)
        sheet.drawRightString(560, 700 - row * 14, when)
    sheet.showPage()
    sheet.save()
    lines = extract_pdf(buffer.getvalue(), ExtractionSettings()).text.splitlines()
    assert lines == HEADER + [f"{what}\t{when}" for what, when in rows]
