"""The guard's facilitators (``coopllm.guard.facilitators``): an organisation said to
have helped the deal, not a party."""

from __future__ import annotations

import pytest

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.schema import Agreement, Article, ExtractionDraft, Party


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("在市商务局的支持下，双方签署合作协议。", True),
        ("经市侨联引荐，双方签署合作协议。", True),
        ("Under the auspices of the Ridgeport Chamber, the two sides signed.", True),
        ("The deal was introduced by the Ridgeport Chamber.", True),
        ("Under the coordination of the Ridgeport Chamber, the two sides signed.", True),
        # Its own name's words say nothing of what it did, nor does the deal's aim.
        ("The Ridgeport Trade Promotion Agency attended the signing.", False),
        ("市商务局相关负责人出席签约仪式，双方将共同推动科技成果转化。", False),
        ("The Ridgeport Chamber attended the signing, which will promote trade.", False),
        ("在市商务局推动下，双方签署合作协议。", True),
        ("经市侨联介绍，双方签署合作协议。", True),
        ("据市侨联介绍，双方已签署合作协议。", False),  # "according to"
        ("With the strong support of the Ridgeport Chamber, the two sides signed.", True),
        ("With support from the Ridgeport Chamber, the two sides signed.", True),
        ("The deal, backed by the Ridgeport Chamber, was signed on Monday.", True),
        ("At the invitation of the Ridgeport Chamber, the delegation signed the agreement.",
         True),
        ("市商务局为双方合作搭建了平台。", True),
        ("經市僑聯引薦，雙方簽署合作協議。", True),  # Traditional characters
        # Coordinating, organising, leading the way (a second audit's finds).
        ("经市商务局协调，双方签署合作协议。", True),
        ("在市商务局的组织下，双方签署合作协议。", True),
        ("在市商务局牵头下，双方签署合作协议。", True),
        ("At the initiative of the Ridgeport Chamber, the two sides signed.", True),
        ("双方签署合作协议，市商务局将组织下一步对接。", False),  # 下一步: the next step
        ("此次合作由市商务局居中协调，双方签署合作协议。", True),
        ("双方签署合作协议，市商务局将从中协调后续事宜。", False),
        # The deal as what it helped bring about, not any object (a second audit's finds).
        ("The Ridgeport Chamber facilitated the signing of the MoU.", True),
        ("The Ridgeport Chamber will facilitate data sharing between the two.", False),
        ("The Ridgeport Chamber promoted its products at the signing fair.", False),
        ("The MoU was facilitated through the Ridgeport Chamber.", True),
        # Support or guidance of something else than the deal (a facilitator audit's).
        ("The project will be implemented with the support of the Ridgeport Chamber.", False),
        ("Supported by the Ridgeport Chamber, the programme has trained 500 teachers.", False),
        ("本次活动在市商务局的指导下，由学校国际交流处主办。", False),
        ("双方将在市商务局的支持下推进项目落地。", False),
        ("The partnership was supported by the Ridgeport Chamber.", True),
        ("Thanks to the matchmaking of the Ridgeport Chamber, the two sides met last year.",
         True),
        ("在市商务局的指导下，本次签约仪式顺利举行。", True),
        ("在市商务局的牵线和支持下，两地企业成功对接。", True),
        ("The initiative was made possible with the support of the Ridgeport Chamber.", True),
        ("在市商务局的支持下，两校共建联合实验室。", True),
        ("The co-operation was supported by the Ridgeport Chamber.", True),
        ("在市商务局的帮助下，双方顺利完成了谈判。", True),
        ("With the help of the Ridgeport Chamber, the two firms met in Portcity last year.",
         True),
    ],
)  # fmt: skip
def test_a_facilitator_is_kept_where_the_article_says_it_helped(sentence: str, kept: bool) -> None:
    name = next(n for n in ("市商务局", "市侨联", "市僑聯", "Ridgeport Trade Promotion Agency",
                            "Ridgeport Chamber") if n in sentence)  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(facilitators=[name])])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert (guarded.agreements[0].facilitators == [name]) is kept, warnings


def test_a_facilitator_that_is_a_party_by_another_form_of_its_name_is_dropped() -> None:
    """ "Brokered by Corvan Metals" where "Corvan Metals Co., Ltd." signs: a party, whose
    name without its legal form compared unequal."""
    text = "Brokered by Corvan Metals, Lakeview University and Corvan Metals Co., Ltd. signed."
    agreement = Agreement(parties=[Party(name="Corvan Metals Co., Ltd.")],
                          facilitators=["Corvan Metals"])  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].facilitators == []
    assert "dropped facilitator 'Corvan Metals': a party to the agreement" in warnings
