"""The ``quotes`` command line.

    quotes attribute article.txt               # in-process: loads the model here
    quotes attribute --server localhost:50051 a.txt b.txt --jsonl
    cat article.txt | quotes attribute - --json
    quotes serve --port 50051                  # the same as quote-server
    quotes health --server localhost:50051     # exit 0 when SERVING
    QUOTES_TOKEN=... quotes attribute --server host:443 --tls-ca ca.pem a.txt

``attribute --server`` and ``health`` connect in plaintext unless ``--tls-ca`` names the CA
that signed the server's certificate (add ``--tls-cert``/``--tls-key`` for mutual TLS). A
server that requires a bearer token gets it from ``--token-file`` (its first token line) or
``QUOTES_TOKEN``; never from the command line, where other users could read it.

``attribute`` prints a table on a terminal and JSON otherwise (``--json``: one object, or a
list for several files; ``--jsonl``: one object per line). The JSON is the proto3 JSON form
of ``quotes.v1.AttributeResponse`` with ``file`` added. Exit status: 0 when every document
succeeded, 1 when any failed, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import grpc
from google.protobuf import json_format

from quotes.v1 import quote_service_pb2 as pb
from quotes_client import AttributionResult, QuoteClient, QuoteError, ServingStatus
from quotes_client._exceptions import from_status
from quotes_server import codec, config
from quotes_server.auth import AuthConfigError, read_tokens_file
from quotes_server.errors import ServiceError, to_status_proto

if TYPE_CHECKING:
    from quotes_server.nlp import StanzaParser

Outcome = AttributionResult | QuoteError
TOKEN_ENV = "QUOTES_TOKEN"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command == "serve":
        from quotes_server.server import run

        try:
            settings = config.load_settings(args)
        except ValueError as error:
            parser.error(str(error))
        return run(settings)
    try:
        connection = _connection(args)
    except (AuthConfigError, OSError, ValueError) as error:
        parser.error(str(error))
    if args.command == "health":
        return _health(args.server, args.service, args.timeout, connection)
    return _attribute(args, connection)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotes", description="Quote attribution.")
    commands = parser.add_subparsers(dest="command", required=True)
    connect = _connection_arguments()

    attribute = commands.add_parser(
        "attribute", help="attribute the quotes of text files", parents=[connect]
    )
    attribute.add_argument("files", nargs="+", help="text files; - reads standard input")
    attribute.add_argument("--server", help="HOST:PORT of a server; default: run in-process")
    output = attribute.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--jsonl", action="store_true", help="print one JSON object per file")
    attribute.add_argument("--no-indirect", action="store_true", help="direct quotes only")
    attribute.add_argument("--include-parse", action="store_true", help="add sentences, words")
    attribute.add_argument("--min-confidence", type=float, default=0.0, metavar="X")
    attribute.add_argument("--timeout", type=float, default=60.0, help="seconds per call")
    attribute.add_argument(
        "--models-dir", type=Path, help="in-process only: a Stanza resources dir"
    )

    serve = commands.add_parser("serve", help="serve over gRPC (flags as quote-server)")
    config.add_arguments(serve)

    health = commands.add_parser(
        "health", help="check a server's health; exit 0 if SERVING", parents=[connect]
    )
    health.add_argument("--server", default="localhost:50051", help="HOST:PORT")
    health.add_argument("--service", default="", help="service name; default: the server")
    health.add_argument("--timeout", type=float, default=5.0)
    return parser


def _connection_arguments() -> argparse.ArgumentParser:
    connect = argparse.ArgumentParser(add_help=False)
    group = connect.add_argument_group("connecting to a server")
    group.add_argument("--tls-ca", type=Path, help="CA certificate (PEM): connect over TLS")
    group.add_argument("--tls-cert", type=Path, help="client certificate (PEM), mutual TLS")
    group.add_argument("--tls-key", type=Path, help="client private key (PEM), mutual TLS")
    group.add_argument("--token-file", type=Path, help=f"bearer token file (default: ${TOKEN_ENV})")
    return connect


@dataclass(frozen=True)
class Connection:
    """How to reach a server: channel credentials (None: plaintext) and bearer token."""

    credentials: grpc.ChannelCredentials | None = None
    token: str | None = field(default=None, repr=False)


def _connection(args: argparse.Namespace) -> Connection:
    return Connection(_credentials(args), _token(args))


def _credentials(args: argparse.Namespace) -> grpc.ChannelCredentials | None:
    if (args.tls_cert is None) != (args.tls_key is None):
        raise ValueError("--tls-cert and --tls-key go together")
    if args.tls_ca is None:
        if args.tls_cert is not None:
            raise ValueError("--tls-cert needs --tls-ca")
        return None
    return grpc.ssl_channel_credentials(
        root_certificates=args.tls_ca.read_bytes(),
        private_key=args.tls_key.read_bytes() if args.tls_key else None,
        certificate_chain=args.tls_cert.read_bytes() if args.tls_cert else None,
    )


def _token(args: argparse.Namespace) -> str | None:
    if args.token_file is not None:
        return read_tokens_file(args.token_file)[0]
    return os.environ.get(TOKEN_ENV) or None


def _attribute(args: argparse.Namespace, connection: Connection) -> int:
    documents = [(name, _read(name)) for name in args.files]
    options = pb.AttributeOptions(
        include_indirect=not args.no_indirect,
        include_parse=args.include_parse,
        min_confidence=args.min_confidence,
    )
    if args.server:
        outcomes = _remote(args.server, documents, options, args.timeout, connection)
    else:
        from quotes_server.nlp import ModelNotFoundError, load_parser

        try:
            parser = load_parser(args.models_dir)
        except ModelNotFoundError as error:
            print(f"quotes: {error}", file=sys.stderr)
            return 1
        outcomes = _local(parser, documents, options)
    if args.jsonl:
        fmt = "jsonl"
    elif args.json or not sys.stdout.isatty():
        fmt = "json"
    else:
        fmt = "table"
    failed = _print(outcomes, documents, fmt, sys.stdout)
    return 1 if failed else 0


def _read(name: str) -> str:
    # Bytes decoded as they are, with no newline translation, so offsets match the file.
    if name == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    return Path(name).read_bytes().decode("utf-8")


def _remote(
    target: str,
    documents: list[tuple[str, str]],
    options: pb.AttributeOptions,
    timeout: float,
    connection: Connection,
) -> Iterator[Outcome]:
    with QuoteClient(
        target,
        timeout=timeout * max(1, len(documents)),
        credentials=connection.credentials,
        token=connection.token,
    ) as client:
        try:
            yield from client.attribute_many(
                documents,
                include_indirect=options.include_indirect,
                include_parse=options.include_parse,
                min_confidence=options.min_confidence,
                return_exceptions=True,
            )
        except QuoteError as error:  # the whole stream failed: every remaining file fails
            yield error


def _local(
    parser: StanzaParser, documents: list[tuple[str, str]], options: pb.AttributeOptions
) -> Iterator[Outcome]:
    """Runs the same validation, parse and engine as the server, in this process."""
    from quotes_server.engine import attribute

    max_chars = config.Settings().max_text_chars
    for name, text in documents:
        try:
            job = codec.decode_job(
                pb.Document(id=name, text=text), options, max_text_chars=max_chars
            )
            parsed = parser.parse(job.text)
        except ServiceError as error:
            yield from_status(to_status_proto(error))
            continue
        response = codec.encode_response(job, attribute(parsed, job.options), parsed, parser.info)
        yield AttributionResult.from_proto(response)


def _print(
    outcomes: Iterable[Outcome], documents: list[tuple[str, str]], fmt: str, out: TextIO
) -> bool:
    failed = False
    objects: list[dict[str, Any]] = []
    for (name, text), outcome in zip(documents, _pad(outcomes, len(documents)), strict=True):
        failed |= isinstance(outcome, QuoteError)
        if fmt == "table":
            _print_table(name, text, outcome, out)
            continue
        obj = _to_json(name, outcome)
        if fmt == "jsonl":
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            objects.append(obj)
    if fmt == "json":
        payload: Any = objects[0] if len(objects) == 1 else objects
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return failed


def _pad(outcomes: Iterable[Outcome], count: int) -> Iterator[Outcome]:
    """Outcomes, with the last error repeated when a failed stream ended early."""
    last: Outcome | None = None
    produced = 0
    for outcome in outcomes:
        last = outcome
        produced += 1
        yield outcome
    while produced < count:
        produced += 1
        yield last if isinstance(last, QuoteError) else _missing()


def _missing() -> QuoteError:
    return from_status(to_status_proto(ServiceError("no result came back for this document")))


def _to_json(name: str, outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, QuoteError):
        return {
            "file": name,
            "error": {
                "code": outcome.code.name,
                "message": outcome.message,
                "field": outcome.field,
            },
        }
    body = json_format.MessageToDict(outcome.to_proto(), preserving_proto_field_name=True)
    return {"file": name, **body}


def _print_table(name: str, text: str, outcome: Outcome, out: TextIO) -> None:
    out.write(f"== {name}\n")
    if isinstance(outcome, QuoteError):
        out.write(f"   error: {outcome}\n")
        return
    if not outcome.quotes:
        out.write("   no quotes found\n")
        return
    width = shutil.get_terminal_size((120, 24)).columns
    rows = [("TYPE", "SPEAKER", "CUE", "CONF", "QUOTE")]
    for quote in outcome.quotes:
        named = [outcome.speaker(i) for i in (quote.speaker_id, *quote.co_speaker_ids)]
        rows.append(
            (
                quote.type.value,
                " & ".join(s.name for s in named if s is not None) or "?",
                quote.cue.text if quote.cue else "",
                f"{quote.confidence:.2f}",
                " ".join(quote.content.slice(text).split()),
            )
        )
    widths = [min(max(len(row[i]) for row in rows), 28) for i in range(4)]
    room = max(20, width - sum(widths) - 2 * 4 - 3)
    for row in rows:
        cells = [_fit(cell, w).ljust(w) for cell, w in zip(row[:4], widths, strict=True)]
        out.write("   " + "  ".join([*cells, _fit(row[4], room)]) + "\n")


def _fit(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[: width - 1] + "…"


def _health(target: str, service: str, timeout: float, connection: Connection) -> int:
    client = QuoteClient(target, credentials=connection.credentials, token=connection.token)
    with client:
        try:
            status = client.health(service, timeout=timeout)
        except QuoteError as error:
            print(f"unhealthy: {error}", file=sys.stderr)
            return 1
    print(status.value)
    return 0 if status is ServingStatus.SERVING else 1


if __name__ == "__main__":
    sys.exit(main())
