"""Job-ad skill spans on our own invented ads of trades the dev set lacks (hospital porter,
veterinary nurse, crane operator, court reporter…; UK, US, Indian, Australian, Canadian styles,
recruiter boilerplate, benefits and EEO lines), scored as eval_job_spans scores the dev set.
Gold spans are written inline as [[…]], one sentence a line, "###" lines naming each ad; the
labels follow the dev set's conventions. Sets a and b went through rounds of fixes, so they are a
regression probe, not a held-out figure. Set c (air-conditioning engineer in the UAE, care
assistant in Ireland, payroll in German, BPO agent in the Philippines…) was written and scored
before the fixes it then drove (blind: exact 0.589, overlap 0.845); set d was written after
them and scored blind once (exact 0.644, overlap 0.889). Set e (ship's cook in Norway, bakery
seller in German, logistics in Mexican Spanish, vineyard worker in French, telecom technician in
Nigeria, security guard in Saudi Arabia…) was written before the fixes it drove and scored blind
once (exact 0.548, overlap 0.841). Set f (tiler in Ireland, lift technician in Hong Kong, laundry
in Malaysia, irrigation in Chilean Spanish, kitchen helper in Brazilian Portuguese…) was written
after the fixes set e drove and scored blind once (exact 0.559, overlap 0.778; 0.523/0.721
before those fixes), then "willing to" was labelled into its span as the dev set and set e label
it (0.588/0.778; before the fixes 0.554/0.721).
Set g (pastry chef in Singapore, HVAC technician in Texas, care home manager in Scotland, glazier
in New Zealand, track worker on UK rail, haul truck driver in the Pilbara, plumber in Spanish…) was
written before the boundary fixes it then checked and scored blind once (exact 0.447, overlap
0.770), then six spans that had taken in an asking adjective ("Valid", "current", "excellent")
were relabelled as the other sets label them (0.487/0.770); later the three registrations were
labelled as set a labels one ("Registration with the [[Ontario College of Pharmacists]]"): the body
alone (0.487/0.757 before the boundary fixes of that round). It then drove three fixes of its own
(registration bodies, trade verbs with "following", adjectives listed before a shared noun), so
from 0.588/0.791 it too is a regression probe, not a held-out figure.
Run: python -m tests.eval.eval_invented_job_ads [file …] [-v]"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions
from tests.eval.eval_job_spans import Span, _prf, predicted_spans

DATA = Path(__file__).parent / "data"
SETS = tuple(DATA / f"invented_job_ads{suffix}.txt" for suffix in ("", "_b", "_c", "_d", "_e", "_f", "_g"))
# Words and punctuation apart, as the dev set's CoNLL tokens are; [[ and ]] mark gold spans.
_TOKEN = re.compile(r"\[\[|\]\]|[A-Za-z0-9][A-Za-z0-9'’.+#&-]*[A-Za-z0-9+#]|[A-Za-z0-9]|[^\w\s]")


def labelled_line(line: str) -> tuple[list[str], set[Span]]:
    words: list[str] = []
    gold: set[Span] = set()
    start = 0
    for token in _TOKEN.findall(line):
        if token == "[[":
            start = len(words)
        elif token == "]]":
            gold.add((start, len(words)))
        else:
            words.append(token)
    return words, gold


def score(path: Path, verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    skills = EmbeddedSkillExtractor()
    n_pred = n_gold = exact = over_p = over_g = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("###"):
            continue
        words, gold = labelled_line(line)
        pred = predicted_spans(lambda text: job_ad_mentions(text, skills), words)
        n_pred, n_gold, exact = n_pred + len(pred), n_gold + len(gold), exact + len(gold & pred)
        over_p += sum(any(a < d and c < b for c, d in gold) for a, b in pred)
        over_g += sum(any(a < d and c < b for a, b in pred) for c, d in gold)
        if verbose and gold != pred:
            print(" ".join(words))
            print("   missed:", [" ".join(words[a:b]) for a, b in sorted(gold - pred)])
            print("   extra: ", [" ".join(words[a:b]) for a, b in sorted(pred - gold)])
    result = {"exact": _prf(exact, n_pred, exact, n_gold), "overlap": _prf(over_p, n_pred, over_g, n_gold)}
    print(f"\n== invented job ads ({path.name}): {n_gold} gold spans, {n_pred} predicted")
    for kind, (p, r, f) in result.items():
        print(f"{kind:8s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    return result


if __name__ == "__main__":
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("-")] or list(SETS)
    for file in files:
        score(file, verbose="-v" in sys.argv)
