"""A job's header line keeps its entry when a bracketed note and a dash push it past the
header's word limit: "Senior Staff Nurse (Band 6) - Leeds Teaching Hospitals NHS Trust,
Intensive Care Unit" is 14 tokens as written, 11 words of title, employer and unit. It was
read as prose and the nurse's current job was lost."""
from adapters.embedded.parsing.experience import parse_experience

NHS_NURSE = """Senior Staff Nurse (Band 6) - Leeds Teaching Hospitals NHS Trust, Intensive Care Unit
Mar 2019 - Present
- Care for ventilated patients; titrate vasoactive infusions
Staff Nurse (Band 5) - St James's University Hospital, Acute Medical Unit
Sep 2015 - Feb 2019
- Medication administration and venepuncture
"""

HOTEL_CHEF = """Chef de Partie (Pastry and Banquets) - The Grand Hotel, Brighton Conference Centre
06/2021 - 03/2024
• Plated desserts for banquets of 300
"""


def test_a_header_with_a_bracketed_band_and_a_unit_keeps_its_entry():
    entries, _ = parse_experience(NHS_NURSE)
    assert [(e.title, e.company, e.start_date, e.current) for e in entries] == [
        ("Senior Staff Nurse (Band 6)", "Leeds Teaching Hospitals NHS Trust", "2019-03", True),
        ("Staff Nurse (Band 5)", "St James's University Hospital", "2015-09", False),
    ]


def test_a_header_with_a_bracketed_note_of_sections_keeps_its_entry():
    (entry,), _ = parse_experience(HOTEL_CHEF)
    assert entry.title.startswith("Chef de Partie") and entry.company == "The Grand Hotel"
    assert (entry.start_date, entry.end_date) == ("2021-06", "2024-03")
