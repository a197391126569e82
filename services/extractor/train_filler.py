"""Train the learned filler (``tagging/filler.py``) on the gold of the tuned corpora and write its model.

    armswatch train-filler [--check]      (make filler)

The corpora are every ``tests/data/<name>_<lang>.jsonl`` except the blind ones (``blind*``), which are never read
here. Each opening (a candidate the rules left with one side open) has one example per party the article names.
The label is whether that pair is one of the article's gold pairs. The model is an L2-regularised logistic
regression fitted by Newton's method on standardised features, so a run is deterministic.

Each threshold is judged by leaving each corpus in turn out of training and filling it with a model trained on the
others (pooled pair F1). Those figures are printed and stored beside the weights; the threshold itself is fixed
(``THRESHOLD``) inside the plateau they show, so that retraining as the rules change does not flip it.
Needs numpy (a dev dependency); tagging itself does not.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from services.extractor.tagging.article import tag_article
from services.extractor.tagging.filler import Opening
from services.extractor.tagging.language import detect_language
from services.extractor.tagging.lexicon import LANGUAGES, lexicon

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
MODEL = Path(__file__).resolve().parent / "tagging" / "data" / "filler.json"
_L2 = 3.0
_NEWTON_STEPS = 30
_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
THRESHOLD = 0.7  # the fixed threshold, inside the plateau of held-out F1 (see ``train``)
_DIGITS = 6


def _norm(code: str | None) -> str:
    code = (code or "").strip()
    return code.upper() if len(code) == 2 else code.lower()


class GoldArticle:
    """One gold article as the trainer sees it: the rules' pairs, the gold pairs and the openings."""

    def __init__(self, corpus: str, row: dict[str, Any]) -> None:
        lang = row.get("lang") if row.get("lang") in LANGUAGES else detect_language(row["text"])
        self.corpus = corpus
        self.openings: list[Opening] = []
        mentions = tag_article(row["text"], lexicon(lang), row.get("title"), learn=self.openings)
        self.found = {(_norm(m.supplier), _norm(m.recipient)) for m in mentions}
        gold = row.get("mentions") or []
        self.gold = {(_norm(m["supplier"]), _norm(m["recipient"])) for m in gold}
        self.accepted = {
            (_norm(m["supplier"]), _norm(r)) for m in gold for r in [m["recipient"], *(m.get("alt_recipients") or [])]
        }


def corpora() -> dict[str, list[GoldArticle]]:
    by_corpus: dict[str, list[GoldArticle]] = {}
    for path in sorted(DATA.glob("*_*.jsonl")):
        corpus = path.name.split("_", 1)[0]
        if corpus.startswith("blind"):
            continue  # never read: the blind sets measure what tuning cannot see
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        by_corpus.setdefault(corpus, []).extend(GoldArticle(corpus, row) for row in rows)
    return by_corpus


def _pair(opening: Opening, party: str) -> tuple[str, str]:
    supplier, recipient = opening.pair(party)
    return _norm(supplier), _norm(recipient)


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights on standardised features (column 0 is the intercept), and the scaling used."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], _L2)
    penalty[0] = 0.0
    for _ in range(_NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        w -= np.linalg.solve(hessian, gradient)
    return w, mean, scale


def _matrix(articles: list[GoldArticle], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    column = {name: i for i, name in enumerate(names)}
    rows: list[np.ndarray] = []
    labels: list[float] = []
    for article in articles:
        for opening in article.openings:
            for party, features in opening.options:
                row = np.zeros(len(names))
                for name, value in features.items():
                    row[column[name]] = value
                rows.append(row)
                labels.append(float(_pair(opening, party) in article.accepted))
    return np.array(rows).reshape(-1, len(names)), np.array(labels)


def _scores(w: np.ndarray, mean: np.ndarray, scale: np.ndarray, x: np.ndarray) -> np.ndarray:
    scores: np.ndarray = 1.0 / (1.0 + np.exp(-(w[0] + ((x - mean) / scale) @ w[1:])))
    return scores


def _pair_counts(articles: list[GoldArticle], scores: np.ndarray | None, threshold: float) -> Counter[str]:
    """Pair true/false positives and misses when each opening takes its best option at or above ``threshold``."""
    counts: Counter[str] = Counter()
    k = 0
    for article in articles:
        pairs = set(article.found)
        for opening in article.openings:
            n = len(opening.options)
            if scores is not None:
                best = int(np.argmax(scores[k : k + n]))
                if scores[k + best] >= threshold:
                    pairs.add(_pair(opening, opening.options[best][0]))
            k += n
        added = pairs - article.found
        counts["added"] += len(added)
        counts["added_right"] += len(added & article.accepted)
        hits = len(pairs & article.accepted)
        counts["tp"] += min(hits, len(article.gold))
        counts["fp"] += len(pairs - article.accepted)
        counts["fn"] += max(0, len(article.gold) - hits)
    return counts


def _f1(c: Counter[str]) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


def train(by_corpus: dict[str, list[GoldArticle]]) -> dict[str, Any]:
    everything = [a for articles in by_corpus.values() for a in articles]
    names = sorted({name for a in everything for o in a.openings for _p, f in o.options for name in f})
    held_out: dict[str, np.ndarray] = {}
    for corpus, articles in by_corpus.items():
        rest = [a for c, group in by_corpus.items() if c != corpus for a in group]
        w, mean, scale = _fit(*_matrix(rest, names))
        held_out[corpus] = _scores(w, mean, scale, _matrix(articles, names)[0])
    table: dict[str, dict[str, float]] = {}
    for label, threshold in [("rules", 2.0), *((f"{t:.1f}", t) for t in _THRESHOLDS)]:
        pooled: Counter[str] = Counter()
        row: dict[str, float] = {}
        for corpus, articles in by_corpus.items():
            counts = _pair_counts(articles, held_out[corpus], threshold)
            pooled.update(counts)
            row[corpus] = round(_f1(counts), 4)
        row["pooled"] = round(_f1(pooled), 4)
        row["added"] = pooled["added"]
        row["added_right"] = pooled["added_right"]
        table[label] = row
    # A fixed threshold inside the plateau: the value used since session 13. Pooled held-out F1 at 0.6 to 0.9 has
    # stayed within 0.002 of the best in every session since then, so taking the best (or the highest within a
    # band) flipped the choice between 0.6, 0.7 and 0.8 on differences of 0.001 as the rules changed, and each flip
    # lost fills the class tests check. ``test_filler`` checks that it stays within 0.005 of the best pooled F1.
    x, y = _matrix(everything, names)
    w, mean, scale = _fit(x, y)
    weights = w[1:] / scale
    bias = w[0] - float((w[1:] * mean / scale).sum())
    return {
        "about": "learned filler for open sides (services/extractor/tagging/filler.py); written by make filler",
        "threshold": THRESHOLD,
        "bias": round(bias, _DIGITS),
        "weights": {name: round(float(v), _DIGITS) for name, v in zip(names, weights, strict=True) if v},
        "trained_on": sorted(by_corpus),
        "examples": len(y),
        "positives": int(y.sum()),
        "leave_one_corpus_out_pair_f1": table,
    }


def _close(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["threshold"] != b["threshold"] or set(a["weights"]) != set(b["weights"]):
        return False
    pairs = [(a["bias"], b["bias"]), *((a["weights"][k], b["weights"][k]) for k in a["weights"])]
    return all(abs(x - y) <= 1e-3 * max(1.0, abs(x)) for x, y in pairs)


def report(model: dict[str, Any]) -> str:
    """The leave-one-corpus-out table: pair F1 per corpus with the rules alone and at each threshold."""
    table = model["leave_one_corpus_out_pair_f1"]
    names = [c for c in table["rules"] if c not in ("pooled", "added", "added_right")]
    lines = [f"{'':8}" + "".join(f"{c:>9}" for c in [*names, "pooled"]) + "  pairs added (right)"]
    for label, row in table.items():
        figures = "".join(f"{row[c]:9.3f}" for c in [*names, "pooled"])
        lines.append(f"{label:8}{figures}  {row['added']} ({row['added_right']})")
    lines.append(f"threshold {model['threshold']}; {model['examples']} examples, {model['positives']} positive")
    return "\n".join(lines)


def shipped_matches(model: dict[str, Any]) -> bool:
    """Whether the shipped model is the one training gives now (weights within rounding)."""
    return MODEL.is_file() and _close(json.loads(MODEL.read_text(encoding="utf-8")), model)


def write(model: dict[str, Any]) -> Path:
    MODEL.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return MODEL
