"""A ninth read-only review, of the twenty-third set's rules: cases where they did worse
than the code before them, each on a text of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.headline import headline
from coopllm.schema import Agreement

DAY = dt.date(2025, 5, 14)


@pytest.mark.parametrize(
    "venue",
    [
        "Grand Hall, ground floor, Ministry of Finance",
        "Conference Room B, level 5, Menara Tenggara",
        "Harbour Pavilion, in central Caldmere",
        "Senate Hall, main campus",
    ],
)
def test_a_venues_own_words_after_a_comma_stay(venue: str) -> None:
    text = f"Acme and Beta sign MoU\n\nAcme and Beta signed an MoU on Monday at the {venue}.\n"
    given = Agreement(
        title="MoU",
        agreement_type="memorandum_of_understanding",
        location=venue,
        parties=named_parties("Acme", "Beta"),
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert kept.location == venue, warnings


def test_the_ceremony_after_another_documents_signing_is_not_this_ones() -> None:
    text = (
        "Acme signs two deals\n\n"
        "On Monday, Acme Robotics and Beta Logistics signed an MoU. Acme Robotics and Gamma "
        "Energy signed a licensing agreement on Tuesday. The ceremony was held at the Grand "
        "Orchid Hotel in Caldmere.\n"
    )

    def deal(title: str, other: str) -> Agreement:
        return Agreement(
            title=title,
            agreement_type="cooperation_agreement",
            location="Caldmere",
            parties=named_parties("Acme Robotics", other),
        )

    (mou, licence), warnings = guarded(
        text, DAY, deal("MoU", "Beta Logistics"), deal("licensing agreement", "Gamma Energy")
    )
    assert (mou.location, licence.location) == (
        "Caldmere",
        "Grand Orchid Hotel in Caldmere",
    ), warnings


def test_signers_under_a_title_go_to_the_agreement_whose_parties_they_name() -> None:
    """ "华岳集团与临江港务公司同日签约，…签字" after a sentence that titles the framework
    agreement: its signers are the other agreement's."""
    text = (
        "临江市政府与华岳集团签署战略合作框架协议\n\n"
        "5月12日，临江市人民政府与华岳集团签署《战略合作框架协议》。华岳集团与临江港务公司同日"
        "签约，集团副总裁韩雪松与港务公司总经理赵明签字。\n"
    )
    framework = Agreement(
        title="战略合作框架协议",
        agreement_type="strategic_cooperation",
        parties=named_parties("临江市人民政府", "华岳集团"),
    )
    port = Agreement(
        agreement_type="cooperation_agreement",
        parties=named_parties("华岳集团", "临江港务公司"),
        signatories=named_people("韩雪松"),
    )
    (kept_framework, kept_port), warnings = guarded(text, DAY, framework, port)
    assert kept_framework.signatories == [], warnings
    assert [p.name for p in kept_port.signatories] == ["韩雪松", "赵明"], warnings


def test_a_phase_in_brackets_is_another_document() -> None:
    """ "…投资协议（一期）" and the model's "…投资协议" of the second phase's: two."""
    text = (
        "临江市政府与华岳集团签署产业园投资协议\n发布时间：2025-05-13\n"
        "5月12日，临江市人民政府与华岳集团签署《华岳临江产业园投资协议（一期）》，一期投资20亿元。"
        "同日，双方还就二期项目签署投资协议，副市长周立新与华岳集团副总裁韩雪松代表双方签约。"
    )

    def deal(title: str) -> Agreement:
        return Agreement(
            title=title,
            agreement_type="project_agreement",
            date_text="5月12日",
            date_signed=dt.date(2025, 5, 12),
            parties=named_parties("临江市人民政府", "华岳集团"),
            signatories=named_people("周立新", "韩雪松"),
        )

    kept, warnings = guarded(
        text, DAY, deal("华岳临江产业园投资协议（一期）"), deal("华岳临江产业园投资协议")
    )
    assert len(kept) == 2, warnings


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        ("双方将共同建设并运营华岳临江联合研究中心。", "华岳临江联合研究中心共建协议"),
        (
            "华岳集团将依托其与东湖大学共建的智能制造研究中心开展合作。",
            "智能制造研究中心深化合作协议",
        ),
        ("双方将共建一批产业创新中心。", "临江产业创新中心合作协议"),
        ("双方将联合建设国内一流的智能网联汽车测试基地。", "智能网联汽车测试基地合作协议"),
    ],
)
def test_co_built_words_that_are_no_bodys_name_are_not_added(clause: str, title: str) -> None:
    text = f"临江市与华岳集团签约\n\n5月12日，临江市人民政府与华岳集团签署《{title}》。{clause}\n"
    given = Agreement(
        title=title,
        agreement_type="cooperation_agreement",
        parties=named_parties("临江市人民政府", "华岳集团"),
        signatories=named_people("周立新"),
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert kept.established_entities == [], warnings


def test_a_label_under_the_headline_leaves_the_headline() -> None:
    story = "Acme Robotics and Beta Logistics sign MoU on port automation"
    text = f"{story}\nMedia Statement\n17 June 2025\n\nAcme and Beta signed an MoU on Monday.\n"
    assert headline(None, text) == story
