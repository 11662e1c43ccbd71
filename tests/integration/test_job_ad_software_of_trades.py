"""Software of trades and professions outside IT (accounts, health records, tills, hotels) is
known by the names people write, and a product's short name listed beside another skill in a
job ad's prose is read ("Sage 50 and Excel"), while the same word as a verb is not."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills

SKILLS = EmbeddedSkillExtractor()


@pytest.mark.parametrize(("written", "canonical"), [
    ("Xero", "Xero"), ("MYOB AccountRight", "MYOB"), ("Sage 50 Accounts", "Sage 50"), ("Sage Line 50", "Sage 50"),
    ("EMIS Web", "EMIS Web"), ("TPP SystmOne", "SystmOne"), ("Cerner", "Cerner Millennium"),
    ("Micros POS", "Oracle MICROS"), ("Opera PMS", "Opera PMS"), ("Dynamics 365", "Microsoft Dynamics 365"),
    ("Pro Tools", "Avid Technology Pro Tools"), ("QuickBooks Online", "Intuit QuickBooks"),
    ("PointClickCare", "PointClickCare healthcare software"), ("Zendesk", "Zendesk"), ("Shopify", "Shopify"),
])
def test_software_is_known_by_the_name_people_write(written: str, canonical: str) -> None:
    assert SKILLS.canonical(written) == canonical


def test_older_products_of_a_family_keep_their_own_names() -> None:
    assert SKILLS.canonical("Dynamics AX") == "Microsoft Dynamics AX"
    assert SKILLS.canonical("Microsoft Dynamics") == "Microsoft Dynamics"
    assert SKILLS.canonical("Trello") == "Trello"  # not ESCO's "personal organization software"


@pytest.mark.parametrize(("ad", "required", "nice"), [
    ("Experience with Sage 50 and Excel.", ["Sage 50", "Excel"], []),
    ("Proficient in Excel and Xero.", ["Excel", "Xero"], []),
    ("You will use Sage 50 and Excel daily.", ["Sage 50", "Excel"], []),
    ("Experience of Micros and Opera PMS is an advantage.", [], ["Micros", "Opera PMS"]),
    ("You will excel and grow with us.", [], []),
    ("Must hold a CPC card, a digital tachograph card, ADR desirable.",
     ["CPC card", "digital tachograph card"], ["ADR"]),
])
def test_job_ad_prose(ad: str, required: list[str], nice: list[str]) -> None:
    assert description_skills("Worker", ad, SKILLS, 50) == (required, nice)


def test_a_duty_verb_after_a_comma_is_no_item_of_the_list_before_it() -> None:
    required, _ = description_skills(
        "Staff Nurse", "You will administer medication, care for deteriorating patients, complete care plans.",
        SKILLS, 50)
    assert "care" not in required and "deteriorating patients" not in required
    assert "Medication administration" in required


@pytest.mark.parametrize(("prose", "read"), [
    ("Month-end bookkeeping in Sage 50 and Excel for 12 clients.", ["Sage 50", "Microsoft Excel"]),
    ("Managed payroll using Xero, Excel and Word.", ["Xero", "Microsoft Excel", "Microsoft Word"]),
    ("Drafting of contracts and sourcing of materials.", []),
    ("You will excel and grow.", []),
])
def test_a_resumes_prose_reads_a_list_of_tools_and_trade_words(prose: str, read: list[str]) -> None:
    assert [m.name for m in SKILLS.mentions(prose)] == read


def test_a_product_named_by_an_everyday_word_in_lower_case_is_the_word() -> None:
    assert "Microsoft Access" not in [m.name for m in SKILLS.mentions("Full UK driving licence and access to a car.")]
    assert "Microsoft Access" not in description_skills(
        "Driver", "Full UK driving licence and access to a car.", SKILLS, 50)[0]


def test_a_labelled_list_ends_at_a_field_of_its_own_or_a_line_without_a_bullet() -> None:
    ad = "Requirements:\n- CSCS card\nSalary: £28,000\nMonday to Friday"
    assert description_skills("Site Operative", ad, SKILLS, 50) == (["CSCS card"], [])
    ad = "Requirements:\n- CSCS card\n- IPAF\nWe offer a company pension and overtime."
    assert description_skills("Site Operative", ad, SKILLS, 50)[0] == ["CSCS card", "IPAF"]


@pytest.mark.parametrize("prose", [
    "We are a team of qualified payroll and HR advisers.", "Our experienced triage and reception team.",
])
def test_an_adjective_in_ed_is_no_deed_whose_object_is_a_trade(prose: str) -> None:
    assert SKILLS.mentions(prose) == []
