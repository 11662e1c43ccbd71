"""Not a speed target: a guard that a run of spaces after a degree word does not hang the parser.
The rule's earlier pattern had three overlapping space runs (time growing with the cube of the
run: ~5 s at 1,000 spaces, ~40 s at 2,000); read once per space it takes milliseconds, so the
bound below is far from both."""
import time

from adapters.embedded.parsing.degree_abbreviations import degree_abbreviations_bracketed


def test_a_long_run_of_spaces_after_a_degree_word_does_not_hang_the_parser():
    text = "Bachelor of" + " " * 2_000 + "x"
    started = time.perf_counter()
    degree_abbreviations_bracketed(text)
    assert time.perf_counter() - started < 5.0


def test_the_rule_still_reads_a_degree_with_its_abbreviation():
    assert degree_abbreviations_bracketed("Master of Science - MS, Architecture") != "Master of Science - MS, Architecture"
