"""An employer named by initials and a field's word ("HKS Dermatology") is no speciality, and
a title with its field after a dash ("Payroll Officer – Statutory Returns") under an employer
and its town is one title, the line above its employer."""
from adapters.embedded.parsing.experience import parse_experience
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _jobs(text: str):
    install_reference_data(packaged_reference_data())
    return [(e.title, e.company) for e in parse_experience(text)[0]]


def test_initials_and_a_field_name_an_employer():
    assert _jobs("Practice Nurse | HKS Dermatology | Bunbury WA | 2018–2022\n") == [
        ("Practice Nurse", "HKS Dermatology")]


def test_a_title_with_its_field_under_an_employer_and_its_town():
    text = ("Ernst Young Advisory, Nairobi\n"
            "Senior Consultant | Mar 2021 – Present\n"
            "- VAT reviews\n\n"
            "Grant Thornton Kenya, Mombasa\n"
            "Audit Associate – Statutory Audit | Jan 2018 – Feb 2021\n"
            "- Fieldwork for manufacturing clients\n")
    assert _jobs(text) == [("Senior Consultant", "Ernst Young Advisory"),
                           ("Audit Associate – Statutory Audit", "Grant Thornton Kenya")]
