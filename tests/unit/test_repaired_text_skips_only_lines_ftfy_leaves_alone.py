"""The repair skips lines of printable ASCII; that is safe only while ftfy itself leaves every such
line as it is, which these properties hold against the installed ftfy (an upgrade that starts
changing them fails here, not in a parsed résumé)."""
from __future__ import annotations

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.embedded.parsing.repaired_text import _REPAIR, repaired

_PRINTABLE_LINES = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from("\t\n"))
# any characters, with the mis-decodings and line breaks ftfy repairs mixed in
_ANY_TEXT = st.lists(st.characters(max_codepoint=0x24FF) | st.sampled_from(["â€¢", "Ã©", "â€™", "\r\n", "ﬁ", "\n"])
                     ).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PRINTABLE_LINES)
def test_ftfy_leaves_printable_ascii_lines_as_they_are(text: str) -> None:
    assert ftfy.fix_text(text, _REPAIR) == text
    assert repaired(text) == text


@settings(max_examples=400, deadline=None)
@given(_ANY_TEXT)
def test_the_repair_equals_ftfy_on_the_whole_text(text: str) -> None:
    assert repaired(text) == ftfy.fix_text(text, _REPAIR)


def test_mis_decoded_lines_among_plain_ones_are_repaired() -> None:
    text = "Skills\nâ€¢ Quantity estimation\nUserâ€™s guide\n\tplain line\n"
    assert repaired(text) == "Skills\n• Quantity estimation\nUser’s guide\n\tplain line\n"
