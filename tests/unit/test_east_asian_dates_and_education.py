"""Chinese, Japanese and Korean résumés: years and months written with their words ("2015年",
"2012年3月", "2015년 3월"), the headings of their sections ("学歴", "教育背景", "학력") and a
school's name joined to its word ("東京大学"). Fictional people."""
import pytest

from adapters.embedded.parsing.dates import find_ranges
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.heading_languages import foreign_meaning


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2015年 ～ 2019年 北京大学", "2015", "2019"),
    ("2015년 3월 ~ 2019년 2월 서울대학교", "2015-03", "2019-02"),
    ("2016年4月1日 - 2020年3月31日", "2016-04", "2020-03"),
    ("2018년 3월 - 현재", "2018-03", None),
])
def test_ranges_written_with_the_words_for_year_and_month(text, start, end):
    (found,) = find_ranges(text)
    assert (found.start.iso(), found.end.iso() if found.end else None) == (start, end)


@pytest.mark.parametrize(("heading", "family"), [
    ("学歴", "education"), ("教育背景", "education"), ("학력", "education"), ("職歴", "experience"),
    ("工作经历", "experience"), ("경력사항", "experience"), ("技能", "skills"), ("資格", "certifications"),
])
def test_section_headings(heading, family):
    assert foreign_meaning(heading) == family


def test_a_japanese_school_graduated_from_and_not_its_enrolment():
    (entry,) = parse_education("2009年4月 京都大学 理学部 入学\n2013年3月 京都大学 理学部 卒業")
    assert (entry.institution, entry.graduation_year) == ("京都大学", 2013)


def test_a_korean_range_school_and_degree():
    (entry,) = parse_education("2014년 3월 ~ 2018년 2월 부산대학교 전자공학과 학사 졸업")
    assert (entry.institution, entry.degree, entry.graduation_year) == ("부산대학교", "학사", 2018)


def test_a_chinese_range_school_and_degree():
    (entry,) = parse_education("2011年 ～ 2015年 浙江大学 机械工程 本科")
    assert (entry.institution, entry.degree, entry.graduation_year) == ("浙江大学", "本科", 2015)
