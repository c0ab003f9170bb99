"""Health flips NOT_SERVING -> SERVING once the model is loaded; reflection lists the API."""

from __future__ import annotations

import grpc
from conftest import LiveServer
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from quotes_server.server import SERVICE_NAME


def test_health_flips_from_not_serving_to_serving(loaded_server: LiveServer) -> None:
    assert loaded_server.statuses == ["NOT_SERVING", "SERVING"]
    with grpc.insecure_channel(loaded_server.target) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for service in ("", SERVICE_NAME):
            response = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=10)
            assert response.status == health_pb2.HealthCheckResponse.SERVING


def test_health_starts_not_serving(live_server: LiveServer) -> None:
    assert live_server.statuses[0] == "NOT_SERVING"


def test_reflection_lists_the_services(live_server: LiveServer) -> None:
    with grpc.insecure_channel(live_server.target) as channel:
        database = ProtoReflectionDescriptorDatabase(channel)
        services = set(database.get_services())
        assert {SERVICE_NAME, "grpc.health.v1.Health"} <= services
        described = database.FindFileContainingSymbol(SERVICE_NAME)
        assert described.package == "quotes.v1"
