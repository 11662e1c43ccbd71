"""A certificate named in French, Spanish, Portuguese or Italian ("Certificat de compétence",
"Certificado de profesionalidad", "Certificato di qualifica") is a qualification of its own
(fictional résumés)."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, degree", [
    ("Certificat de compétence compagnon (CCQ), Commission de la construction du Québec, 2018",
     "Certificat de compétence compagnon (CCQ)"),
    ("Certificado de profesionalidad en Cocina, SEPE Madrid, 2017", "Certificado de profesionalidad en Cocina"),
    ("Certificato di qualifica professionale, Regione Lombardia, 2015", "Certificato di qualifica professionale"),
])
def test_the_certificate_is_an_entry_with_its_year(line, degree):
    entries = parse_education("DEP en charpenterie-menuiserie, Centre de formation professionnelle Qualitech, 2014\n" + line)
    assert [(e.degree, e.graduation_year) for e in entries][1:] == [(degree, int(line[-4:]))]
