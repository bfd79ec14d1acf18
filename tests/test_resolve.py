"""The documents pass: merging its answer, and the second call end to end."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import itertools

import pytest
from conftest import ARTICLE, GOOD_ANSWER

from coopllm import extract
from coopllm.errors import RequestRejectedError
from coopllm.extraction import Extractor
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.parties import party_kind_for
from coopllm.resolve import (
    SignedDocument,
    SignedDocuments,
    agreement_type_for,
    merge_documents,
    settle_types,
    signing_sentences,
)
from coopllm.schema import (
    Agreement,
    AgreementType,
    Article,
    ExtractionDraft,
    Party,
    PartyKind,
    Signatory,
    within_bounds,
)
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion, error_body

TEXT = """Lakeview University and Orion Tools Sign Three Agreements
Updated: 2023-06-02

On June 1, Lakeview University and Orion Tools Co., Ltd. put their names to three
documents: a strategic cooperation framework agreement, a co-building agreement for the
Lakeview-Orion Cutting Tools Lab, and a contract for horizontal research projects. Vice
President Hana Ode signed for the university. Back in 2015 the pair had signed a
cooperation memorandum. Professor Ivo Renn attended the ceremony.
"""


def _merged(
    draft: ExtractionDraft,
    documents: SignedDocuments,
    checker: Checker,
    published: dt.date | None = None,
) -> ExtractionDraft:
    """``merge_documents`` with the page's date (the draft's when None), no note expected,
    and the types settled, as a chunk's draft is."""
    notes: list[str] = []
    merged = merge_documents(draft, documents, checker, published=published, notes=notes)
    assert notes == []
    return settle_types(merged, checker)


def _draft() -> ExtractionDraft:
    return ExtractionDraft.model_validate(
        {
            "article": {"title": None, "published": "2023-06-02", "language": "en"},
            "agreements": [
                {
                    "title": "strategic cooperation framework agreement",
                    "agreement_type": "framework_agreement",
                    "date_text": "On June 1",
                    "parties": [{"name": "Lakeview University"}, {"name": "Orion Tools Co., Ltd."}],
                    "signatories": [],
                    "witnesses": [{"name": "Hana Ode", "title": "Vice President"}],
                }
            ],
        }
    )


def _agreement(title: str, *signers: str) -> Agreement:
    """The draft's agreement under ``title``, signed by ``signers``; with none, nameless and
    unwitnessed: the model's agreement the rules ask about."""
    people = [Signatory(name=name) for name in signers]
    update = {"title": title, "signatories": people}
    return (
        _draft().agreements[0].model_copy(update=update if signers else {**update, "witnesses": []})
    )


def _titles_kept(text: str, *agreements: Agreement) -> tuple[list[str], list[str]]:
    """The titles ``merge_documents`` keeps of ``agreements`` in ``text`` with no document
    of the documents pass and no page date, and its notes."""
    draft = _draft().model_copy(update={"agreements": list(agreements)})
    notes: list[str] = []
    checker = Checker(SourceIndex(text))
    merged = merge_documents(draft, SignedDocuments(), checker, published=None, notes=notes)
    return [a.title for a in merged.agreements], notes


def _docs(*docs: tuple[str, list[str]]) -> SignedDocuments:
    return SignedDocuments(documents=[SignedDocument(title=t, signers=s) for t, s in docs])


def test_types_follow_the_spec_rules() -> None:
    assert agreement_type_for("cooperation memorandum") is AgreementType.MEMORANDUM_OF_UNDERSTANDING
    assert agreement_type_for("strategic cooperation framework agreement") is (
        AgreementType.STRATEGIC_COOPERATION
    )
    assert agreement_type_for("joint agreement on the construction of a joint R&D base") is (
        AgreementType.JOINT_ESTABLISHMENT
    )
    assert agreement_type_for("framework agreement") is AgreementType.FRAMEWORK_AGREEMENT
    assert agreement_type_for("agreement on horizontal research projects") is (
        AgreementType.PROJECT_AGREEMENT
    )
    assert agreement_type_for("共建研究院合作协议") is AgreementType.JOINT_ESTABLISHMENT
    assert agreement_type_for("the deal") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Agreement on Jointly Building the Smart Grid Research Institute",
         AgreementType.JOINT_ESTABLISHMENT),
        ("agreement on setting up a joint laboratory", AgreementType.JOINT_ESTABLISHMENT),
        ("关于联合建设智能制造中心的协议", AgreementType.JOINT_ESTABLISHMENT),
        ("设立联合实验室协议", AgreementType.JOINT_ESTABLISHMENT),
        ("agreement on building a new campus road", AgreementType.COOPERATION_AGREEMENT),
        ("Agreement on building a partnership based on mutual benefit",
         AgreementType.COOPERATION_AGREEMENT),
        ("关于合作建设智慧城市的框架协议", AgreementType.FRAMEWORK_AGREEMENT),
        ("设立奖学金协议", AgreementType.COOPERATION_AGREEMENT),
        ("产学研项目合作建设协议", AgreementType.PROJECT_AGREEMENT),
        ("共建现代产业学院合作协议", AgreementType.JOINT_ESTABLISHMENT),
        # 共建 without a body founded: a shared initiative.
        ("共建“一带一路”合作协议", AgreementType.COOPERATION_AGREEMENT),
        # Words that hold "memo" are no memorandum.
        ("Memorial Hall Renovation Agreement", AgreementType.COOPERATION_AGREEMENT),
        ("memoranda of understanding", AgreementType.MEMORANDUM_OF_UNDERSTANDING),
        ("memorandum_of_understanding", AgreementType.MEMORANDUM_OF_UNDERSTANDING),  # a type
        ("MoUs on talent training", AgreementType.MEMORANDUM_OF_UNDERSTANDING),
        ("共建智慧校园合作协议", AgreementType.COOPERATION_AGREEMENT),  # a campus: no body
        ("技术开发合同", AgreementType.PROJECT_AGREEMENT),
        ("Technology Development Contract", AgreementType.PROJECT_AGREEMENT),
        ("关于设立甲大学经济学院奖学金的协议", AgreementType.COOPERATION_AGREEMENT),
        ("Cooperation Agreement between the Ridgeport Foundation and Hillcrest Institute",
         AgreementType.COOPERATION_AGREEMENT),
        # The body named before the co-building; a joint body's own agreement.
        ("联合实验室共建协议", AgreementType.JOINT_ESTABLISHMENT),
        ("实习基地共建协议", AgreementType.JOINT_ESTABLISHMENT),
        ("关于共同建设智能制造研究院的协议", AgreementType.JOINT_ESTABLISHMENT),
        ("Joint Laboratory Agreement", AgreementType.JOINT_ESTABLISHMENT),
        ("Joint Research Center Cooperation Agreement", AgreementType.JOINT_ESTABLISHMENT),
        ("Joint Training Agreement", AgreementType.COOPERATION_AGREEMENT),
        ("Technical Service Contract for Tool Testing", AgreementType.PROJECT_AGREEMENT),
        # A body's word far on, past a partnership: no body founded.
        ("Agreement on Building a Long-term Partnership for Platform Economy Talent",
         AgreementType.COOPERATION_AGREEMENT),
        # Traditional characters, read as Simplified ones.
        ("戰略合作框架協議", AgreementType.STRATEGIC_COOPERATION),
        ("技術開發合同", AgreementType.PROJECT_AGREEMENT),
        ("合作備忘錄", AgreementType.MEMORANDUM_OF_UNDERSTANDING),
        ("共建智慧醫療聯合實驗室協議", AgreementType.JOINT_ESTABLISHMENT),
        ("產學合作協議", AgreementType.COOPERATION_AGREEMENT),
        # Words of a second audit's finds: 協定, 合約, accords and pacts are agreements; a
        # contract to build a centre is a project.
        ("學術交流合作協定", AgreementType.COOPERATION_AGREEMENT),
        ("产学合作合约", AgreementType.COOPERATION_AGREEMENT),
        ("Green Shipping Pact", AgreementType.COOPERATION_AGREEMENT),
        ("数据中心建设项目合同", AgreementType.PROJECT_AGREEMENT),
        ("智慧城市平台建设项目合同", AgreementType.PROJECT_AGREEMENT),
        ("基地建设工程合作协议", AgreementType.PROJECT_AGREEMENT),
        ("实验室共建合同", AgreementType.JOINT_ESTABLISHMENT),  # co-building stays joint
    ],
)  # fmt: skip
def test_founding_or_co_building_a_named_body_is_a_joint_establishment(
    title: str, expected: AgreementType
) -> None:
    assert agreement_type_for(title) is expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harbin Institute of Technology", PartyKind.UNIVERSITY),
        ("Harbin Institute of Technology (Shenzhen)", PartyKind.UNIVERSITY),
        ("Zhejiang University of Technology College of Mechanical Engineering",
         PartyKind.UNIVERSITY),
        ("Shenzhen Municipal Investment Group Co., Ltd.", PartyKind.COMPANY),
        ("China National Nuclear Corporation", PartyKind.COMPANY),
        ("杭州市城市建设投资集团有限公司", PartyKind.COMPANY),
        ("Ridgeport Municipal People's Government", PartyKind.GOVERNMENT),
        ("Department of International Co-operation, Ministry of Education",
         PartyKind.GOVERNMENT),
        ("Municipal Corporation of Greater Mumbai", PartyKind.GOVERNMENT),
        ("Bluefin Marine Co", PartyKind.COMPANY),
        ("浙江省科学技术厅", PartyKind.GOVERNMENT),
        ("Institute of Computing Technology", PartyKind.RESEARCH_INSTITUTE),
        ("中国科学院合肥物质科学研究院", PartyKind.RESEARCH_INSTITUTE),
        ("Bluefin Marine", PartyKind.OTHER),
        ("Zhejiang University Holding Group Co., Ltd.", PartyKind.COMPANY),
        ("浙江大学控股集团有限公司", PartyKind.COMPANY),
        ("Administrative Committee of Ridgeport High-tech Zone", PartyKind.GOVERNMENT),
        ("Hefei University Town Management Committee", PartyKind.GOVERNMENT),
        ("合肥大学城管委会", PartyKind.GOVERNMENT),
        ("教育部", PartyKind.GOVERNMENT),
        ("合肥市发改委", PartyKind.GOVERNMENT),
        ("滨海青年创业俱乐部", PartyKind.OTHER),
        ("Hillcrest University Management Committee", PartyKind.UNIVERSITY),
        ("Bank of China", PartyKind.COMPANY),
        ("中国建设银行杭州分行", PartyKind.COMPANY),
        ("People's Bank of China", PartyKind.GOVERNMENT),
        ("Hangzhou Municipal Transportation Group", PartyKind.COMPANY),
        # Traditional characters, read as Simplified ones.
        ("清華大學", PartyKind.UNIVERSITY),
        ("港灣海運集團", PartyKind.COMPANY),
        ("中國建設銀行", PartyKind.COMPANY),
        ("新竹縣政府教育處", PartyKind.GOVERNMENT),
        # A curly apostrophe, a lab (a second audit's).
        ("People’s Bank of China", PartyKind.GOVERNMENT),
        ("Zhejiang Lab", PartyKind.RESEARCH_INSTITUTE),
        ("之江实验室", PartyKind.RESEARCH_INSTITUTE),
        # A township governs itself; a word that ends in 镇 alone names none.
        ("柳塘镇", PartyKind.GOVERNMENT),
        ("石门乡", PartyKind.GOVERNMENT),
        ("城镇", PartyKind.OTHER),
        # A town's brand or a landscape, a phrase (a review's finds).
        ("梦想小镇", PartyKind.OTHER),
        ("西塘古镇", PartyKind.OTHER),
        ("江南水乡", PartyKind.OTHER),
        ("相关乡镇", PartyKind.OTHER),
    ],
)  # fmt: skip
def test_a_party_added_by_the_documents_pass_gets_its_kind_from_its_name(
    name: str, kind: PartyKind
) -> None:
    assert party_kind_for(name) is kind


def test_documents_add_agreements_and_signers() -> None:
    checker = Checker(SourceIndex(TEXT))
    merged = _merged(
        _draft(),
        _docs(
            ("strategic cooperation framework agreement", ["Hana Ode", "Ivo Renn"]),
            ("co-building agreement for the Lakeview-Orion Cutting Tools Lab", []),
            ("contract for horizontal research projects", []),
            ("cooperation memorandum", []),  # dated 2015: background, not this event
            ("Orion Tools Co., Ltd.", []),  # not a document
            ("secret side letter", []),  # not in the article
        ),
        checker,
    )
    titles = [a.title for a in merged.agreements]
    assert titles == [
        "strategic cooperation framework agreement",
        "co-building agreement for the Lakeview-Orion Cutting Tools Lab",
        "contract for horizontal research projects",
    ]
    first, second, third = merged.agreements
    assert first.agreement_type is AgreementType.STRATEGIC_COOPERATION
    assert second.agreement_type is AgreementType.JOINT_ESTABLISHMENT
    assert third.agreement_type is AgreementType.PROJECT_AGREEMENT
    # Only the person the text says signed; the model's title for her is kept.
    assert [(p.name, p.title) for p in first.signatories] == [("Hana Ode", "Vice President")]
    # New documents share the event's date and parties.
    assert second.date_text == "On June 1" and [p.name for p in second.parties] == [
        "Lakeview University",
        "Orion Tools Co., Ltd.",
    ]


_TRADITIONAL = """港灣大學與藍鰭科技簽署兩份協議
發佈時間：2024年5月20日

5月16日，港灣大學副校長林濤與藍鰭科技總經理周博簽署《戰略合作框架協議》和《技術開發合同》。市長吳芳出席簽約儀式。
"""
"""Our own article in Traditional characters."""


def test_documents_in_traditional_characters_are_merged_as_written() -> None:
    """The documents pass reads 協議, 合同 and 簽署 as 协议, 合同 and 签署: its documents
    are added under their titles as written, each typed by its title, with its signers."""
    draft = ExtractionDraft.model_validate({
        "article": {"published": "2024-05-20", "language": "zh"},
        "agreements": [{"date_text": "5月16日",
                        "parties": [{"name": "港灣大學"}, {"name": "藍鰭科技"}]}],
    })  # fmt: skip
    documents = _docs(("戰略合作框架協議", ["林濤", "周博", "吳芳"]), ("技術開發合同", []))
    merged = _merged(draft, documents, Checker(SourceIndex(_TRADITIONAL)))
    assert [(a.title, a.agreement_type) for a in merged.agreements] == [
        ("戰略合作框架協議", AgreementType.STRATEGIC_COOPERATION),
        ("技術開發合同", AgreementType.PROJECT_AGREEMENT),
    ]
    assert [p.name for p in merged.agreements[0].signatories] == ["林濤", "周博"]


def test_the_documents_question_gets_the_signing_sentences_of_a_traditional_article() -> None:
    assert signing_sentences(_TRADITIONAL) == (
        "港灣大學與藍鰭科技簽署兩份協議\n發佈時間：2024年5月20日\n5月16日，港灣大學副校長林濤與藍鰭科技總經理周博簽署"
        "《戰略合作框架協議》和《技術開發合同》。\n市長吳芳出席簽約儀式。"
    )


def test_a_document_signed_in_a_sentence_that_recalls_an_older_one_is_reported() -> None:
    text = (
        "Building on the strategic cooperation agreement signed in 2018, Lakeview University "
        "and Orion Tools signed a Joint Lab Construction Agreement on June 1. In 2016, the "
        "two had signed a cooperation memorandum."
    )
    merged = _merged(
        _draft(),
        _docs(
            ("strategic cooperation agreement", []),
            ("Joint Lab Construction Agreement", []),
            ("cooperation memorandum", []),
        ),
        Checker(SourceIndex(text)),
    )
    assert [a.title for a in merged.agreements] == [
        "strategic cooperation framework agreement",
        "Joint Lab Construction Agreement",
    ]


def test_an_untitled_agreement_takes_the_title_of_its_document() -> None:
    text = "On June 1, Lakeview University signed a Talent Cultivation Agreement with Orion."
    draft = _draft()
    draft.agreements[0] = draft.agreements[0].model_copy(
        update={"title": None, "agreement_type": AgreementType.COOPERATION_AGREEMENT}
    )
    merged = _merged(draft, _docs(("Talent Cultivation Agreement", [])), Checker(SourceIndex(text)))
    assert [a.title for a in merged.agreements] == ["Talent Cultivation Agreement"]


def test_two_written_titles_of_one_type_are_two_documents() -> None:
    text = "6月1日，双方签署了《涂层材料技术开发合同》和《刀具检测技术服务合同》。"
    draft = _draft()
    draft.agreements[0] = draft.agreements[0].model_copy(
        update={"title": "涂层材料技术开发合同", "agreement_type": AgreementType.PROJECT_AGREEMENT}
    )
    merged = _merged(
        draft,
        _docs(("涂层材料技术开发合同", []), ("刀具检测技术服务合同", [])),
        Checker(SourceIndex(text)),
    )
    assert [a.title for a in merged.agreements] == ["涂层材料技术开发合同", "刀具检测技术服务合同"]


def test_a_document_named_in_other_words_is_the_same_agreement() -> None:
    text = (
        "On June 1, the two signed a strategic cooperation agreement. Under the strategic "
        "cooperation agreement between the university and the company, they will train staff."
    )
    draft = _draft()
    draft.agreements[0] = draft.agreements[0].model_copy(
        update={"title": "strategic cooperation agreement"}
    )
    merged = _merged(
        draft,
        _docs(("strategic cooperation agreement between the university and the company", [])),
        Checker(SourceIndex(text)),
    )
    assert [a.title for a in merged.agreements] == ["strategic cooperation agreement"]


def _signed(title: str, parties: list[str]) -> SignedDocuments:
    return SignedDocuments(documents=[SignedDocument(title=title, parties=parties)])


_TWO_DEALS = (
    "On June 1, Lakeview University signed a Cooperation Agreement with Eastport Bank and a "
    "Talent Training Cooperation Agreement with Orion Tools Co., Ltd."
)


def _with_parties(title: str, *parties: str) -> ExtractionDraft:
    draft = _draft()
    agreement = draft.agreements[0].model_copy(
        update={"title": title, "agreement_type": AgreementType.COOPERATION_AGREEMENT,
                "parties": [Party(name=name) for name in parties]}
    )  # fmt: skip
    return draft.model_copy(update={"agreements": [agreement]})


def test_a_document_of_other_parties_is_another_agreement_with_its_own_parties() -> None:
    """A generic title reads as part of a longer one; the parties tell them apart, and
    the new agreement does not take the first one's partner."""
    draft = _with_parties("Cooperation Agreement", "Lakeview University", "Eastport Bank")
    documents = _signed("Talent Training Cooperation Agreement", ["Lakeview University",
                                                                  "Orion Tools"])  # fmt: skip
    merged = _merged(draft, documents, Checker(SourceIndex(_TWO_DEALS)))
    assert [(a.title, [p.name for p in a.parties]) for a in merged.agreements] == [
        ("Cooperation Agreement", ["Lakeview University", "Eastport Bank"]),
        ("Talent Training Cooperation Agreement", ["Lakeview University", "Orion Tools"]),
    ]


def test_a_document_naming_a_party_by_a_short_form_is_the_same_agreement() -> None:
    draft = _with_parties("Talent Training Cooperation Agreement", "Lakeview University",
                          "Orion Tools Co., Ltd.")  # fmt: skip
    documents = _signed("Cooperation Agreement", ["Lakeview University", "Orion Tools"])
    merged = _merged(draft, documents, Checker(SourceIndex(_TWO_DEALS)))
    assert [(a.title, [p.name for p in a.parties]) for a in merged.agreements] == [
        ("Talent Training Cooperation Agreement", ["Lakeview University", "Orion Tools Co., Ltd."])
    ]


def test_a_chinese_party_named_without_its_legal_form_is_not_added_again() -> None:
    """有限责任公司 was stripped as no legal form, and a Traditional one not at all."""
    text = "6月1日，湖畔大学与北風科技有限責任公司签署合作协议；北風科技将派工程师驻校。"
    draft = _with_parties("合作协议", "湖畔大学", "北風科技有限責任公司")
    merged = _merged(
        draft, _signed("合作协议", ["湖畔大学", "北風科技"]), Checker(SourceIndex(text))
    )
    assert [p.name for p in merged.agreements[0].parties] == ["湖畔大学", "北風科技有限責任公司"]


def test_an_older_document_is_background_by_the_pages_date_when_the_model_gave_none() -> None:
    text = (
        "On June 1, Lakeview University and Orion Tools signed a strategic cooperation "
        "framework agreement. In 2018, the two had signed a memorandum of understanding."
    )
    draft = _draft()
    draft = draft.model_copy(
        update={"article": draft.article.model_copy(update={"published": None})}
    )
    documents = _docs(("memorandum of understanding", []))
    page = _merged(draft, documents, Checker(SourceIndex(text)), published=dt.date(2023, 6, 2))
    assert [a.title for a in page.agreements] == ["strategic cooperation framework agreement"]
    undated = _merged(draft, documents, Checker(SourceIndex(text)))
    assert len(undated.agreements) == 2, "with no date at all, nothing is background"


@pytest.mark.parametrize(
    ("head", "kept"),
    [
        ("LEEDS, 2 June 2023 — ", ["strategic cooperation framework agreement"]),
        ("", ["strategic cooperation framework agreement", "cooperation memorandum"]),
    ],
)
def test_an_agreement_the_model_gave_that_the_article_dates_years_before_is_dropped(
    head: str, kept: list[str]
) -> None:
    """The blind5 f01's: the model gave the background's memorandum as a second agreement
    of the day. Dropped by the page's date, or the release's dateline where the model gave
    none, and said; with no date at all, nothing is background."""
    draft = _draft()
    background = draft.agreements[0].model_copy(update={"title": "cooperation memorandum"})
    undated = draft.article.model_copy(update={"published": None})
    draft = draft.model_copy(
        update={"article": undated, "agreements": [*draft.agreements, background]}
    )
    notes: list[str] = []
    checker = Checker(SourceIndex(head + TEXT.split("\n", 2)[2]))
    merged = merge_documents(draft, SignedDocuments(), checker, published=None, notes=notes)
    assert [a.title for a in merged.agreements] == kept
    dropped = (
        "dropped agreement 'cooperation memorandum': the article names it only as an earlier one"
    )
    assert notes == ([dropped] if head else [])


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        # The blind5 f02's: the venue copied into the title with a word of it changed.
        ("contract for horizontal research projects between the two at Lake Hall",
         "contract for horizontal research projects"),
        # The longest start the article writes that still names a document.
        ("co-building agreement for the Lakeview-Orion Cutting Tools Lab with Orion",
         "co-building agreement for the Lakeview-Orion Cutting Tools Lab"),
    ],
)  # fmt: skip
def test_a_documents_title_the_article_does_not_write_is_cut_to_the_start_it_does(
    given: str, kept: str
) -> None:
    merged = _merged(_draft(), _docs((given, [])), Checker(SourceIndex(TEXT)))
    assert [a.title for a in merged.agreements][1:] == [kept]


def test_a_record_never_passes_its_schemas_bounds() -> None:
    """Merged passes may hold more than an answer may (eight parties and two more from
    the documents pass): the record keeps the first, says what it dropped, validates."""
    names = [f"Member {n} Co., Ltd." for n in range(1, 11)]
    agreement = _with_parties("cooperation agreement", *names).agreements[0]
    bounded, cut = within_bounds(agreement)
    assert [p.name for p in bounded.parties] == names[:8]
    assert cut == [f"dropped {name!r}: an agreement holds at most 8 parties" for name in names[8:]]
    Agreement.model_validate(bounded.model_dump())
    assert within_bounds(bounded) == (bounded, [])


def test_a_document_past_the_bound_on_agreements_is_left_out_and_said() -> None:
    titles = ["Talent Training Agreement", "Strategic Cooperation Agreement", "Framework Agreement",
              "Memorandum of Understanding", "Technology Development Contract",
              "Agreement on Jointly Building the Smart Grid Research Institute",
              "Letter of Intent"]  # fmt: skip
    text = f"On June 1, Lakeview University signed {', '.join(titles)} with Orion Tools."
    notes: list[str] = []
    documents = SignedDocuments(documents=[SignedDocument(title=t) for t in titles[1:]])
    merged = merge_documents(_with_parties(titles[0]), documents, Checker(SourceIndex(text)),
                             published=None, notes=notes)  # fmt: skip
    assert [a.title for a in merged.agreements] == titles[:6]
    assert notes == ["documents pass: 'Letter of Intent' left out: a record holds at most 6 "
                     "agreements"]  # fmt: skip


@pytest.mark.parametrize("year", ["2015", "２０１５"])
def test_a_document_dated_years_before_is_background_in_any_digits(year: str) -> None:
    """Chinese news often writes years in full-width digits."""
    checker = Checker(SourceIndex(TEXT.replace("Back in 2015", f"Back in {year}")))
    merged = _merged(_draft(), _docs(("cooperation memorandum", [])), checker)
    assert [a.title for a in merged.agreements] == ["strategic cooperation framework agreement"]


@pytest.mark.parametrize(
    ("title", "model_type", "entities", "expected"),
    [
        # The content founds a named body: the spec's joint establishment, whatever the
        # title's generic words say; without such a body the title's type.
        ("cooperation agreement", "joint_establishment", ["Lakeview-Orion Cutting Tools Lab"],
         "joint_establishment"),
        ("strategic cooperation framework agreement", "framework_agreement", [],
         "strategic_cooperation"),
        ("cooperation agreement", "joint_establishment", [], "cooperation_agreement"),
        ("contract for horizontal research projects", "joint_establishment",
         ["Lakeview-Orion Cutting Tools Lab"], "joint_establishment"),
        ("cooperation agreement", "project_agreement", [], "project_agreement"),
        # A title's MoU or strategic stands.
        ("cooperation memorandum", "joint_establishment", ["Lakeview-Orion Cutting Tools Lab"],
         "memorandum_of_understanding"),
    ],
)  # fmt: skip
def test_the_type_is_the_titles_unless_the_content_says_more(
    title: str, model_type: str, entities: list[str], expected: str
) -> None:
    text = TEXT.replace("a strategic cooperation framework agreement", f"a {title}")
    draft = _draft()
    agreement = draft.agreements[0].model_copy(
        update={"title": title, "agreement_type": AgreementType(model_type),
                "established_entities": entities}
    )  # fmt: skip
    draft = draft.model_copy(update={"agreements": [agreement]})
    merged = _merged(draft, _docs(), Checker(SourceIndex(text)))
    assert merged.agreements[0].agreement_type is AgreementType(expected)


def test_second_call_runs_and_its_failure_only_warns(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    def by_tool(body: dict[str, object]) -> Reply:
        tool = body["tool_choice"]["function"]["name"]  # type: ignore[index]
        if tool == "SignedDocuments":
            answer = {"documents": [{"title": "cooperation agreement", "signers": ["Mara Quill"]}]}
            return Reply(completion(answer, tool_name=tool))
        return Reply(completion(copy.deepcopy(GOOD_ANSWER)))

    server.fallback = by_tool
    record = extract(ARTICLE, source="a", settings=settings.merged(documents_pass=True))
    assert len(server.requests) == 2 and record.usage.requests == 2
    assert record.agreements[0].date_signed == dt.date(2024, 5, 16)

    def broken_documents(body: dict[str, object]) -> Reply:
        tool = body["tool_choice"]["function"]["name"]  # type: ignore[index]
        if tool == "SignedDocuments":
            return Reply(completion({"documents": "nope"}, tool_name="X"))
        return Reply(completion(copy.deepcopy(GOOD_ANSWER)))

    server.fallback = broken_documents
    broken = extract(
        ARTICLE, source="b", settings=settings.merged(documents_pass=True, use_cache=False)
    )
    assert broken.agreements and broken.warnings[0].startswith("documents pass skipped")


def _by_tool(body: dict[str, object]) -> Reply:
    tool = body["tool_choice"]["function"]["name"]  # type: ignore[index]
    if tool == "SignedDocuments":
        return Reply(completion({"documents": []}, tool_name=tool))
    return Reply(completion(copy.deepcopy(GOOD_ANSWER)))


def test_the_two_passes_are_in_flight_together(settings: Settings) -> None:
    with FakeOpenAIServer(fallback=_by_tool, latency=1.0) as slow:
        extract(
            ARTICLE,
            source="a",
            settings=settings.merged(base_url=slow.base_url, documents_pass=True),
        )
    first, second = slow.request_times
    assert second - first < 0.5  # the second request did not wait for the first answer


async def _extract_locally(settings: Settings) -> None:
    """One article, both passes, as the local backend sends them to ``settings``'s server:
    an Extractor of its own (extract() would start the managed server)."""
    extractor = Extractor(settings.merged(documents_pass=True, backend="local"))
    try:
        assert (await extractor.extract(ARTICLE, source="a")).agreements
    finally:
        await extractor.aclose()


def test_the_managed_local_server_is_sent_one_request_at_a_time(settings: Settings) -> None:
    """It computes one completion at a time: a second request sent beside the first
    would wait there, its timeout running, so it waits in the client for its turn."""

    with FakeOpenAIServer(fallback=_by_tool, latency=1.0) as slow:
        asyncio.run(_extract_locally(settings.merged(base_url=slow.base_url)))
    first, second = slow.request_times
    assert second - first >= 1.0  # sent once the first was answered


def test_a_request_that_waited_its_turn_at_the_local_server_still_has_its_retries(
    settings: Settings,
) -> None:
    """A review's find: the retry policy's time (``max_retry_seconds``) counted the wait
    for the turn, so the second pass, queued behind the first's second, failed on its
    first fault with no retry left."""
    answered = itertools.count()

    def second_fails_once(body: dict[str, object]) -> Reply:
        if next(answered) == 1:
            return Reply(error_body(500, "overloaded"), 500)
        return _by_tool(body)

    with FakeOpenAIServer(fallback=second_fails_once, latency=1.0) as slow:
        local = settings.merged(base_url=slow.base_url, max_retry_seconds=1.6)
        asyncio.run(_extract_locally(local))
    assert len(slow.request_times) == 3  # the fault's request was sent again


@pytest.mark.parametrize("failing", ["GuardedDraft", "SignedDocuments"])
def test_a_refused_pass_fails_the_article_with_its_typed_error(
    server: FakeOpenAIServer, settings: Settings, failing: str
) -> None:
    def refuse_one(body: dict[str, object]) -> Reply:
        tool = body["tool_choice"]["function"]["name"]  # type: ignore[index]
        if tool == failing:
            return Reply(error_body(400, "bad request"), 400)
        if tool == "SignedDocuments":
            return Reply(completion({"documents": []}, tool_name=tool))
        return Reply(completion(copy.deepcopy(GOOD_ANSWER)))

    server.fallback = refuse_one
    with pytest.raises(RequestRejectedError, match="HTTP 400"):
        extract(ARTICLE, source="a", settings=settings.merged(documents_pass=True))


@pytest.mark.parametrize("documents_pass", [False, True])
def test_the_title_types_the_agreement_with_the_documents_pass_off_or_failing(
    server: FakeOpenAIServer, settings: Settings, documents_pass: bool
) -> None:
    """The spec's title rules were applied only where the documents pass gave a valid
    answer: with the pass off (or invalid every time), the model's type stood."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["agreement_type"] = "memorandum_of_understanding"  # type: ignore[index]

    def reply(body: dict[str, object]) -> Reply:
        asked = body["tool_choice"]["function"]["name"]  # type: ignore[index]
        if asked == "SignedDocuments":  # never valid: the pass gives nothing
            return Reply(completion({"documents": "none"}, tool_name="SignedDocuments"))
        return Reply(completion(answer))

    server.fallback = reply
    record = extract(
        ARTICLE, source="a", settings=settings.model_copy(update={"documents_pass": documents_pass})
    )
    assert record.agreements[0].title == "cooperation agreement"
    assert record.agreements[0].agreement_type is AgreementType.COOPERATION_AGREEMENT


def test_a_short_form_bracketed_after_a_party_is_its_alias_not_another_party() -> None:
    """The documents pass lists "HIT"; the article writes it in brackets after the
    university's name: a third party "HIT" was added (in Traditional characters too)."""
    for text, names, short in [
        ("On May 2, Harbin Institute of Technology (HIT) and Orion Tools Co., Ltd. signed "
         "a cooperation agreement.", ["Harbin Institute of Technology", "Orion Tools Co., Ltd."],
         "HIT"),
        ("5月2日，哈爾濱工業大學（以下簡稱「哈工大」）與甲公司簽署合作協議。",
         ["哈爾濱工業大學", "甲公司"], "哈工大"),
        # A name with dots, which the guard's rules read as spaces (a review's find).
        ('On May 2, Tata Elxsi Pvt. Ltd. (hereinafter "TEPL") and Orion Tools Co., Ltd. '
         "signed a cooperation agreement.", ["Tata Elxsi Pvt. Ltd.", "Orion Tools Co., Ltd."],
         "TEPL"),
    ]:  # fmt: skip
        title = "cooperation agreement" if "May" in text else "合作協議"
        draft = ExtractionDraft(
            article=Article(),
            agreements=[Agreement(title=title, parties=[Party(name=n) for n in names])],
        )
        documents = SignedDocuments(
            documents=[SignedDocument(title=title, parties=[short, names[1]])]
        )
        merged = _merged(draft, documents, Checker(SourceIndex(text)))
        assert [(p.name, p.aliases) for p in merged.agreements[0].parties] == [
            (names[0], [short]),
            (names[1], []),
        ]


@pytest.mark.parametrize("founded", [True, False])
def test_a_joint_establishment_needs_a_body_the_article_says_is_founded(founded: bool) -> None:
    """The model's joint type with a title that says only "agreement": it stood where its
    entity was the venue, which the guard then dropped."""
    text = (
        "On May 2, Lakeview University and Orion Tools signed a cooperation agreement at "
        "the Ridgeport Innovation Center."
        + (" The two will jointly build the Ridgeport Innovation Center." if founded else "")
    )
    agreement = Agreement(
        title="cooperation agreement",
        agreement_type=AgreementType.JOINT_ESTABLISHMENT,
        established_entities=["Ridgeport Innovation Center"],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    typed = settle_types(draft, Checker(SourceIndex(text))).agreements[0].agreement_type
    expected = AgreementType.JOINT_ESTABLISHMENT if founded else AgreementType.COOPERATION_AGREEMENT
    assert typed is expected


def test_a_short_form_is_only_what_the_brackets_hold_alone() -> None:
    """ "(with Orion Tools)" names another party: Orion Tools stays one (a review's find)."""
    text = "On May 2, Lakeview University (with Orion Tools) and Corvan Metals signed an MoU."
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(
                title="MoU",
                parties=[Party(name="Lakeview University"), Party(name="Corvan Metals")],
            )
        ],
    )
    documents = SignedDocuments(documents=[SignedDocument(title="MoU", parties=["Orion Tools"])])
    merged = _merged(draft, documents, Checker(SourceIndex(text)))
    assert [(p.name, p.aliases) for p in merged.agreements[0].parties] == [
        ("Lakeview University", []),
        ("Corvan Metals", []),
        ("Orion Tools", []),
    ]


@pytest.mark.parametrize(
    ("title", "kept"),
    [("產學合作協定", True), ("人才培育合約", True), ("Memo of Understanding", True),
     ("符合约定", False)],
)  # fmt: skip
def test_the_documents_pass_takes_a_document_by_its_words(title: str, kept: bool) -> None:
    """協定 and 合约 name documents (an agreement was lost with them: a second audit's
    find); 符合约定 ("as agreed") names none."""
    text = f"5月2日，甲大學與乙公司簽署了《{title}》。"
    draft = ExtractionDraft(
        article=Article(),
        agreements=[Agreement(title="框架協議", parties=[Party(name="甲大學")])],
    )
    documents = SignedDocuments(documents=[SignedDocument(title=title, parties=["乙公司"])])
    merged = _merged(draft, documents, Checker(SourceIndex(text)))
    assert [a.title for a in merged.agreements] == ["框架協議", *([title] if kept else [])]


@pytest.mark.parametrize(
    "text",
    [
        # A review's finds: a year of the sentence that is not the agreement's own, a
        # renewal of an earlier agreement.
        "Lakeview University and Orion Tools signed a strategic cooperation framework "
        "agreement on 1 June. Lakeview, which has worked with Orion since 2015, also signed "
        "a cooperation memorandum with the company.",
        "甲大学与乙公司签署strategic cooperation framework agreement，并续签了2019年签署的"
        "cooperation memorandum。",
    ],
)
def test_an_agreement_of_the_news_is_not_dropped_for_another_clauses_year(text: str) -> None:
    draft = _draft()
    second = draft.agreements[0].model_copy(update={"title": "cooperation memorandum"})
    draft = draft.model_copy(update={"agreements": [*draft.agreements, second]})
    notes: list[str] = []
    checker = Checker(SourceIndex(text))
    merged = merge_documents(
        draft, SignedDocuments(), checker, published=dt.date(2023, 6, 2), notes=notes
    )
    assert len(merged.agreements) == 2, notes


_TO_COME_TEXT = (
    "On June 1, Lakeview University and Orion Tools signed a research contract. Vice "
    "President Hana Ode signed for the university. The two said they expect to sign a "
    "second agreement, covering doctoral training, next spring; it is still being "
    "negotiated. 双方拟于明年签署人才培养协议。 They also agreed to sign a field trial "
    "agreement once the trial plan is approved."
)


@pytest.mark.parametrize("title", ["second agreement", "人才培养协议", "field trial agreement"])
def test_an_agreement_still_to_be_signed_is_no_record(title: str) -> None:
    """The blind7 h02's "they expect to sign a second agreement … in the spring" (and the
    blind22 w06's "agreed to sign a cooperation agreement on the trial next month"): from
    the documents pass, or given by the model with no signer, it is dropped, and said;
    the contract signed stays."""
    signed = _agreement("research contract", "Hana Ode")
    kept, notes = _titles_kept(_TO_COME_TEXT, signed, _agreement(title))
    assert kept == ["research contract"]
    assert notes == [
        f"dropped agreement {title!r}: the article names it only as one still to be signed"
    ]
    documents = SignedDocuments(documents=[SignedDocument(title=title)])
    only = _draft().model_copy(update={"agreements": [signed]})
    checker = Checker(SourceIndex(_TO_COME_TEXT))
    merged = merge_documents(only, documents, checker, published=None, notes=[])
    assert [a.title for a in merged.agreements] == ["research contract"]


def test_a_clause_that_signs_one_document_and_plans_another_keeps_both() -> None:
    """A clause that tells a signing done ("signed the MoU and will sign the lab
    agreement") drops neither of its documents."""
    text = (
        "Hana Ode signed the research contract on June 1. Lakeview and Orion signed the MoU "
        "and will sign the lab agreement later. 双方签署《框架协议》并将签署具体项目合同。"
        "甲大学与乙公司举行联合培养计划签约仪式。"
    )
    # 框架协议 is signed: 签署 (a review's find); 联合培养计划's 计划 is a title's (a second's).
    titles = ["research contract", "MoU", "lab agreement", "框架协议", "联合培养计划"]
    signed = _agreement(titles[0], "Hana Ode")
    kept, notes = _titles_kept(text, signed, *(_agreement(title) for title in titles[1:]))
    assert kept == titles
    assert notes == []


@pytest.mark.parametrize(
    ("title", "dropped"),
    [
        ("甲大学—乙公司联合实验室揭牌", True),  # the blind7 h04's
        ("Harbour Lab plaque unveiling", True),
        ("联合实验室揭牌合作协议", False),  # a document's word: a document
        ("共建研究院暨揭牌仪式", False),  # written as a document's title, in 《》
    ],
)
def test_an_unveiling_given_as_an_agreement_with_no_signer_is_no_record(
    title: str, dropped: bool
) -> None:
    text = (
        "昨天，甲大学与乙公司签署《共建联合实验室协议》，林涛与周博签约，并为“甲大学—乙公司联合"
        "实验室”揭牌。Harbour Lab plaque unveiling followed. 联合实验室揭牌合作协议同时生效。"
        "双方还签署了《共建研究院暨揭牌仪式》。"
    )
    kept, notes = _titles_kept(text, _agreement("共建联合实验室协议", "林涛"), _agreement(title))
    assert kept == (["共建联合实验室协议"] if dropped else ["共建联合实验室协议", title])
    assert bool(notes) is dropped


_RENEWAL = (
    "12月1日，甲大学与乙大学合作备忘录续签仪式在甲大学举行。2019年，两校签署了首份合作备忘录。"
    "在副厅长王一的见证下，校长林涛与副校长周博签署《甲大学与乙大学合作备忘录》。"
)


def test_a_document_whose_chinese_title_ends_in_the_agreements_is_that_agreement() -> None:
    """The blind9 j02's: the model's "合作备忘录", the documents pass's full title (its
    parties the people, with their titles): one agreement, under the full title, which
    no earlier memorandum the article recalls shares."""
    draft = _draft()
    draft.agreements[0] = draft.agreements[0].model_copy(
        update={"title": "合作备忘录", "agreement_type": AgreementType.MEMORANDUM_OF_UNDERSTANDING,
                "parties": [Party(name="甲大学"), Party(name="乙大学")],
                "signatories": [Signatory(name="林涛"), Signatory(name="王一")]}
    )  # fmt: skip
    documents = SignedDocuments(
        documents=[
            SignedDocument(title="甲大学与乙大学合作备忘录", parties=["副厅长王一", "校长林涛"],
                           signers=["林涛", "周博"])
        ]
    )  # fmt: skip
    merged = _merged(draft, documents, Checker(SourceIndex(_RENEWAL)))
    assert [a.title for a in merged.agreements] == ["甲大学与乙大学合作备忘录"]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        # A type's value given as the title is none (the blind9 j03's).
        ("cooperation_agreement", ["Joint Lab Construction Agreement"]),
        # A title the article does not write is the model's words: they stay apart.
        ("research partnership", ["research partnership", "Joint Lab Construction Agreement"]),
    ],
)
def test_a_lone_agreement_with_a_types_value_for_a_title_takes_its_document(
    given: str, kept: list[str]
) -> None:
    text = (
        "On June 1, Lakeview University and Orion Tools signed a Joint Lab Construction Agreement."
    )
    draft = _draft()
    draft.agreements[0] = draft.agreements[0].model_copy(update={"title": given})
    merged = _merged(
        draft, _docs(("Joint Lab Construction Agreement", [])), Checker(SourceIndex(text))
    )
    assert [a.title for a in merged.agreements] == kept


def test_a_short_title_two_agreements_share_is_not_replaced_by_one_documents() -> None:
    """The held-out en_h2's: the model gave its one framework agreement twice; both keep
    the title, and the guard keeps one of the two alike."""
    text = "On June 17, the two signed a Framework Agreement on Intelligent Logistics in Hangzhou."
    draft = _draft()
    twin = draft.agreements[0].model_copy(update={"title": "Framework Agreement"})
    draft = draft.model_copy(update={"agreements": [twin, twin]})
    documents = _docs(("Framework Agreement on Intelligent Logistics", []))
    merged = _merged(draft, documents, Checker(SourceIndex(text)))
    assert [a.title for a in merged.agreements] == ["Framework Agreement"] * 2


@pytest.mark.parametrize(
    ("given", "document", "titles"),
    [
        # A kind's words ending another title are no document's name (a review's find).
        ("合作协议", "共建联合实验室合作协议", ["合作协议", "共建联合实验室合作协议"]),
        # 同 of 共同 joins no parties' names.
        ("合作协议", "共同建设联合实验室合作协议", ["合作协议", "共同建设联合实验室合作协议"]),
        # A supplement's title holds the main one's: the main one keeps its own.
        (
            "框架合作协议",
            "甲大学与乙公司框架合作协议补充协议",
            ["框架合作协议", "甲大学与乙公司框架合作协议补充协议"],
        ),
    ],
)
def test_a_chinese_title_ending_another_is_its_document_only_after_the_parties_names(
    given: str, document: str, titles: list[str]
) -> None:
    text = f"6月1日，甲大学与乙公司签署{given}和《{document}》。"
    draft = _draft()
    draft.agreements[0] = draft.agreements[0].model_copy(
        update={"title": given, "parties": [Party(name="甲大学"), Party(name="乙公司")]}
    )
    merged = _merged(draft, _docs((document, [])), Checker(SourceIndex(text)))
    assert [a.title for a in merged.agreements] == titles
