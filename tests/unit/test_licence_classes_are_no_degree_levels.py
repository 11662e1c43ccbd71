"""Indonesia's diploma and degree levels ("D3", "S1") are read as degrees only before the
field studied: alone, "D1" or "S3" is a driving licence class (or much else), and a job line
that names one is still a job line."""
import pytest

from adapters.embedded.parsing.education_words import DEGREE
from adapters.embedded.parsing.job_lines import job_line


@pytest.mark.parametrize("line", [
    "Minibus Driver (D1), Citylink Coaches, 2016 - 2020",
    "Delivery Driver - C1 and D1 - Parcelnet, 2011 - 2014",
])
def test_a_licence_class_leaves_a_job_line(line):
    assert job_line(line)


@pytest.mark.parametrize("text", ["D3 Farmasi", "S1 Ilmu Komunikasi", "S2 Manajemen"])
def test_a_level_before_its_field_is_a_degree(text):
    assert DEGREE.search(text)
