"""The shipped word rarities (adapters/embedded/skills/term_rarity.tsv.gz): built from the
reference descriptions of work, read back as the lexical view's TermRarity."""
import gzip

import pytest

from adapters.embedded.skills.build_term_rarity import build
from adapters.embedded.skills.term_rarity import load_term_rarity, read_term_rarity


def test_the_shipped_file_weighs_a_tool_name_above_an_everyday_word_of_work():
    rarity = load_term_rarity()
    assert rarity.documents > 10_000
    assert rarity.idf("python") > rarity.idf("welding") > rarity.idf("software") > rarity.idf("and")
    assert rarity.idf("and") < 1.5


def test_a_built_file_reads_back_with_its_counts(tmp_path):
    (tmp_path / "onet_occupations.tsv").write_text(
        "O*NET-SOC Code\tTitle\tDescription\n11-1\tWelders\tWeld metal parts.\n11-2\tNurses\tCare for patients.\n",
        encoding="utf-8")
    (tmp_path / "esco_skills_en.csv").write_text(
        "conceptUri,preferredLabel,altLabels,description\nu1,weld metal,welding,Join metal parts\n",
        encoding="utf-8")
    out = tmp_path / "rarity.tsv.gz"
    built = build(tmp_path, out)
    read = read_term_rarity(out)
    assert read.documents == built.documents == 3
    assert read.count("metal") == 2 and read.count("parts") == 2
    assert read.count("nurses") == 0  # in one document only: not kept, weighs as unseen


def test_a_file_without_the_corpus_size_is_refused(tmp_path):
    out = tmp_path / "bad.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8") as f:
        f.write("python\t3\n")
    with pytest.raises(ValueError, match="#documents"):
        read_term_rarity(out)
