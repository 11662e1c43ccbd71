"""Text decoded with the wrong character set is repaired before the parser reads it; text read
right is left as it is."""
import pytest

from adapters.embedded.parsing.repaired_text import repaired


@pytest.mark.parametrize("broken, meant", [
    ("\u00e2\u0080\u00a2 Quantity estimation", "• Quantity estimation"),
    ("Handling the User\u00e2\u0080\u0099s request", "Handling the User’s request"),
    ("CafÃ© manager, SÃ£o Paulo", "Café manager, São Paulo"),
])
def test_mis_decoded_text_is_repaired(broken, meant):
    assert repaired(broken) == meant


@pytest.mark.parametrize("right", [
    "Pflegefachkraft für Intensivpflege, Köln – seit 2019",
    "Técnico em Mecânica — “SENAI” Joinville",
    "Kierowca kat. C+E, Łódź; Ştefan Ionescu, Bucureşti",
])
def test_text_read_right_is_kept(right):
    assert repaired(right) == right


def test_fullwidth_letters_and_digits_and_ligatures_are_folded_on_purpose():
    assert repaired("２０１９年４月 ＴＯＥＩＣ８５０点") == "2019年4月 TOEIC850点"
    assert repaired("ﬁnancial ofﬁcer") == "financial officer"
    assert repaired("山田太郎 — 東京都") == "山田太郎 — 東京都"  # CJK text itself is kept
