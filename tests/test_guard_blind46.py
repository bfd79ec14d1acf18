"""Rules made from the forty-sixth blind set's misses, each on a text of our own that fails
on the code before them: signers who go on, in the next clause, to unveil what their
agreement set up ("…代表双方签署《…》，并共同为“…”揭牌") are its witnesses too, as the spec's
witnesses are those who "jointly unveiled what it set up"; Taiwan's 在地 (local) is no
place of a signing."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement

_LAB = (
    "近日，东岚新材料股份有限公司与中国科学院江南材料研究所战略合作协议签约仪式在公司总部举行。"
    "公司董事长许文涛与研究所所长钱立群代表双方签署《战略合作协议》，并共同为“东岚—江南联合实验室”"
    "揭牌。\n"
)


def _lab() -> Agreement:
    return Agreement(
        title="战略合作协议",
        parties=named_parties("东岚新材料股份有限公司", "中国科学院江南材料研究所"),
        signatories=named_people("许文涛", "钱立群"),
        established_entities=["东岚—江南联合实验室"],
    )


def test_signers_who_go_on_to_unveil_their_body_are_its_witnesses_too() -> None:
    kept, _ = guarded(_LAB, dt.date(2026, 6, 1), _lab())
    assert [p.name for p in kept[0].signatories] == ["许文涛", "钱立群"]
    assert [p.name for p in kept[0].witnesses] == ["许文涛", "钱立群"]


def test_signers_who_unveil_nothing_are_no_witnesses() -> None:
    text = _LAB.replace("，并共同为“东岚—江南联合实验室”揭牌", "")
    kept, _ = guarded(text, dt.date(2026, 6, 1), _lab())
    assert kept[0].witnesses == []


def test_taiwans_word_for_local_is_no_place() -> None:
    text = (
        "東濱科大今（8）日與在地企業瑞穗精工股份有限公司簽署產學合作備忘錄，由研發長鄭家豪與董事長"
        "李秀鳳簽署。\n"
    )
    given = Agreement(
        title="產學合作備忘錄",
        parties=named_parties("東濱科大", "瑞穗精工股份有限公司"),
        signatories=named_people("鄭家豪", "李秀鳳"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 9), given)
    assert kept[0].location is None
