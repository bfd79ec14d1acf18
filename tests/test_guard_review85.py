"""A read-only review of the last rules (review85) proved these over-reaches, each on a text
of its own that the rules' first form read wrong and the code before them read right: an
office written as a signer given to a guest of another body in a list, to one of another
body where the party's own holder is named too, to one of a signing to come, or to a
shorter office than the one written ("执行总裁"); a party's own centre "设立" under a
contract taken as founded; and "计划共建" read as no commitment."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import named_parties, read_through

from coopllm.schema import Agreement, Signatory

_DAY = dt.date(2025, 11, 13)
_SIGNED = (
    "11月12日，江城大学与华信科技有限公司在江城签署《产学研合作协议》。江城大学校长陈立与华信科技"
    "总经理代表双方签字。\n\n"
)


def _read(text: str, given: Agreement) -> Agreement:
    return read_through(text, _DAY, given)[0]


@pytest.mark.parametrize(
    ("more", "signers"),
    [
        (
            "出席签约仪式的嘉宾还有：市科技局局长刘强，远航集团董事长孙七、总经理王五等。\n",
            ["陈立"],
        ),
        (
            "华信科技总经理李明介绍了公司的布局。远航集团董事长孙七、总经理王五等嘉宾出席签约仪式。\n",
            ["陈立", "李明"],
        ),
    ],
    ids=["a guest", "the party's own named too"],
)
def test_an_office_written_as_a_signer_is_its_own_bodys_holder(
    more: str, signers: list[str]
) -> None:
    given = Agreement(
        title="产学研合作协议",
        parties=named_parties("江城大学", "华信科技有限公司"),
        signatories=[Signatory(name="陈立", title="校长", organization="江城大学")],
    )
    assert [p.name for p in _read(_SIGNED + more, given).signatories] == signers


def test_an_office_of_a_signing_to_come_names_no_signer() -> None:
    text = (
        "11月12日，江城市人民政府与华信科技有限公司签署《战略合作框架协议》。副市长韩冬与华信科技"
        "董事长孙七代表双方签字。根据协议，首期项目的投资合同将由江城高新区管委会主任与华信科技"
        "总经理在年底前签署。\n\n总经理王五在会上介绍了项目规划。\n"
    )
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("江城市人民政府", "华信科技有限公司"),
        signatories=[Signatory(name="韩冬"), Signatory(name="孙七")],
    )
    assert [p.name for p in _read(text, given).signatories] == ["韩冬", "孙七"]


def test_a_longer_office_is_not_its_shorter_ending() -> None:
    text = (
        "11月12日，江城大学与华信科技有限公司签署《校企合作框架协议》。华信科技执行总裁与江城大学"
        "副校长代表双方签约。\n\n华信科技董事长孙七、总裁张三，江城大学党委书记陈立等出席签约仪式。\n"
    )
    given = Agreement(
        title="校企合作框架协议", parties=named_parties("江城大学", "华信科技有限公司")
    )
    assert _read(text, given).signatories == []


def test_a_partys_own_centre_is_not_founded_and_a_planned_co_building_is() -> None:
    own = (
        "11月12日，江城高新区管委会与华信科技有限公司签署《华东区域总部项目投资合同》。高新区管委会"
        "主任韩冬与华信科技董事长孙七代表双方签约。\n\n根据合同约定，华信科技将投资5亿元，在高新区"
        "设立“华信科技华东研发中心”，预计2026年投入运营。\n"
    )
    contract = Agreement(
        title="华东区域总部项目投资合同",
        parties=named_parties("江城高新区管委会", "华信科技有限公司"),
        signatories=[Signatory(name="韩冬"), Signatory(name="孙七")],
    )
    assert _read(own, contract).established_entities == []
    planned = (
        "11月12日，江城大学与华信科技有限公司签署《共建智能制造研究院合作协议》。江城大学校长陈立与"
        "华信科技董事长孙七代表双方签字。\n\n根据协议，双方计划共建江城智能制造研究院，首期投入"
        "经费3000万元。\n"
    )
    institute = Agreement(
        title="共建智能制造研究院合作协议",
        parties=named_parties("江城大学", "华信科技有限公司"),
        signatories=[Signatory(name="陈立"), Signatory(name="孙七")],
    )
    assert _read(planned, institute).established_entities == ["江城智能制造研究院"]


def test_a_traditional_pointing_word_points_back_as_a_simplified_one() -> None:
    text = (
        "11月12日，江城大學與華信科技有限公司簽署《產學研合作協議》。江城大學校長陳立與華信科技"
        "有限公司總經理代表雙方簽字。該公司總經理李明介紹了公司的佈局。\n"
    )
    given = Agreement(
        title="產學研合作協議",
        parties=named_parties("江城大學", "華信科技有限公司"),
        signatories=[
            Signatory(name="陳立", title="校長", organization="江城大學"),
            Signatory(title="總經理", organization="華信科技有限公司"),
        ],
    )
    assert [p.name for p in _read(text, given).signatories] == ["陳立", "李明"]
