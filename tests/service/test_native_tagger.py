"""The tagger compiled by mypyc against its pure-Python source: built from the current sources, same output."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from services.extractor.compiling import build
from services.extractor.tagging import native

DATA = Path(__file__).resolve().parents[1] / "data"
_CLI = "from services.cli import main; main()"

# Pieces of news text and of what breaks parsers, joined at random into hostile texts for both taggers.
_PIECES = [
    "Nordkorea hat rund 1.000.000 Granaten an Russland geliefert",
    "Danmark donerer 19 F-16-kampfly til Ukraine",
    "Iran har sendt hundredvis af droner til Rusland,",
    "ungefär 13,3 miljarder kronor",
    "SEK 2.8 billion",
    "«",
    "»",
    "—",
    "-",
    "(",
    ")",
    ":",
    ";",
    ".",
    "?",
    "\n",
    "\n\n",
    "\t",
    " ",
    "  ",
    "İstanbul",
    "ß",
    "Ǆ",
    "ﬁ",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "😀",
    "\x00",
    "\ud7ff",
    "1",
    "12",
    "122-mm",
    "2026",
    "50 %",
    "x" * 300,
    "Nord-Koreas",
    "USA:s",
    "Kreml",
    "Pjöngjang",
    "haubitser",
    "Raketen",
    "missiles",
    "ammunition",
    "sold to",
    "von",
    "fra",
    "til",
    "från",
]


def _hostile_texts(count: int, seed: int = 11) -> list[dict[str, str]]:
    rng = random.Random(seed)
    langs = ["da", "nb", "nn", "sv", "de", "en"]
    return [
        {
            "id": f"odd-{i}",
            "text": "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60))),
            "lang": langs[i % 6],
        }
        for i in range(count)
    ]


def _run(args: list[str], mode: str, stdin: str | None = None) -> str:
    env = {**os.environ, "ARMSWATCH_NATIVE": mode}
    done = subprocess.run(
        [sys.executable, "-c", _CLI, *args], env=env, input=stdin, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_compiled_tagger_tags_every_corpus_exactly_as_the_source(tmp_path: Path) -> None:
    """Every tuned corpus, the seeds and hostile texts give byte-identical output from the build and the source."""
    target = build()
    assert native.complete(target)
    assert "tagger in use: compiled" in _run(["native", "status"], "on")
    assert "tagger in use: pure Python" in _run(["native", "status"], "off")
    lines = [
        line
        for path in sorted(DATA.glob("*.jsonl"))
        if not path.name.startswith("blind")  # the blind set is read only by the scorer
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    lines += [json.dumps(row, ensure_ascii=False) for row in _hostile_texts(400)]
    corpus = tmp_path / "all.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pure, compiled = _run(["extract", str(corpus)], "off"), _run(["extract", str(corpus)], "on")
    assert len(pure.splitlines()) == len(lines)
    assert sum('"mentions": [{' in line for line in pure.splitlines()) > 500  # the corpora do exercise the tagger
    assert compiled == pure
