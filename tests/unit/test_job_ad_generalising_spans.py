"""Job-ad lines of trades the dev set lacks (invented lines): a product named in the advertised
post's title is asked for; leading a team of a stated size is one leadership span; a quality
phrased with "under pressure" opens a line as well as anywhere; products joined by "and" are
items each, however many; verbs joined before one object share it."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize("text, product", [
    ("Our client is recruiting a Salesforce Administrator in Leeds.", "Salesforce"),
    ("We are hiring an SAP Consultant for a 6 month contract.", "SAP"),
    ("A fintech in Lisbon seeks a Python Developer.", "Python"),
])
def test_a_product_in_the_advertised_posts_title_is_asked_for(text, product):
    assert product in spans(text)


@pytest.mark.parametrize("text", [
    "Our Salesforce Administrator will train you on the system.",
    "You will report to their Xero Administrator.",
])
def test_a_colleagues_post_still_names_no_skill(text):
    assert not any(s in ("Salesforce", "Xero") for s in spans(text))


@pytest.mark.parametrize("text, span", [
    ("You will lead a team of 12 pickers across two shifts.", "lead a team of 12 pickers"),
    ("Your tasks: lead a team of 20, plan rotas.", "lead a team of 20"),
    ("Managing a team of 6 technicians.", "Managing a team of 6 technicians"),
])
def test_leading_a_team_of_a_stated_size_is_one_span(text, span):
    found = spans(text)
    assert span in found
    assert not any(s.isdigit() for s in found)


@pytest.mark.parametrize("text, span", [
    ("Calm under pressure and well organised.", "Calm under pressure"),
    ("- Calm under pressure", "Calm under pressure"),
    ("You stay cool under pressure.", "cool under pressure"),
])
def test_a_quality_under_pressure_is_one_span(text, span):
    assert span in spans(text)


@pytest.mark.parametrize("text, expected", [
    ("Experience with Sage and QuickBooks.", ["Sage", "QuickBooks"]),
    ("Knowledge of Xero and Sage and Microsoft Office.", ["Xero", "Sage", "Microsoft Office"]),
    ("Proficient in Excel, Word and Outlook.", ["Excel", "Word", "Outlook"]),
])
def test_products_joined_by_and_are_items_each(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, span", [
    ("- Install and commission heat pumps", "Install and commission heat pumps"),
    ("You will test, inspect and certify electrical installations.", "test, inspect and certify electrical installations"),
    ("You'll service and repair forklifts.", "service and repair forklifts"),
])
def test_verbs_joined_before_one_object_share_it(text, span):
    assert span in spans(text)


@pytest.mark.parametrize("text, span", [
    ("CSCS card and a full UK driving licence essential.", "full UK driving licence"),
    ("SIA badge and a full driving licence required.", "full driving licence"),
])
def test_a_credential_joined_to_one_already_read_is_read_too(text, span):
    assert span in spans(text)


@pytest.mark.parametrize("text, span", [
    ("- Diploma in Electrical Engineering or equivalent", "Diploma in Electrical Engineering"),
    ("Applicants need a Certificate II in Horticulture.", "Certificate II in Horticulture"),
    ("NVQ Level 3 in Plastering preferred.", "NVQ Level 3 in Plastering"),
    ("You will hold a Level 3 Diploma in Health and Social Care.", "Level 3 Diploma in Health and Social Care"),
    ("HND / HNC in Mechanical Engineering required.", "HND / HNC in Mechanical Engineering"),
    ("Degree / HND in Quantity Surveying essential.", "Degree / HND in Quantity Surveying"),
])
def test_a_qualification_title_and_its_subject_are_one_span(text, span):
    assert span in spans(text)


def test_a_degree_named_loosely_keeps_its_subject_apart():
    assert "Chemistry" in spans("A bachelor's degree in Chemistry is required.")


@pytest.mark.parametrize("text", [
    "We offer: private health cover, a gym card and transport from the city.",
    "Benefits: company van, fuel card, uniform.",
    "We also offer a cycle to work scheme and free parking.",
])
def test_a_line_of_what_the_post_offers_names_no_skill(text):
    assert spans(text) == []


def test_a_line_of_what_the_post_needs_still_does():
    assert spans("We expect: fluent English and experience with SAP.") != []


@pytest.mark.parametrize("text, span", [
    ("You'll wash and sanitise pots.", "wash and sanitise pots"),
    ("You will sweep floors and empty bins.", "empty bins"),
    ("- Prune hedges and mow lawns", "Prune hedges"),
])
def test_verbs_of_manual_trades_open_duties(text, span):
    assert span in spans(text)


def test_a_credential_named_for_a_products_post_stays_whole():
    assert spans("Salesforce Administrator certification required.") == ["Salesforce Administrator certification"]


def test_commission_beside_pay_is_no_duty():
    assert spans("Great team, commission on sales.") == []


def test_qualities_of_caring_and_serving_trades_are_traits():
    assert spans("Compassionate, honest and courteous.") == ["Compassionate", "honest", "courteous"]


@pytest.mark.parametrize("text, activity", [
    ("Pastry section: stock rotation and ordering, cake decorating.", "ordering"),
    ("Bar staff: cellar management and restocking, cocktail making.", "restocking"),
])
def test_a_lone_activity_joined_to_a_skill_in_a_labelled_list_names_no_skill(text, activity):
    named = [n for s in job_ad_mentions(text, _SKILLS, labelled=True) for n in s.names]
    assert activity not in named


def test_a_credential_joined_to_one_already_read_is_still_read():
    assert "full UK driving licence" in spans("You will need an ECS card and a full UK driving licence.")


@pytest.mark.parametrize("text, kept", [
    ("We provide domiciliary care in Bradford and need support workers with a Level 2 Diploma in Health and Social Care.",
     "Level 2 Diploma in Health and Social Care"),
    ("We provide payroll services to charities; you will need Sage 50 and Excel.", "Sage 50"),
    ("We offer forklift work on nights and you must hold a counterbalance licence.", "counterbalance licence"),
    ("We offer a company pension and you will need a CSCS card.", "CSCS card"),
])
def test_we_offer_or_provide_drops_only_what_the_employer_gives(text, kept):
    assert kept in spans(text)


def test_the_package_offered_before_the_needs_names_no_skill():
    assert spans("We offer private health cover and you will need a CSCS card.") == ["CSCS card"]


@pytest.mark.parametrize("text, word", [
    ("Our bakery group is hiring a Chef Supervisor for its central kitchen.", "Chef"),
    ("A fruit farm near Hereford seeks a Harvest Coordinator for the summer.", "Harvest"),
    ("We are recruiting a Tableau Manager to run the events team.", "Tableau"),
    ("A theatre company wants a Puppet Technician.", "Puppet"),
    ("Ruby Engineer wanted for our Hull depot.", "Ruby"),
    ("The council seeks a Slack Officer for its waterways.", "Slack"),
])
def test_a_word_before_a_post_that_runs_no_product_names_none(text, word):
    assert not any(word.casefold() in n.casefold() for s in job_ad_mentions(text, _SKILLS) for n in s.names)


@pytest.mark.parametrize("text, product", [
    ("A housing association is hiring a ServiceNow Administrator.", "ServiceNow"),
    ("We are looking for a Tableau Developer in Bristol.", "Tableau"),
])
def test_a_product_before_a_post_of_technology_is_still_read(text, product):
    assert product in spans(text)


@pytest.mark.parametrize("text", [
    "Please note that a Certificate of Sponsorship cannot be offered for this role.",
    "On your first day bring a Certificate of Residence and your passport.",
    "We also need a Master of Ceremonies for the Christmas party.",
])
def test_a_document_or_role_named_with_of_is_no_qualification(text):
    assert not any(w in s for s in spans(text) for w in ("Certificate of", "Master of"))


@pytest.mark.parametrize("text, span", [
    ("- Diploma in Veterinary Nursing Essential", "Diploma in Veterinary Nursing"),
    ("- HNC in Building Services Or Equivalent Experience Required", "HNC in Building Services"),
    ("- Level 3 Certificate in Site Supervision Preferred But Not Essential", "Level 3 Certificate in Site Supervision"),
    ("- BSc in Marine Biology Advantageous", "BSc in Marine Biology"),
])
def test_a_qualification_title_ends_before_the_words_asking_for_it(text, span):
    assert span in spans(text)


@pytest.mark.parametrize("text, span", [
    ("A Bachelor of Science in Midwifery is required.", "Bachelor of Science in Midwifery"),
    ("Candidates hold a Diploma of Early Childhood Education and Care.", "Diploma of Early Childhood Education and Care"),
    ("A Master of Public Health is desirable.", "Master of Public Health"),
])
def test_a_degree_or_diploma_named_with_of_is_one_span(text, span):
    assert span in spans(text)


def test_a_title_and_a_credential_after_it_stay_apart():
    found = spans("Applicants must hold QQI Level 6 in Social Care Practice and Garda vetting.")
    # Garda vetting whole (the taxonomy knows it) or not at all, never a cut "Gard".
    assert "QQI Level 6 in Social Care Practice" in found
    assert set(found) <= {"QQI Level 6 in Social Care Practice", "Garda vetting"}


def test_a_named_qualification_joined_to_a_credential_in_a_labelled_list_is_read():
    found = spans("Qualifications: MPharm and a current GPhC registration.")
    assert "MPharm" in found
