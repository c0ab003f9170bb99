"""Settings come from flags, then QUOTES_* variables, then defaults."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from quotes_server.config import Settings, add_arguments, load_settings


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_defaults() -> None:
    settings = load_settings(_args(), {})
    assert settings == Settings()
    assert settings.max_text_chars == 100_000
    assert settings.models_dir is None


def test_flags_win_over_environment() -> None:
    environ = {"QUOTES_PORT": "6000", "QUOTES_HOST": "0.0.0.0", "QUOTES_WORKERS": "3"}
    settings = load_settings(_args("--port", "7000", "--models-dir", "/m"), environ)
    assert settings.port == 7000
    assert settings.host == "0.0.0.0"
    assert settings.workers == 3
    assert settings.models_dir == Path("/m")


def test_metrics_port_is_off_unless_set() -> None:
    assert load_settings(_args(), {}).metrics_port is None
    assert load_settings(_args(), {"QUOTES_METRICS_PORT": "9100"}).metrics_port == 9100
    assert load_settings(_args("--metrics-port", "0"), {}).metrics_port == 0


def test_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ValueError, match="QUOTES_PORT"):
        load_settings(_args(), {"QUOTES_PORT": "http"})


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"port": 70000}, "port"),
        ({"metrics_port": -1}, "metrics_port"),
        ({"max_text_chars": 0}, "max_text_chars"),
        ({"workers": -1}, "workers"),
        ({"log_format": "xml"}, "log_format"),
    ],
)
def test_invalid_settings_are_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings(**changes)  # type: ignore[arg-type]
