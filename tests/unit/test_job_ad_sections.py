"""What of a job ad feeds skill extraction: the work, not the offer, the employer or pay."""
from domain.job_ad_sections import work_text


def test_offer_sections_are_dropped_until_the_next_heading():
    ad = "Requirements:\nHACCP\nBenefits:\npension scheme\nfree parking\nDuties:\nCook breakfast"
    kept = work_text(ad)
    assert "pension" not in kept and "parking" not in kept
    assert "HACCP" in kept and "Cook breakfast" in kept


def test_an_inline_offer_heading_drops_its_line_only():
    kept = work_text("About us: a family bistro\nMust hold a CSCS card")
    assert "bistro" not in kept and "CSCS" in kept


def test_a_line_stating_pay_is_dropped_in_any_currency_or_period():
    for line in ("$25/hour, paid weekly", "£2,000 per month", "€45k p.a. plus bonus", "Pay: 18 dollars an hour"):
        assert work_text(f"{line}\nForklift licence required").split("\n")[0] == "", line


def test_an_amount_without_a_word_of_pay_is_work():
    assert "£500" in work_text("Handle cash up to £500 at the till")


def test_lines_keep_their_places():
    ad = "Salary: £30k\nCare plans\nBenefits:\nGym\n\nMedication rounds"
    assert work_text(ad).split("\n") == ["", "Care plans", "", "", "", "Medication rounds"]
