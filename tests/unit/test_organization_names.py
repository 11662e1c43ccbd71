"""Organization names: one organization per name as people read it (compatibility forms,
case and spacing folded), and no name passing for another by look-alike letters of another
script; a taken name refuses the registration whole."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.look_alikes.unicode_confusables import UnicodeConfusables
from domain.errors import BadUserInput, Conflict
from domain.organization_names import organization_name_key, refuse_look_alike_letters
from domain.services.accounts import AccountService, ClientInfo, Registration
from domain.users import Role
from tests.fakes.accounts import FakeHasher, FakeSessions, FakeTokens, FakeUsers, FixedClock, RecordingEventBus

LETTERS = UnicodeConfusables()


@pytest.mark.parametrize("spelling", [
    "Acme Care Homes", "ACME  care homes", " acme\tCare\u00a0Homes ", "Ａｃｍｅ Ｃａｒｅ Ｈｏｍｅｓ",  # full-width
    "Acme \u216dare Homes",  # ROMAN NUMERAL ONE HUNDRED for the C
])
def test_spellings_people_read_as_one_name_share_a_key(spelling):
    assert organization_name_key(spelling) == "acme care homes"


def test_case_folding_goes_beyond_lower_case():
    assert organization_name_key("Straße GmbH") == organization_name_key("STRASSE gmbh")


@pytest.mark.parametrize("other", ["Acme Care Home", "Acme Care Homes Ltd", "Acne Care Homes"])
def test_different_names_keep_different_keys(other):
    assert organization_name_key(other) != organization_name_key("Acme Care Homes")


@pytest.mark.parametrize("name, letter", [
    ("\u0410cme Care Homes", "\u0410"),  # CYRILLIC CAPITAL LETTER A
    ("Acm\u0435 Care Homes", "\u0435"),  # CYRILLIC SMALL LETTER IE, at the end of the word
    ("\u0391cme Care Homes", "\u0391"),  # GREEK CAPITAL LETTER ALPHA
    ("Acme Care H\u043emes", "\u043e"),  # CYRILLIC SMALL LETTER O inside a later word
])
def test_a_word_mixing_scripts_with_a_look_alike_letter_is_refused_naming_it(name, letter):
    with pytest.raises(BadUserInput) as refused:
        refuse_look_alike_letters(name, LETTERS, "organizationName")
    assert refused.value.extensions == {"field": "organizationName", "reason": "LOOK_ALIKE_LETTERS"}
    assert f"“{letter}”" in refused.value.message and "letters only" in refused.value.message


def test_a_whole_word_of_look_alike_letters_beside_words_of_their_twin_script_is_refused():
    with pytest.raises(BadUserInput, match="ACME"):  # the Latin it passes for
        refuse_look_alike_letters("\u0410\u0421\u041c\u0415 Care Homes", LETTERS, "organizationName")


@pytest.mark.parametrize("name", [
    "Acme Care Homes", "Ромашка", "Ромашка Ltd", "Müller & Söhne GmbH", "東京 Foods", "Ελληνικά Τρόφιμα",
    "Café Noir 24/7",
])
def test_names_in_one_script_or_of_words_each_in_its_own_script_are_fine(name):
    refuse_look_alike_letters(name, LETTERS, "organizationName")


@pytest.fixture
def service_and_users():
    users = FakeUsers()
    service = AccountService(users, FakeSessions(users), FakeHasher(), FakeTokens(), RecordingEventBus(), FixedClock(),
                             look_alikes=LETTERS)
    return service, users


def employer(email: str, organization: str) -> Registration:
    return Registration(email=email, password="long enough secret", name="Ada", role=Role.EMPLOYER,
                        organization_name=organization)


async def test_a_second_registration_of_a_taken_name_is_a_conflict_and_stores_no_account(service_and_users):
    service, users = service_and_users
    await service.register(employer("first@example.com", "Acme Care Homes"), ClientInfo())
    with pytest.raises(Conflict) as taken:
        await service.register(employer("second@example.com", "ACME  care homes"), ClientInfo())
    assert taken.value.extensions == {"field": "organizationName"}
    assert "inviteRecruiter" in taken.value.message and "already exists" in taken.value.message
    assert await users.get_by_email("second@example.com") is None
    assert len(users.organizations) == 1


async def test_a_look_alike_name_is_refused_before_anything_is_stored(service_and_users):
    service, users = service_and_users
    with pytest.raises(BadUserInput):
        await service.register(employer("first@example.com", "\u0410cme Care Homes"), ClientInfo())
    assert users.users == {} and users.organizations == {}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_either_fine_or_refused_as_bad_input_never_an_error(text):
    try:
        refuse_look_alike_letters(text, LETTERS, "organizationName")
    except BadUserInput as refused:
        assert refused.extensions["reason"] == "LOOK_ALIKE_LETTERS"
