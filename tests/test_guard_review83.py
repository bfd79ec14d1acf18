"""A read-only review of the blind82 rules (review83) proved these over-reaches, each on a
text of its own that the rules' first form read wrong and the code before them read right:
the words before an office cut at 与 inside a school's name, a pointing word whose body is
a third hospital, "观礼" as a noun, "以…为首的" group subjects, "许昌、周口等市领导", a title
before a guest's name with their own body after it or "former" before it, a party's first
word as another body's name, and "spent preparing" a document signed."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import named_parties, named_people, read_through

from coopllm.schema import Agreement, Signatory


def _read(text: str, given: Agreement, published: dt.date) -> Agreement:
    return read_through(text, published, given)[0]


def _signers(agreement: Agreement) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.title) for p in agreement.signatories]


def test_a_guest_dean_of_a_school_whose_name_holds_and_is_not_the_signers() -> None:
    text = (
        "5月20日，江东大学机械工程学院与恒远机器人有限公司签署《智能制造联合实验室共建协议》，"
        "协议由机械工程学院院长和恒远机器人有限公司总经理李强共同签署。\n\n"
        "江东大学副校长陈明、材料科学与工程学院院长王海涛等出席签约仪式。\n"
    )
    given = Agreement(
        title="智能制造联合实验室共建协议",
        parties=named_parties("江东大学机械工程学院", "恒远机器人有限公司"),
        signatories=[
            Signatory(title="院长", organization="江东大学机械工程学院"),
            Signatory(name="李强", title="总经理", organization="恒远机器人有限公司"),
        ],
    )
    assert _signers(_read(text, given, dt.date(2025, 5, 21)))[0] == (None, "院长")


def test_the_head_a_pointing_word_gives_a_third_body_is_not_the_signer() -> None:
    text = (
        "明川纪念医院与岭东医科大学昨日签署《临床研究合作协议》，协议由岭东医科大学副校长周慧君"
        "与明川纪念医院院长代表双方签署。岭东医科大学医学院院长林思妤出席签约仪式。\n\n"
        "会后，双方代表团参观了市第一人民医院，该院院长黄志明介绍了智慧病房的建设经验。\n"
    )
    given = Agreement(
        title="临床研究合作协议",
        parties=named_parties("明川纪念医院", "岭东医科大学"),
        signatories=[
            Signatory(name="周慧君", title="副校长", organization="岭东医科大学"),
            Signatory(title="院长", organization="明川纪念医院"),
        ],
    )
    assert _signers(_read(text, given, dt.date(2025, 6, 16)))[1] == (None, "院长")


@pytest.mark.parametrize(
    "where", ["在百余名观礼嘉宾的见证下签署", "在观礼台前签署"], ids=["guests", "stand"]
)
def test_guanli_as_a_noun_leaves_the_signers(where: str) -> None:
    text = (
        "5月20日上午，江东大学与恒远机器人有限公司战略合作签约仪式在江东大学体育馆举行。"
        f"江东大学校长张海波与恒远公司总经理李强{where}《战略合作协议》。\n"
    )
    given = Agreement(
        title="战略合作协议",
        parties=named_parties("江东大学", "恒远机器人有限公司"),
        signatories=[
            Signatory(name="张海波", title="校长", organization="江东大学"),
            Signatory(name="李强", title="总经理", organization="恒远机器人有限公司"),
        ],
    )
    assert [n for n, _ in _signers(_read(text, given, dt.date(2025, 5, 21)))] == ["张海波", "李强"]


def test_a_group_led_by_a_leader_witnesses_and_the_mayor_who_spoke_stays() -> None:
    text = (
        "4月8日，江州市人民政府与华晟新能源集团有限公司签署《储能产业园项目投资协议》，"
        "副市长周建国与华晟集团总裁刘海峰代表双方签约。以省委书记王建华为首的省市领导共同见证签约，"
        "市长李明出席并致辞。\n"
    )
    given = Agreement(
        title="储能产业园项目投资协议",
        parties=named_parties("江州市人民政府", "华晟新能源集团有限公司"),
        signatories=[
            Signatory(name="周建国", title="副市长"),
            Signatory(name="刘海峰", title="总裁"),
        ],
        witnesses=named_people("王建华", "李明"),
    )
    assert [p.name for p in _read(text, given, dt.date(2025, 4, 9)).witnesses] == ["王建华", "李明"]


def test_other_cities_leaders_are_no_names() -> None:
    text = (
        "4月8日，河南省人民政府与华晟新能源集团有限公司在郑州签署《新能源产业战略合作协议》。"
        "副省长周建国与华晟集团总裁刘海峰代表双方签约。省委常委、常务副省长孙立和许昌、周口等市领导"
        "见证签约。\n"
    )
    given = Agreement(
        title="新能源产业战略合作协议",
        parties=named_parties("河南省人民政府", "华晟新能源集团有限公司"),
        signatories=[
            Signatory(name="周建国", title="副省长"),
            Signatory(name="刘海峰", title="总裁"),
        ],
        witnesses=named_people("孙立"),
    )
    assert [p.name for p in _read(text, given, dt.date(2025, 4, 9)).witnesses] == ["孙立"]


_RENEWAL = (
    "Almveld University and the Université de Corbiac have renewed their exchange agreement. "
    "The renewed agreement was signed on Wednesday by Almveld's Rector Magnificus and by "
    "Corbiac's President, Professor Luc Arnaud.\n\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        '"We look forward to joining," said Rector Magnificus Prof. dr. Ilse de Vries of Kessel '
        "University.\n",
        '"It has been a long road," said former Rector Magnificus Prof. dr. Ilse de Vries.\n',
    ],
    ids=["of another university", "former"],
)
def test_a_quoted_holder_of_another_body_or_a_former_one_did_not_sign(quote: str) -> None:
    given = Agreement(
        title="renewed agreement",
        parties=named_parties("Almveld University", "Université de Corbiac"),
        signatories=[
            Signatory(
                name="Ilse de Vries", title="Rector Magnificus", organization="Almveld University"
            ),
            Signatory(name="Luc Arnaud", title="President", organization="Université de Corbiac"),
        ],
    )
    kept = _read(_RENEWAL + quote, given, dt.date(2025, 3, 14))
    assert [n for n, _ in _signers(kept)] == ["Luc Arnaud"]


def test_a_partys_first_word_is_not_another_bodys_name() -> None:
    text = (
        "Hogeveld Port Authority and Marlow Energy have agreed to build a shore-power grid at the "
        "port's container quays. The agreement was signed on Tuesday by Hogeveld's Chairman and "
        "by Marlow Energy's Chief Executive, Dana Rees.\n\n"
        '"Green shipping needs green finance," said Pieter Laar, Chairman of Hogeveld Bank, '
        "which will lend to the project.\n"
    )
    given = Agreement(
        parties=named_parties("Hogeveld Port Authority", "Marlow Energy"),
        signatories=[
            Signatory(name="Pieter Laar", title="Chairman", organization="Hogeveld Port Authority"),
            Signatory(name="Dana Rees", title="Chief Executive", organization="Marlow Energy"),
        ],
    )
    assert [n for n, _ in _signers(_read(text, given, dt.date(2025, 3, 14)))] == ["Dana Rees"]


def test_years_spent_preparing_a_document_signed_tell_no_signing_to_come() -> None:
    text = (
        "Almveld University and Kessel University signed a Student Exchange Agreement on Monday "
        "in Almveld. Rector Jan de Boer signed for Almveld and President Marta Kowalczyk for "
        "Kessel.\n\nMinister Anna Berg witnessed the ceremony that crowned two years spent "
        "preparing the exchange agreement.\n"
    )
    given = Agreement(
        title="Student Exchange Agreement",
        parties=named_parties("Almveld University", "Kessel University"),
        signatories=[
            Signatory(name="Jan de Boer", title="Rector"),
            Signatory(name="Marta Kowalczyk", title="President"),
        ],
    )
    assert [p.name for p in _read(text, given, dt.date(2025, 3, 14)).witnesses] == ["Anna Berg"]
