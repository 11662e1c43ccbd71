"""A job's header is measured without its bracketed notes: an employer's initials or a grade in
brackets lengthen "Title — Employer (INITIALS), Unit" past a header's usual length, yet the
line is no sentence of the job's description."""
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.header_lines import is_header_like


def _jobs(text):
    return [(e.title, e.company) for e in parse_experience(text)[0]]


def test_bracketed_initials_do_not_make_a_long_header_prose():
    line = "Enfermeira Obstetra — Empresa Brasileira de Serviços Hospitalares (EBSERH), Maternidade Escola"
    assert len(line) > 90 and is_header_like(line)
    assert _jobs(f"{line}\nMarço 2019 – Atual\n• Partos de risco habitual\n") == [
        ("Enfermeira Obstetra", "Empresa Brasileira de Serviços Hospitalares (EBSERH)")]


def test_a_long_line_stays_prose_without_its_notes_too():
    # the notes are left out of the count, the words of a sentence are not
    prose = ("Responsible for the daily cleaning rota of the whole of the ward, the sluice room and "
             "the patients' kitchen (nights)")
    assert not is_header_like(prose)
    assert not is_header_like("Coordinated deliveries for forty stores across the north-west region of the country every week")
