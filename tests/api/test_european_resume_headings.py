"""A résumé headed in German or Spanish is parsed like an English one: its jobs, schooling and
skills come from the sections its headings open. Over GraphQL, with the real parser."""
from __future__ import annotations

import pytest

from tests.applications_helpers import parsed_resume
from tests.graphql_client import RESUME

GERMAN = """Jonas Weber
jonas.weber@example.de | Hamburg

BERUFSERFAHRUNG
Lagerleiter, Nordhafen Logistik GmbH
01/2019 - 06/2024
Leitung eines Teams im Wareneingang.

AUSBILDUNG
Berufsschule Hamburg
Fachkraft für Lagerlogistik, 2014

KENNTNISSE
SAP, Forklift, Inventory management

SPRACHEN
Deutsch, Englisch
"""

SPANISH = """Lucía Martín
lucia.martin@example.es | Madrid

Experiencia laboral
Enfermera, Hospital La Paz
03/2017 - 05/2023
Cuidados intensivos.

Formación académica
Universidad Complutense de Madrid
Grado en Enfermería, 2016

Habilidades
Wound care, Phlebotomy, Triage
"""


@pytest.mark.parametrize("text, job, headings", [
    (GERMAN, ("Lagerleiter", "Nordhafen Logistik GmbH"), {"berufserfahrung", "kenntnisse", "sprachen", "ausbildung"}),
    (SPANISH, ("Enfermera", "Hospital La Paz"), {"experiencia laboral", "habilidades", "formación académica"}),
])
async def test_a_european_resume_has_its_jobs_schooling_and_skills_not_its_headings(client, text, job, headings):
    token, _ = await client.candidate()
    resume_id = await parsed_resume(client, token, text)
    parsed = (await client.data(RESUME, {"id": resume_id}, token))["node"]["parsed"]
    assert [(e["title"], e["company"]) for e in parsed["experience"]] == [job]
    skills = {s["name"].casefold() for s in parsed["skills"]}
    assert skills and not skills & headings
    assert parsed["education"] and not {e["degree"] for e in parsed["education"]} & {h.upper() for h in headings}
