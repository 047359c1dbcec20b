"""rules/sentences.yaml: the sentence shapes the reader's sureness rests on, as data,
validated at load (a broken pattern stops `appealgen check` with its file and line)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from appealgen import knowledge
from appealgen.cli import cli


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We denied this claim because the provider is not in network.", True),
        ("This service is not covered due to plan exclusions.", True),
        ("We cannot pay for this service, because\nof plan rules.", True),
        ("The visit was declined; see below. We need more time because of volume.", True),
        ("Claim denied. Provider not in network.", False),
        ("Paid because the provider is in network.", False),
    ],
)
def test_denied_because(text: str, expected: bool) -> None:
    assert knowledge.sentence_rules().matches("denied_because", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This notice explains the care you received on 02/11/2026.", True),
        ("Services that you had\nwith Jane Doe", True),
        ("Your visit with a lactation consultant", True),
        ("The patient received care from Jane Doe", False),
        ("You owe $40.00", False),
    ],
)
def test_your_care(text: str, expected: bool) -> None:
    assert knowledge.sentence_rules().matches("your_care", text) is expected


@pytest.fixture
def broken_sentences(monkeypatch: pytest.MonkeyPatch):
    """rules/sentences.yaml with a pattern that does not compile."""
    real = knowledge.read_data_text

    def broken(relpath: str) -> str:
        text = real(relpath)
        if relpath == "rules/sentences.yaml":
            return text.replace("your_care:\n", "your_care:\n  - '\\byour (visit'\n", 1)
        return text

    monkeypatch.setattr(knowledge, "read_data_text", broken)
    knowledge.clear_caches()
    yield
    monkeypatch.undo()
    knowledge.clear_caches()


def test_check_stops_at_a_broken_sentence_pattern(broken_sentences: None) -> None:
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith("appealgen: data/rules/sentences.yaml:")
    assert "bad regular expression" in line and line.count("\n") == 0
