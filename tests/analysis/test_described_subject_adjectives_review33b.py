"""review33b #7: an adjective in -ed right after the word opening a described subject ("Many displaced
residents", "Some frustrated voters") is no verb: the subject runs on to its verb. The opener's own verb in
-ed ("Many used …") still ends it."""

import pytest

from storylens.analysis.quotes._phrases import _opening_description
from storylens.analysis.quotes._vocab import _TOKEN_RE

from ._docs import speakers_of


@pytest.mark.parametrize("text, want", [
    ("Many displaced residents returned home", "Many displaced residents"),
    ("Some frustrated voters said they would stay home", "Some frustrated voters"),
    ("Several concerned parents wrote to the board", "Several concerned parents"),
    ("Most affected families have left the valley", "Most affected families"),
    ("The armed group has claimed the attack", "The armed group"),
    ("The injured driver told police", "The injured driver"),
])
def test_an_adjective_in_ed_is_no_verb(text: str, want: str) -> None:
    assert _opening_description(_TOKEN_RE.findall(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Many used social media", "Many"),
    ("Many protested outside the ministry", "Many"),
    ("The group issued a statement", "The group"),
    ("Moore’s campaign denied the report", "Moore’s campaign"),
])
def test_the_verb_right_after_the_opener_still_ends_it(text: str, want: str) -> None:
    assert _opening_description(_TOKEN_RE.findall(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Many displaced residents returned home on Sunday, saying “We have nowhere else to go.”", "Many displaced residents"),
    ("Some frustrated voters stayed home, saying “Nobody listens to us.”", "Some frustrated voters"),
])
def test_the_speaker_of_the_participle_is_the_whole_description(text: str, want: str) -> None:
    assert speakers_of(text, "en") == [want]
