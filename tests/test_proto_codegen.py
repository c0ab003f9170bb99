"""The committed generated code matches the contract, and the contract passes Buf lint."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
from pathlib import Path

import pytest

from quotes.v1 import quote_service_pb2 as pb

REPO = Path(__file__).resolve().parents[1]
GENERATED = (
    "quote_service_pb2.py",
    "quote_service_pb2.pyi",
    "quote_service_pb2_grpc.py",
    "quote_service_pb2_grpc.pyi",
)


def _make(*args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    return subprocess.run(
        ["make", "-s", "-C", str(REPO), *args], capture_output=True, text=True, check=False
    )


def test_generated_code_is_up_to_date(tmp_path: Path) -> None:
    result = _make("proto", f"GEN={tmp_path}")
    assert result.returncode == 0, result.stderr
    for name in GENERATED:
        fresh, committed = tmp_path / "quotes/v1" / name, REPO / "gen/quotes/v1" / name
        assert filecmp.cmp(fresh, committed, shallow=False), (
            f"gen/quotes/v1/{name} is stale: run `make proto` and commit the result"
        )


def test_contract_passes_buf_lint() -> None:
    if not (REPO / ".venv/bin/buf").exists():
        pytest.skip("buf is not installed (pip install buf-bin)")
    result = _make("proto-lint")
    assert result.returncode == 0, result.stdout + result.stderr


def test_service_shape() -> None:
    service = pb.DESCRIPTOR.services_by_name["QuoteAttributionService"]
    methods = {m.name: (m.input_type.name, m.output_type.name) for m in service.methods}
    assert methods == {
        "Attribute": ("AttributeRequest", "AttributeResponse"),
        "AttributeStream": ("AttributeStreamRequest", "AttributeStreamResponse"),
        "GetServiceInfo": ("GetServiceInfoRequest", "GetServiceInfoResponse"),
    }
    stream = service.methods_by_name["AttributeStream"]
    assert stream.client_streaming
    assert stream.server_streaming
    assert pb.QuoteType.Name(0) == "QUOTE_TYPE_UNSPECIFIED"
