"""A further-training section written as a dates column ("2018      Schweißerprüfung EN ISO
9606-1 (135, 141) – DVS Duisburg"): the course is named without its year, and a comma inside
its brackets does not cut it; a long run of commas is read in one pass (fictional lines)."""
import subprocess
import sys

from adapters.embedded.parsing.training_lines import courses_listed


def test_a_course_after_its_year_keeps_its_bracketed_numbers():
    text = ("2018                 Schweißerprüfung EN ISO 9606-1 (135, 141) – DVS Bildungszentrum Duisburg\n"
            "2016\tStaplerschein (Gabelstapler, Klasse 1) – TÜV Nord")
    assert courses_listed([text], ["Weiterbildung"]) == ["Schweißerprüfung EN ISO 9606-1 (135, 141)",
                                                         "Staplerschein (Gabelstapler, Klasse 1)"]


def test_courses_between_commas_are_still_parted_outside_brackets():
    text = "Immediate Life Support (ILS), Safeguarding Adults Level 3, Moving and Handling training"
    assert courses_listed([text]) == ["Immediate Life Support (ILS)", "Safeguarding Adults Level 3",
                                      "Moving and Handling training"]


def test_a_line_of_forty_thousand_commas_does_not_hang():
    code = ("from adapters.embedded.parsing.training_lines import courses_listed; "
            "courses_listed(['Safety training ' + ',' * 40_000], ['Training'])")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
