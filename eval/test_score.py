"""Unit tests for eval.score on small hand-made passages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eval.score import (
    PassageRec,
    jaccard,
    load_jsonl,
    main,
    match_quotes,
    normalise_name,
    parse_passage,
    parse_quote,
    score,
)

GOLD_DIR = Path(__file__).resolve().parent / "gold"


def find(text: str, piece: str, occurrence: int = 1) -> list[int]:
    """``[start, end]`` of the n-th occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return [start, start + len(piece)]


def passage(
    text: str, quotes: list[dict[str, Any]], cases: tuple[str, ...] = (), **extra: Any
) -> PassageRec:
    return parse_passage(
        {"id": "p1", "text": text, "cases": list(cases), "quotes": quotes, **extra}
    )


def metric(report: dict[str, Any], name: str, key: str = "f1", scope: str = "overall") -> Any:
    return report[scope]["metrics"][name][key]


# Macron: a direct quote with a reporting source that is not the speaker.
MACRON = "“It is good that Europeans coordinate,” Macron said, according to Reuters."


def macron_gold() -> dict[str, Any]:
    return {
        "type": "direct",
        "content": find(MACRON, "It is good that Europeans coordinate,"),
        "speaker": find(MACRON, "Macron"),
        "speaker_name": "Emmanuel Macron",
        "speaker_kind": "person",
        "cue": find(MACRON, "said"),
        "cue_kind": "verb",
        "source": find(MACRON, "Reuters"),
    }


# Two people, one pronoun: "she" must go to Elena Vasquez.
VASQUEZ = (
    "Defender Tomás Ribeiro and captain Elena Vasquez both sat out training. "
    '"I feel good," she told reporters, "but the physios make the final call."'
)


def vasquez_gold() -> dict[str, Any]:
    return {
        "type": "direct",
        "content": [VASQUEZ.index("I feel"), VASQUEZ.index('call."') + len("call.")],
        "parts": [
            find(VASQUEZ, "I feel good,"),
            find(VASQUEZ, "but the physios make the final call."),
        ],
        "speaker": find(VASQUEZ, "she"),
        "speaker_name": "Elena Vasquez",
        "speaker_kind": "person",
        "cue": find(VASQUEZ, "told"),
        "cue_kind": "verb",
    }


class TestSpans:
    def test_jaccard(self) -> None:
        assert jaccard((0, 10), (0, 10)) == 1.0
        assert jaccard((0, 10), (5, 15)) == pytest.approx(5 / 15)
        assert jaccard((0, 10), (10, 20)) == 0.0

    def test_match_is_one_to_one_and_greedy(self) -> None:
        gold = [parse_quote({"content": [0, 100]})]
        pred = [parse_quote({"content": [0, 60]}), parse_quote({"content": [0, 95]})]
        assert match_quotes(gold, pred) == [(0, 1)]

    def test_below_threshold_is_no_match(self) -> None:
        gold = [parse_quote({"content": [0, 100]})]
        assert match_quotes(gold, [parse_quote({"content": [0, 49]})]) == []
        assert match_quotes(gold, [parse_quote({"content": [0, 50]})]) == [(0, 0)]

    def test_greedy_prefers_the_best_overlap(self) -> None:
        gold = [parse_quote({"content": [0, 20]}), parse_quote({"content": [10, 30]})]
        pred = [parse_quote({"content": [10, 30]})]
        assert match_quotes(gold, pred) == [(1, 0)]

    def test_normalise_name(self) -> None:
        assert normalise_name("  The White\n House ") == "white house"
        assert normalise_name("Emmanuel  MACRON.") == "emmanuel macron"
        assert normalise_name(None) == ""


class TestMetrics:
    def test_perfect_prediction(self) -> None:
        gold = passage(MACRON, [macron_gold()])
        report = score([gold], [gold])
        for name in ("detection", "type", "speaker", "cue", "end_to_end", "speaker_name"):
            assert metric(report, name) == 1.0

    def test_source_taken_as_speaker_is_wrong(self) -> None:
        gold = passage(MACRON, [macron_gold()])
        wrong = dict(
            macron_gold(), speaker=find(MACRON, "Reuters"), speaker_name="Reuters", source=None
        )
        report = score([gold], [passage(MACRON, [wrong])])
        assert metric(report, "detection") == 1.0
        assert metric(report, "speaker") == 0.0
        assert metric(report, "end_to_end") == 0.0
        assert report["overall"]["source_as_speaker"] == 1

    def test_speaker_right_by_name_without_span(self) -> None:
        gold = passage(MACRON, [macron_gold()])
        pred = dict(macron_gold(), speaker=None, speaker_name="emmanuel   macron")
        assert metric(score([gold], [passage(MACRON, [pred])]), "speaker") == 1.0

    def test_speaker_right_by_span_overlap(self) -> None:
        gold = passage(VASQUEZ, [vasquez_gold()])
        pred = dict(vasquez_gold(), speaker_name="she")
        report = score([gold], [passage(VASQUEZ, [pred])])
        assert metric(report, "speaker") == 1.0
        assert metric(report, "speaker_name") == 0.0

    def test_pronoun_resolved_to_the_wrong_person(self) -> None:
        gold = passage(VASQUEZ, [vasquez_gold()])
        pred = dict(
            vasquez_gold(), speaker=find(VASQUEZ, "Tomás Ribeiro"), speaker_name="Tomás Ribeiro"
        )
        report = score([gold], [passage(VASQUEZ, [pred])])
        assert metric(report, "speaker") == 0.0
        assert metric(report, "cue") == 1.0

    def test_split_quote_found_only_in_part(self) -> None:
        gold = passage(VASQUEZ, [vasquez_gold()])
        first = dict(vasquez_gold(), content=find(VASQUEZ, "I feel good,"), parts=[])
        second = dict(
            vasquez_gold(), content=find(VASQUEZ, "but the physios make the final call."), parts=[]
        )
        report = score([gold], [passage(VASQUEZ, [first, second])])
        # The second half covers 36 of 71 characters and matches; the first is a false positive.
        assert metric(report, "detection", "recall") == 1.0
        assert metric(report, "detection", "precision") == 0.5

    def test_type_and_cue(self) -> None:
        text = 'Prime Minister Henrik Aalto said the agreement was "a good day for Finland".'
        gold_quote = {
            "type": "mixed",
            "content": [text.index("the agreement"), text.index('Finland"') + len('Finland"')],
            "parts": [find(text, "a good day for Finland")],
            "speaker": find(text, "Henrik Aalto"),
            "speaker_name": "Henrik Aalto",
            "cue": find(text, "said"),
        }
        pred = dict(gold_quote, type="indirect", cue=find(text, "Prime Minister"))
        report = score([passage(text, [gold_quote])], [passage(text, [pred])])
        assert metric(report, "detection") == 1.0
        assert metric(report, "type") == 0.0
        assert metric(report, "cue") == 0.0
        assert metric(report, "end_to_end") == 1.0

    def test_continuation_has_no_cue(self) -> None:
        text = '"These cuts are unavoidable," Forde said. "Every council is doing the same."'
        first = {
            "type": "direct",
            "content": find(text, "These cuts are unavoidable,"),
            "speaker": find(text, "Forde"),
            "speaker_name": "Ian Forde",
            "cue": find(text, "said"),
        }
        second = dict(first, content=find(text, "Every council is doing the same."), cue=None)
        gold = passage(text, [first, second])
        assert metric(score([gold], [gold]), "cue") == 1.0
        reused = dict(second, cue=find(text, "said"))
        report = score([gold], [passage(text, [first, reused])])
        assert metric(report, "cue", "correct") == 1
        assert metric(report, "speaker", "correct") == 2

    def test_unattributed_gold_quote(self) -> None:
        text = '"We will rebuild." The words were painted on the wall.'
        gold = passage(text, [{"type": "direct", "content": find(text, "We will rebuild.")}])
        guessed = {
            "type": "direct",
            "content": find(text, "We will rebuild."),
            "speaker_name": "The words",
        }
        assert metric(score([gold], [gold]), "speaker") == 1.0
        assert metric(score([gold], [passage(text, [guessed])]), "speaker") == 0.0

    def test_coordinated_speakers(self) -> None:
        text = '"This is a victory," campaigners Joan Whitaker and Derek Hale said.'
        gold_quote = {
            "type": "direct",
            "content": find(text, "This is a victory,"),
            "speaker": find(text, "Joan Whitaker and Derek Hale"),
            "speaker_name": "Joan Whitaker",
            "co_speakers": ["Derek Hale"],
            "cue": find(text, "said"),
        }
        pred = dict(gold_quote, speaker=None, speaker_name="Derek Hale", co_speakers=[])
        assert (
            metric(score([passage(text, [gold_quote])], [passage(text, [pred])]), "speaker_name")
            == 1.0
        )

    def test_decoys_and_false_positives(self) -> None:
        text = (
            'The council\'s "green corridor" scheme was approved. Police said a man was arrested.'
        )
        gold_quote = {
            "type": "indirect",
            "content": find(text, "a man was arrested"),
            "speaker": find(text, "Police"),
            "speaker_name": "police",
            "cue": find(text, "said"),
        }
        gold = passage(text, [gold_quote], decoys=[find(text, "green corridor")])
        decoy = {"type": "direct", "content": find(text, "green corridor")}
        report = score([gold], [passage(text, [gold_quote, decoy])])
        assert report["overall"]["decoy_hits"] == 1
        assert metric(report, "detection", "precision") == 0.5
        assert metric(report, "detection", "recall") == 1.0


class TestReport:
    def test_per_case_and_missing_predictions(self) -> None:
        a = parse_passage(
            {
                "id": "a",
                "text": MACRON,
                "cases": ["according_to", "direct_cue_after"],
                "quotes": [macron_gold()],
            }
        )
        b = parse_passage(
            {"id": "b", "text": VASQUEZ, "cases": ["split", "pronoun"], "quotes": [vasquez_gold()]}
        )
        report = score([a, b], [a])
        assert report["missing_predictions"] == ["b"]
        assert list(report["per_case"]) == ["direct_cue_after", "split", "according_to", "pronoun"]
        assert report["per_case"]["according_to"]["metrics"]["end_to_end"]["f1"] == 1.0
        split = report["per_case"]["split"]
        assert split["n_gold"] == 1
        assert split["n_pred"] == 0
        assert split["metrics"]["detection"]["recall"] == 0.0
        assert split["metrics"]["detection"]["precision"] is None
        assert metric(report, "detection", "recall") == 0.5
        assert metric(report, "detection", "precision") == 1.0

    def test_confidence_is_accepted(self) -> None:
        quote = parse_quote({"content": [0, 4], "confidence": "0.75"})
        assert quote.confidence == 0.75

    @pytest.mark.parametrize("name", ["dev.jsonl", "seed.jsonl"])
    def test_gold_scores_perfectly_against_itself(self, name: str) -> None:
        gold = load_jsonl(GOLD_DIR / name)
        report = score(gold, gold)
        assert all(m["f1"] == 1.0 for m in report["overall"]["metrics"].values())
        empty = score(gold, [])
        assert metric(empty, "detection", "recall") == 0.0

    def test_cli_writes_json(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        gold = tmp_path / "gold.jsonl"
        pred = tmp_path / "pred.jsonl"
        record = {"id": "a", "text": MACRON, "cases": ["according_to"], "quotes": [macron_gold()]}
        gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
        pred.write_text(
            json.dumps(dict(record, quotes=[dict(macron_gold(), confidence=0.9)])) + "\n"
        )
        out = tmp_path / "report.json"
        assert main([str(gold), str(pred), "--json", str(out)]) == 0
        assert "end_to_end" in capsys.readouterr().out
        assert json.loads(out.read_text())["overall"]["metrics"]["end_to_end"]["f1"] == 1.0
