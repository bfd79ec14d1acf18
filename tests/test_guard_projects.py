"""Projects signed one by one at a joint signing (``coopllm.guard.projects``): each clause
"X项目由A与B签约" is one project agreement, added where the model left it out."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.guard.projects import project_signings
from coopllm.schema import (
    Agreement,
    AgreementType,
    Article,
    ExtractionDraft,
    Party,
    PartyKind,
    Signatory,
)

PAGE_DATE = dt.date(2025, 9, 12)


FAIR = (
    "松川县招商推介会在临港市举行 4个项目签约\n"
    "发布时间：2025-09-12　来源：县商务局\n\n"
    "9月10日下午，松川县2025年秋季招商推介会在临港市海悦会展中心举行。县委副书记、县长"
    "周立新主持会议。\n\n"
    "推介会上，在县委书记方志鸿的见证下，4个项目集中签约。其中，溪谷康养小镇项目由周立新代表"
    "松川县人民政府与青岚健康产业有限公司董事长宋嘉怡签约；年产5万套智能门窗项目由副县长"
    "唐明远代表松川县人民政府与临港博思建材有限公司总经理霍文杰签约；冷链仓储中心项目、"
    "竹木制品深加工项目分别由桂岭镇、白沙乡主要负责人与临港顺达物流有限公司、翠竹工艺品"
    "有限公司负责人签约。\n"
)


def test_each_clause_of_a_joint_signing_is_a_project_agreement_of_its_own() -> None:
    agreements, warnings = guarded(FAIR, PAGE_DATE)
    assert [[p.name for p in a.parties] for a in agreements] == [
        ["松川县人民政府", "青岚健康产业有限公司"],
        ["松川县人民政府", "临港博思建材有限公司"],
        ["桂岭镇", "临港顺达物流有限公司"],
        ["白沙乡", "翠竹工艺品有限公司"],
    ]
    assert {a.agreement_type for a in agreements} == {AgreementType.PROJECT_AGREEMENT}
    assert [a.cooperation_areas for a in agreements] == [
        ["溪谷康养小镇"],
        ["年产5万套智能门窗"],
        ["冷链仓储中心"],
        ["竹木制品深加工"],
    ]
    assert agreements[0].signatories == [
        # His office at the head of the county, as the article writes it before his name.
        Signatory(name="周立新", title="县长", organization="松川县人民政府"),
        Signatory(name="宋嘉怡", title="董事长", organization="青岚健康产业有限公司"),
    ]
    assert agreements[1].signatories[0] == Signatory(
        name="唐明远", title="副县长", organization="松川县人民政府"
    )
    # Signed by office alone, the lists paired one to one by 分别.
    assert agreements[3].signatories == [
        Signatory(name=None, title="主要负责人", organization="白沙乡"),
        Signatory(name=None, title="负责人", organization="翠竹工艺品有限公司"),
    ]
    assert agreements[2].parties[0] == Party(name="桂岭镇", kind=PartyKind.GOVERNMENT)
    assert sum("added project agreement" in w for w in warnings) == 4, warnings


def test_projects_signed_at_a_fair_take_its_day_and_venue_and_its_witness() -> None:
    agreements, _ = guarded(FAIR, PAGE_DATE)
    for agreement in agreements:
        assert agreement.date_text == "9月10日下午"
        assert agreement.date_signed == dt.date(2025, 9, 10)
        # The body's venue, not the headline's city.
        assert agreement.location == "临港市海悦会展中心"
        # Added by the rules, with the office the article writes before the name.
        assert [(w.name, w.title) for w in agreement.witnesses] == [("方志鸿", "县委书记")]


def test_a_project_signing_the_model_gave_gets_its_missing_signers_not_a_twin() -> None:
    given = Agreement(
        parties=[Party(name="松川县人民政府"), Party(name="青岚健康产业有限公司")],
        signatories=[Signatory(name="宋嘉怡")],
    )
    agreements, _ = guarded(FAIR, PAGE_DATE, given)
    own = [a for a in agreements if a.parties[1].name == "青岚健康产业有限公司"]
    assert len(own) == 1
    assert [s.name for s in own[0].signatories] == ["宋嘉怡", "周立新"]
    assert len(agreements) == 4


@pytest.mark.parametrize(
    "clause",
    [
        # A signing to come, a ceremony's name, lists that do not pair with the projects.
        "甲项目将由甲镇负责人与乙有限公司负责人签约。",
        "甲项目由甲镇负责人与乙有限公司负责人签约仪式在县城举行。",
        "甲项目、乙项目分别由甲镇、乙镇、丙镇负责人与乙有限公司负责人签约。",
        # Two projects, two bodies on a side, and no 分别 to pair them.
        "甲项目、乙项目由甲镇、乙镇负责人与乙有限公司负责人签约。",
        # No one the words name: neither a person nor an office.
        "甲项目由县里与乙有限公司签约。",
    ],
)
def test_a_clause_that_does_not_say_plainly_who_signed_what_tells_no_project(
    clause: str,
) -> None:
    assert list(project_signings(clause)) == []


def test_a_project_clause_without_an_event_has_no_day_or_venue_guessed() -> None:
    text = (
        "柳溪县与两家企业签约\n\n"
        "日前，县里召开招商工作会议。其中，光伏支架项目由副县长唐明远代表柳溪县人民政府"
        "与晨光新能源有限公司总经理霍文杰签约。\n"
    )
    agreements, _ = guarded(text, PAGE_DATE)
    assert len(agreements) == 1
    assert agreements[0].date_text is None and agreements[0].location is None


def test_an_agreement_the_model_folded_the_projects_into_gives_way_to_them() -> None:
    folded = Agreement(
        parties=[
            Party(name="松川县人民政府"),
            Party(name="青岚健康产业有限公司"),
            Party(name="临港博思建材有限公司"),
        ],
    )
    agreements, warnings = guarded(FAIR, PAGE_DATE, folded)
    assert len(agreements) == 4
    assert all(len(a.parties) == 2 for a in agreements)
    assert any(w.startswith("dropped agreement of '松川县人民政府'") for w in warnings), warnings


def test_a_titled_agreement_of_a_projects_parties_is_not_taken_for_the_project() -> None:
    text = FAIR + "同日，松川县人民政府与青岚健康产业有限公司还签署了《战略合作框架协议》。\n"
    strategic = Agreement(
        title="战略合作框架协议",
        parties=[Party(name="松川县人民政府"), Party(name="青岚健康产业有限公司")],
    )
    agreements, _ = guarded(text, PAGE_DATE, strategic)
    assert len(agreements) == 5
    assert agreements[0].title == "战略合作框架协议"
    assert agreements[0].signatories == []


@pytest.mark.parametrize(
    ("clause", "parties", "signers"),
    [
        # The 与 of a name is not the one between the sides.
        (
            "其中，研学基地项目由县文化与旅游局局长马晓东代表松川县人民政府与青岚研学有限公司"
            "总经理霍文杰签约。",
            ("松川县人民政府", "青岚研学有限公司"),
            ["马晓东", "霍文杰"],
        ),
        # Bodies said to sign, and no one for them.
        ("其中，光伏电站项目由松川县人民政府与晨光新能源有限公司签约。",
         ("松川县人民政府", "晨光新能源有限公司"), []),
    ],
)  # fmt: skip
def test_a_clause_is_parted_where_both_sides_read(
    clause: str, parties: tuple[str, str], signers: list[str]
) -> None:
    (signing,) = project_signings(clause)
    assert tuple(signing.parties) == parties
    assert [s.name for side in signing.sides if (s := side.signer)] == signers


H = "松川县招商推介会举行\n发布时间：2025-09-12\n\n"


def test_two_projects_of_the_same_two_parties_are_two_agreements() -> None:
    """A review's find: the second clause took the agreement the first had added."""
    text = (
        H + "其中，溪谷康养小镇项目由副县长唐明远代表松川县人民政府与青岚健康产业有限公司总经理"
        "霍文杰签约；冷链仓储中心项目由副县长刘建国代表松川县人民政府与青岚健康产业有限公司"
        "董事长宋嘉怡签约。\n"
    )
    agreements, _ = guarded(text, PAGE_DATE)
    assert [a.cooperation_areas for a in agreements] == [["溪谷康养小镇"], ["冷链仓储中心"]]
    assert [[s.name for s in a.signatories] for a in agreements] == [
        ["唐明远", "霍文杰"],
        ["刘建国", "宋嘉怡"],
    ]


@pytest.mark.parametrize(
    ("clause", "sides"),
    [
        # Where they signed, and 双方, after the second party: not its name.
        ("其中，光伏电站项目由松川县人民政府与晨光新能源有限公司在推介会现场签约。",
         [("松川县人民政府", "晨光新能源有限公司")]),
        ("其中，光伏电站项目由松川县人民政府与晨光新能源有限公司双方签约。",
         [("松川县人民政府", "晨光新能源有限公司")]),
        # Bodies alone, and people for one body, paired by 分别.
        ("光伏电站项目、冷链仓储项目分别由松川县人民政府与晨光新能源有限公司、顺达物流有限公司"
         "签约。",
         [("松川县人民政府", "晨光新能源有限公司"), ("松川县人民政府", "顺达物流有限公司")]),
        ("光伏电站项目、冷链仓储项目分别由副县长唐明远、副县长刘建国代表松川县人民政府与"
         "晨光新能源有限公司、顺达物流有限公司签约。",
         [("松川县人民政府", "晨光新能源有限公司"), ("松川县人民政府", "顺达物流有限公司")]),
        # No body's name ("相关乡镇", "企业", "投资方"), or projects only counted.
        ("其余4个项目由相关乡镇主要负责人与企业负责人签约。", []),
        ("光伏电站项目、冷链仓储项目分别由桂岭镇、白沙乡主要负责人与投资方负责人签约。", []),
    ],
)  # fmt: skip
def test_each_side_of_a_clause_is_a_body_by_its_name(
    clause: str, sides: list[tuple[str, str]]
) -> None:
    """A review's finds."""
    found = [tuple(s.parties) for s in project_signings(clause)]
    assert found == sides


def test_a_project_whose_own_sentence_has_a_day_takes_it_over_the_fairs() -> None:
    """A review's find: the fair opened on the 9th, the project was signed on the 11th."""
    text = (
        H + "9月9日，松川县招商推介会在临港市海悦会展中心开幕，为期三天。推介会上，共有2个项目"
        "签约。9月11日上午，光伏电站项目由副县长唐明远代表松川县人民政府与晨光新能源有限公司"
        "总经理霍文杰签约。\n"
    )
    (agreement,), _ = guarded(text, PAGE_DATE)
    assert agreement.date_text == "9月11日上午"
    assert agreement.location == "临港市海悦会展中心"


_FAIR_OF_FIVE = (
    "柳溪县招商推介会在临港举行\n发布时间：2025-10-18\n\n"
    "10月16日下午，柳溪县2025年秋季招商推介会在临港市海悦会展中心举行。\n\n"
    "在县委书记方志鸿的见证下，推介会现场集中签约项目和协议3个。具体为：\n\n"
    "年产5万套智能门窗项目由柳溪经济开发区管委会与临港博思建材有限公司签约，开发区管委会"
    "主任唐明远、博思建材董事长霍文杰代表双方签字；\n\n"
    "温泉康养综合体项目由柳溪县文化和旅游局与青岚健康产业有限公司签约，县文化和旅游局局长"
    "宋嘉怡、青岚健康副总裁沈青分别在协议上签字；\n\n"
    "高山茶叶深加工项目由柳溪县农业农村局、柳溪县茶业发展中心与临港甬茗茶业有限公司三方"
    "签约；\n\n"
    "柳溪县人民政府与临港产业促进会签订《招商引资战略合作协议》，县长周立新与促进会秘书长"
    "何川分别代表双方签约。\n"
)


def test_who_signed_a_project_may_follow_in_the_next_clause() -> None:
    """The blind17 r01's: "…签约，开发区管委会主任杨帆、恒拓新材董事长沈国平代表双方签字"; and
    "县文化和旅游局局长…、…分别在协议上签字", 和 inside a body's name."""
    (first, second, *_) = project_signings(_FAIR_OF_FIVE)
    assert [
        (s.signer.name, s.signer.title, s.signer.organization) for s in first.sides if s.signer
    ] == [
        ("唐明远", "主任", "柳溪经济开发区管委会"),
        ("霍文杰", "董事长", "临港博思建材有限公司"),
    ]
    assert [s.signer.name for s in second.sides if s.signer] == ["宋嘉怡", "沈青"]


def test_one_project_of_three_bodies_is_one_agreement_of_three_parties() -> None:
    *_, tea = project_signings(_FAIR_OF_FIVE)
    assert tea.parties == ["柳溪县农业农村局", "柳溪县茶业发展中心", "临港甬茗茶业有限公司"]


def test_the_models_agreement_signed_at_the_fair_takes_its_day_and_venue() -> None:
    """The blind17 r01's: the fair's day and venue where the signing sentence names the
    fair past its opening ("在…的见证下，推介会现场集中签约"); and its title, given with the
    sentence around it, is the name in 《》."""
    strategic = Agreement(
        title="柳溪县人民政府与临港产业促进会签订《招商引资战略合作协议》",
        parties=[Party(name="柳溪县人民政府"), Party(name="临港产业促进会")],
        signatories=[Signatory(name="周立新"), Signatory(name="何川")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[strategic])
    checker = Checker(SourceIndex(_FAIR_OF_FIVE), published=dt.date(2025, 10, 18))
    guarded, warnings = apply_guard(draft, checker)
    agreement = guarded.agreements[0]
    assert agreement.title == "招商引资战略合作协议", warnings
    assert (agreement.date_text, agreement.location) == ("10月16日下午", "临港市海悦会展中心")
    assert len(guarded.agreements) == 4


@pytest.mark.parametrize(
    "after",
    [
        # Not in the order of the sides, and witnesses, not signers (a review's finds).
        "，晨光新能源董事长李四、副县长张三代表双方签字。",
        "，县委书记林海涛、县长周立新代表县委县政府见证签约。",
    ],
)
def test_people_in_the_next_clause_sign_only_for_their_own_side(after: str) -> None:
    text = f"光伏电站项目由松川县人民政府与晨光新能源有限公司签约{after}"
    (signing,) = project_signings(text)
    assert [side.signer for side in signing.sides] == [None, None]
