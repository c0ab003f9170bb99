"""The ``quotes`` command: attribute through a server or in-process, and health."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from conftest import REPO, SEED, LiveServer

from quotes_server.cli import main

DEMO = REPO / "seeds" / "001_harbour_bridge.txt"


def test_attribute_through_a_server_as_jsonl(
    loaded_server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["attribute", "--server", loaded_server.target, "--jsonl", str(SEED), str(DEMO)])
    out = capsys.readouterr().out
    assert status == 0
    objects = [json.loads(line) for line in out.splitlines()]
    assert [o["file"] for o in objects] == [str(SEED), str(DEMO)]
    assert [o["document_id"] for o in objects] == [str(SEED), str(DEMO)]
    text = SEED.read_bytes().decode("utf-8")
    for quote in objects[0]["quotes"]:
        assert text[quote["content"]["start"] : quote["content"]["end"]] == quote["content_text"]


def test_attribute_in_process_as_json(
    stanza_parser: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["attribute", "--json", str(DEMO)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["file"] == str(DEMO)
    assert result["quotes"]


def test_table_on_a_terminal(
    loaded_server: LiveServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["attribute", "--server", loaded_server.target, str(DEMO)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {DEMO}")
    assert "SPEAKER" in out


def test_table_names_every_speaker_of_a_quote(
    loaded_server: LiveServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = tmp_path / "joint.txt"
    article.write_text(
        "Paris and Berlin said on Monday that they would fund a new satellite programme.",
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["attribute", "--server", loaded_server.target, str(article)]) == 0
    assert "Paris & Berlin" in capsys.readouterr().out


def test_a_bad_file_fails_with_its_field(
    live_server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["attribute", "--server", live_server.target, "--json", str(empty)]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["error"] == {
        "code": "INVALID_ARGUMENT",
        "message": "document text must not be empty",
        "field": "document.text",
    }


def test_health_reports_the_serving_status(
    live_server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serving = live_server.load_error is None
    assert main(["health", "--server", live_server.target]) == (0 if serving else 1)
    assert capsys.readouterr().out.strip() == ("SERVING" if serving else "NOT_SERVING")


def test_health_fails_when_nothing_listens(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert main(["health", "--server", f"127.0.0.1:{port}", "--timeout", "1"]) == 1
    assert "unhealthy" in capsys.readouterr().err
