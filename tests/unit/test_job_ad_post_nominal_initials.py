"""Post-nominal initials in a job ad's requirements: initials joined to a credential are
credentials ("RGN/RN", "RGN with current NMBI registration", "RGN, RMN or RNLD"), and initials
the taxonomy files under one register ("RMN" under NMC registration) stay a credential of their
own beside it; in a line of capitals nothing is read as initials."""
from __future__ import annotations

from tests.job_ad_reading import every_name_read as _all_names
from tests.job_ad_reading import read_ad as _read


def test_initials_after_a_slash_beside_a_credential_are_a_credential() -> None:
    assert "RGN" in _all_names("Ward Nurse", "Band 6 RGN/RN needed for our theatres.")


def test_initials_with_a_credential_after_them_are_a_credential() -> None:
    assert _all_names("Theatre Nurse", "RGN with active NMBI registration.")[0] == "RGN"


def test_each_of_a_list_of_initials_is_kept() -> None:
    assert _all_names("Community Nurse", "You must be RGN, RMN or RNLD qualified.") == ["RGN", "RMN", "RNLD"]


def test_initials_filed_under_a_register_stay_a_credential_of_their_own() -> None:
    assert _read("Psychiatric Nurse", "RMN essential.\nLive NMC PIN required.") == ["RMN", "NMC PIN"]


def test_initials_in_a_line_of_capitals_are_left_alone() -> None:
    assert "THE" not in _all_names("Nurse", "JOIN THE RN TEAM")


def test_initials_joined_by_and_to_a_current_credential_are_a_credential() -> None:
    assert "RSCN" in _all_names("Children's Nurse", "RSCN and a current NMBI registration.")


def test_initials_beside_a_credential_the_taxonomy_files_as_a_skill_are_a_credential() -> None:
    assert _all_names("Door Supervisor", "SIA badge holder. RSA and current First Aid.")[:2] == ["RSA", "First aid"]
