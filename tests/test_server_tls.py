"""With a certificate and key configured, the server speaks TLS and the client verifies it."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from conftest import LiveServer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

import quotes_client as qc
from quotes_server.backend import BatchingBackend
from quotes_server.config import Settings


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "server.pem", directory / "server.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[LiveServer, bytes]]:
    cert, key = _self_signed(tmp_path)
    settings = Settings(host="localhost", port=0, tls_cert=cert, tls_key=key)
    # Never loaded: validation and service info need no model.
    backend = BatchingBackend.in_process(tmp_path / "no-models")
    live = LiveServer(settings, backend)
    live.call(live.server.start())
    yield live, cert.read_bytes()
    live.stop()


def test_tls_round_trip(tls_server: tuple[LiveServer, bytes]) -> None:
    live, root = tls_server
    credentials = grpc.ssl_channel_credentials(root_certificates=root)
    with qc.QuoteClient(live.target, credentials=credentials, timeout=10) as client:
        info = client.service_info()
        assert info.model is None  # still loading: this server never loads
        with pytest.raises(qc.InvalidArgumentError):
            client.attribute("")


def test_plaintext_client_is_refused(tls_server: tuple[LiveServer, bytes]) -> None:
    live, _ = tls_server
    with (
        qc.QuoteClient(live.target, timeout=3, max_attempts=1) as client,
        pytest.raises(qc.UnavailableError),
    ):
        client.service_info()
