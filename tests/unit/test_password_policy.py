"""NIST SP 800-63B's checks of a new password: not a common or breached one, not the
account's own email or name, not a repetition or a sequence; no composition rules."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.passwords import PasswordPolicy
from gateway.auth.common_passwords import common_passwords, password_policy

POLICY = PasswordPolicy(frozenset({"password123", "baseball", "iloveyou", "a"}))
PERSONAL = ("zoe.obrien@example.com", "Zoë O'Brien")


def refusal(password: str, policy: PasswordPolicy = POLICY, field: str = "password") -> BadUserInput:
    with pytest.raises(BadUserInput) as refused:
        policy.check(password, field, personal=PERSONAL)
    assert refused.value.extensions == {"field": field}
    assert "choose another, such as three or four unrelated words" in refused.value.message
    return refused.value


@pytest.mark.parametrize("password", ["password123", "PASSWORD123", "Pass Word 123", "ｐａｓｓｗｏｒｄ123", "Baseball2024!"])
def test_a_common_password_in_any_case_spacing_width_or_with_a_number_after_it_is_refused(password):
    assert "most commonly used" in refusal(password).message


@pytest.mark.parametrize("password", [
    "zoe.obrien@example.com", "ZoeObrien1990", "zoe.obrien", "Zoë O'Brien 2024", "TalentGraph2026!",
])
def test_the_accounts_own_email_or_name_or_the_services_is_refused(password):
    assert "your email address or name" in refusal(password).message


@pytest.mark.parametrize("password", [
    "aaaaaaaaaaaa", "abcabcabcabc", "1212121212", "0123456789", "9876543210", "abcdefghij",
    "abcdef123456", "zzzzz11111", "!!!!!!!!!!",
])
def test_a_repetition_or_a_sequence_is_refused(password):
    assert "repetition or a sequence" in refusal(password).message


def test_the_refusal_names_the_argument_the_password_came_in():
    refusal("password123", field="newPassword")


@pytest.mark.parametrize("password", [
    "correct horse battery staple", "Tr0ub4dor&3-plus-more", "zoe likes blue kites", "a1b2c3d4e5f6",
    "mot de passe très long", "пароль для сайта", "a839201746",
])
def test_passwords_that_are_none_of_those_are_taken_without_composition_rules(password):
    POLICY.check(password, personal=PERSONAL)


def test_the_shipped_list_is_loaded_once_and_holds_well_known_entries():
    assert common_passwords() is common_passwords()
    assert len(common_passwords()) > 50_000
    assert {"password123", "1q2w3e4r5t", "qwertyuiop", "iloveyou123"} <= common_passwords()
    assert "most commonly used" in refusal("Qwertyuiop!", password_policy()).message
