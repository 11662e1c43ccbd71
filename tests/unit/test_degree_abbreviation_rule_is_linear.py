import time

from adapters.embedded.parsing.degree_abbreviations import degree_abbreviations_bracketed


def test_a_long_run_of_spaces_after_a_degree_word_is_read_in_linear_time():
    text = "Bachelor of" + " " * 600 + "x"
    started = time.perf_counter()
    degree_abbreviations_bracketed(text)
    assert time.perf_counter() - started < 0.05
