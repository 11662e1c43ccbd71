"""Names in a list of skills that an older reading cut into a wrong skill (invented lines): a
place after "San" in a skills list, the SDL Trados translation tool (no SDL media library),
"English Law" as a field of law (no English language), "IR(ME)R" as the radiation regulations
(no R language), the pharmacy's New Medicine Service. Bare "FCO", "NMS" and "SIA Class 1A"
stay unread: each names other things (an office of state, network management systems) or no
licence the SIA issues."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

SAN = "Storage area network SAN software"


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize("line", ["Territories: San Jose, Fresno, Modesto", "Sales, San Antonio, Key accounts",
                                  "San Pedro"])
def test_a_place_in_a_skills_list_is_no_storage_area_network(skills, line):
    assert SAN not in skills.extract(line, skills_context=True)


@pytest.mark.parametrize("line", ["SAN, NAS, iSCSI", "SAN Zoning", "Fibre Channel SAN"])
def test_the_storage_area_network_in_a_list_is_still_read(skills, line):
    assert SAN in skills.extract(line, skills_context=True)


@pytest.mark.parametrize("line", ["CAT tools: SDL Trados 2021, MemoQ", "Trados Studio; glossaries",
                                  "Localisation with RWS Trados"])
def test_trados_is_the_translation_tool_not_the_media_library(skills, line):
    found = skills.extract(line, skills_context=True)
    assert "SDL Trados Studio" in found
    assert "Simple DirectMedia Layer SDL" not in found


def test_memoq_is_a_translation_tool(skills):
    assert skills.extract("memoQ, Wordfast", skills_context=True)[:1] == ["memoQ"]


@pytest.mark.parametrize("line", ["DPSI (English Law) pathway, 2022", "Modules: English Law of Contract",
                                  "Scots law, Civil procedure"])
def test_a_countrys_law_is_no_language(skills, line):
    assert "English" not in skills.extract(line, skills_context=True)


def test_the_dpsi_law_option_is_still_the_diploma(skills):
    found = skills.extract("DPSI (English Law)", skills_context=True)
    assert "Diploma in Public Service Interpreting (DPSI)" in found and "English law" in found


@pytest.mark.parametrize("line", ["IR(ME)R", "IR(ME)R trained, PACS", "Annual IRMER update completed",
                                  "Practitioner under IR(ME)R for chest films"])
def test_the_medical_exposure_regulations_are_read_and_are_no_r_language(skills, line):
    found = skills.extract(line, skills_context=True)
    assert "IR(ME)R" in found and "R" not in found


def test_r_in_a_list_is_still_the_language(skills):
    assert "R" in skills.extract("Python, R, SQL", skills_context=True)


def test_the_new_medicine_service_is_a_pharmacy_skill(skills):
    assert "New Medicine Service" in skills.extract("Delivered NMS consultations and flu jabs")
    assert skills.of_a_trade("New Medicine Service")


@pytest.mark.parametrize("line", ["FCO", "NMS", "SIA Class 1A"])
def test_ambiguous_initials_stay_unread(skills, line):
    assert skills.extract(line, skills_context=True) == []
