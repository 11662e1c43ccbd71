"""The words that name an organisation as "school", "hospital", "university" or "company" do in
English, as Spanish, Portuguese, French, Italian and German write them: an employer's name
holds one ("Escola Estadual Professor Caetano", "Clínica San Rafael", "Universität Bonn"), a job
title does not; a title word inside such a name is the namesake's ("Professor", "Doctor")."""
from __future__ import annotations

ORGANISATION_WORDS_OTHER_LANGUAGES = (
    r"escola|escuela|col[eé]gio|colegio|lyc[ée]e|liceo|schule|"
    r"universidade|universidad|universit[àaé]|universit[äa]t|instituto|istituto|institut|"
    r"hospitais|hospitales|h[ôo]pital|ospedale|krankenhaus|cl[ií]nica|clinique|klinik(?:um)?|"
    r"funda[çc][ãa]o|fundaci[óo]n|fondazione|stiftung|empresa|companhia|compa[ñn][íi]a|compagnie"
)
