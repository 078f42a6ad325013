# Two commands for a newcomer: `make demo` (serve the demo) and `make test` (run the suite).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/kopir
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install system-packages demo run test test-sqlite test-postgres lint bench bench-cluster clean api-schema

# Debian packages the project needs: Chromium for browser tests, poppler for PDFs,
# fonts with Kazakh letters; Redis and PostgreSQL for the fault tests, which start
# private servers of their own (tests/services.py). Installed only when missing
# (needs root or sudo).
system-packages:
	@missing=""; \
	for pkg in chromium poppler-utils fonts-noto-core zbar-tools redis-server postgresql; do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

install: system-packages $(VENV)/.installed

# Every absolute address (QR codes, e-mail links, the sitemap, the seed's list of
# logins) comes from BASE_URL; the demo derives it from where it is served.
demo: export BASE_URL ?= http://$(HOST):$(PORT)

# Serve the demo on SQLite with a task worker beside the web server.
demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo "Starting the task worker, the publishing scheduler and the web server on http://$(HOST):$(PORT)/ (Ctrl+C stops all three)"
	@trap 'kill 0' EXIT; \
	$(PY) manage.py task_worker --interval 1 & \
	$(PY) manage.py run_scheduler --interval 60 & \
	$(PY) manage.py runserver $(HOST):$(PORT)

run: demo

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	# Import contracts (pyproject.toml): apps import downwards only, no module loops.
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=kopir.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=kopir.settings.test $(PY) manage.py makemigrations --check --dry-run
	# The translation gate: catalogues complete and compiled, nothing unmarked.
	DJANGO_SETTINGS_MODULE=kopir.settings.test $(PY) manage.py check_translations
	# The production settings with the environment the README documents (placeholder
	# values: the check reads settings, it connects to nothing).
	env -u DEBUG -u SECURE_COOKIES -u DJANGO_ALLOW_ASYNC_UNSAFE \
	  DJANGO_SETTINGS_MODULE=kopir.settings.production \
	  SECRET_KEY=check-deploy-placeholder-0123456789-abcdefghijklmnopqrstuvwxyz \
	  ALLOWED_HOSTS=kopir.example.kz BASE_URL=https://kopir.example.kz \
	  EMAIL_URL=submission://kopir:placeholder@smtp.example.kz:587 \
	  REDIS_URL=redis://127.0.0.1:6379/0 \
	  $(PY) manage.py check --deploy --fail-level WARNING

# The whole suite: lint, then SQLite, then PostgreSQL (when DATABASE_URL points at
# PostgreSQL, or on CI where PostgreSQL runs on 127.0.0.1). Each pass runs on every
# core (pytest-xdist; TEST_JOBS=1 runs one test at a time), a module or test class
# to a worker: a class's data is set up once, and the tests of one module that
# use the same fixed loopback ports never run at the same time. Tests marked
# `standalone` start a PostgreSQL of their own and ignore the pass's database: when
# the PostgreSQL pass follows, they run there only, not twice.
TEST_JOBS ?= auto
PYTEST := $(PY) -m pytest -n $(TEST_JOBS) --dist loadscope --durations=15
test: lint
	@if [[ "$${DATABASE_URL:-}" == postgres* ]]; then \
	  $(MAKE) --no-print-directory test-sqlite TEST_MARKS="not standalone" && \
	  $(MAKE) --no-print-directory test-postgres PG_TEST_URL="$$DATABASE_URL"; \
	elif [ "$${CI:-}" = "true" ]; then \
	  $(MAKE) --no-print-directory test-sqlite TEST_MARKS="not standalone" && \
	  $(MAKE) --no-print-directory test-postgres; \
	else \
	  $(MAKE) --no-print-directory test-sqlite && \
	  echo "PostgreSQL run skipped: set DATABASE_URL=postgres://... to run it too."; \
	fi

test-sqlite: install
	DATABASE_URL=sqlite:///$(CURDIR)/.test-db.sqlite3 $(PYTEST) $(if $(TEST_MARKS),-m "$(TEST_MARKS)")

# The PostgreSQL pass keeps its files on S3: a moto S3 server the suite starts
# itself (tests/conftest.py), so the suite passes on both storages.
test-postgres: install
	TEST_STORAGE=s3 DATABASE_URL=$(PG_TEST_URL) $(PYTEST) $(if $(TEST_MARKS),-m "$(TEST_MARKS)")

bench: install
	$(PY) tests/bench/run_bench.py

# Two gunicorn hosts behind HAProxy (installed with apt when missing), two task
# workers, a private PostgreSQL, Redis and S3 server, on loopback ports 9560-9566;
# about five minutes. Results in bench-results/cluster-*.json.
bench-cluster: install
	$(PY) tests/bench/cluster.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache db.sqlite3 .test-db.sqlite3

# The API's OpenAPI schema, as committed (tests/api/openapi.yaml): run after
# changing the API, and commit the diff with the change.
api-schema: install
	DJANGO_SETTINGS_MODULE=kopir.settings.test $(PY) -c "import django; django.setup(); from kopir.api_docs import schema_yaml; open('tests/api/openapi.yaml', 'w', encoding='utf-8').write(schema_yaml())"
