"""A job's header line that also gives the town ('Swift Transportation | Phoenix, AZ | OTR
Driver | 06/2018 - 09/2022', 'Line Cook, Le Pigeon — Portland, OR'): the title and the
employer, never the town as the employer (fictional résumés)."""
import pytest

from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("text, title, company", [
    ("Swift Transportation | Phoenix, AZ | OTR Driver | 06/2018 - 09/2022\n- 2,500+ miles weekly\n",
     "OTR Driver", "Swift Transportation"),
    ("OTR Driver | Swift Transportation | Phoenix, AZ | 06/2018 - 09/2022\n- 2,500+ miles weekly\n",
     "OTR Driver", "Swift Transportation"),
    ("Line Cook, Le Pigeon — Portland, OR                  Mar 2019 – May 2021\nGrill and sauté stations.\n",
     "Line Cook", "Le Pigeon"),
    ("Staff Nurse, St. Luke's Health — Houston, TX\nJune 2016 – February 2019\n- Triage\n",
     "Staff Nurse", "St. Luke's Health"),
])
def test_the_town_in_a_job_header_is_neither_title_nor_employer(text, title, company):
    [entry], _ = parse_experience(text)
    assert (entry.title, entry.company) == (title, company)
