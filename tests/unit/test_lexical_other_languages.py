"""The lexical view of texts in other languages than English: accented words are whole words, and
the language's function words, which an English reference corpus never saw, are no vocabulary."""
from domain.matching.lexical import TermRarity, features, lexical_similarity, term_vector, terms

# An English reference corpus: it has never seen a word of the other languages ("a" is in
# every text, as an English article is in a real corpus).
REFERENCE = TermRarity.from_texts([
    "a registered nurse on a surgical ward", "a electrician wiring new houses",
    "a care assistant in a residential home", "a mechanic servicing cars and vans",
])


def test_an_accented_word_is_one_word():
    assert terms("Técnica de manutenção elétrica, Köln") == ["técnica", "de", "manutenção", "elétrica", "köln"]


def test_a_letter_beyond_ascii_ending_a_word_stays_in_it():
    assert terms("Pracuję się, qualité. Você é o café; sécurité") == [
        "pracuję", "się", "qualité", "você", "o", "café", "sécurité"]
    assert features("Pielęgniarka jest się dla dzieci") == ["pielęgniarka", "dzieci"]


def test_a_text_read_in_the_wrong_charset_keeps_its_words():
    assert terms("I didnâ€™t stop maintainingâ€ the servers") == [
        "i", "didn", "t", "stop", "maintaining", "the", "servers"]
    assert terms("a cafÃ© manager") == ["a", "caf", "manager"]


def test_function_words_of_other_languages_are_neither_words_nor_parts_of_pairs():
    assert features("Pfleger mit Erfahrung und Geduld") == ["pfleger", "erfahrung", "geduld"]
    # English words stay: the corpus weighs them
    assert "of" in features("head of nursing")


def test_two_trades_written_in_one_language_share_no_words_for_it():
    nurse_job = term_vector("Procuramos enfermeira para o serviço de urgência com experiência em triagem "
                            "e a cédula profissional da ordem", REFERENCE)
    plumber = term_vector("Canalizador com experiência em instalação de tubagens e reparação de "
                          "fugas para a câmara municipal", REFERENCE)
    fitter = term_vector("Montador de estruturas metálicas com a experiência de obra", REFERENCE)
    nurse = term_vector("Enfermeira no serviço de urgência, triagem e cuidados ao doente", REFERENCE)
    # "experiência" is a real shared word (and "a", "e", English too); the rest was "de", "em", "com", "ncia"
    assert lexical_similarity(nurse_job, plumber) < 0.2
    assert lexical_similarity(nurse_job, fitter) < 0.2
    assert lexical_similarity(nurse_job, nurse) > 2 * lexical_similarity(nurse_job, plumber)
