# Two commands do all set-up on a fresh machine (Python 3.11, Java 17, Maven):
#   make run    virtualenv + install + embedded Kafka broker (unless ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS is set) + all services
#   make test   virtualenv + install + lint (ruff, mypy, import contracts) + the whole test suite against a real broker
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint pytest native bench bench-extract bench-fetcher bench-alerts bench-e2e demo quality filler clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip setuptools wheel
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/armswatch run

demo: $(STAMP)
	$(BIN)/armswatch demo

test: $(STAMP) lint pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/armswatch schemas export --check

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider --durations=15

bench: bench-extract bench-fetcher bench-alerts bench-e2e

# The tagger compiled with mypyc into ~/.armswatch/native (same output, faster); every armswatch command then uses it
# until the tagger's sources change. The deployment image builds it too (deploy/Dockerfile).
native: $(STAMP)
	$(BIN)/armswatch native build

# Both taggers: the source as the dev install runs it, and the compiled build as the deployment image runs it.
bench-extract: native
	ARMSWATCH_NATIVE=off $(BIN)/armswatch bench extract
	ARMSWATCH_NATIVE=on $(BIN)/armswatch bench extract

bench-fetcher: $(STAMP)
	$(BIN)/armswatch bench fetcher

bench-alerts: $(STAMP)
	$(BIN)/armswatch bench alerts

bench-e2e: $(STAMP)
	$(BIN)/armswatch bench e2e

# Retrain the extractor's learned filler on the tuned corpora (never the blind ones) after changing the tagger or
# the corpora; a test fails while the shipped model is stale. Prints the leave-one-corpus-out table.
filler: $(STAMP)
	$(BIN)/armswatch train-filler

# Aggregate extractor quality per corpus with the team's scorer (summary lines only: the blind set's
# misses are not printed, so that looking at the figures does not unblind it).
SCORER ?= ../shared/eval/score.py
quality: $(STAMP)
	@for corpus in dev holdout test full fullb fullc fulld fulle fullf fullg fullh fulli fullj fullk fullm fulln fullo fullp fullq fullr fulls fullt fullv fullw fullx fully fullz fullaa fullab fullac fullad fullae fullaf fullag fullah fullai fullaj fullak fullal blindb blindc; do \
	  ls tests/data/$${corpus}_*.jsonl >/dev/null 2>&1 || continue; \
	  cat tests/data/$${corpus}_*.jsonl > /tmp/armswatch-$$corpus.jsonl; \
	  $(BIN)/armswatch extract /tmp/armswatch-$$corpus.jsonl > /tmp/armswatch-$$corpus.pred.jsonl; \
	  printf '%-8s ' $$corpus; $(BIN)/python $(SCORER) /tmp/armswatch-$$corpus.jsonl /tmp/armswatch-$$corpus.pred.jsonl | tail -1; \
	done
	@$(BIN)/armswatch extract $(dir $(SCORER))dev/seeds.jsonl > /tmp/armswatch-seeds.pred.jsonl
	@printf '%-8s ' seeds; $(BIN)/python $(SCORER) $(dir $(SCORER))dev/seeds.jsonl /tmp/armswatch-seeds.pred.jsonl | tail -1

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
