"""Rules from the thirty-fourth blind set (``examples/blind34``), each on a text of our own
that fails on the code before them: a document still in talks, or to be signed later, is
no record; an agreement signed "at the same ceremony" takes that ceremony's day; a
renewal dated by its signers' sentence, not by the first signing it recalls; a witness
lead before a sentence's signings witnesses those run on after a semicolon too; a signer
given by title and surname is named in full; Chinese facilitators joined in one value
are two."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement, Signatory

_DEALS = (
    "Harbin Rail Parts Co. and Tallis University signed a Supply Agreement on Monday. "
    "The company is also in advanced talks with Brockhurst Logistics on a Warehousing "
    "Agreement.\n"
)

_PAGE = dt.date(2026, 1, 6)


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        (_DEALS, "Warehousing Agreement", dt.date(2025, 5, 7)),
        (
            "Officials said a Pest Surveillance Agreement with the regional plant health office "
            "was under discussion.\n",
            "Pest Surveillance Agreement",
            dt.date(2025, 5, 7),
        ),
        (
            "双方已就首期项目多轮对接，《首期项目投资协议》预计于今年6月正式签署。\n",
            "首期项目投资协议",
            dt.date(2025, 4, 21),
        ),
    ],
)
def test_a_document_still_in_talks_or_to_be_signed_is_no_record(
    text: str, title: str, published: dt.date
) -> None:
    """The blind34 ai01's offtake agreement "in advanced talks", ai03's "under discussion",
    and ai04's 预计于今年6月正式签署, which the model gave as agreements no one signed."""
    to_come = Agreement(title=title, parties=named_parties("Alpha Ltd", "Beta Ltd"))
    kept, warnings = guarded(text, published, to_come)
    assert kept == [], warnings


def test_a_document_signed_and_then_talked_of_stays() -> None:
    """A document the same sentence says was signed stays, whatever follows it."""
    text = (
        "Harbin Rail Parts Co. signed a Warehousing Agreement with Brockhurst Logistics on "
        "Monday and is in talks on a second site.\n"
    )
    signed = Agreement(
        title="Warehousing Agreement",
        parties=named_parties("Harbin Rail Parts Co.", "Brockhurst Logistics"),
    )
    kept, warnings = guarded(text, dt.date(2025, 5, 7), signed)
    assert [a.title for a in kept] == ["Warehousing Agreement"], warnings


def test_an_agreement_signed_at_the_same_ceremony_takes_its_day() -> None:
    """The blind34 ai01's memorandum "At the same ceremony, …", whose model gave that
    phrase as its date_text (dropped: it names no date) and so no day."""
    text = (
        "Harbin Rail Parts Co. and Tallis University signed a Supply Agreement on Tuesday in "
        "Tallis.\n"
        "At the same ceremony, Harbin Rail Parts Co. and Brockhurst Logistics signed a "
        "Memorandum of Understanding on Training.\n"
    )
    supply = Agreement(
        title="Supply Agreement",
        parties=named_parties("Harbin Rail Parts Co.", "Tallis University"),
        date_text="on Tuesday",
        date_signed=dt.date(2025, 3, 11),
    )
    memorandum = Agreement(
        title="Memorandum of Understanding on Training",
        parties=named_parties("Harbin Rail Parts Co.", "Brockhurst Logistics"),
        date_text="At the same ceremony",
    )
    kept, warnings = guarded(text, dt.date(2025, 3, 13), supply, memorandum)
    assert [(a.date_text, a.date_signed) for a in kept] == [
        ("on Tuesday", dt.date(2025, 3, 11))
    ] * 2, warnings


def test_a_renewal_is_dated_by_its_signers_sentence_not_the_first_signing() -> None:
    """The blind34 ai03's renewal: the model gave the first memorandum's "2020"; the
    article's signings write two days, so only its own signers' sentence tells which."""
    text = (
        "The original memorandum, signed in 2020, set up a shared seed collection.\n"
        "The Extension of the Seed Memorandum was signed on 30 December by Ama Lint and by "
        "Dr. Jo Reyes.\n"
        "In a second agreement, the institute and Greenhollow Seeds signed a Research "
        "Contract on 2 January.\n"
    )
    renewal = Agreement(
        title="seed memorandum for five more years",
        parties=named_parties("Ministry of Farming", "Seed Institute"),
        signatories=named_people("Ama Lint", "Jo Reyes"),
        date_text="2020",
    )
    (kept,), warnings = guarded(text, dt.date(2026, 1, 6), renewal)
    assert (kept.date_text, kept.date_signed) == ("on 30 December", dt.date(2025, 12, 30)), warnings


_LEAD = "在韩立和顾平的共同见证下，东澜大学校长许恒与云洲集团总裁谭帆签署《战略合作协议》"
_LAB = "学院院长钱峰与云洲集团副总裁白舟签署《共建智能制造联合实验室协议》。\n"


@pytest.mark.parametrize(
    ("joined", "second"),
    [
        ("；", ["韩立", "顾平"]),  # the blind34 ai05's (and the blind8 i04's, blind28 ac01's)
        ("；随后，", ["韩立", "顾平"]),  # the blind35 aj01's: the same ceremony's next signing
        ("; ", ["韩立", "顾平"]),  # once never ended (the twentieth review's find)
        # Not into a sentence with its own witnessing, time, journey or place, nor a new
        # paragraph (the twentieth and twenty-first reviews' finds).
        ("；在副市长周文彬的见证下，", ["周文彬"]),
        *((joined, []) for joined in ("；次日，", "；\n", "；随后赴北京，", "；随后一周，")),
        *((joined, []) for joined in ("；随后，双方在北京，", "；随后，许恒一行抵达云洲市，")),
        *((joined, []) for joined in ("；下午，", "；会后，")),
    ],
)
def test_a_witness_lead_runs_on_into_the_sentences_of_the_same_signing(
    joined: str, second: list[str]
) -> None:
    """A lead "在…的见证下" that opens its sentence witnesses the signings run on from it
    after a semicolon, whose model gave the witnesses to the first document alone."""
    parties = named_parties("东澜大学", "云洲集团")
    strategic = Agreement(
        title="战略合作协议",
        parties=parties,
        signatories=named_people("许恒", "谭帆"),
        witnesses=named_people("韩立", "顾平"),
    )
    laboratory = Agreement(
        title="共建智能制造联合实验室协议",
        parties=parties,
        signatories=named_people("钱峰", "白舟"),
    )
    kept, warnings = guarded(f"{_LEAD}{joined}{_LAB}", dt.date(2025, 3, 31), strategic, laboratory)
    assert [p.name for p in kept[1].witnesses] == second, warnings


def test_a_witness_lead_inside_its_sentence_does_not_run_on() -> None:
    """Only a lead that opens its sentence governs the sentences run on after it."""
    text = (
        "东澜大学与云洲集团签署《战略合作协议》，在韩立和顾平的共同见证下双方互换文本；"
        "学院院长钱峰与云洲集团副总裁白舟签署《共建智能制造联合实验室协议》。\n"
    )
    parties = named_parties("东澜大学", "云洲集团")
    strategic = Agreement(
        title="战略合作协议", parties=parties, witnesses=named_people("韩立", "顾平")
    )
    laboratory = Agreement(
        title="共建智能制造联合实验室协议",
        parties=parties,
        signatories=named_people("钱峰", "白舟"),
    )
    kept, warnings = guarded(text, dt.date(2025, 3, 31), strategic, laboratory)
    assert [[p.name for p in a.witnesses] for a in kept] == [["韩立", "顾平"], []], warnings


def test_a_signer_by_title_and_surname_is_named_in_full() -> None:
    """The blind34 ai03's "Dr. Acheampong-Reyes", given with a title apart, whom the
    article names in full after the same "Dr." first."""
    text = (
        "The memorandum was signed by Dr. Joseph Acheampong-Reyes, Director General of MITA. "
        "Dr. Acheampong-Reyes signed the contract too.\n"
    )
    given = Agreement(
        title="contract",
        signatories=[
            Signatory(name="Dr. Acheampong-Reyes", title="Director General of MITA"),
        ],
    )
    (signer,) = normalized(text, given, published=_PAGE)[0].signatories
    assert (signer.name, signer.title) == ("Joseph Acheampong-Reyes", "Director General of MITA")


@pytest.mark.parametrize(
    ("given", "facilitators"),
    [
        ("省商务厅和青屿市港口航运协会", ["省商务厅", "青屿市港口航运协会"]),
        ("科学技术与工业信息化局", ["科学技术与工业信息化局"]),  # one body's name
    ],
)
def test_chinese_facilitators_joined_in_one_value_are_two(
    given: str, facilitators: list[str]
) -> None:
    """The blind34 ai06's "此次续签由省商务厅和青屿市港口航运协会牵线搭桥", given as one."""
    text = f"此次续签由{given}牵线搭桥。\n"
    agreement = Agreement(title="备忘录", facilitators=[given])
    assert normalized(text, agreement, published=_PAGE)[0].facilitators == facilitators
