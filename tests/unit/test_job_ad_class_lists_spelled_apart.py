"""Licence class lists keep every class where words stand between the licence's name and its
classes ("Permis poids lourd C, CE et D", "Führerschein der Klasse C/CE", "LGV licence Class C,
CE and D") or the class word is shortened with a stop ("Cat. C, C+E")."""
from __future__ import annotations

from domain.licence_classes import class_lists
from tests.job_ad_reading import read_ad as _read


def test_words_between_a_licence_and_its_classes_keep_every_class() -> None:
    found = class_lists("Permis poids lourd C, CE et D indispensables.", lambda _: False)
    assert [c.names for c in found] == [("Permis C", "Permis CE", "Permis D")]
    found = class_lists("Sie haben den Führerschein der Klasse C/CE.", lambda _: False)
    assert [c.names for c in found] == [("Führerschein Klasse C", "Führerschein Klasse CE")]


def test_a_scheme_before_licence_names_every_class() -> None:
    found = class_lists("Essential: LGV licence Class C, CE and D.", lambda _: False)
    assert [c.names for c in found] == [("LGV licence Class C", "LGV licence Class CE", "LGV licence Class D")]


def test_a_shortened_class_word_does_not_end_the_sentence() -> None:
    assert _read("Tipper Driver", "Cat. C, C+E needed for tipper work.") == ["Cat. C", "Cat. C+E"]
