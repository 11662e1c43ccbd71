"""A school's line of a job site's export, rewritten in the order the schooling rules read:
the date first moved last, the town and region taken out from between the award and the
school. Invented lines; the shipped town and region tables."""
import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.site_export_schooling import schooling_line


@pytest.mark.parametrize("line, rewritten", [
    ("June 2012 to May 2016 B.Sc Nursing Kochi, Kerala Amrita University",
     "B.Sc Nursing, Amrita University, Kochi, Kerala, 2016"),
    ("April 2019 Diploma Hotel Management Jaipur, Rajasthan Institute of Hotel Studies",
     "Diploma Hotel Management, Institute of Hotel Studies, Jaipur, Rajasthan, 2019"),
    ("B.Com Accounting Hyderabad, Telangana Osmania University",
     "B.Com Accounting, Osmania University, Hyderabad, Telangana"),
    ("January 2010 MBA   Westbridge College", "MBA, Westbridge College, 2010"),
    ("BPharm   Lakeview College,  Indore,  Madhya Pradesh", "BPharm, Lakeview College, Indore, Madhya Pradesh"),
    ("SSC Maharashtra State Board", "SSC Maharashtra State Board"),
])
def test_the_line_is_rewritten(line, rewritten):
    assert schooling_line(line) == rewritten


def test_the_rewritten_line_reads_as_award_school_and_year():
    (entry,) = parse_education(schooling_line("June 2012 to May 2016 B.Sc Nursing Kochi, Kerala Amrita University"))
    assert (entry.degree, entry.institution, entry.graduation_year) == ("B.Sc Nursing", "Amrita University", 2016)



@pytest.mark.parametrize("line, rewritten", [
    # Reading is no town of India: "Speed Reading" stays the award's
    ("June 2014 Certificate in Speed Reading, Karnataka Bangalore University",
     "Certificate in Speed Reading, Karnataka Bangalore University, 2014"),
    # no town before the comma: the region's name is the school's
    ("BA English, Kerala University", "BA English, Kerala University"),
    ("B.Sc Agriculture, Punjab Agricultural University", "B.Sc Agriculture, Punjab Agricultural University"),
    ("January 2010    RYK Science College, Maharashtra state board", "RYK Science College, Maharashtra state board, 2010"),
])
def test_a_region_without_its_town_stays_in_the_line(line, rewritten):
    assert schooling_line(line) == rewritten
