"""A desired title against a job's title: other names of one job count fully, jobs of the same
family nearly, across professions; unrelated titles not at all."""
import pytest

from domain.matching.preferences import title_fit
from domain.occupation_families import RELATED_TITLE_FIT


@pytest.mark.parametrize(("wanted", "job"), [
    ("Chef", "Cook"), ("Chef", "Line Cook"), ("Sous Chef", "Commis Chef"), ("Accountant", "Bookkeeper"),
    ("Accountant", "CPA"), ("Carer", "Healthcare Assistant"), ("Electrician", "Electrical Fitter"),
    ("Plumber", "Gas Engineer"), ("Teaching Assistant", "Learning Support Assistant"),
    ("Registered Nurse", "Senior Nurse (ICU, Nights) – London"), ("Delivery Driver", "Courier"),
])
def test_a_job_of_the_same_family_is_nearly_the_title_asked_for(wanted, job):
    assert title_fit([wanted], job) == RELATED_TITLE_FIT


@pytest.mark.parametrize(("wanted", "job"), [
    ("Staff Nurse", "RN"), ("HGV Driver", "Truck Driver CDL-A"), ("Lorry Driver", "Class 1 Driver")])
def test_another_name_of_the_same_job_is_the_title_itself(wanted, job):
    assert title_fit([wanted], job) == 1.0


@pytest.mark.parametrize(("wanted", "job"), [
    ("Chef", "Accountant"), ("Electrician", "Joiner"), ("Data Scientist", "Chef"),
    ("Waiter", "SQL Server DBA"), ("Secretary", "Database Administrator"),
])
def test_unrelated_titles_do_not_fit(wanted, job):
    assert title_fit([wanted], job) == 0.0
