"""Rules made from the forty-third and forty-fourth blind sets' misses, each on a text of
our own that fails on the code before them: a document dated only by the page's line is
dated by the next sentence's "The agreement was signed on Monday by …", which names no other
document; a Taiwan paper's "今（9）日與…簽署" dates its signing; who attended and went on to
unveil with others ("…出席，與…共同揭牌", "…出席仪式并与…共同为…揭牌") is a witness, named
in a Taiwan page's own characters; a recent signing's sentence given whole as the date is
its "近日", and that gives way to the day the ceremony's sentence writes; the place that
sentence introduces is the signing's, over the town of the lead's "在省会锦城签署"; a body
"共建" before its unveiling ceremony is founded; unveilers listed across a comma, or counted
("由两人") after the clause that names them, are witnesses, whom an opening "签约完成后"
does not make signers; what kind of maker a company is ("…大厂") is no part of its name;
documents that "would be negotiated" are no record; an owner's building with its town after
it is the venue, the town alone not another; a university written with its status word
(國立) every time is named so, and its contraction (…科大) given as another party is its
alias; a hall's campus after it ("on the university's … campus") is the venue's."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import date_and_place
from coopllm.parties import university_short_form
from coopllm.schema import Agreement

_TOLD_NEXT = (
    "Lakeshore Technical Institute\nNews\n\nMarch 5, 2026 | Newsroom\n\n"
    "HALIFAX — Lakeshore Technical Institute has signed a Memorandum of Understanding with "
    "Norvik Marine Systems Ltd. at an ocean technology fair.\n\n"
    "The agreement was signed on Monday by the institute's principal and Norvik's chief "
    "operating officer in the fair's main hall.\n"
)


def _page_dated() -> Agreement:
    return Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Lakeshore Technical Institute", "Norvik Marine Systems Ltd."),
        date_text="March 5, 2026",
        date_signed=dt.date(2026, 3, 5),
    )


def test_the_next_sentence_that_signs_the_document_dates_it() -> None:
    kept, _ = guarded(_TOLD_NEXT, dt.date(2026, 3, 5), _page_dated())
    assert (kept[0].date_text, kept[0].date_signed) == ("on Monday", dt.date(2026, 3, 2))


def test_a_next_sentence_of_another_document_or_a_later_one_does_not() -> None:
    with_another = _TOLD_NEXT.replace("on Monday by", "on Monday, with a supply contract, by")
    later = _TOLD_NEXT.replace("\n\nThe agreement", "\n\nThe fair ran all week. The agreement")
    for text in (with_another, later):
        kept, _ = guarded(text, dt.date(2026, 3, 5), _page_dated())
        assert kept[0].date_signed == dt.date(2026, 3, 5), text


def test_a_taiwan_papers_day_in_brackets_dates_the_signing() -> None:
    text = (
        "2026/10/09 10:05 記者林雅琪／高雄報導\n\n"
        "國立南港海洋大學今（9）日與北辰造船股份有限公司簽署合作備忘錄，雙方將共同培育造船人才。\n"
    )
    given = Agreement(
        title="合作備忘錄",
        parties=named_parties("國立南港海洋大學", "北辰造船股份有限公司"),
        date_text="2026/10/09 10:05",
        date_signed=dt.date(2026, 10, 9),
    )
    kept, _ = guarded(text, dt.date(2026, 10, 9), given)
    assert (kept[0].date_text, kept[0].date_signed) == ("今（9）日", dt.date(2026, 10, 9))


def _centre(*signers: str) -> Agreement:
    return Agreement(
        title="合作協議",
        parties=named_parties("國立東濱大學", "嘉泰電機股份有限公司"),
        signatories=named_people(*signers),
        established_entities=["智慧電網聯合研究中心"],
    )


def test_who_attended_and_unveiled_with_the_signers_is_a_witness() -> None:
    text = (
        "國立東濱大學今（3）日與嘉泰電機股份有限公司簽署合作協議，由校長劉文彬與董事長許國棟代表雙方"
        "簽署，並為「智慧電網聯合研究中心」揭牌。經濟部次長蕭志明親自出席，與東濱大學校長劉文彬、"
        "嘉泰電機董事長許國棟共同揭牌。\n"
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), _centre("劉文彬", "許國棟"))
    # the signers unveiled with him: the spec's witnesses too (test_guard_blind46)
    assert [p.name for p in kept[0].witnesses] == ["蕭志明", "劉文彬", "許國棟"]


def test_who_attended_the_ceremony_and_unveiled_in_one_clause_is_a_witness() -> None:
    text = (
        "东滨大学与嘉泰电机股份有限公司3日签署合作协议，刘文彬与许国栋代表双方签约。副省长吴建华"
        "出席仪式并与刘文彬、许国栋共同为智慧电网联合研究中心揭牌。\n"
    )
    given = _centre("刘文彬", "许国栋").model_copy(
        update={
            "parties": named_parties("东滨大学", "嘉泰电机股份有限公司"),
            "established_entities": ["智慧电网联合研究中心"],
        }
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), given)
    assert [p.name for p in kept[0].witnesses] == ["吴建华", "刘文彬", "许国栋"]


def test_an_attendee_before_the_guests_or_another_sentences_unveiling_is_none() -> None:
    guests = "副省长吴建华出席仪式，与会嘉宾共同为智慧电网联合研究中心揭牌。\n"
    apart = "副省长吴建华出席仪式。刘文彬与许国栋共同为智慧电网联合研究中心揭牌。\n"
    for tail in (guests, apart):
        text = "东滨大学与嘉泰电机股份有限公司3日签署合作协议，刘文彬与许国栋代表双方签约。" + tail
        given = _centre("刘文彬", "许国栋").model_copy(
            update={
                "parties": named_parties("东滨大学", "嘉泰电机股份有限公司"),
                "established_entities": ["智慧电网联合研究中心"],
            }
        )
        kept, _ = guarded(text, dt.date(2026, 3, 3), given)
        assert "吴建华" not in [p.name for p in kept[0].witnesses], tail


_RECENT = (
    "近日，西川省人民政府与华远电力集团有限公司在省会锦城签署战略合作框架协议。\n"
    "5月8日上午，签约仪式在锦城宾馆举行。副省长周明与华远电力总经理高峰代表双方签约。\n"
)


def test_a_recent_signings_sentence_given_as_the_date_is_its_recent_words() -> None:
    written = "近日，西川省人民政府与华远电力集团有限公司在省会锦城签署战略合作框架协议。"
    assert date_and_place(written) == ("近日", None)


def test_recent_words_give_way_to_the_day_the_ceremony_writes() -> None:
    given = Agreement(
        title="战略合作框架协议",
        parties=named_parties("西川省人民政府", "华远电力集团有限公司"),
        signatories=named_people("周明", "高峰"),
        date_text="近日，西川省人民政府与华远电力集团有限公司在省会锦城签署战略合作框架协议。",
    )
    kept, _ = guarded(_RECENT, dt.date(2026, 5, 12), given)
    assert (kept[0].date_text, kept[0].date_signed) == ("5月8日上午", dt.date(2026, 5, 8))
    undated = _RECENT.replace("5月8日上午，", "")
    kept, _ = guarded(undated, dt.date(2026, 5, 12), given.model_copy(update={"date_text": "近日"}))
    assert (kept[0].date_text, kept[0].date_signed) == ("近日", None)


def test_the_place_of_the_sentence_that_dates_the_signing_is_its_venue() -> None:
    text = _RECENT + "同场，西川大学与华远电力研究院签署《共建储能技术研究院合作协议》。\n"
    framework = Agreement(
        title="战略合作框架协议",
        parties=named_parties("西川省人民政府", "华远电力集团有限公司"),
        signatories=named_people("周明", "高峰"),
        date_text="5月8日上午",
    )
    institute = Agreement(
        title="共建储能技术研究院合作协议",
        parties=named_parties("西川大学", "华远电力研究院"),
        date_text="5月8日上午",
    )
    kept, _ = guarded(text, dt.date(2026, 5, 12), framework, institute)
    assert [a.location for a in kept] == ["锦城宾馆", "锦城宾馆"]


_INSTITUTE = (
    "12月2日，南岭省人民政府与中国华泰能源集团有限公司共建南岭储能研究院揭牌仪式在南岭国际会议中心"
    "举行。省长王志强，华泰集团董事长陈立新共同为研究院揭牌。\n"
    "仪式上，副省长刘建军与华泰集团副总经理孙丽分别代表双方签约，签署《共建南岭储能研究院合作协议》。\n"
)


def _institute() -> Agreement:
    return Agreement(
        title="共建南岭储能研究院合作协议",
        parties=named_parties("南岭省人民政府", "中国华泰能源集团有限公司"),
        signatories=named_people("刘建军", "孙丽"),
    )


def test_a_body_co_built_before_its_unveiling_and_its_unveilers_across_a_comma() -> None:
    kept, _ = guarded(_INSTITUTE, dt.date(2026, 12, 5), _institute())
    assert kept[0].established_entities == ["南岭储能研究院"]
    assert [p.name for p in kept[0].witnesses] == ["王志强", "陈立新"]


def test_a_clause_that_ends_in_no_name_ends_the_unveilers_list() -> None:
    text = _INSTITUTE.replace("省长王志强，华泰集团", "仪式由省长王志强主持，华泰集团")
    kept, _ = guarded(text, dt.date(2026, 12, 5), _institute())
    assert [p.name for p in kept[0].witnesses] == ["陈立新"]


_COUNTED = (
    "西港大学与远帆船舶股份有限公司3日签署合作协议，由校长赵文与董事长钱明代表双方签约，并成立"
    "“智能船舶联合研发中心”。签约完成后，双方邀请副市长孙丽华、海事局副局长李志远上台，由两人"
    "共同为中心揭牌。\n"
)


def _ship_centre() -> Agreement:
    return Agreement(
        title="合作协议",
        parties=named_parties("西港大学", "远帆船舶股份有限公司"),
        signatories=named_people("赵文", "钱明"),
        established_entities=["智能船舶联合研发中心"],
    )


def test_unveilers_counted_after_the_clause_that_names_them_are_witnesses() -> None:
    kept, _ = guarded(_COUNTED, dt.date(2026, 3, 3), _ship_centre())
    assert [p.name for p in kept[0].witnesses] == ["孙丽华", "李志远"]


def test_a_count_that_is_not_the_clauses_names_adds_no_one() -> None:
    text = _COUNTED.replace("由两人", "由三人")
    kept, _ = guarded(text, dt.date(2026, 3, 3), _ship_centre())
    assert kept[0].witnesses == []


def test_what_kind_of_maker_a_company_is_is_no_part_of_its_name() -> None:
    text = "西港大學今（3）日與上市船舶零組件大廠遠帆船舶股份有限公司（遠帆）簽署合作協議。\n"
    given = Agreement(
        title="合作協議",
        parties=named_parties("西港大學", "上市船舶零組件大廠遠帆船舶股份有限公司"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 3), given)
    assert [p.name for p in kept[0].parties] == ["西港大學", "遠帆船舶股份有限公司"]


def test_documents_that_would_be_negotiated_are_no_record() -> None:
    text = (
        "The Ministry of Lakes and Inland Fisheries signed a framework agreement with Oster "
        "Polytechnic on 4 May, signed by Minister Ruth Achieng and Rector Jan Vermeer. "
        "Officials said site-level contracts would be negotiated over the coming months.\n"
    )
    framework = Agreement(
        title="framework agreement",
        parties=named_parties("Ministry of Lakes and Inland Fisheries", "Oster Polytechnic"),
        signatories=named_people("Ruth Achieng", "Jan Vermeer"),
    )
    contracts = framework.model_copy(update={"title": "site-level contracts", "signatories": []})
    kept, _ = guarded(text, dt.date(2026, 5, 6), framework, contracts)
    assert [a.title for a in kept] == ["framework agreement"]


def test_an_owners_building_with_its_town_is_the_venue() -> None:
    text = (
        "Norvik Marine Systems Ltd. and Lakeshore Technical Institute today announced a "
        "training agreement. The agreement was signed on May 4 at Lakeshore's Ocean Skills "
        "Centre in Halden by Ada Brook and Tom Reyes.\n"
    )
    given = Agreement(
        title="training agreement",
        parties=named_parties("Norvik Marine Systems Ltd.", "Lakeshore Technical Institute"),
        signatories=named_people("Ada Brook", "Tom Reyes"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 5), given)
    assert kept[0].location == "Lakeshore's Ocean Skills Centre in Halden"


_NATIONAL = (
    "國立東濱科技大學今（3）日與遠帆船舶股份有限公司簽署合作協議。東濱科大校長趙文表示，雙方將共同"
    "培育人才。\n"
)


def test_a_university_with_its_status_word_and_its_contraction_are_one_party() -> None:
    given = Agreement(
        title="合作協議",
        parties=named_parties("東濱科技大學", "遠帆船舶股份有限公司", "東濱科大"),
    )
    kept, _ = guarded(_NATIONAL, dt.date(2026, 3, 3), given)
    assert [(p.name, p.aliases) for p in kept[0].parties] == [
        ("國立東濱科技大學", ["東濱科大"]),
        ("遠帆船舶股份有限公司", []),
    ]


def test_a_name_written_once_without_its_status_word_stays() -> None:
    text = _NATIONAL.replace("東濱科大校長", "東濱科技大學校長")
    parties = named_parties("東濱科技大學", "遠帆船舶股份有限公司")
    kept, _ = guarded(text, dt.date(2026, 3, 3), Agreement(title="合作協議", parties=parties))
    assert kept[0].parties[0].name == "東濱科技大學"


def test_a_universitys_contraction_keeps_its_own_name_and_kind() -> None:
    assert university_short_form("東濱科大", "國立東濱科技大學")
    assert university_short_form("江州师大", "江州师范大学")
    assert not university_short_form("東濱大", "東濱科技大學")
    assert not university_short_form("南科大", "南方科技大学")


def test_a_halls_campus_after_it_is_the_venues() -> None:
    text = (
        "Tumkur Agricultural College and the State Watershed Agency signed a Memorandum of "
        "Understanding on 2 June at the Krishna Committee Hall on the college's Hebbal campus.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Tumkur Agricultural College", "State Watershed Agency"),
    )
    kept, _ = guarded(text, dt.date(2026, 6, 4), given)
    assert kept[0].location == "Krishna Committee Hall on the college's Hebbal campus"
