"""Jobs written as sentences, as many Indian, Pakistani and Nigerian résumés write them
(fictional): "Worked as Heavy Vehicle Driver in Gati Ltd., Delhi from Aug-2015 to Jul-2019."
The title is what the person worked as, the employer the named company after "in", "with" or
"for" (its town after a comma dropped), and "from" is no part of either."""
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.job_titles import split_title_company


def test_a_job_sentence_gives_its_title_employer_and_dates():
    entries, _ = parse_experience(
        "1. Worked as Tanker Driver in Hind Roadways Pvt. Ltd., Jaipur from Mar-2012 to Jun-2016.\n"
        "2. Working as Staff Nurse with Fortis Hospitals, Mohali since Jul-2016.\n")
    assert [(e.title, e.company, e.start_date, e.end_date) for e in entries] == [
        ("Tanker Driver", "Hind Roadways Pvt. Ltd.", "2012-03", "2016-06"),
        ("Staff Nurse", "Fortis Hospitals", "2016-07", None)]


def test_in_with_or_for_parts_a_title_only_from_a_named_employer():
    assert split_title_company(["Manager in Charge, Tesco Stores Ltd"]) == ("Manager in Charge", "Tesco Stores Ltd")
    assert split_title_company(["Nurse in ICU"]) == ("Nurse in ICU", None)
