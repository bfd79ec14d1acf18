"""Rules made from the forty-eighth blind set's misses, each on a text of our own that fails
on the code before them: a Malaysian honorific before a Chinese name (拿督, 丹斯里) is no part
of it."""

from __future__ import annotations

from coopllm.schema import Signatory
from coopllm.titles import clean_people


def test_a_malaysian_honorific_before_a_chinese_name_is_dropped() -> None:
    people = [Signatory(name="拿督陳志明", title="校長"), Signatory(name="丹斯里黃國華")]
    assert [(p.name, p.title) for p in clean_people(people)] == [
        ("陳志明", "校長"),
        ("黃國華", None),
    ]


def test_a_name_that_only_begins_like_an_honorific_stays() -> None:
    assert clean_people([Signatory(name="拿督")]) == [Signatory(name="拿督")]
