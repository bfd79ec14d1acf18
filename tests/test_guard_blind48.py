"""Rules made from the forty-eighth blind set's misses, each on a text of our own that fails
on the code before them: a Malaysian honorific before a Chinese name (拿督, 丹斯里) is no part
of it; a signer the model gave by title alone is named where the article writes the name
after the title and its field ("Pro-Rector for Research Dr. …"); a venue's campus after it in
a date text; a company "welcomed" its signings at a hall; a signing counted ("两场签约") is
no other signing; a Chinese sentence's day after its subject; a body after its place (its
的, a headline's town) is the body; a company's country after its legal form is no part of
its name; a paper's name and its Latin one are no headline."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.dates import date_and_place
from coopllm.headline import headline
from coopllm.schema import Agreement, Party, Signatory
from coopllm.titles import clean_people, titled_name


def test_a_malaysian_honorific_before_a_chinese_name_is_dropped() -> None:
    people = [Signatory(name="拿督陳志明", title="校長"), Signatory(name="丹斯里黃國華")]
    assert [(p.name, p.title) for p in clean_people(people)] == [
        ("陳志明", "校長"),
        ("黃國華", None),
    ]


def test_a_name_that_only_begins_like_an_honorific_stays() -> None:
    assert clean_people([Signatory(name="拿督")]) == [Signatory(name="拿督")]


_SIGNED_BY_TITLE_AND_FIELD = (
    "Lakeshore University (LU) and the boatbuilder Fjordline AS signed a Framework Agreement "
    "on Thursday in Hall B on the Marken campus.\n\n"
    "The agreement was signed by Pro-Rector for Education Dr. Kari Holm-Berg on behalf of LU "
    "and by CEO Einar Vik for Fjordline.\n"
)


def test_a_title_with_its_field_and_an_address_leaves_the_name() -> None:
    assert titled_name("Pro-Rector for Education Dr. Kari Holm-Berg") == "Kari Holm-Berg"
    assert titled_name("Director of the Institute Dr. Maria Lopez") == "Maria Lopez"
    assert titled_name("Minister of Trade Dr. Research Council") is None


def test_a_signer_given_by_title_alone_is_named_where_the_name_follows_it() -> None:
    given = Agreement(
        title="Framework Agreement",
        parties=named_parties("Lakeshore University", "Fjordline AS"),
        signatories=[
            Signatory(title="Pro-Rector", organization="Lakeshore University"),
            Signatory(name="Einar Vik", title="CEO", organization="Fjordline AS"),
        ],
    )
    kept, _ = guarded(_SIGNED_BY_TITLE_AND_FIELD, dt.date(2025, 10, 3), given)
    assert [(p.name, p.title) for p in kept[0].signatories] == [
        ("Kari Holm-Berg", "Pro-Rector"),
        ("Einar Vik", "CEO"),
    ]


def test_a_venue_keeps_its_campus_in_a_date_text() -> None:
    assert date_and_place("Thursday in Hall B on the Marken campus") == (
        "Thursday",
        "Hall B on the Marken campus",
    )
    assert date_and_place(
        "last Thursday at the Tennant Building on the University's Kelbridge campus"
    ) == (
        "last Thursday",
        "Tennant Building",
    )


_TWO_SIGNINGS = (
    "昨天下午，青峰电气股份有限公司在公司总部三楼会议室迎来两场签约：一场与北岭电力投资有限公司签署"
    "《战略合作协议》，另一场与华中电工研究院签署《变压器技术开发合同》。\n\n"
    "公司董事长陈立新代表青峰电气先后签署了两份协议。\n"
)


def test_a_company_that_welcomed_its_counted_signings_at_a_hall_signed_there() -> None:
    first = Agreement(
        title="战略合作协议",
        parties=named_parties("青峰电气股份有限公司", "北岭电力投资有限公司"),
        signatories=named_people("陈立新"),
    )
    second = Agreement(
        title="变压器技术开发合同",
        parties=named_parties("青峰电气股份有限公司", "华中电工研究院"),
        signatories=named_people("陈立新"),
    )
    kept, _ = guarded(_TWO_SIGNINGS, dt.date(2025, 6, 20), first, second)
    assert [a.location for a in kept] == ["公司总部三楼会议室", "公司总部三楼会议室"]
    assert kept[1].date_text == "昨天下午"


def test_a_chinese_sentences_day_after_its_subject_dates_its_signing() -> None:
    text = (
        "國立南濱大學昨（13）日與馬來西亞檳城的北灣工藝大學透過視訊連線，在兩校會議室同步簽署"
        "「學術合作備忘錄」。\n"
    )
    given = Agreement(
        title="學術合作備忘錄",
        parties=named_parties("國立南濱大學", "北灣工藝大學"),
        signatories=named_people("林大同", "陳小明"),
    )
    kept, _ = guarded(text, dt.date(2025, 11, 14), given)
    assert (kept[0].date_text, kept[0].date_signed) == ("昨（13）日", dt.date(2025, 11, 13))


_BODY_AFTER_ITS_PLACE = (
    "南濱大學、檳城北灣工藝大學簽約\n\n"
    "國立南濱大學昨日與馬來西亞檳城的北灣工藝大學簽署備忘錄。北灣工藝大學由副校長代表簽約。\n"
)


def test_a_body_after_its_place_is_the_body() -> None:
    given = Agreement(
        parties=[
            Party(name="國立南濱大學"),
            Party(name="馬來西亞檳城的北灣工藝大學"),
            Party(name="檳城北灣工藝大學"),
        ]
    )
    (kept,) = normalized(_BODY_AFTER_ITS_PLACE, given)
    assert [p.name for p in kept.parties] == ["國立南濱大學", "北灣工藝大學"]


def test_a_units_parent_before_its_de_stays() -> None:
    text = "清华大学的核能研究院与甲公司签约。核能研究院院长出席。\n"
    given = Agreement(parties=[Party(name="清华大学的核能研究院"), Party(name="甲公司")])
    (kept,) = normalized(text, given)
    assert kept.parties[0].name == "清华大学的核能研究院"


def test_a_citys_own_body_written_whole_in_its_text_stays() -> None:
    text = (
        "杭州市第一人民医院签约\n\n杭州市第一人民医院与甲公司签约。杭州市第一人民医院院长出席，"
        "第一人民医院和第一人民医院的医生也参加。\n"
    )
    given = Agreement(parties=[Party(name="杭州市第一人民医院"), Party(name="甲公司")])
    (kept,) = normalized(text, given)
    assert kept.parties[0].name == "杭州市第一人民医院"


def test_a_companys_country_after_its_legal_form_is_no_part_of_its_name() -> None:
    text = (
        "The authority signed an MoU with Daesan Shipbuilding Co. of the Republic of Korea on "
        "Monday.\n"
    )
    given = Agreement(
        parties=named_parties("Port Authority", "Daesan Shipbuilding Co. of the Republic of Korea")
    )
    (kept,) = normalized(text, given)
    assert kept.parties[1].name == "Daesan Shipbuilding Co."
    assert (
        normalized(
            "Standard Oil Co. of New Jersey signed.\n",
            Agreement(parties=named_parties("Standard Oil Co. of New Jersey")),
        )[0]
        .parties[0]
        .name
        == "Standard Oil Co. of New Jersey"
    )


def test_a_papers_name_and_its_latin_one_is_no_headline() -> None:
    text = (
        "南城時報 Nancheng Times\n首頁 ｜ 地方\n\n南濱大學與北灣工藝大學視訊簽約\n\n"
        "2025/11/14\n\n正文。\n"
    )
    assert headline("南城時報 Nancheng Times", text) == "南濱大學與北灣工藝大學視訊簽約"
