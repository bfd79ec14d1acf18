"""Rules made from the sixty-third blind set's misses, each on a text of our own that fails
on the code before them: a short form the article gives an organisation ("以下简称“公司”")
is no signer's name; a headline's title that is the document's title less its parties'
names is the same document, and research projects approved are no count of documents
signed; a party named after "South Korean battery maker" is named without those words; a
dateline whose sentence tells no signing is the page's date, and the day that ends the
clause before a signing's "when" dates it."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties

from coopllm.schema import Agreement, Signatory


def test_a_short_form_the_article_gives_an_organisation_is_no_signer() -> None:
    text = (
        "澄江精密科技股份有限公司关于签订技术服务合同的公告\n\n"
        "澄江精密科技股份有限公司（以下简称“澄江精密”或“公司”）于2025年4月2日与南湖光电研究所"
        "（以下简称“光电所”）签订了《精密光学检测技术服务合同》。\n"
    )
    given = Agreement(
        title="精密光学检测技术服务合同",
        parties=named_parties("澄江精密科技股份有限公司", "南湖光电研究所"),
        signatories=[Signatory(name="公司"), Signatory(name="光电所")],
    )
    kept, _ = guarded(text, dt.date(2025, 4, 3), given)
    assert kept[0].signatories == []


def test_the_headlines_title_less_the_parties_names_is_the_same_document() -> None:
    text = (
        "江城大学与南岭学院签署对口帮扶协议\n"
        "发布时间：2025-06-12 09:00\n\n"
        "6月10日上午，江城大学校长王海与南岭学院院长刘青签署《江城大学对口帮扶南岭学院协议"
        "（2025—2030年）》。\n\n"
        "去年，两校联合申报的两项省级科研项目已获立项。\n"
    )
    parties = named_parties("江城大学", "南岭学院")
    generic = Agreement(title="对口帮扶协议", parties=parties, date_signed=dt.date(2025, 6, 10))
    full = Agreement(
        title="江城大学对口帮扶南岭学院协议（2025—2030年）",
        parties=parties,
        signatories=[Signatory(name="王海"), Signatory(name="刘青")],
        date_signed=dt.date(2025, 6, 10),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 12), generic, full, title=text.splitlines()[0])
    assert [a.title for a in kept] == ["江城大学对口帮扶南岭学院协议（2025—2030年）"]


def test_a_party_named_after_its_countrys_two_words_and_its_kind() -> None:
    text = (
        "The Eastmoor Development Agency and South Korean battery maker Daebang Energy Co., "
        "Ltd. signed a memorandum on Monday.\n"
    )
    given = Agreement(
        title="memorandum",
        parties=named_parties(
            "Eastmoor Development Agency", "South Korean battery maker Daebang Energy Co., Ltd."
        ),
    )
    kept, _ = guarded(text, dt.date(2025, 5, 14), given)
    assert [p.name for p in kept[0].parties][1] == "Daebang Energy Co., Ltd."


def test_a_dateline_that_tells_no_signing_leaves_the_day_to_the_signings_when() -> None:
    text = (
        "Eastbury and Montalto sign Friendship Agreement\n\n"
        "EASTBURY, Monday 9 June 2025 — Eastbury has a new twin town. Eastbury Town Council "
        "and the Comune di Montalto sealed their link on Friday, when the two mayors signed a "
        "Friendship Agreement at the Town Hall.\n"
    )
    given = Agreement(
        title="Friendship Agreement",
        parties=named_parties("Eastbury Town Council", "Comune di Montalto"),
        date_text="Monday 9 June 2025",
        date_signed=dt.date(2025, 6, 9),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 9), given)
    assert (kept[0].date_text, kept[0].date_signed) == ("on Friday", dt.date(2025, 6, 6))
