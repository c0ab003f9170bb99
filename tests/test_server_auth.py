"""Bearer tokens and mutual TLS: calls without credentials are refused, health stays open,
and neither tokens nor article text reach the log."""

from __future__ import annotations

import asyncio
import datetime
import io
import json
import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from conftest import LiveServer, log_to_stderr
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

import quotes_client as qc
from quotes.v1 import quote_service_pb2 as pb
from quotes_server import cli
from quotes_server.auth import AuthConfigError, AuthInterceptor, bearer_token, load_tokens
from quotes_server.backend import BatchingBackend
from quotes_server.config import Settings, load_settings
from quotes_server.logging import configure_logging

FILE_TOKEN = "file-token-5f0c1d2e"
ENV_TOKEN = "env-token-9a8b7c6d"
ATTRIBUTE = "/quotes.v1.QuoteAttributionService/Attribute"


def _unloaded_backend(tmp_path: Path) -> BatchingBackend:
    """A backend that never loads: validation, auth and service info need no model."""
    return BatchingBackend.in_process(tmp_path / "no-models")


def _tokens_file(tmp_path: Path) -> Path:
    path = tmp_path / "tokens.txt"
    path.write_text(f"# service tokens\n\n  {FILE_TOKEN}  \nsecond-token\n", encoding="utf-8")
    return path


@pytest.fixture
def auth_server(tmp_path: Path) -> Iterator[LiveServer]:
    settings = Settings(
        host="127.0.0.1",
        port=0,
        auth_tokens_file=_tokens_file(tmp_path),
        auth_tokens=(ENV_TOKEN,),
    )
    live = LiveServer(settings, _unloaded_backend(tmp_path))
    live.call(live.server.start())
    yield live
    live.stop()


# --- configuration ---------------------------------------------------------------------------


def test_tokens_come_from_the_environment_and_stay_out_of_repr(tmp_path: Path) -> None:
    settings = load_settings(environ={"QUOTES_AUTH_TOKENS": f" {ENV_TOKEN}, other,, "})
    assert settings.auth_tokens == (ENV_TOKEN, "other")
    assert ENV_TOKEN not in repr(settings)
    both = Settings(auth_tokens_file=_tokens_file(tmp_path), auth_tokens=(ENV_TOKEN,))
    assert load_tokens(both) == {FILE_TOKEN.encode(), b"second-token", ENV_TOKEN.encode()}
    assert load_tokens(Settings()) is None  # no token: authentication is off


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("# only a comment\n\n", "holds no token"),
        ("good-secret-1\nsecret-alpha secret-beta\n", "line 2"),
        ("secret-caf\u00e9\n", "line 1"),
    ],
    ids=["missing", "empty", "space", "non-ascii"],
)
def test_bad_tokens_file_is_refused_without_echoing_it(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "tokens.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(AuthConfigError, match=message) as caught:
        load_tokens(Settings(auth_tokens_file=path))
    assert "secret" not in str(caught.value)


def test_environment_without_a_token_is_refused() -> None:
    with pytest.raises(ValueError, match="QUOTES_AUTH_TOKENS"):
        load_settings(environ={"QUOTES_AUTH_TOKENS": " , ,"})


def test_server_with_an_unreadable_tokens_file_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "quotes_server.server", "--port", "0"),
            *("--log-format", "json", "--auth-tokens-file", str(missing)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert [e["event"] for e in events] == ["could not start"]
    assert str(missing) in events[0]["error"]


@pytest.mark.parametrize(
    ("metadata", "token"),
    [
        ((), None),
        ((("authorization", "Bearer abc"),), "abc"),
        ((("authorization", "bearer   abc "),), "abc"),
        ((("authorization", "Basic abc"),), None),
        ((("x-request-id", "1"), ("authorization", "Bearer")), ""),
    ],
)
def test_bearer_token_is_read_from_the_metadata(
    metadata: tuple[tuple[str, str], ...], token: str | None
) -> None:
    assert bearer_token(metadata) == token


def test_interceptor_accepts_only_configured_tokens() -> None:
    interceptor = AuthInterceptor([b"one", b"two"])
    assert interceptor.accepts("one")
    assert interceptor.accepts("two")
    for wrong in (None, "", "on", "one ", "three", "\u00e9"):
        assert not interceptor.accepts(wrong)


def test_client_refuses_a_token_that_cannot_be_sent() -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        qc.QuoteClient("127.0.0.1:1", token="has space")


# --- calls -----------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "wrong-token", FILE_TOKEN + "x", FILE_TOKEN[:-1]])
def test_call_without_a_valid_token_is_unauthenticated(
    auth_server: LiveServer, token: str | None
) -> None:
    with qc.QuoteClient(auth_server.target, timeout=10, token=token) as client:
        with pytest.raises(qc.UnauthenticatedError) as caught:
            client.attribute("“Let me in,” she said.")
        assert caught.value.code is grpc.StatusCode.UNAUTHENTICATED
        with pytest.raises(qc.UnauthenticatedError):
            client.service_info()
        with pytest.raises(qc.UnauthenticatedError):
            list(client.attribute_many(["“One,” he said.", "“Two,” he said."]))


def _attribute_call(channel: grpc.Channel) -> grpc.UnaryUnaryMultiCallable:
    """The Attribute method on a bare channel: any metadata, no client in between."""
    return channel.unary_unary(
        ATTRIBUTE,
        request_serializer=pb.AttributeRequest.SerializeToString,
        response_deserializer=pb.AttributeResponse.FromString,
    )


def test_other_schemes_are_unauthenticated(auth_server: LiveServer) -> None:
    with grpc.insecure_channel(auth_server.target) as channel:
        call = _attribute_call(channel)
        for value in (f"Basic {FILE_TOKEN}", FILE_TOKEN, f"Bearer{FILE_TOKEN}"):
            with pytest.raises(grpc.RpcError) as caught:
                call(pb.AttributeRequest(), metadata=(("authorization", value),), timeout=10)
            error: grpc.Call = caught.value  # type: ignore[assignment]
            assert error.code() is grpc.StatusCode.UNAUTHENTICATED


@pytest.mark.parametrize("token", [FILE_TOKEN, "second-token", ENV_TOKEN])
def test_tokens_from_the_file_and_the_environment_are_accepted(
    auth_server: LiveServer, token: str
) -> None:
    with qc.QuoteClient(auth_server.target, timeout=10, token=token) as client:
        assert client.service_info().languages == ("en",)
        with pytest.raises(qc.InvalidArgumentError):  # past authentication, into validation
            client.attribute("  ")
        [outcome] = client.attribute_many([""], return_exceptions=True)
        assert isinstance(outcome, qc.InvalidArgumentError)


def test_request_id_is_echoed_on_a_refused_call(auth_server: LiveServer) -> None:
    with grpc.insecure_channel(auth_server.target) as channel:
        call = _attribute_call(channel)
        with pytest.raises(grpc.RpcError) as caught:
            call(pb.AttributeRequest(), metadata=(("x-request-id", "auth-1"),), timeout=10)
    error: grpc.Call = caught.value  # type: ignore[assignment]
    assert error.code() is grpc.StatusCode.UNAUTHENTICATED
    assert ("x-request-id", "auth-1") in error.trailing_metadata()


async def test_async_client_sends_the_token(auth_server: LiveServer) -> None:
    async with qc.AsyncQuoteClient(auth_server.target, timeout=10, token=ENV_TOKEN) as client:
        info = await client.service_info()
        assert info.limits.max_text_chars > 0
        outcomes = [o async for o in client.attribute_many(["", " "], return_exceptions=True)]
        assert [type(o) for o in outcomes] == [qc.InvalidArgumentError] * 2
    async with qc.AsyncQuoteClient(auth_server.target, timeout=10) as anonymous:
        with pytest.raises(qc.UnauthenticatedError):
            await anonymous.attribute("“Hello,” she said.")


def test_health_and_reflection_need_no_token(auth_server: LiveServer) -> None:
    with grpc.insecure_channel(auth_server.target) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        status = health.Check(health_pb2.HealthCheckRequest(), timeout=10).status
        assert status == health_pb2.HealthCheckResponse.NOT_SERVING  # never loaded
        watch = health.Watch(health_pb2.HealthCheckRequest(), timeout=10)
        assert next(watch).status == health_pb2.HealthCheckResponse.NOT_SERVING
        watch.cancel()
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        request = reflection_pb2.ServerReflectionRequest(list_services="")
        [response] = list(stub.ServerReflectionInfo(iter([request]), timeout=10))
        names = {s.name for s in response.list_services_response.service}
        assert "quotes.v1.QuoteAttributionService" in names


# --- mutual TLS ------------------------------------------------------------------------------


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: str,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool = False,
    usage: x509.ObjectIdentifier | None = None,
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    if usage == ExtendedKeyUsageOID.SERVER_AUTH:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


class Pki:
    """A throw-away CA with a server certificate for localhost and two client certificates:
    one signed by the CA, one self-signed."""

    def __init__(self, directory: Path) -> None:
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca = _certificate("quotes test CA", ca_key, "quotes test CA", ca_key, ca=True)
        server_key = ec.generate_private_key(ec.SECP256R1())
        server = _certificate(
            "localhost", server_key, "quotes test CA", ca_key, usage=ExtendedKeyUsageOID.SERVER_AUTH
        )
        client_key = ec.generate_private_key(ec.SECP256R1())
        client = _certificate(
            "client", client_key, "quotes test CA", ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH
        )
        stranger_key = ec.generate_private_key(ec.SECP256R1())
        stranger = _certificate(
            "client", stranger_key, "client", stranger_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH
        )
        self.ca = _pem(ca)
        self.client = (_key_pem(client_key), _pem(client))
        self.stranger = (_key_pem(stranger_key), _pem(stranger))
        self.ca_path = directory / "ca.pem"
        self.cert_path = directory / "server.pem"
        self.key_path = directory / "server.key"
        self.ca_path.write_bytes(self.ca)
        self.cert_path.write_bytes(_pem(server))
        self.key_path.write_bytes(_key_pem(server_key))

    def credentials(self, identity: tuple[bytes, bytes] | None) -> grpc.ChannelCredentials:
        if identity is None:
            return grpc.ssl_channel_credentials(root_certificates=self.ca)
        key, chain = identity
        return grpc.ssl_channel_credentials(
            root_certificates=self.ca, private_key=key, certificate_chain=chain
        )


@pytest.fixture
def mtls_server(tmp_path: Path) -> Iterator[tuple[LiveServer, Pki]]:
    pki = Pki(tmp_path)
    settings = Settings(
        host="localhost",
        port=0,
        tls_cert=pki.cert_path,
        tls_key=pki.key_path,
        tls_client_ca=pki.ca_path,
        auth_tokens=(ENV_TOKEN,),
    )
    live = LiveServer(settings, _unloaded_backend(tmp_path))
    live.call(live.server.start())
    yield live, pki
    live.stop()


def test_client_ca_needs_a_server_certificate(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="tls_client_ca"):
        Settings(tls_client_ca=tmp_path / "ca.pem")
    environ = {"QUOTES_TLS_CLIENT_CA": "/x/ca.pem", "QUOTES_TLS_CERT": "c", "QUOTES_TLS_KEY": "k"}
    assert load_settings(environ=environ).tls_client_ca == Path("/x/ca.pem")


def test_mutual_tls_with_a_token(mtls_server: tuple[LiveServer, Pki]) -> None:
    live, pki = mtls_server
    credentials = pki.credentials(pki.client)
    with qc.QuoteClient(live.target, credentials=credentials, timeout=10, token=ENV_TOKEN) as c:
        assert c.service_info().languages == ("en",)
    with (
        qc.QuoteClient(live.target, credentials=credentials, timeout=10) as anonymous,
        pytest.raises(qc.UnauthenticatedError),
    ):
        anonymous.service_info()


@pytest.mark.parametrize("identity", ["none", "stranger"])
def test_mutual_tls_refuses_clients_without_a_trusted_certificate(
    mtls_server: tuple[LiveServer, Pki], identity: str
) -> None:
    live, pki = mtls_server
    credentials = pki.credentials(None if identity == "none" else pki.stranger)
    with (
        qc.QuoteClient(
            live.target, credentials=credentials, timeout=10, max_attempts=1, token=ENV_TOKEN
        ) as client,
        pytest.raises(qc.UnavailableError),
    ):
        client.service_info()


# --- the log ---------------------------------------------------------------------------------

MARKER = "zqxmarker7731"
LOG_TOKEN = "log-token-c0ffee42"


@pytest.fixture
def captured_log(caplog: pytest.LogCaptureFixture) -> Iterator[io.StringIO]:
    """Everything the server logs at INFO: structlog's lines and the standard library's."""
    stream = io.StringIO()
    configure_logging("json", "info", stream)
    caplog.set_level(logging.INFO)
    yield stream
    log_to_stderr()


@pytest.fixture
def private_server(stanza_parser: Any, tmp_path: Path) -> Iterator[LiveServer]:
    """A server with authentication on, parsing on a thread with the session's pipeline."""
    backend = BatchingBackend.in_process(parser=stanza_parser, max_batch=4, max_queue=8)
    settings = Settings(host="127.0.0.1", port=0, workers=0, auth_tokens=(LOG_TOKEN,))
    live = LiveServer(settings, backend)
    live.start_and_load()
    yield live
    live.stop()


def test_log_holds_neither_text_nor_token(
    private_server: LiveServer,
    captured_log: io.StringIO,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    text = f"“The {MARKER} plan will work,” the minister said. Officials said that {MARKER} holds."
    target = private_server.target
    with qc.QuoteClient(target, timeout=120, token=LOG_TOKEN) as client:
        result = client.attribute(text, document_id="private-1")
        assert result.document_id == "private-1"
        outcomes = list(client.attribute_many([text, f"{MARKER}  ", " "], return_exceptions=True))
        assert isinstance(outcomes[0], qc.AttributionResult)
        with pytest.raises(qc.InvalidArgumentError):
            client.attribute(text, language=f"xx-{MARKER}")
        with pytest.raises(qc.InvalidArgumentError):
            client.attribute(text, min_confidence=2.0)
    with (
        qc.QuoteClient(target, timeout=30, token=LOG_TOKEN + "x") as wrong,
        pytest.raises(qc.UnauthenticatedError),
    ):
        wrong.attribute(text)
    with grpc.insecure_channel(target) as channel:
        raw = channel.unary_unary(ATTRIBUTE)
        with pytest.raises(grpc.RpcError):  # undecodable: a string field with bad UTF-8
            raw(
                b"\x0a\x10\x12\x0e" + MARKER.encode()[:11] + b"\xed\xa0\x80",
                metadata=(("authorization", f"Bearer {LOG_TOKEN}"),),
                timeout=30,
            )
    asyncio.run(_async_calls(target, text))

    deadline = time.monotonic() + 10  # the last call's line may come just after its answer
    while captured_log.getvalue().count('"event": "request"') < 7 and time.monotonic() < deadline:
        time.sleep(0.05)
    logged = captured_log.getvalue() + caplog.text + "".join(capfd.readouterr())
    lines = [json.loads(line) for line in captured_log.getvalue().splitlines()]
    codes = [line["code"] for line in lines if line["event"] == "request"]
    assert "OK" in codes
    assert "UNAUTHENTICATED" in codes
    assert "INVALID_ARGUMENT" in codes
    assert MARKER not in logged
    assert LOG_TOKEN not in logged
    for quote in result.quotes:
        assert quote.content_text not in logged


async def _async_calls(target: str, text: str) -> None:
    async with qc.AsyncQuoteClient(target, timeout=120, token=LOG_TOKEN) as client:
        assert (await client.attribute(text)).quotes


# --- the command line ------------------------------------------------------------------------


def test_cli_sends_the_token_from_a_file_or_the_environment(
    private_server: LiveServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("“We will rebuild,” the mayor said.", encoding="utf-8")
    token_file = tmp_path / "token"
    token_file.write_text(f"# the service token\n{LOG_TOKEN}\n", encoding="utf-8")
    command = ["attribute", "--server", private_server.target, "--json", str(article)]
    monkeypatch.delenv("QUOTES_TOKEN", raising=False)

    assert cli.main([*command, "--token-file", str(token_file)]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"][0]["content_text"] == "We will rebuild,"

    monkeypatch.setenv("QUOTES_TOKEN", LOG_TOKEN)
    assert cli.main(command) == 0
    assert json.loads(capsys.readouterr().out)["speakers"]

    monkeypatch.delenv("QUOTES_TOKEN")
    assert cli.main(command) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "UNAUTHENTICATED"


def test_cli_refuses_an_unusable_token_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "token"
    empty.write_text("# no token yet\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        cli.main(["health", "--token-file", str(empty)])
    assert exited.value.code == 2
    assert "holds no token" in capsys.readouterr().err


def test_cli_health_over_mutual_tls(
    mtls_server: tuple[LiveServer, Pki], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live, pki = mtls_server
    key, chain = pki.client
    (tmp_path / "client.key").write_bytes(key)
    (tmp_path / "client.pem").write_bytes(chain)
    tls = ["--tls-ca", str(pki.ca_path)]
    cert, key_file = str(tmp_path / "client.pem"), str(tmp_path / "client.key")
    identity = ["--tls-cert", cert, "--tls-key", key_file]

    # The server answers over TLS; it reports NOT_SERVING because it never loads a model.
    assert cli.main(["health", "--server", live.target, *tls, *identity, "--timeout", "10"]) == 1
    assert capsys.readouterr().out.strip() == "NOT_SERVING"

    assert cli.main(["health", "--server", live.target, *tls, "--timeout", "5"]) == 1
    assert "unhealthy: UNAVAILABLE" in capsys.readouterr().err

    with pytest.raises(SystemExit):
        cli.main(["health", "--server", live.target, "--tls-cert", cert])
    assert "--tls-cert and --tls-key go together" in capsys.readouterr().err
