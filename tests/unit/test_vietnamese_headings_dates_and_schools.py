"""A résumé written in Vietnamese, or in Vietnamese with English after a slash: its headings,
"nay" (now) ending a job's dates, and its universities and colleges (fictional résumés)."""
import pytest

from adapters.embedded.parsing.dates import RANGE
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.headings import heading_shaped
from adapters.embedded.parsing.sections import heading_of


@pytest.mark.parametrize("line, section", [
    ("KINH NGHIỆM LÀM VIỆC", "experience"), ("Kinh nghiệm làm việc", "experience"),
    ("KINH NGHIỆM LÀM VIỆC / WORK EXPERIENCE", "experience"), ("HỌC VẤN", "education"),
    ("Trình độ học vấn", "education"), ("KỸ NĂNG", "skills"), ("Ngoại ngữ", "skills"),
    ("Chứng chỉ", "certifications"), ("Mục tiêu nghề nghiệp", "summary"), ("THÔNG TIN CÁ NHÂN", "other"),
])
def test_a_vietnamese_heading_names_its_section(line, section):
    assert heading_of(line) == (section, "")


@pytest.mark.parametrize("line", ["Kinh nghiệm 5 năm trong ngành khách sạn, thành thạo Opera PMS.",
                                  "Lễ tân khách sạn / Hotel Receptionist"])
def test_a_sentence_or_a_headline_is_no_heading(line):
    assert heading_of(line) is None


def test_a_heading_and_its_translation_after_a_slash_are_each_measured_as_a_heading():
    assert heading_shaped("KINH NGHIỆM LÀM VIỆC / WORK EXPERIENCE")
    assert not heading_shaped("I worked for six years at the hotel / and then at the spa in town")


@pytest.mark.parametrize("text", ["08/2019 – nay", "06/2016 - đến nay", "2018 – hiện nay"])
def test_nay_leaves_the_range_open(text):
    assert RANGE.search(text) is not None


@pytest.mark.parametrize("line, school", [
    ("Cử nhân Quản trị Khách sạn – Đại học Kinh tế TP.HCM – 2016", "Đại học Kinh tế TP.HCM"),
    ("Cao đẳng Du lịch Hà Nội, 2014", "Cao đẳng Du lịch Hà Nội"),
])
def test_a_vietnamese_university_or_college_is_the_school(line, school):
    assert parse_education(line)[0].institution == school
