"""Rules made from the sixteenth blind set: a signing done at an event takes the event's
venue; a ceremony is no agreement; a signer the model wrote as a party; a document the
documents pass adds takes its own sentence's day and venue; the one agreement's day over
a date the article does not write."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.normalize import normalize_draft
from coopllm.resolve import SignedDocument, SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, Signatory

PAGE_DATE = dt.date(2025, 6, 20)


CONGRESS = (
    "滨湖医学大会开幕　两个项目签约\n\n"
    "发布日期：2025-06-20\n\n"
    "6月18日上午，2025滨湖医学大会在滨湖国际会议中心开幕。滨湖医学院院长许文致开幕辞。\n\n"
    "开幕式上举行了合作项目集中签约仪式。滨湖市副市长林岚见证签约。\n\n"
    "项目一：滨湖医学院与安泰生物科技有限公司签署《共建药物联合实验室协议》。滨湖医学院副院长"
    "周宁与安泰生物总裁何川代表双方签约。\n\n"
    "项目二：滨湖医学院附属第二医院与柳河县人民医院签署《医联体合作协议》。附二院院长沈青与"
    "柳河县人民医院院长蒋明签约。\n"
)


def _as_the_pipeline_reads(
    text: str, given: Agreement, published: dt.date
) -> tuple[list[Agreement], list[str]]:
    """The model's one agreement normalised, then guarded, as a record is made: a
    date_text the article does not write is dropped by then, its date kept in doubt."""
    draft = ExtractionDraft(article=Article(), agreements=[given])
    checker = Checker(SourceIndex(text), published=published)
    normalized = normalize_draft(draft, text, published, checker.grounded)
    guarded, warnings = apply_guard(normalized, checker)
    return guarded.agreements, warnings


def _lab(**update: object) -> Agreement:
    agreement = Agreement(
        title="共建药物联合实验室协议",
        parties=[Party(name="滨湖医学院"), Party(name="安泰生物科技有限公司")],
        signatories=[Signatory(name="周宁"), Signatory(name="何川")],
    )
    return agreement.model_copy(update=update)


def test_a_signing_done_at_an_event_takes_the_venue_the_event_was_held_at() -> None:
    """The blind16 q03's: "开幕式上举行了…签约仪式" after "…大会在…中心开幕"."""
    checker = Checker(SourceIndex(CONGRESS), published=dt.date(2025, 6, 20))
    event = checker.signing_event()
    assert event is not None
    assert (event.venue, event.day) == ("滨湖国际会议中心", "6月18日上午")
    (agreement,), warnings = guarded(CONGRESS, PAGE_DATE, _lab(location="滨湖国际会议中心"))
    assert agreement.location == "滨湖国际会议中心", warnings


@pytest.mark.parametrize(
    "text",
    [
        # A meeting that was held there, and a signing that tells no event.
        "6月18日上午，滨湖医学大会在滨湖国际会议中心举行。次日，双方签署了合作协议。",
        # Only the headline says where the event was.
        "推介会在滨湖国际会议中心举行\n\n推介会上，双方签署了合作协议。",
    ],
)
def test_an_event_no_signing_was_done_at_is_not_the_signings(text: str) -> None:
    checker = Checker(SourceIndex(text), published=dt.date(2025, 6, 20))
    assert checker.signing_event() is None


def test_a_ceremony_given_as_an_agreement_is_the_signing_of_its_document() -> None:
    ceremony = _lab(title="合作项目集中签约仪式", witnesses=[Signatory(name="林岚")])
    agreements, warnings = guarded(CONGRESS, PAGE_DATE, ceremony, _lab())
    assert [a.title for a in agreements] == ["共建药物联合实验室协议"]
    assert [w.name for w in agreements[0].witnesses] == ["林岚"]
    assert (
        "dropped agreement '合作项目集中签约仪式': the ceremony of signing '共建药物联合实验室协议'"
        in warnings
    )


def test_a_ceremony_with_no_document_of_its_signers_beside_it_keeps_all_but_its_title() -> None:
    (agreement,), warnings = guarded(CONGRESS, PAGE_DATE, _lab(title="合作项目集中签约仪式"))
    assert agreement.title is None
    assert "dropped title '合作项目集中签约仪式': it names the ceremony" in warnings


def test_signers_the_model_wrote_as_parties_sign_for_the_bodies_the_document_names() -> None:
    """The blind16 q03's: "附二院院长沈青" and "柳河县人民医院院长蒋明" as parties."""
    given = Agreement(
        title="医联体合作协议",
        parties=[Party(name="附二院院长沈青"), Party(name="柳河县人民医院院长蒋明")],
    )
    (agreement,), warnings = guarded(CONGRESS, PAGE_DATE, given)
    # The short form's full name, as the clause that signs the title writes it.
    assert [(p.name, p.aliases) for p in agreement.parties] == [
        ("滨湖医学院附属第二医院", ["附二院"]),
        ("柳河县人民医院", []),
    ], warnings
    assert agreement.signatories == [
        Signatory(name="沈青", title="院长", organization="滨湖医学院附属第二医院"),
        Signatory(name="蒋明", title="院长", organization="柳河县人民医院"),
    ]


def test_a_party_written_as_someone_who_only_spoke_stays_a_party() -> None:
    given = Agreement(
        title="医联体合作协议",
        parties=[Party(name="滨湖医学院院长许文"), Party(name="柳河县人民医院")],
    )
    (agreement,), _ = guarded(CONGRESS, PAGE_DATE, given)
    assert all(s.name != "许文" for s in agreement.signatories)


PILOT = (
    "Rotterdam, 13 November 2025 - Alder Rail N.V. and Brenna Freight S.A. signed a "
    "Framework Agreement on Freight Corridors yesterday at Alder's headquarters in "
    "Rotterdam.\n\n"
    "On Monday, Alder Digital B.V. and Brenna Polska signed a Maintenance Pilot Agreement in "
    "Gdansk.\n\n"
    "The following day the delegation travelled to Sopot, where Alder Rail N.V. signed a "
    "Training Agreement with Brenna Freight S.A.\n"
)


def test_a_document_the_documents_pass_adds_takes_its_own_sentences_day_and_venue() -> None:
    """The blind16 q05's pilot: not the framework's "yesterday at … headquarters"; and no
    other document's day where its sentence tells another day it does not write."""
    framework = Agreement(
        title="Framework Agreement on Freight Corridors",
        date_text="yesterday",
        location="Alder's headquarters in Rotterdam",
        parties=[Party(name="Alder Rail N.V."), Party(name="Brenna Freight S.A.")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[framework])
    documents = SignedDocuments(
        documents=[
            SignedDocument(title="Maintenance Pilot Agreement", signers=[]),
            SignedDocument(title="Training Agreement", signers=[]),
        ]
    )
    checker = Checker(SourceIndex(PILOT))
    merged = merge_documents(draft, documents, checker, published=dt.date(2025, 11, 13), notes=[])
    pilot, training = merged.agreements[1:]
    assert (pilot.date_text, pilot.location) == ("On Monday", "Gdansk")
    assert training.date_text is None


def test_the_one_agreement_takes_its_signings_day_over_a_date_the_article_does_not_write() -> None:
    """The blind16 q06's: the model's "on the morning of September 2", not in the article,
    beside "last Thursday signed"."""
    text = (
        "The Lakeside Port Authority and Eastvale University last Thursday signed a "
        "Collaboration Agreement on Autonomy Research."
    )
    given = Agreement(
        date_text="on the morning of September 2",
        parties=[Party(name="Lakeside Port Authority"), Party(name="Eastvale University")],
    )
    (agreement,), warnings = _as_the_pipeline_reads(text, given, dt.date(2024, 9, 2))
    assert agreement.date_text == "last Thursday", warnings
    assert agreement.date_signed == dt.date(2024, 8, 29)


@pytest.mark.parametrize(
    "held",
    ["9月10日上午，2025滨湖医学大会在雄壮的国歌声中隆重开幕。",
     "9月10日上午，滨湖医学大会在市长林岚的主持下举行。"],
)  # fmt: skip
def test_an_events_manner_is_no_venue(held: str) -> None:
    """A review's finds: what the event was opened or held in is not where."""
    text = f"滨湖医学大会开幕\n\n{held}\n\n开幕式上，双方签署了合作协议。\n"
    checker = Checker(SourceIndex(text), published=dt.date(2025, 9, 12))
    assert checker.signing_event() is None


def test_a_ceremony_is_not_merged_where_a_sentence_signs_two_documents() -> None:
    """A review's find: the ceremony may be the other document's, the same two signed."""
    text = (
        "9月10日上午，江沅大学与华屹集团战略合作签约仪式在江沅大学行政楼举行。江沅大学校长李明与"
        "华屹集团董事长王强代表双方签署了战略合作框架协议，并签署了《共建联合实验室协议》。"
    )
    people = [Signatory(name="李明"), Signatory(name="王强")]
    parties = [Party(name="江沅大学"), Party(name="华屹集团")]
    ceremony = Agreement(title="战略合作签约仪式", parties=parties, signatories=people)
    lab = Agreement(title="共建联合实验室协议", parties=parties, signatories=people)
    agreements, _ = guarded(text, PAGE_DATE, ceremony, lab)
    assert [a.title for a in agreements] == [None, "共建联合实验室协议"]


@pytest.mark.parametrize(
    "closing",
    [
        "叶青与柳河县人民医院院长蒋明分别代表滨湖医学院附属第二医院和柳河县人民医院签署《医联体合作协议》。",
        "当天下午滨湖医学院附属第二医院与柳河县人民医院签署《医联体合作协议》，叶青代表医院签字。",
    ],
)
def test_a_signers_body_is_read_past_the_clauses_other_words(closing: str) -> None:
    """A review's finds: "…分别代表X和Y签署《", "当天下午X与Y签署《"."""
    text = f"9月10日，附二院院长叶青一行来到柳河县。{closing}"
    given = Agreement(
        title="医联体合作协议",
        parties=[Party(name="附二院院长叶青"), Party(name="柳河县人民医院")],
    )
    (agreement,), warnings = guarded(text, PAGE_DATE, given)
    assert [p.name for p in agreement.parties] == ["滨湖医学院附属第二医院", "柳河县人民医院"], (
        warnings
    )


def test_a_document_signed_later_that_day_takes_the_days_date() -> None:
    """A review's find: "Later that day" is the same day, not another."""
    text = (
        "On 10 November, Alder Rail N.V. and Brenna Freight S.A. signed a Framework Agreement "
        "on Freight Corridors at the Harbour Hotel. Later that day, the two also signed a "
        "Training Agreement."
    )
    framework = Agreement(
        title="Framework Agreement on Freight Corridors",
        date_text="On 10 November",
        location="Harbour Hotel",
        parties=[Party(name="Alder Rail N.V."), Party(name="Brenna Freight S.A.")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[framework])
    documents = SignedDocuments(documents=[SignedDocument(title="Training Agreement", signers=[])])
    merged = merge_documents(
        draft, documents, Checker(SourceIndex(text)), published=dt.date(2025, 11, 13), notes=[]
    )
    assert merged.agreements[1].date_text == "On 10 November"


def test_a_date_the_model_wrote_otherwise_is_not_taken_for_the_reports_day() -> None:
    """A review's find: "已于8月28日签署", which the model wrote "2024年8月28日", kept over
    the day the reporter learnt of it."""
    text = "9月9日，记者从江沅大学获悉，江沅大学与华屹集团已于8月28日签署战略合作协议。"
    given = Agreement(
        date_text="2024年8月28日",
        parties=[Party(name="江沅大学"), Party(name="华屹集团")],
    )
    (agreement,), warnings = _as_the_pipeline_reads(text, given, dt.date(2024, 9, 12))
    assert agreement.date_signed == dt.date(2024, 8, 28), warnings


@pytest.mark.parametrize(
    "text",
    [
        # The event named where two met, or where someone spoke of an earlier signing.
        "甲公司与乙公司签约\n\n10月12日，第五届东盟博览会在南宁国际会展中心开幕。\n近日，甲公司与乙公司签署战略合作"
        "协议，双方在博览会上达成的合作意向正式落地。",
        "甲大学举行交流会\n\n10月17日，甲大学校企合作交流会在甲大学图书馆报告厅举行。\n在交流会上，乙公司总经理李四"
        "介绍了双方近日签署的战略合作协议。",
        # A signing with a place of its own during a fair of several days.
        "甲市与乙集团签约\n\n10月14日，临港投资贸易洽谈会在临港国际博览中心开幕，为期五天。\n"
        "洽谈会期间，甲市人民政府与乙集团战略合作签约仪式在甲市迎宾馆举行，双方签署了战略合作协议。",
    ],
)
def test_an_event_the_signing_was_not_done_at_dates_and_places_nothing(text: str) -> None:
    """A review's finds."""
    checker = Checker(SourceIndex(text), published=dt.date(2025, 10, 20))
    assert checker.signing_event() is None


def test_a_ceremony_with_its_own_venue_keeps_it_beside_a_fair() -> None:
    text = (
        "甲市与乙集团签约\n\n10月14日，临港投资贸易洽谈会在临港国际博览中心开幕，为期五天。\n"
        "洽谈会期间，甲市人民政府与乙集团战略合作签约仪式在甲市迎宾馆举行，双方签署了战略合作协议。"
    )
    given = Agreement(parties=[Party(name="甲市人民政府"), Party(name="乙集团")])
    draft = ExtractionDraft(article=Article(), agreements=[given])
    checker = Checker(SourceIndex(text), published=dt.date(2025, 10, 20))
    guarded, warnings = apply_guard(draft, checker)
    assert guarded.agreements[0].location == "甲市迎宾馆", warnings


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("甲公司与乙公司签订《招商引资战略合作协议》", "招商引资战略合作协议"),
        # Another document's name inside the title: the title stands (a review's finds).
        ("《战略合作框架协议》补充协议", "《战略合作框架协议》补充协议"),
        ("关于《技术开发合同》的变更协议", "关于《技术开发合同》的变更协议"),
    ],
)
def test_a_title_is_the_name_in_its_brackets_only_where_the_model_gave_the_signing(
    title: str, kept: str
) -> None:
    text = (
        f"10月16日，{title}。"
        if title.startswith("甲")
        else f"10月16日，甲公司与乙公司签署{title}。"
    )
    given = Agreement(title=title, parties=[Party(name="甲公司"), Party(name="乙公司")])
    draft = ExtractionDraft(article=Article(), agreements=[given])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].title == kept, warnings


def test_a_ceremony_merged_into_its_document_gives_what_it_lacks_once() -> None:
    """The same signers written with other organisations stay one each; the ceremony's
    areas join the document's."""
    ceremony = _lab(
        title="合作项目集中签约仪式",
        signatories=[
            Signatory(name="周宁", organization="滨湖医学院"),
            Signatory(name="何川", organization="安泰生物"),
        ],
        cooperation_areas=["药物研发"],
    )
    (agreement,), _ = guarded(CONGRESS, PAGE_DATE, ceremony, _lab())
    assert [s.name for s in agreement.signatories] == ["周宁", "何川"]
    assert agreement.cooperation_areas == ["药物研发"]
