"""What a job search asks SQLite: the user's words as an FTS5 query and a filter as WHERE clauses
over `job_search_keys j`, both with their parameters bound, never spliced."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from adapters.embedded.sqlite.rows import placeholders
from domain.job_skill_keys import filter_spellings
from domain.jobs import JobFilter
from domain.location_store_hints import words_one_must_hold
from domain.money import in_smallest_units
from domain.query_aliases import QueryAlias, with_aliases
from domain.search_text import SearchTerm, search_terms


def fts_query(text: str, aliases: Sequence[QueryAlias] = ()) -> str | None:
    """A user's words as an FTS5 query (domain.search_text reads them): every word must appear,
    the last may be a prefix, a named field limits its words; words an alias covers may be
    met by any of its names instead (domain.query_aliases). Each word is quoted, so nothing
    in user input is read as FTS5 syntax."""
    terms = search_terms(text)
    if not terms:
        return None
    parts: list[str] = []
    at = 0
    grouped = False
    for item in with_aliases([t.word for t in terms], aliases):
        if isinstance(item, str):
            parts.append(_fts_phrase(terms[at]))
            at += 1
            continue
        typed = terms[at:at + len(item.words)]
        at += len(typed)
        parts.append(_either(typed, item.alias.alternatives))
        grouped = True
    # FTS5 reads two phrases side by side as AND, but not a phrase beside a parenthesised
    # group; the plain form stays as it was (adapters/embedded/sqlite/bm25_bound.py reads it).
    return (" AND " if grouped else " ").join(parts)


def _either(typed: list[SearchTerm], alternatives: Sequence[tuple[str, ...]]) -> str:
    """The words as typed (each required, anywhere) or any other name as a phrase, in the
    typed words' field when they named one."""
    field = typed[0].field if all(t.field == typed[0].field for t in typed) else None
    as_typed = "(" + " AND ".join(_fts_phrase(SearchTerm(t.word, None if field else t.field, t.prefix))
                                  for t in typed) + ")"
    # Compared lower-cased, not case-folded: the index keeps "ß", which folding spells "ss".
    others = ['"' + " ".join(alternative).replace('"', '""') + '"'
              for alternative in alternatives if alternative != tuple(t.word.lower() for t in typed)]
    group = "(" + " OR ".join([as_typed, *others]) + ")"
    return f"{field} : {group}" if field else group


def _fts_phrase(term: SearchTerm) -> str:
    phrase = '"' + term.word.replace('"', '""') + '"' + ("*" if term.prefix else "")
    return f"{term.field} : {phrase}" if term.field else phrase


def filter_clauses(job_filter: JobFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []

    def member(column: str, values: list) -> None:
        where.append(f"j.{column} IN ({placeholders(len(values))})")
        params.extend(v.value for v in values)

    if job_filter.status is not None:
        where.append("j.status = ?")
        params.append(job_filter.status.value)
    if job_filter.remote:
        member("remote", job_filter.remote)
    if job_filter.employment_types:
        member("employment_type", job_filter.employment_types)
    if job_filter.seniority:
        member("seniority", job_filter.seniority)
    if job_filter.location:
        place, place_params = _location_clause(job_filter.location.strip())
        held = fts_query(job_filter.location_or_words, job_filter.location_or_words_aliases or ()) \
            if job_filter.location_or_words else None
        if job_filter.words_outside_location:
            # The jobs only naming the place (domain.place_first): its words, and not in it. The
            # text's set is one FTS lookup (not correlated); written first, as SQLite tests an
            # AND's terms in order, so the place (a Python call) is asked of its members only.
            where.append(f"(j.job_rowid IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?) AND NOT coalesce({place}, 0))"
                         if held else "0")
            params.extend([held, *place_params] if held else [])
        else:
            if held:
                # Or the job's text holds the place's words (domain.query_location).
                place = f"({place} OR j.job_rowid IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?))"
                place_params.append(held)
            where.append(place)
            params.extend(place_params)
    yearly_min = job_filter.yearly_min_salary()
    if yearly_min is not None:
        # What the job can pay in a year, exactly (migration 51), against the filter's yearly amount.
        where.append("j.salary_yearly_top_exact >= ?")
        params.append(in_smallest_units(yearly_min))
    if job_filter.salary_currency:
        where.append("j.salary_currency = ?")
        params.append(job_filter.salary_currency)
    if job_filter.organization_id:
        where.append("j.organization_id = ?")
        params.append(job_filter.organization_id)
    for spellings in filter_spellings(job_filter):
        # job_skills.skill holds each required skill's key (domain.job_skills.skill_key).
        # Asked per job as the newest-first scan meets it (its primary key answers), so a page
        # reads about first/selectivity jobs; `j.id IN (SELECT ...)` listed every job with the
        # skill first, on every search (30 ms at 100,000 jobs for Python, 1 ms now).
        where.append("EXISTS (SELECT 1 FROM job_skills s WHERE s.job_id = j.id"
                     f" AND s.skill IN ({placeholders(len(spellings))}))")
        params.extend(sorted(spellings))
    return where, params


def _location_clause(wanted: str) -> tuple[str, list[Any]]:
    """domain.locations: any case and accents, the country written any way or left out."""
    conditions: list[str] = []
    params: list[Any] = []
    words = words_one_must_hold(wanted)
    if words:
        # Ruled out in C first (a Python call per row costs ~5x): a location without
        # accents (as many characters as bytes) must hold the place's longest word, or
        # that of another name of its town.
        likes = " OR ".join(["j.location LIKE ? ESCAPE '\\'"] * len(words))
        conditions.append(f"({likes} OR length(j.location) != length(CAST(j.location AS BLOB)))")
        params.extend("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                      for word in words)
    conditions.append("location_matches(j.location, ?)")
    params.append(wanted)
    return "(" + " AND ".join(conditions) + ")", params


# The jobs still OPEN past their closing time (the sweep closes them within its period): a
# handful at most, read once per statement through the partial index the sweep reads.
_PAST_CLOSING = ("SELECT rowid FROM jobs INDEXED BY jobs_due_to_close"
                 " WHERE status = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= ?")
LAST_CLOSING_PASSED = ("SELECT max(closes_at) FROM jobs INDEXED BY jobs_due_to_close"
                       " WHERE status = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= ?")


def not_past_closing(last_closing_passed: str) -> tuple[str, list[Any]]:
    """The clause leaving out the open jobs whose closing time came by `last_closing_passed`,
    the latest such time (LAST_CLOSING_PASSED) rather than the moment of the search: the same
    jobs are left out, and a search repeated finds the same clause until another job's time
    comes, so its ranking kept by clause and parameters (ranked_heads.py) serves it again."""
    return f"j.job_rowid NOT IN ({_PAST_CLOSING})", [last_closing_passed]
