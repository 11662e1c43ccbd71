"""A .txt résumé that is not UTF-8 is read in the code page its letters fit: a Polish one saved
as Windows-1250 was read as Windows-1252 ("Wiœniewska", "£odzi"). UTF-8 (with or without a
byte-order mark) and UTF-16 with one are read as they were."""
from __future__ import annotations

import codecs

import pytest

POLISH = ("Anna Wiśniewska\nPielęgniarka dyplomowana, Łódź\n"
          "Doświadczenie: Szpital im. Kopernika w Łodzi, oddział intensywnej terapii (2015–2023).\n"
          "Umiejętności: opieka nad pacjentem, pobieranie krwi, język angielski.")
FRENCH = ("Élodie Lefèvre\nInfirmière diplômée d'État, Besançon\n"
          "Expérience : Centre hospitalier régional, service de réanimation — 2016–2023.\n"
          "Compétences : soins intensifs, prélèvements, anglais courant.")
GERMAN = ("Jürgen Müller\nGesundheits- und Krankenpfleger, Düsseldorf\n"
          "Berufserfahrung: Universitätsklinikum, Intensivstation – 2014–2022.\n"
          "Fähigkeiten: Patientenbetreuung, Blutabnahme, Englisch fließend.")
RUSSIAN = ("Ольга Смирнова\nМедицинская сестра, Санкт-Петербург\n"
           "Опыт работы: городская больница № 2, отделение реанимации (2012–2021).\n"
           "Навыки: уход за пациентами, забор крови, английский язык.")
SPANISH = ("José Álvarez Núñez\nEnfermero, A Coruña\n"
           "Experiencia: Hospital Universitario, unidad de cuidados intensivos (2010-2020).\n"
           "Habilidades: atención al paciente, extracción de sangre, inglés.")


@pytest.mark.parametrize("text, code_page", [
    (POLISH, "cp1250"), (FRENCH, "cp1252"), (GERMAN, "cp1252"), (RUSSIAN, "cp1251"), (SPANISH, "latin-1"),
], ids=["polish-cp1250", "french-cp1252", "german-cp1252", "russian-cp1251", "spanish-latin-1"])
async def test_text_in_a_windows_code_page_reads_as_written(extractor, text, code_page):
    extracted = await extractor.extract(text.replace("\n", "\r\n").encode(code_page), "text/plain")
    assert extracted.text == text


@pytest.mark.parametrize("encoded", [
    POLISH.encode("utf-8"), codecs.BOM_UTF8 + POLISH.encode("utf-8"), POLISH.encode("utf-16"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom"])
async def test_unicode_text_reads_as_before(extractor, encoded):
    assert (await extractor.extract(encoded, "text/plain")).text == POLISH
