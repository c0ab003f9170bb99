"""Gold files: valid and in sync with their sources; the runner's conversion of engine results."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eval.author import AnnotationError, build_record, split_passages, strip_markup
from eval.run import attribution_to_record, predict
from eval.score import parse_passage, score
from eval.validate_gold import RecordChecker, extra_tag_checks, validate

GOLD_DIR = Path(__file__).resolve().parent / "gold"


def test_gold_files_validate() -> None:
    errors, coverage = validate(sorted(GOLD_DIR.glob("*.jsonl")), min_per_case=6)
    assert errors == []
    assert sum(1 for _ in (GOLD_DIR / "dev.jsonl").open()) >= 90
    assert min(coverage["dev.jsonl"].values()) >= 6


@pytest.mark.parametrize(
    "name",
    [
        "dev",
        "test",
        "seed",
        "holdout",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout16",
        "holdout17",
        "holdout18",
        "holdout19",
        "holdout20",
        "holdout21",
        "holdout22",
        "holdout23",
        "holdout24",
        "holdout25",
        "holdout26",
        "holdout27",
        "holdout28",
        "holdout29",
        "holdout30",
        "holdout31",
        "holdout32",
        "holdout33",
        "holdout34",
        "holdout35",
        "holdout36",
        "holdout37",
    ],
)
def test_jsonl_matches_its_annotated_source(name: str) -> None:
    passages = split_passages((GOLD_DIR / f"{name}.annot").read_text(encoding="utf-8"))
    built = [build_record(p) for p in passages]
    stored = [json.loads(line) for line in (GOLD_DIR / f"{name}.jsonl").open(encoding="utf-8")]
    assert built == stored, (
        f"rebuild with: python -m eval.author eval/gold/{name}.annot eval/gold/{name}.jsonl"
    )


def test_seed_text_is_the_shared_article() -> None:
    seed = (
        Path(__file__).resolve().parent.parent.parent
        / "shared"
        / "seeds"
        / "000_fd69bc16018ef536.txt"
    )
    if not seed.exists():
        pytest.skip("shared/ is not beside the repository")
    record = json.loads((GOLD_DIR / "seed.jsonl").read_text(encoding="utf-8"))
    assert record["text"] == seed.read_text(encoding="utf-8")


def test_markup_offsets() -> None:
    text, spans = strip_markup('"{C1|{P1|A,}" {S1|he} {V1|said}, "{P1|B.}}"')
    assert text == '"A," he said, "B."'
    by_kind = {(s.kind, s.start): text[s.start : s.end] for s in spans}
    assert by_kind[("C", 1)] == 'A," he said, "B.'
    assert by_kind[("S", 5)] == "he"
    assert [text[s.start : s.end] for s in spans if s.kind == "P"] == ["A,", "B."]


def test_markup_errors() -> None:
    with pytest.raises(AnnotationError):
        strip_markup("{C1|unclosed")
    with pytest.raises(AnnotationError):
        strip_markup("{X1|bad label}")
    with pytest.raises(AnnotationError):
        strip_markup("{D1|decoys take no number}")


def check(record: dict[str, Any]) -> list[str]:
    return RecordChecker(record, "t").check() or extra_tag_checks(record)


def test_validator_catches_bad_records() -> None:
    text = 'Police said "a man was arrested."'
    good = {
        "id": "t",
        "cases": ["mixed", "org_place_actor", "indirect_that"],
        "text": text,
        "quotes": [
            {
                "type": "mixed",
                "content": [12, 33],
                "parts": [[13, 32]],
                "speaker": [0, 6],
                "speaker_name": "police",
                "speaker_kind": "organization",
                "cue": [7, 11],
                "cue_kind": "verb",
                "source": None,
            }
        ],
    }
    assert check(good) == []
    padded = json.loads(json.dumps(good))
    padded["quotes"][0]["speaker"] = [0, 7]
    assert any("whitespace" in e for e in check(padded))
    untagged = dict(good, cases=["org_place_actor", "indirect_that"])
    assert any("shows mixed" in e for e in check(untagged))
    out_of_range = json.loads(json.dumps(good))
    out_of_range["quotes"][0]["cue"] = [7, 99]
    assert any("out of range" in e for e in check(out_of_range))
    unmarked = json.loads(json.dumps(good))
    unmarked["quotes"][0]["parts"] = [[14, 32]]
    assert any("quotation mark" in e for e in check(unmarked))


def _span(start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end)


def test_attribution_to_record() -> None:
    text = '"We will win," she said, according to Reuters.'
    speaker = SimpleNamespace(id="s1", name="Jane Doe", kind=SimpleNamespace(value="person"))
    quote = SimpleNamespace(
        type=SimpleNamespace(value="direct"),
        content=_span(1, 13),
        speaker_id="s1",
        speaker_mention=_span(15, 18),
        cue=SimpleNamespace(span=_span(19, 23), kind=SimpleNamespace(value="verb")),
        quoted_parts=(),
        source=_span(38, 45),
        confidence=0.8,
    )
    orphan = SimpleNamespace(
        type=SimpleNamespace(value="indirect"),
        content=_span(25, 45),
        speaker_id="",
        speaker_mention=None,
        cue=None,
        quoted_parts=(),
        source=None,
        confidence=0.1,
    )
    attribution = SimpleNamespace(quotes=(orphan, quote), speakers=(speaker,))
    record = attribution_to_record("p", text, attribution)  # type: ignore[arg-type]
    first, second = record["quotes"]
    assert first["content"] == [1, 13]
    assert first["speaker_name"] == "Jane Doe"
    assert first["cue_kind"] == "verb"
    assert text[slice(*first["source"])] == "Reuters"
    assert second["speaker_name"] is None
    assert second["speaker_kind"] == "unknown"
    assert second["cue"] is None
    gold = parse_passage(dict(record, cases=[], quotes=[dict(first, confidence=None)]))
    assert (
        score([gold], [parse_passage(record)])["overall"]["metrics"]["end_to_end"]["correct"] == 1
    )


def test_attribution_to_record_with_engine_types() -> None:
    types = pytest.importorskip("quotes_server.engine.types")
    text = 'Macron said: "It is good."'
    attribution = types.Attribution(
        quotes=(
            types.Quote(
                id="q1",
                type=types.QuoteType.DIRECT,
                content=types.Span(13, 24),
                content_text="It is good.",
                speaker_id="s1",
                speaker_mention=types.Span(0, 6),
                cue=types.Cue(types.Span(7, 11), "said", "say", types.CueKind.VERB),
                sentence_indices=(0,),
                confidence=0.9,
            ),
        ),
        speakers=(
            types.Speaker("s1", "Emmanuel Macron", types.SpeakerKind.PERSON, (types.Span(0, 6),)),
        ),
    )
    record = attribution_to_record("p", text, attribution)
    assert record["quotes"][0] == {
        "type": "direct",
        "content": [13, 24],
        "parts": [],
        "speaker": [0, 6],
        "speaker_name": "Emmanuel Macron",
        "speaker_kind": "person",
        "cue": [7, 11],
        "cue_kind": "verb",
        "source": None,
        "confidence": 0.9,
    }


def test_predict_survives_a_failing_passage() -> None:
    passages = [
        parse_passage({"id": i, "text": t, "quotes": []}) for i, t in (("a", "ok"), ("b", "boom"))
    ]

    def pipeline(text: str) -> Any:
        if text == "boom":
            raise ValueError("parser failed")
        return SimpleNamespace(quotes=(), speakers=())

    records, errors = predict(pipeline, passages)
    assert [r["id"] for r in records] == ["a", "b"]
    assert errors == ["b: ValueError: parser failed"]
