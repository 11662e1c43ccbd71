"""A job written as one row of cells parted by pipes, its dates a cell in the middle
("Employer | Title | Dates | Town"), and a job's own list labelled inside its entry ("Key
achievements:"): each row is one job with its title and employer, and the label takes no later
job into a section of its own (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None]]:
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [(e.title, e.company, e.start_date) for e in parsed.experience]


ROWS = """Aoife Brennan
aoife.brennan@example.ie

WORK EXPERIENCE

Tesco Ireland | Duty Manager | Mar 2019 – Present | Cork
{label}
• Opened and closed the store; cash office
• Trained 14 new starters

Dunnes Stores | Sales Assistant | Jun 2015 – Feb 2019 | Limerick
Responsibilities: tills, replenishment, customer service

Supermac's | Crew Member | 2013 – 2015 | Ennis

EDUCATION
Leaving Certificate | Ennis Community College | 2013
"""


@pytest.mark.parametrize("label", ["Key achievements:", "Highlights:", "Achievements:", "Key Accomplishments:"])
def test_each_piped_row_is_one_job_and_the_label_stays_in_its_job(label):
    assert _jobs(ROWS.format(label=label)) == [("Duty Manager", "Tesco Ireland", "2019-03"),
                                               ("Sales Assistant", "Dunnes Stores", "2015-06"),
                                               ("Crew Member", "Supermac's", "2013")]


TITLE_FIRST = """Sam Okafor

EXPERIENCE
Warehouse Supervisor | DHL Supply Chain | 01/2020 – 12/2023 | Manchester
Forklift Driver | Wincanton | 05/2016 – 12/2019 | Bolton
"""


def test_a_title_first_row_reads_the_same():
    assert _jobs(TITLE_FIRST) == [("Warehouse Supervisor", "DHL Supply Chain", "2020-01"),
                                  ("Forklift Driver", "Wincanton", "2016-05")]


def test_an_achievements_section_in_capitals_after_the_jobs_is_still_a_section():
    text = TITLE_FIRST + """ACHIEVEMENTS
Employee of the month, March 2021
"""
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    assert "Employee of the month" not in (parsed.experience[-1].description or "")
