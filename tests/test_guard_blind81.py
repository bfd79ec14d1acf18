"""Rules made from the eighty-first blind set's misses, on texts of our own that fail on
the code before them: a wire's date line with its credits, a minister's portfolio before
the office, a facility's place after "signed … for", "witnessed both signings at", the
body a sentence naming both parties of one agreement founds, an exchange's notice above an
announcement, a signer given by office alone and named elsewhere, "The ceremony took
place in" after "The memorandum was signed by", and a party's name held in another's."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import dateline_date
from coopllm.schema import Agreement, Signatory
from coopllm.titles import holders_written, split_title


def test_a_wires_date_line_with_its_credits_dates_the_page() -> None:
    text = (
        "HARBOUR WIRE\nWorld | Business\n\nTeldra signs solar deal\n\n"
        "12 March 2026 09:15 GMT | Reporting by Ines Varga; Editing by Tom Ruel\n\n"
        "OSTRAVEN, March 12 (Harbour Wire) - Teldra signed a deal on Tuesday.\n"
    )
    assert dateline_date(text) == dt.date(2026, 3, 12)


def test_a_ministers_portfolio_is_part_of_the_title() -> None:
    assert split_title("Trade and Industry Minister Sara Velez") == (
        "Trade and Industry Minister",
        "Sara Velez",
    )
    assert split_title("Home Secretary Idris Maro") == ("Home Secretary", "Idris Maro")


_SOLAR = (
    "Teldra's government and Brennor Solar AG signed a framework agreement on Tuesday for a "
    "400-megawatt solar plant in the Karoo Basin. President Ana Rhee witnessed both signings "
    "at the Casa Verde, her official residence.\n"
)


def test_a_facilitys_place_is_not_the_venue_and_the_witnessed_signings_place_is() -> None:
    given = Agreement(
        title="framework agreement",
        parties=named_parties("Teldra's government", "Brennor Solar AG"),
        witnesses=named_people("Ana Rhee"),
    )
    kept, _ = guarded(_SOLAR, dt.date(2026, 3, 12), given)
    assert kept[0].location == "Casa Verde"


def test_the_body_a_sentence_naming_one_agreements_parties_founds_is_that_agreements() -> None:
    text = (
        "Teldra's government and Brennor Solar AG signed a framework agreement on Tuesday. "
        "Brennor Solar and Ostraven Technical University signed a separate cooperation "
        "agreement to set up the Teldra Solar Skills Centre on the campus. Lena Brandt and "
        "Omar Duval signed it.\n"
    )
    framework = Agreement(
        title="framework agreement",
        parties=named_parties("Teldra's government", "Brennor Solar AG"),
    )
    cooperation = Agreement(
        title="cooperation agreement",
        parties=named_parties("Brennor Solar", "Ostraven Technical University"),
        signatories=named_people("Lena Brandt", "Omar Duval"),
    )
    kept, _ = guarded(text, dt.date(2026, 3, 12), framework, cooperation)
    assert [a.established_entities for a in kept] == [[], ["Teldra Solar Skills Centre"]]


def test_the_exchange_whose_notice_heads_an_announcement_is_no_party() -> None:
    text = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
        "take no responsibility for the contents of this announcement.\n\nBRAYFIELD HOLDINGS "
        "LIMITED\n\nThe Board announces that on 2 April 2026 Brayfield Freight Limited entered "
        "into a cooperation agreement with Pelang Harbour Berhad.\n"
    )
    given = Agreement(
        title="cooperation agreement",
        parties=named_parties(
            "Hong Kong Exchanges and Clearing Limited",
            "Brayfield Freight Limited",
            "Pelang Harbour Berhad",
        ),
    )
    kept, _ = guarded(text, dt.date(2026, 4, 3), given)
    assert [p.name for p in kept[0].parties] == [
        "Brayfield Freight Limited",
        "Pelang Harbour Berhad",
    ]


def test_the_holders_of_an_office_are_those_written_right_after_it() -> None:
    text = "副总经理王海签字。该公司总经理钟立新在会上介绍。原总经理李强出席。"
    assert holders_written("总经理", text) == {"钟立新": {("该公司", 9)}}
    english = "said ALMA Director-General Rune Falk. Deputy Director-General Ivo Sand attended."
    assert holders_written("Director-General", english) == {"Rune Falk": {("ALMA", 5)}}


def test_an_unnamed_signer_by_office_is_the_one_the_article_names_with_it() -> None:
    text = (
        "上周三，青屿大学材料学院与海瑞机器人（青屿）有限公司签署《联合研发项目协议》。副院长邹明"
        "代表学院签字，海瑞机器人（青屿）有限公司一方由总经理签字。该公司总经理钟立新在随后的交流中"
        "透露，项目总经费800万元。\n"
    )
    given = Agreement(
        title="联合研发项目协议",
        parties=named_parties("青屿大学材料学院", "海瑞机器人（青屿）有限公司"),
        signatories=[Signatory(name="邹明"), Signatory(title="总经理")],
    )
    kept, _ = guarded(text, dt.date(2026, 3, 16), given)
    assert [p.name for p in kept[0].signatories] == ["邹明", "钟立新"]


_MEMORANDUM = (
    "PORT ALVA - Tarn University (TU) and the Ostmark Coastal Agency (OCA) on Tuesday signed a "
    "Memorandum of Understanding on Harbour Robotics. The memorandum was signed by the "
    "agency's Director-General and by the University's Vice-Chancellor, Professor Mira Vos. "
    "The ceremony took place in the Lindqvist Room. Located on the top floor of the library, "
    'the room looks out over the berths.\n\n"We learn together," said OCA Director-General '
    "Rune Falk.\n"
)


def test_a_signer_given_by_an_office_of_its_body_is_named_where_the_article_names_one() -> None:
    given = Agreement(
        title="Memorandum of Understanding on Harbour Robotics",
        parties=named_parties("Tarn University", "Ostmark Coastal Agency"),
        signatories=[
            Signatory(title="Director-General of the Ostmark Coastal Agency", organization="OCA"),
            Signatory(title="Vice-Chancellor of Tarn University", organization="TU"),
            Signatory(name="Mira Vos", title="Professor"),
        ],
    )
    kept, _ = guarded(_MEMORANDUM, dt.date(2026, 2, 12), given)
    assert [(p.name, p.title, p.organization) for p in kept[0].signatories] == [
        ("Rune Falk", "Director-General", "OCA"),
        ("Mira Vos", "Vice-Chancellor", "TU"),
    ]


def test_the_ceremony_after_the_sentence_that_says_who_signed_is_the_signings() -> None:
    given = Agreement(
        title="Memorandum of Understanding on Harbour Robotics",
        parties=named_parties("Tarn University", "Ostmark Coastal Agency"),
        signatories=named_people("Mira Vos"),
    )
    kept, _ = guarded(_MEMORANDUM, dt.date(2026, 2, 12), given)
    assert kept[0].location == "Lindqvist Room"


def test_a_partys_name_written_only_inside_anothers_is_that_party() -> None:
    text = (
        "昨天，澜川市人民政府与中国澜海能源集团有限公司（以下简称“澜海能源”）签署合作协议。"
        "我院与市冷链物流协会签约。澜川职业学院与澜川市冷链物流协会签署校企合作协议。\n"
    )
    energy = Agreement(
        title="合作协议",
        parties=named_parties("澜川市人民政府", "澜海能源集团有限公司", "中国澜海能源集团有限公司"),
    )
    college = Agreement(
        title="校企合作协议",
        parties=named_parties("澜川职业学院", "市冷链物流协会", "澜川市冷链物流协会"),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 9), energy, college)
    assert [[(p.name, p.aliases) for p in a.parties] for a in kept] == [
        [("澜川市人民政府", []), ("中国澜海能源集团有限公司", ["澜海能源集团有限公司"])],
        [("澜川职业学院", []), ("澜川市冷链物流协会", ["市冷链物流协会"])],
    ]


def test_an_office_of_its_body_given_twice_is_one_unnamed_signer_and_no_witness() -> None:
    text = (
        "The third document, between Corwen Marine Ltd. and Halden Maritime University, sets up "
        "a skills centre. It was signed by Corwen managing director Piet Laar and by the "
        "university's rector.\n"
    )
    given = Agreement(
        title="third document",
        parties=named_parties("Corwen Marine Ltd.", "Halden Maritime University"),
        signatories=[
            Signatory(name="Piet Laar"),
            Signatory(title="Rector", organization=None),
            Signatory(
                title="Rector of Halden Maritime University",
                organization="Halden Maritime University",
            ),
        ],
        witnesses=[
            Signatory(
                title="Rector of Halden Maritime University",
                organization="Halden Maritime University",
            )
        ],
    )
    kept, _ = guarded(text, dt.date(2025, 9, 17), given)
    assert [(p.name, p.title, p.organization) for p in kept[0].signatories] == [
        ("Piet Laar", None, None),
        (None, "Rector", "Halden Maritime University"),
    ]
    assert kept[0].witnesses == []


def test_an_office_of_its_bodys_initials_is_the_office() -> None:
    text = (
        "The memorandum between the Kilindi Ports Authority (KPA) and Baraka Terminals Ltd was "
        "signed by the Board Chairperson, Amina Said, and by Baraka's managing director.\n"
    )
    given = Agreement(
        title="memorandum",
        parties=named_parties("Kilindi Ports Authority", "Baraka Terminals Ltd"),
        signatories=[
            Signatory(
                name="Amina Said",
                title="Board Chairperson of KPA",
                organization="Kilindi Ports Authority",
            )
        ],
    )
    kept, _ = guarded(text, dt.date(2026, 2, 2), given)
    assert kept[0].signatories[0].title == "Board Chairperson"
