"""Skill spans in job-ad sentences (Green et al., LREC 2022: job_ad_skill_spans_test.conll,
one token a line with BIO tags): what a job ad's text yields (domain.job_skills.job_ad_mentions:
requirement phrases and taxonomy names, as jobs get their skills) against the gold Skill
spans, as precision, recall and F1, exact (same tokens) and overlapping (sharing a token);
the taxonomy's names alone beside it. Nesta's skills NER on job adverts reports F1 0.46,
the reference printed beside ours."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from domain.job_ad_spans import job_ad_mentions
from domain.skills import TaxonomySkillExtractor
from tests.eval.shared_data import EVAL_DATA

CONLL = EVAL_DATA / "job_ad_skill_spans_test.conll"
NESTA_F1 = 0.46

Span = tuple[int, int]  # first token, one past the last


def read_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[1] if len(parts) > 1 else "O")
    if words:
        sentences.append((words, tags))
    return sentences


def gold_spans(tags: list[str], label: str = "Skill") -> set[Span]:
    spans, start = set(), None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{label}":
            spans.add((start, i))
            start = None
        if tag == f"B-{label}" or (tag == f"I-{label}" and start is None):
            start = i
    return spans


Finder = Callable[[str], Iterable]  # text -> objects with start and end offsets


def predicted_spans(find: Finder, words: list[str]) -> set[Span]:
    text, starts = "", []
    for w in words:
        starts.append(len(text) + (1 if text else 0))
        text = f"{text} {w}" if text else w
    ends = [s + len(w) for s, w in zip(starts, words)]
    out = set()
    for m in find(text):
        first = next(i for i, e in enumerate(ends) if e > m.start)
        last = max(i for i, s in enumerate(starts) if s < m.end)
        out.add((first, last + 1))
    return out


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(find: Finder, path: Path = CONLL) -> tuple[dict[str, tuple[float, float, float]], int, int]:
    n_pred = n_gold = exact = over_p = over_g = 0
    for words, tags in read_sentences(path):
        gold, pred = gold_spans(tags), predicted_spans(find, words)
        n_pred, n_gold, exact = n_pred + len(pred), n_gold + len(gold), exact + len(gold & pred)
        over_p += sum(any(a < d and c < b for c, d in gold) for a, b in pred)
        over_g += sum(any(a < d and c < b for a, b in pred) for c, d in gold)
    result = {"exact": _prf(exact, n_pred, exact, n_gold), "overlap": _prf(over_p, n_pred, over_g, n_gold)}
    return result, n_gold, n_pred


def run(extractor: TaxonomySkillExtractor, path: Path = CONLL) -> dict[str, tuple[float, float, float]]:
    result, n_gold, n_pred = score(lambda text: job_ad_mentions(text, extractor), path)
    names_only, _, n_names = score(extractor.mentions, path)
    print(f"\n== job-ad skill spans ({path.name}): {n_gold} gold spans, {n_pred} predicted")
    for kind, (p, r, f) in result.items():
        print(f"{kind:8s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}   (Nesta skills NER F1 {NESTA_F1})")
    for kind, (p, r, f) in names_only.items():
        print(f"{kind:8s} taxonomy names alone ({n_names} spans): precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    return result
