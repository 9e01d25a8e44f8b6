# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes: each has its own test database and Redis databases (tests/conftest.py).
TEST_WORKERS ?= 2

.PHONY: run serve test lint messages install chromium clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The Node tools of the tests (axe-core; vnu-jar, the Nu Html Checker), exactly as package-lock.json
# has them. No install scripts: vnu-jar's would fetch a Java of its own; the checker runs on `java` (17).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --silent --ignore-scripts

install: $(VENV)/.installed

db: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable

## run: install, migrate, load the demo and serve it on http://127.0.0.1:8000/
run: db
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## serve: the same site under gunicorn with WhiteNoise, as in production
serve: db
	$(BIN)/python manage.py load_demo
	export DJANGO_DEBUG=0 \
	  DJANGO_SECURE_COOKIES=$${DJANGO_SECURE_COOKIES:-0} \
	  DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-local-serve-$$(hostname)-not-for-production} \
	  DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost} \
	  DJANGO_SITE_URL=$${DJANGO_SITE_URL:-http://$(HOST):$(PORT)}; \
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0 && \
	exec $(BIN)/gunicorn cms.wsgi --bind $(HOST):$(PORT) --workers $${WORKERS:-2} --access-logfile -

## chromium: the browser for the browser tests (Debian's package; needs root)
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Debian's chromium (sudo apt-get install chromium) for the browser tests." >&2; exit 1; fi; }

## test: the whole suite (on PostgreSQL/Redis when DATABASE_URL/REDIS_URL are set)
test: install chromium node_modules/.package-lock.json
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -n $(TEST_WORKERS)

## bench: load the reader pages with wrk beside a bare Django view; checks counts are exact
bench: install
	$(BIN)/python bench/run.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## messages: refresh the catalogs from the code and compile them
# The four languages by name: --all would take locale/django, the catalog of
# Django's own strings that no run may write (docs/translators-catalogs.md),
# for a language. compilemessages compiles that one too (it is in LOCALE_PATHS).
MESSAGES_LOCALES := hy ru en tr
messages: install
	$(BIN)/python manage.py makemessages $(MESSAGES_LOCALES:%=--locale %) --no-location --no-obsolete --ignore=.venv --ignore=tests --ignore=bench --ignore=static --ignore=screenshots
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) node_modules db.sqlite3* test-db.sqlite3* staticfiles media
