"""Two-page resume PDFs about invented people, varied enough that no two are alike."""
from __future__ import annotations

import io
import random

FIRST = ["Avery", "Jordan", "Riley", "Casey", "Morgan", "Quinn", "Rowan", "Sage", "Elliot", "Harper"]
LAST = ["Fenwick", "Quill", "Marlow", "Ashby", "Thorne", "Vale", "Brook", "Hale", "Pryce", "Lowell"]
TITLES = ["Software Engineer", "Data Analyst", "Nurse", "Accountant", "Sales Manager", "Teacher",
          "Mechanical Engineer", "HR Specialist", "Graphic Designer", "Project Manager"]
COMPANIES = ["Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Tailspin Toys", "Wide World Importers",
             "Adventure Works", "Litware Inc", "Proseware", "Woodgrove Bank", "Lucerne Publishing"]
SKILLS = ["Python", "SQL", "Excel", "Java", "Kubernetes", "Tableau", "Salesforce", "AutoCAD", "Photoshop",
          "Project management", "Customer service", "Budgeting", "PostgreSQL", "Docker", "SAP", "Scrum"]
SENTENCES = [
    "Led a team of {n} people delivering quarterly goals ahead of schedule.",
    "Reduced processing time by {n} percent through automation and better tooling.",
    "Built reporting dashboards used by {n} stakeholders across the company.",
    "Trained {n} new colleagues and wrote the onboarding handbook.",
    "Managed a budget of {n} thousand dollars with full accountability.",
]


def resume_text(seed: int) -> str:
    rng = random.Random(seed)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = [name, f"{name.lower().replace(' ', '.')}@example.com | +1 555 {seed % 1000:03d} {seed % 9000 + 1000}",
             "", "SUMMARY", f"{rng.choice(TITLES)} with a record of measurable results.", "", "EXPERIENCE"]
    year = 2024
    for _ in range(5):
        start = year - rng.randint(1, 4)
        lines += [f"{rng.choice(TITLES)}, {rng.choice(COMPANIES)}", f"{start} - {year}"]
        lines += [rng.choice(SENTENCES).format(n=rng.randint(2, 90)) for _ in range(6)]
        lines.append("")
        year = start
    lines += ["EDUCATION", f"B.Sc. Business, Lakeside University, {year - 1}", "", "SKILLS",
              ", ".join(rng.sample(SKILLS, 8))]
    return "\n".join(lines)


def two_page_pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    lines = text.splitlines()
    half = len(lines) // 2
    for page in (lines[:half], lines[half:]):
        y = 800
        for line in page:
            pdf.drawString(50, y, line)
            y -= 15
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
