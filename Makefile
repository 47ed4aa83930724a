# HMPPS integration backbone. `make run` and `make test` are all a new machine needs.
GO            ?= go
PORT          ?= 8080
GOLANGCI_LINT ?= $(shell command -v golangci-lint 2>/dev/null || echo $(CURDIR)/bin/golangci-lint)
COVERAGE_DIR  := $(CURDIR)/var/contract-coverage
VERSION       ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS       := -X main.version=$(VERSION) -X main.gitCommit=$(shell git rev-parse HEAD 2>/dev/null || echo unknown) -X main.buildTime=$(shell date -u +%Y-%m-%dT%H:%M:%SZ)

.PHONY: publish contacts run build test test-unit generate check-generated lint bench bench-go bench-load bench-moves bench-worker migrate sim clean token

## run: start the service on the embedded default (SQLite, in-process queue, simulator)
run: build
	@mkdir -p var
	PORT=$(PORT) ./bin/hmpps serve

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/hmpps ./cmd/hmpps
	$(GO) build -o bin/upstream-sim ./cmd/upstream-sim

## sim: run the upstream simulator alone on SIMULATOR_ADDR (default 127.0.0.1:8090)
sim:
	$(GO) run ./cmd/upstream-sim

## test: every test, with a throwaway PostgreSQL and SQS emulator (fauxqs) started and stopped around it
test: check-generated
	$(GO) vet ./...
	@rm -rf $(COVERAGE_DIR) && mkdir -p $(COVERAGE_DIR)
	CONTRACT_COVERAGE_DIR=$(COVERAGE_DIR) .ci/with-services.sh $(GO) test -race -count=1 -timeout 8m ./...
	$(GO) run ./cmd/contract-report -in $(COVERAGE_DIR) -out docs/contract-coverage.md

## generate: regenerate gen/ (oapi-codegen servers, models, upstream clients; mockery mocks)
generate:
	.ci/generate.sh

check-generated:
	.ci/check-generated.sh

## lint: golangci-lint v2 with .golangci.yml (installed into ./bin on first use)
lint:
	@test -x "$(GOLANGCI_LINT)" || GOBIN=$(CURDIR)/bin $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0
	$(GOLANGCI_LINT) run ./...

## bench: every benchmark of docs/benchmarks.md: Go benchmarks, the /v1 load, the move lifecycle and the
## case-notes worker (the last two on a throwaway PostgreSQL and fauxqs)
bench: bench-go bench-load bench-moves bench-worker

bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## bench-load: /v1 mix against our service and a bare reverse proxy on one simulator (bench/integrationload);
## options in BENCH_LOAD_ARGS, e.g. BENCH_LOAD_ARGS='-duration 30s -queue memory'
bench-load: build
	$(GO) run ./bench/integrationload $(BENCH_LOAD_ARGS)

## bench-moves: Book a Secure Move lifecycle vs raw SQL and the listing p99 (bench/moves.sh)
bench-moves:
	bench/moves.sh

## bench-worker: case notes enqueue-to-contact rate vs raw fauxqs; BENCH_WORKER_ARGS='-n 100000' for the memory run
bench-worker:
	bench/worker.sh $(BENCH_WORKER_ARGS)

## publish: put a domain event on the worker's queue, e.g. make publish FILE=testdata/casenotes/alert-created.json
publish: build
	@./bin/hmpps publish $(FILE)

## contacts: print a person's Delius contacts, e.g. make contacts NOMS=AA0001A
contacts: build
	@./bin/hmpps contacts $(NOMS)

migrate: build
	./bin/hmpps migrate up

## token: print an /api access token for the full-access OAuth client (last line); CLIENT=serco-api for another
token: build
	@mkdir -p var
	@./bin/hmpps token $(CLIENT)

clean:
	rm -rf bin var
