"""One occupation's names in the languages job ads are written in, with their compound,
hyphenated and feminine forms ("LKW-Fahrer" is read as the words "lkw fahrer"; "Fahrerin").
A search naming one of them may be met by any other, as by domain.title_synonyms' names
(which stay the English ones). The shipped taxonomy (ESCO and O*NET in English) names no
occupation in another language, so these are kept here.

Each phrase names the occupation itself and nothing wider: no bare "driver", "Fahrer" or
"conductor", so a search for a generic word widens to no occupation. Phrases are read as a
query is (domain.query_aliases.words_of); umlauts and accents as written: both indexes fold
accents, and domain.spelling_variants adds the umlauts' other spellings."""
from __future__ import annotations

OCCUPATION_NAMES: tuple[tuple[str, ...], ...] = (
    ("truck driver", "lorry driver", "hgv driver", "lgv driver",
     "berufskraftfahrer", "berufskraftfahrerin", "kraftfahrer", "kraftfahrerin", "lkw fahrer", "lkw fahrerin",
     "lastkraftwagenfahrer", "lastkraftwagenfahrerin",
     "chauffeur poids lourd", "conducteur poids lourd", "chauffeur routier",
     "camionero", "camionera", "conductor de camión", "motorista de caminhão", "camionista",
     "autista di camion", "kierowca ciężarówki", "kierowca zawodowy", "vrachtwagenchauffeur"),
    ("nurse", "krankenschwester", "krankenpfleger", "krankenpflegerin", "pflegefachkraft", "pflegefachfrau",
     "pflegefachmann", "infirmier", "infirmière", "enfermero", "enfermera", "enfermeiro", "enfermeira",
     "infermiere", "infermiera", "pielęgniarka", "pielęgniarz", "verpleegkundige"),
    ("head chef", "executive chef", "küchenchef", "küchenchefin", "chef de cuisine", "jefe de cocina",
     "chef de cozinha", "chef di cucina", "szef kuchni"),
    ("cook", "koch", "köchin", "cuisinier", "cuisinière", "cocinero", "cocinera", "cozinheiro", "cozinheira",
     "cuoco", "cuoca", "kucharz", "kucharka"),
    ("accountant", "bookkeeper", "buchhalter", "buchhalterin", "finanzbuchhalter", "bilanzbuchhalter",
     "comptable", "contador", "contadora", "contabilista", "contabile", "ragioniere", "księgowy", "księgowa",
     "boekhouder"),
    ("electrician", "elektriker", "elektrikerin", "électricien", "électricienne", "electricista",
     "eletricista", "elettricista", "elektryk"),
    ("welder", "schweißer", "schweißerin", "soudeur", "soudeuse", "soldador", "soldadora", "saldatore",
     "spawacz", "lasser"),
    ("forklift driver", "forklift operator", "staplerfahrer", "staplerfahrerin", "gabelstaplerfahrer", "cariste",
     "carretillero", "operador de empilhadeira", "carrellista", "operator wózka widłowego", "heftruckchauffeur"),
    ("warehouse operative", "warehouse worker", "lagerist", "lageristin", "lagermitarbeiter", "magasinier",
     "magasinière", "mozo de almacén", "auxiliar de armazém", "magazziniere", "magazynier"),
    ("cleaner", "reinigungskraft", "agent d'entretien", "agente de limpieza", "limpiador", "limpiadora",
     "faxineira", "auxiliar de limpeza", "addetto alle pulizie", "sprzątaczka", "schoonmaker"),
    ("teacher", "lehrer", "lehrerin", "lehrkraft", "enseignant", "enseignante", "profesor", "profesora",
     "professora", "insegnante", "nauczyciel", "nauczycielka", "leraar"),
    ("software developer", "software engineer", "softwareentwickler", "softwareentwicklerin",
     "développeur", "développeuse", "desarrollador", "desarrolladora", "desenvolvedor", "desenvolvedora",
     "sviluppatore software", "programista", "programmeur"),
    ("mechanic", "mechaniker", "mechanikerin", "kfz mechatroniker", "mécanicien", "mécanicienne", "mecánico",
     "mecânico", "meccanico", "mechanik"),
    ("care worker", "care assistant", "pflegehelfer", "pflegehelferin",
     "aide-soignant", "aide-soignante", "auxiliar de enfermería", "cuidador", "cuidadora", "operatore socio sanitario",
     "opiekun", "opiekunka"),
)
