"""A read-only review's finds in the blind59 rules, each mended and tested here on a text of
our own that fails on the code before the mends: a party in capitals is named by another
only where the article brackets them after it or they are the initials of its every word;
only "a deal" set after a comma names no other document; a joint venture "would be named"
in a plan of an earlier year is not founded; a project told as signed before is no
agreement of the article's; the model's agreements of a listed project under the body's
short name take the list's; the list read past its heading, a project's figures, "（1）"
and "签订"; "travelled to X to sign … at" and a named owner's headquarters are venues."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "NAIROBI -- The University of Nairobi and the UN signed a memorandum of "
            "understanding on Monday. Vice-Chancellor Amina Wekesa signed for the university "
            "and Resident Coordinator Paul Rhee signed for the UN.\n",
            ["University of Nairobi", "UN"],
        ),
        (
            "CAIRO -- GE signed an agreement with the Government of Egypt on Monday. GE's "
            "regional chief John Pratt and Minister Sami Fawzi signed the agreement.\n",
            ["GE", "Government of Egypt"],
        ),
    ],
)
def test_capitals_that_skip_a_particle_name_no_other_party(text: str, parties: list[str]) -> None:
    given = Agreement(title="agreement", parties=named_parties(*parties))
    kept, _ = guarded(text, dt.date(2025, 6, 12), given)
    assert [p.name for p in kept[0].parties] == parties


def test_a_deal_a_sentence_signs_is_another_document() -> None:
    text = (
        "HOUSTON -- Acme Corp and Beta Ltd signed a memorandum of understanding on hydrogen, "
        "the companies said on Thursday.\n\nOn Monday, Acme Corp and Beta Ltd signed a deal "
        "for the supply of 40 electrolysers.\n"
    )
    given = Agreement(
        title="memorandum of understanding", parties=named_parties("Acme Corp", "Beta Ltd")
    )
    kept, _ = guarded(text, dt.date(2025, 6, 12), given)
    assert kept[0].date_signed is None


def test_a_joint_venture_a_past_plan_would_have_named_is_not_founded() -> None:
    text = (
        "SANTIAGO, Jan. 20, 2026 -- Andes Grid S.A. entered into a Supply Agreement with Huaxin "
        "Power Equipment Co., Ltd. In 2019 the two firms agreed that the joint venture would be "
        "named Andhua Transformadores S.A., but the plan was dropped. The agreement was inked "
        "on the 14th by Pablo Soto and Li Wen.\n"
    )
    given = Agreement(
        title="Supply Agreement",
        parties=named_parties("Andes Grid S.A.", "Huaxin Power Equipment Co., Ltd."),
        signatories=named_people("Pablo Soto", "Li Wen"),
        established_entities=["Andhua Transformadores S.A."],
    )
    kept, _ = guarded(text, dt.date(2026, 1, 20), given)
    assert kept[0].established_entities == []


def test_a_project_told_as_signed_before_is_no_agreement_of_the_article() -> None:
    text = (
        "10月27日上午，甲州市人民政府与华远能源集团有限公司签署战略合作协议。\n\n"
        "此前，华远光伏电站项目由甲州市发展和改革局与华远能源集团有限公司签约，目前已建成投产。\n"
    )
    given = Agreement(
        title="战略合作协议", parties=named_parties("甲州市人民政府", "华远能源集团有限公司")
    )
    kept, _ = guarded(text, dt.date(2025, 10, 28), given)
    assert [a.title for a in kept] == ["战略合作协议"]


_LISTED = (
    "11月3日上午，南湖经济开发区重点项目集中签约仪式在开发区政务中心举行。\n\n"
    "开发区管委会副主任韩立新代表南湖经济开发区管理委员会，与各企业代表依次签约。\n\n"
    "签约项目如下：\n\n"
    "（1）年产5000吨特种纸项目，总投资5亿元，签约企业：东岳纸业有限公司；\n"
    "（2）汽车线束生产线项目，签约企业：嘉联电子科技有限公司。\n"
)


@pytest.mark.parametrize("text", [_LISTED, _LISTED.replace("依次签约", "依次签订投资协议")])
def test_a_list_read_past_its_heading_and_a_projects_figures(text: str) -> None:
    kept, _ = guarded(text, dt.date(2025, 11, 4))
    assert [a.parties[1].name for a in kept] == ["东岳纸业有限公司", "嘉联电子科技有限公司"]


def test_the_models_projects_under_the_bodys_short_name_are_not_added_again() -> None:
    given = [
        Agreement(parties=named_parties("南湖经济开发区", firm), signatories=named_people("韩立新"))
        for firm in ["东岳纸业有限公司", "嘉联电子科技有限公司"]
    ]
    text = (
        _LISTED.replace("依次签约。\n\n签约项目如下：", "依次签约。签约项目如下：")
        .replace("（1）", "1. ")
        .replace("（2）", "2. ")
        .replace("，总投资5亿元", "")
    )
    kept, _ = guarded(text, dt.date(2025, 11, 4), *given)
    assert len(kept) == 2


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "On Oct. 14 the delegation travelled to Tosaka to sign the agreement at City Hall. "
            "Mayor Ken Arai and Provost Ruth Lowe signed it.\n",
            "City Hall",
        ),
        (
            "The agreement was signed on Tuesday by Dr. Lena Hart and Ivo Brandt, director general "
            "of the OSA, at the Pellham Institute's headquarters in Oxford.\n",
            "the Pellham Institute's headquarters in Oxford",
        ),
    ],
)
def test_more_wordings_of_the_venue(text: str, venue: str) -> None:
    given = Agreement(
        title="agreement",
        parties=named_parties("Carden State University", "City of Tosaka"),
        signatories=named_people("Ken Arai", "Ruth Lowe"),
    )
    kept, _ = guarded(text, dt.date(2025, 10, 16), given)
    assert kept[0].location == venue
