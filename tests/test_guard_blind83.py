"""Rules made from the eighty-third blind set's misses, on texts of our own that fail on
the code before them: a legislator's letters after a name, a tribal council's Grand Chief
and a "President and CEO" before one, a listed company's exchange and ticker after its name, a
document "targeted for" a year to come, and a release's bullets read one by one."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, normalized

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker
from coopllm.guard.reading import TO_COME
from coopllm.resolve import SignedDocument, SignedDocuments, merge_documents
from coopllm.schema import Agreement, Article, ExtractionDraft, Signatory
from coopllm.titles import split_title


def test_a_grand_chief_and_titles_joined_by_and_are_titles() -> None:
    assert split_title("Grand Chief Ross Beardy") == ("Grand Chief", "Ross Beardy")
    assert split_title("President and CEO Alan Fraser") == ("President and CEO", "Alan Fraser")


def test_a_legislators_letters_and_a_companys_ticker_are_no_part_of_the_names() -> None:
    text = (
        "Loon River First Nation and Northstar Nickel Inc. (TSX-V: NSN) signed the agreement. "
        "It was signed by Hon. Erin Walsh MLA and by Northstar's chief executive, Alan Fraser.\n"
    )
    given = Agreement(
        title="agreement",
        parties=named_parties("Loon River First Nation", "Northstar Nickel Inc. (TSX-V: NSN)"),
        signatories=[Signatory(name="Hon. Erin Walsh MLA"), Signatory(name="Alan Fraser")],
    )
    (agreement,) = normalized(text, given, published=dt.date(2025, 9, 24))
    assert [p.name for p in agreement.parties] == [
        "Loon River First Nation",
        "Northstar Nickel Inc.",
    ]
    assert agreement.signatories[0].name == "Erin Walsh"


def test_a_document_targeted_for_a_year_to_come_is_not_yet_signed() -> None:
    assert TO_COME.search("Binding supply agreement targeted for 2027")
    assert not TO_COME.search("Binding supply agreement signed in 2024")


def test_a_releases_bullets_are_read_one_by_one() -> None:
    text = (
        "STATE SIGNS LITHIUM MoU WITH KAWADA\n\n"
        "- Memorandum of Understanding signed with Kawada Corporation in Nagoya\n"
        "- Binding supply agreement targeted for 2027\n\n"
        "The Memorandum of Understanding was signed on Tuesday by Minister Erin Walsh and by "
        "Kawada's Ken Ono.\n"
    )
    draft = ExtractionDraft(
        article=Article(published=dt.date(2025, 5, 15)),
        agreements=[
            Agreement(
                title="Memorandum of Understanding",
                parties=named_parties("State", "Kawada Corporation"),
                signatories=[Signatory(name="Erin Walsh"), Signatory(name="Ken Ono")],
            )
        ],
    )
    documents = SignedDocuments(
        documents=[SignedDocument(title="Binding supply agreement", parties=["Kawada Corporation"])]
    )
    checker = Checker(SourceIndex(text), published=dt.date(2025, 5, 15))
    notes: list[str] = []
    merged = merge_documents(draft, documents, checker, published=dt.date(2025, 5, 15), notes=notes)
    assert [a.title for a in merged.agreements] == ["Memorandum of Understanding"]


def test_an_office_written_as_a_signer_names_its_one_holder() -> None:
    text = (
        "上周三下午，江城市文化局与意大利驻江城总领事馆签署《文化交流合作谅解备忘录》。意大利驻江城"
        "总领事与市文化局局长代表双方在备忘录上签字。\n\n市文化局局长杜明在致辞中介绍了合作背景。"
        "总领事卢卡·费拉里表示，意方愿与江城加强交流。\n"
    )
    given = Agreement(
        title="文化交流合作谅解备忘录",
        parties=named_parties("江城市文化局", "意大利驻江城总领事馆"),
        signatories=[Signatory(name="杜明", title="局长", organization="江城市文化局")],
    )
    kept, _ = guarded(text, dt.date(2025, 11, 17), given)
    assert [(p.name, p.title) for p in kept[0].signatories] == [
        ("杜明", "局长"),
        ("卢卡·费拉里", "总领事"),
    ]


def test_a_body_set_up_under_the_memorandum_is_founded_and_its_unveilers_witness() -> None:
    text = (
        "上周三下午，江城市文化局与意大利驻江城总领事馆签署《文化交流合作谅解备忘录》。市文化局局长"
        "杜明与总领事卢卡·费拉里代表双方签字。\n\n根据备忘录，双方将在艺术展演、文物保护等方面开展"
        "合作，并在江城美术馆内设立“中意艺术交流中心”。签约结束后，副市长韩冬与意大利威尼托大区"
        "文化协会主席玛丽亚·罗西共同为“中意艺术交流中心”揭牌。\n"
    )
    given = Agreement(
        title="文化交流合作谅解备忘录",
        parties=named_parties("江城市文化局", "意大利驻江城总领事馆"),
        signatories=[Signatory(name="杜明"), Signatory(name="卢卡·费拉里")],
    )
    kept, _ = guarded(text, dt.date(2025, 11, 17), given)
    assert kept[0].established_entities == ["中意艺术交流中心"]
    assert [p.name for p in kept[0].witnesses] == ["韩冬", "玛丽亚·罗西"]


def test_a_body_the_memorandum_only_explores_building_is_not_founded() -> None:
    text = (
        "随后，郑华与卡特教授分别代表双方在线签署了《医学教育合作备忘录》。根据备忘录，双方将在临床"
        "医学教育等方面开展合作，并探索共建远程会诊平台，定期互派医师。\n"
    )
    given = Agreement(
        title="医学教育合作备忘录",
        parties=named_parties("青川市人民医院", "艾尔顿大学"),
        signatories=[Signatory(name="郑华"), Signatory(name="卡特")],
    )
    kept, _ = guarded(text, dt.date(2025, 11, 17), given)
    assert kept[0].established_entities == []
