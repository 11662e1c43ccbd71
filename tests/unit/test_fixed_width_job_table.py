"""A work history set as a fixed-width table under a header row: a cell may run up to the next
with a single space ("m/v Aegean Wind Ro-Ro") so the row's cells are read by where the
header's cells start, and its From and To dates stand a wide gap apart."""
from __future__ import annotations

from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.job_table import Columns, row_by_offsets

TABLE = (
    "Rank          Vessel                Type          Company                   From       To\n"
    "Bosun         m/v Aegean Wind Ro-Ro / 9,800       Nordkap Shipping AS       04/2019    01/2020\n"
    "Able Seaman   m/t Coral Bay         Chemical      Marlin Ship Management    02/2016    10/2017\n"
)


def test_rows_read_by_the_header_cells_starts():
    jobs = [(e.title, e.company, e.start_date, e.end_date) for e in parse_experience(TABLE)[0]]
    assert [j[:2] for j in jobs] == [("Bosun", "Nordkap Shipping AS"), ("Able Seaman", "Marlin Ship Management")]
    assert jobs[0][2] is not None and jobs[0][3] is not None


def test_a_cell_that_does_not_start_at_a_gap_gives_no_row():
    columns = Columns(title=0, employer=2, count=4, title_at=0, employer_at=20, ends=(0, 10, 20, 40))
    assert row_by_offsets("Bosun     MV Starlight Nordkap AS", columns) is None  # a word runs over place 20
    assert row_by_offsets("Bosun     MV Star    Nordkap AS", columns) == ("Bosun", "Nordkap AS")
