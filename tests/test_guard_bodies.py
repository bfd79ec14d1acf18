"""The guard's founded bodies (``coopllm.guard.bodies``): a named body this agreement
founds."""

from __future__ import annotations

import datetime as dt

import pytest

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, Signatory


@pytest.mark.parametrize(
    ("sentence", "entity", "kept"),
    [
        ("The two will establish a joint research centre.", "joint research centre", False),
        ("双方将共建联合实验室。", "联合实验室", False),
        ("双方将共建研发中心。", "研发中心", False),
        ("双方将共建研究生联合培养基地。", "研究生联合培养基地", False),
        ("雙方將共建產學合作中心。", "產學合作中心", False),
        ("The two will establish the iRobotics Lab.", "iRobotics Lab", True),
        ("双方将共建智能制造联合实验室。", "智能制造联合实验室", True),
        # Capitalised kinds, generic bases (an entity audit's finds).
        ("The two will establish a Joint Research Centre.", "Joint Research Centre", False),
        ("The two will set up a Centre of Excellence.", "Centre of Excellence", False),
        ("双方将共建大学生实践教育基地。", "大学生实践教育基地", False),
        ("双方将共建产教融合实训基地。", "产教融合实训基地", False),
        ("双方将共建现代产业学院。", "现代产业学院", False),
        ("The two will set up an AI Innovation Centre.", "AI Innovation Centre", True),
        ("The two will set up the International Centre for Engineering Research and "
         "Training.", "International Centre for Engineering Research and Training", True),
    ],
)  # fmt: skip
def test_an_established_entity_is_a_named_body_not_a_kind_of_one(
    sentence: str, entity: str, kept: bool
) -> None:
    """Spec: "named joint bodies"."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(established_entities=[entity])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert (guarded.agreements[0].established_entities == [entity]) is kept, warnings
    if not kept:
        assert warnings == [
            f"dropped established entity '{entity}': no name, only the kind of body it is"
        ]


@pytest.mark.parametrize(
    "entity",
    ["Lakeview Modern Industry College", "Lakeview-Orion Joint Graduate School",
     "Orion Innovation Studio", "智能制造现代产业学院", "华为ICT学院"],
)  # fmt: skip
def test_a_jointly_founded_college_or_studio_is_an_established_entity(entity: str) -> None:
    text = f"The two sides signed an agreement to jointly establish the {entity}."
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(established_entities=[entity])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].established_entities == [entity], warnings


@pytest.mark.parametrize(
    ("sentence", "entity", "kept"),
    [
        ("The Lakeview-Orion Joint Lab was established on the same day.",
         "Lakeview-Orion Joint Lab", True),
        ("双方共同为智能制造中心揭牌。", "智能制造中心", True),
        # A college that signs, in a sentence that founds something else further on.
        ("甲大学设计学院与乙公司签约，共建实习基地。", "甲大学设计学院", False),
        ("甲大学设计学院与乙公司签署共建协议。", "甲大学设计学院", False),
        ("为深化产教融合建设，甲大学设计学院与乙公司签约。", "甲大学设计学院", False),
        ("Hillcrest College and Ridgeport Group jointly signed a strategic agreement.",
         "Hillcrest College", False),
        ("Ridgeport University signed an agreement with the Hillcrest Foundation College.",
         "Hillcrest Foundation College", False),
        ("“智能网联研究院”正式挂牌。", "智能网联研究院", True),
        ("双方将建立智能装备联合实验室。", "智能装备联合实验室", True),
        ("双方携手建设绿色能源创新联合体。", "绿色能源创新联合体", True),
        ("The Bluefin Robotics Center was officially opened.", "Bluefin Robotics Center", True),
        ("The two sides will create the Harbourline-Bluefin Joint Research Unit.",
         "Harbourline-Bluefin Joint Research Unit", True),
        # A body that already stood.
        ("Founded in 1998, the Harbourline Innovation Center hosted the signing.",
         "Harbourline Innovation Center", False),
        ("签约仪式在成立于2010年的甲大学创新中心举行。", "甲大学创新中心", False),
        # Where the signing was, not what was founded, though founding words come before.
        ("为推动成立联合研究院，双方在甲大学科技园签约。", "甲大学科技园", False),
        ("To set up a joint lab, the two signed at the Harbourline Innovation Center.",
         "Harbourline Innovation Center", False),
        ("双方将在杭州共建智能研发中心。", "智能研发中心", True),
        # To build is to found; a building, or a body built long ago, is not.
        ("Harbourline and Bluefin signed a pact to jointly build the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", True),
        ("Bluefin builds the Tidewater Sensing Lab with Harbourline.", "Tidewater Sensing Lab",
         True),
        ("The two are building the Tidewater Sensing Lab together.", "Tidewater Sensing Lab",
         True),
        ("双方将建设海洋感测联合实验室。", "海洋感测联合实验室", True),
        ("两校拟建设海洋感测联合实验室。", "海洋感测联合实验室", True),
        ("The Tidewater Sensing Lab, built in 1998, hosted the talks.", "Tidewater Sensing Lab",
         False),
        ("They signed in the Main Building of the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", False),
        ("Building on past work, Harbourline signed a pact with the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", False),
        ("甲大学与城市建设研究院签署合作协议。", "城市建设研究院", False),
        # Founded in a month of a year gone by, or a venue after 于 (a second audit's
        # finds); but a body to be founded in a year named, or a building's number, and
        # 于 of 关于, are no such thing (a review's).
        ("The Tidewater Sensing Lab was established in March 2015.", "Tidewater Sensing Lab",
         False),
        ("为共建实验室，签约仪式于杭州国际博览中心举行。", "杭州国际博览中心", False),
        ("双方将共建甲乙联合研究生院。", "甲乙联合研究生院", True),
        ("双方签署合作协议，计划2025年成立甲乙联合实验室。", "甲乙联合实验室", True),
        ("The two will set up the Tidewater Sensing Lab in Building 3.", "Tidewater Sensing Lab",
         True),
        ("双方签署《关于共建甲乙联合实验室的协议》。", "甲乙联合实验室", True),
        ("签约后，国家智能制造创新中心落户深圳。", "国家智能制造创新中心", True),
        ("双方将共建清华大学深圳校区。", "清华大学深圳校区", True),
        ("双方签约，将在人才落户等方面支持联合研究中心发展。", "联合研究中心", False),
        # Founded before by its founders, a venue newly built (an English audit's finds).
        ("The deal builds on the Tidewater Sensing Lab, launched by the two partners in 2019.",
         "Tidewater Sensing Lab", False),
        ("They signed the MoU at the newly launched Tidewater Innovation Centre.",
         "Tidewater Innovation Centre", False),
        # ... but one to come, or one the deal sets up "in the new" (a review's finds).
        ("Under it, the Tidewater Sensing Lab will be launched by the two partners in March "
         "2025.", "Tidewater Sensing Lab", True),
        ("They signed an agreement to jointly set up and invest in the new Tidewater "
         "Innovation Centre.", "Tidewater Innovation Centre", True),
        # Founded before this agreement, standing already, only hoped for (an audit's).
        ("双方于2016年共同成立的中德智能制造研究院将承担具体实施工作。", "中德智能制造研究院",
         False),
        ("去年，双方共建了绿色能源联合实验室。今天，双方签署了第二期合作协议。",
         "绿色能源联合实验室", False),
        ("智能网联汽车联合研究院成立五年来成果丰硕。", "智能网联汽车联合研究院", False),
        ("The MoU was signed on Monday. In 2021, the two institutions jointly established "
         "the Tidewater Sensing Lab.", "Tidewater Sensing Lab", False),
        ("双方将共建联合实验室，依托学校现有的国家重点实验室开展研究。", "国家重点实验室", False),
        ("The two will explore the possibility of establishing the Tidewater Water Lab.",
         "Tidewater Water Lab", False),
        ("下一步双方将争取共建中法碳中和联合研究中心。", "中法碳中和联合研究中心", False),
        # ... but a year with its day, a year to come, a founding said otherwise.
        ("2024年3月5日，甲大学与乙公司签约共建智能制造联合实验室。", "智能制造联合实验室", True),
        ("双方签署合作协议，计划2025年成立甲乙联合实验室。", "甲乙联合实验室", True),
        ("In 2024, the two will jointly establish the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", True),
        ("The deal will see the creation of the Tidewater AI Hub.", "Tidewater AI Hub", True),
        ("The deal follows the creation of the Tidewater Data Institute in 2019.",
         "Tidewater Data Institute", False),
        ("The two agreed to establish the Tidewater Data Institute in 2026.",
         "Tidewater Data Institute", True),
        ("The MoU provides for the establishment of the Tidewater Solar Lab in 2026.",
         "Tidewater Solar Lab", True),
        ("双方将于2026年共同建设的氢能联合研究院设在合肥。", "氢能联合研究院", True),
        ("经专家论证后双方决定共建智能制造联合研究院。", "智能制造联合研究院", True),
        ("The two will explore ways to cooperate and set up the Tidewater Innovation Hub.",
         "Tidewater Innovation Hub", True),
        ("双方将探讨设立智能制造联合研究院。", "智能制造联合研究院", False),
        ("双方将争取共建国家级平台，同时成立先进材料联合研究院。", "先进材料联合研究院", True),
        ("双方将围绕新材料研究建立先进材料联合实验室。", "先进材料联合实验室", True),
        ("The MoU paves the way for the launch of the Tidewater Crop Lab in 2025.",
         "Tidewater Crop Lab", True),
        ("2019年双方共建的“绿色化工联合研究中心”已取得多项成果。", "绿色化工联合研究中心", False),
        ("智能制造联合实验室投入运行三年来，已孵化10个项目。", "智能制造联合实验室", False),
        ("甲大学校长曾小明与乙公司签约共建智能制造联合实验室。", "智能制造联合实验室", True),
        # ... nor a date or a hope in another clause (a review's finds).
        ("Building on an MoU signed in 2023, the two universities today inaugurated the "
         "Tidewater Quantum Lab.", "Tidewater Quantum Lab", True),
        ("The two universities, partners since 2015, on Monday launched the Tidewater AI "
         "Centre.", "Tidewater AI Centre", True),
        ("2025年，甲大学与乙公司共建智能制造联合实验室，并举行揭牌仪式。", "智能制造联合实验室",
         True),
        ("在此前良好合作的基础上，双方共同成立智能传感联合创新中心。", "智能传感联合创新中心",
         True),
        ("为探索校企合作新路径，双方共建智能制造产业学院。", "智能制造产业学院", True),
        ("Tidewater, an oil exploration firm, established the Tidewater Geoscience Centre.",
         "Tidewater Geoscience Centre", True),
        ("数字乡村联合创新基地正式启动。", "数字乡村联合创新基地", True),
    ],
)  # fmt: skip
def test_a_body_is_founded_where_the_founding_words_govern_it(
    sentence: str, entity: str, kept: bool
) -> None:
    agreement = Agreement(established_entities=[entity])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert (guarded.agreements[0].established_entities == [entity]) is kept, warnings


@pytest.mark.parametrize(
    ("text", "party", "entity"),
    [
        ("The Tidewater Genomics Institute and Lakeview University agreed to establish a joint "
         "lab for rare diseases.", "Tidewater Genomics Institute", "Tidewater Genomics Institute"),
        ("甲研究所与乙大学共建新药创制联合实验室。", "甲研究所", "甲研究所"),
    ],
)  # fmt: skip
def test_a_party_is_no_body_the_agreement_founds(text: str, party: str, entity: str) -> None:
    """A founding verb near a party's name founds no party: the body is what they set up
    (an entity audit's find)."""
    agreement = Agreement(parties=[Party(name=party)], established_entities=[entity])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].established_entities == []
    assert f"dropped established entity '{entity}': a party to the agreement" in warnings


@pytest.mark.parametrize(
    ("text", "entity", "published", "kept"),
    [
        ("In 2024, the two universities jointly established the Tidewater Quantum Lab.",
         "Tidewater Quantum Lab", dt.date(2024, 5, 6), True),
        ("In 2024, the two universities jointly established the Tidewater Quantum Lab.",
         "Tidewater Quantum Lab", dt.date(2026, 5, 6), False),
        ("双方于2024年共同成立的智能制造联合研究院正式揭牌。", "智能制造联合研究院",
         dt.date(2024, 5, 6), True),
        ("双方于2016年共同成立的智能制造联合研究院将承担实施工作。", "智能制造联合研究院",
         dt.date(2024, 5, 6), False),
        ("The two launched the Tidewater Fintech Institute in 2025.",
         "Tidewater Fintech Institute", dt.date(2025, 3, 1), True),
        ("去年，双方共建了绿色能源联合实验室。", "绿色能源联合实验室", dt.date(2025, 3, 1), False),
    ],
)  # fmt: skip
def test_a_founding_in_the_pages_own_year_is_this_agreements(
    text: str, entity: str, published: dt.date, kept: bool
) -> None:
    """A year dates a founding before this agreement only where it is before the page's
    (a review's find: "In 2024, … established X" in a story of 2024 founds X now)."""
    agreement = Agreement(established_entities=[entity])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(text), published=published)
    guarded, warnings = apply_guard(draft, checker)
    assert (guarded.agreements[0].established_entities == [entity]) is kept, warnings


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("副市长刘静与副校长何雯签署战略合作框架协议。随后，管委会主任郑凯与学院院长梁航签署"
         "《共建南湖新能源研究院协议》。周平、孙新共同为“南湖新能源研究院”揭牌。", True),
        # A body in quotes that nothing founds now.
        ("副市长刘静与副校长何雯签署战略合作框架协议。随后，管委会主任郑凯与学院院长梁航签署"
         "《共建南湖新能源研究院协议》。该协议由2019年成立的“南湖储能研究院”牵头起草。", False),
        # A review's finds: a body founded earlier, a slogan; no title names them.
        ("副市长刘静与副校长何雯签署战略合作框架协议。2022年，双方共建了“智能制造联合实验室”。",
         False),
        ("副市长刘静与副校长何雯签署战略合作框架协议。双方将携手把园区打造成“数字经济创新中心”。",
         False),
    ],
)  # fmt: skip
def test_a_chinese_body_in_quotes_unveiled_goes_to_the_agreement_titled_for_it(
    text: str, added: bool
) -> None:
    """The blind11 l01's: the model gave "共建南湖新能源研究院协议" no body, though the
    article unveils "“南湖新能源研究院”"."""
    agreements = [Agreement(title="战略合作框架协议"), Agreement(title="共建南湖新能源研究院协议")]
    draft = ExtractionDraft(article=Article(), agreements=agreements)
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    entities = [a.established_entities for a in guarded.agreements]
    assert entities == ([[], ["南湖新能源研究院"]] if added else [[], []]), warnings


_LAB_AND_SIGNING = (
    "昨日，甲江大学与乙达焊接股份有限公司校企合作签约暨“甲江大学—乙达智能焊接联合实验室”揭牌"
    "仪式在学校图书馆报告厅举行。随后，甲江大学副校长王立群与乙达焊接总经理陈嘉树代表双方签署"
    "了《{title}》。校长赵文博与董事长林海涛共同为联合实验室揭牌。"
)


def test_a_title_that_names_the_body_in_full_wins_over_one_that_names_its_tail() -> None:
    """A review's find: "《共建甲江大学—乙达智能焊接联合实验室协议》" and "《智能焊接联合实验室
    科研项目合同》" both name the laboratory, the second by its tail only: the body, given
    to the contract, goes to the first, which founds it."""
    parties = [Party(name="甲江大学"), Party(name="乙达焊接股份有限公司")]
    body = "甲江大学—乙达智能焊接联合实验室"
    founding = Agreement(
        title=f"共建{body}协议",
        parties=parties,
        signatories=[Signatory(name="王立群"), Signatory(name="陈嘉树")],
    )
    contract = Agreement(
        title="智能焊接联合实验室科研项目合同", parties=parties, established_entities=[body]
    )
    text = _LAB_AND_SIGNING.format(title=founding.title) + f"双方还签署了《{contract.title}》。"
    draft = ExtractionDraft(article=Article(), agreements=[founding, contract])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [a.established_entities for a in guarded.agreements] == [[body], []], warnings


@pytest.mark.parametrize(
    ("title", "merged"),
    [
        ("共建智能焊接联合实验室合作协议", True),  # the body's own name after its founders'
        ("共建联合实验室合作协议", False),  # its kind alone: any laboratory's title writes it
    ],
)
def test_a_body_and_its_unveilers_go_to_the_agreement_whose_title_names_it(
    title: str, merged: bool
) -> None:
    """The blind13 n01's: the model gave an untitled agreement with the laboratory and
    its unveilers, beside the titled one its signers signed, "共建…联合实验室合作协议",
    which names "甲江大学—乙达智能焊接联合实验室" by what follows its founders' names: the
    body and its unveilers move to it, and the untitled one, then empty, is dropped."""
    parties = [Party(name="甲江大学"), Party(name="乙达焊接股份有限公司")]
    body = "甲江大学—乙达智能焊接联合实验室"
    shell = Agreement(
        parties=parties,
        witnesses=[Signatory(name="赵文博"), Signatory(name="林海涛")],
        established_entities=[body],
    )
    signed = Agreement(
        title=title,
        parties=parties,
        signatories=[Signatory(name="王立群"), Signatory(name="陈嘉树")],
    )
    text = _LAB_AND_SIGNING.format(title=title)
    draft = ExtractionDraft(article=Article(), agreements=[shell, signed])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    if not merged:
        assert [a.title for a in guarded.agreements] == [None, title], warnings
        return
    (kept,) = guarded.agreements
    assert kept.title == title and kept.established_entities == [body], warnings
    assert [p.name for p in kept.witnesses] == ["赵文博", "林海涛"]
    assert [p.name for p in kept.signatories] == ["王立群", "陈嘉树"]
