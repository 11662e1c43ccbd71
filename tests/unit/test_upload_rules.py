"""What an upload may be, and what a person is told when theirs is refused."""
from __future__ import annotations

from domain.uploads import DOCX, PDF, PLAIN_TEXT, UploadRules

LIMITS = ("Upload a PDF, Word (DOCX), plain text, Markdown, PNG scan or JPEG scan file of "
          "at most 10 MiB; a candidate may keep up to 20 resumes.")


def test_a_resume_within_the_limits_has_no_problem():
    assert UploadRules().problem_with(120_000, PDF) is None


def test_an_empty_file_is_refused_with_the_accepted_types_and_limits():
    assert UploadRules().problem_with(0, None) == f"The file is empty. {LIMITS}"


def test_an_11_mb_file_is_refused_naming_its_size_and_the_limit():
    assert UploadRules().problem_with(11 * 1024 * 1024, PDF) == (
        f"The file is 11 MiB, over the limit. {LIMITS}")


def test_a_file_of_11_million_bytes_is_told_its_size_in_the_limit_s_unit():
    # 11 MB (decimal) is 10.49 MiB: said as 10.5 MiB beside a limit of 10 MiB, not "10.0 MB".
    assert UploadRules().problem_with(11_000_000, PDF) == f"The file is 10.5 MiB, over the limit. {LIMITS}"


def test_a_file_just_over_the_limit_never_reads_as_the_limit():
    message = UploadRules().problem_with(10 * 1024 * 1024 + 1, PDF)
    assert message.startswith("The file is 10.1 MiB, over the limit."), message


def test_a_file_of_an_unknown_type_is_refused_naming_the_accepted_types():
    assert UploadRules().problem_with(2048, None) == (
        f"The file's content is not a type we can read. {LIMITS}")


def test_the_limits_in_the_message_follow_the_configured_limits():
    rules = UploadRules(max_bytes=512 * 1024, max_resumes_per_candidate=3,
                        accepted_types={PDF: "PDF", DOCX: "Word (DOCX)"})
    assert rules.problem_with(2048, PLAIN_TEXT) == (
        "The file's content is not a type we can read. Upload a PDF or Word (DOCX) file of "
        "at most 512 KiB; a candidate may keep up to 3 resumes.")


def test_a_candidate_at_the_resume_limit_is_told_to_delete_one_first():
    assert UploadRules(max_resumes_per_candidate=2).too_many_resumes() == (
        "You already have 2 resumes: delete one first. Upload a PDF, Word (DOCX), plain text, "
        "Markdown, PNG scan or JPEG scan file of at most 10 MiB; a candidate may keep up to 2 "
        "resumes.")


def test_one_byte_over_the_limit_is_refused_and_the_limit_itself_is_not():
    rules = UploadRules(max_bytes=1000)
    assert rules.problem_with(1000, PDF) is None
    assert rules.problem_with(1001, PDF) == (
        "The file is 1001 bytes, over the limit. Upload a PDF, Word (DOCX), plain text, "
        "Markdown, PNG scan or JPEG scan file of at most 1000 bytes; a candidate may keep up "
        "to 20 resumes.")


def test_a_file_read_only_up_to_past_the_limit_is_said_to_be_larger_with_no_figure():
    # Its whole size is not known: the bytes read (the limit and one) are not its size.
    message = UploadRules().problem_with(10 * 1024 * 1024 + 1, PDF, size_known=False)
    assert message == f"The file is larger than the 10 MiB limit. {LIMITS}"


def test_a_request_over_the_body_limit_is_told_in_the_resume_limit_s_terms():
    message = UploadRules().request_too_large(12 * 1024 * 1024)
    assert message == (
        "The request is larger than the 12 MiB this server accepts and was not read; a resume sent in it"
        f" must be smaller. {LIMITS}")
    assert "12582912" not in message
