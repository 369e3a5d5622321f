"""A Korean organisation or region before a role ("국방부 대변인은", the defence ministry's spokesman) was read as a
person: 국 is a surname and 방부 two syllables before a title, so the stream keyed the story on "@kook", "@bang".
An organisation and its role with no person's name give no person; a person before a title still does."""

import pytest

from storylens.analysis.entities import native_mentions
from storylens.cluster import entity_keys


@pytest.mark.parametrize(("text", "body", "kind"), [
    ("국방부 대변인은 \"북한의 도발에 단호히 대응하겠다\"고 말했다.", "국방부", "ORG"),
    ("경찰청 대변인은 사고 원인을 조사 중이라고 밝혔다.", "경찰청", "ORG"),
    ("민주당 대표는 이날 기자회견을 열었다.", "민주당", "ORG"),
    ("서울시 대변인은 이날 발표했다.", "서울시", "PLACE"),
    ("부산시 대변인은 이날 발표했다.", "부산시", "PLACE"),
])
def test_a_body_before_a_role_is_no_person(text, body, kind):
    mentions = native_mentions(text, "ko")
    assert (body, kind) in mentions and not [m for m in mentions if m[1] == "PERSON"], mentions
    assert not {"@kook", "@bang", "@chal", "@min", "@dang"} & entity_keys(text, "ko")


@pytest.mark.parametrize(("text", "person"), [
    ("이재명 대표는 밝혔다.", "이재명"),
    ("윤석열 대통령은 말했다.", "윤석열"),
    ("홍명보 감독은 경기 후 말했다.", "홍명보"),
])
def test_a_person_before_a_title_stays_one(text, person):
    assert (person, "PERSON") in native_mentions(text, "ko")
