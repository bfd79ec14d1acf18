"""Rules made from the eightieth blind set's misses, on texts of our own that fail on the
code before them: a "PRESS NOTE" label, "the signing of both MoUs" witnessed, a body's
offices on a street, a university's office masthead given as a party beside 我校, the
ceremony's place in the next sentence, a renewal's original given as a second agreement,
and a body the title names unveiled unquoted."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.headline import headline
from coopllm.schema import Agreement


def test_a_press_notes_label_is_no_headline() -> None:
    text = (
        "Government of Karnataka\nDepartment of Sericulture\nPRESS NOTE\nRelease: 11 May 2026"
        "\n\nTwo MoUs signed to grow silk exports\n\nBengaluru, May 11: The department signed "
        "two MoUs on Monday.\n"
    )
    assert headline("PRESS NOTE", text) == "Two MoUs signed to grow silk exports"


def test_the_witnesses_of_the_signing_of_both_documents_witnessed_each() -> None:
    text = (
        "The MoUs were signed at Raitha Bhavan, Hebbal. The signing of both MoUs was witnessed "
        "by Shri Ravi T. Gowda, Minister for Agriculture, and Smt. Asha Rao, Secretary.\n\n"
        "The first MoU was signed by Dr. Uma Kadam and Shri Anil Nair. The second MoU was "
        "signed by Dr. Lakshmi Rao and Prof. Imran Ahmed.\n"
    )
    first = Agreement(
        title="first MoU",
        parties=named_parties("Sericulture Department", "Nilgiri Silks"),
        signatories=named_people("Uma Kadam", "Anil Nair"),
    )
    second = Agreement(
        title="second MoU",
        parties=named_parties("Sericulture Department", "Centre for Silk Research"),
        signatories=named_people("Lakshmi Rao", "Imran Ahmed"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 11), first, second)
    assert [[p.name for p in a.witnesses] for a in kept] == [["Ravi T. Gowda", "Asha Rao"]] * 2


def test_a_bodys_offices_on_a_street_and_its_town_are_the_venue() -> None:
    text = (
        "The agreement between Kilifi Cashew Ltd and Vermeer Systems B.V. was signed last "
        "Tuesday at the KNCC offices on Moi Avenue, Mombasa.\n"
    )
    given = Agreement(
        title="agreement",
        location="Mombasa",
        parties=named_parties("Kilifi Cashew Ltd", "Vermeer Systems B.V."),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), given)
    assert kept[0].location == "KNCC offices on Moi Avenue, Mombasa"


_VIDEO_SIGNING = (
    "南江大学国际合作与交流处\n首页 | 机构设置 | 国际合作\n\n"
    "我校与湖畔理工大学“云签约”缔结姊妹学校关系\n\n"
    "发布时间：2026-03-07\n\n日前，我校与湖畔理工大学以视频连线方式签署姊妹学校合作备忘录。\n\n"
    "签约仪式于北京时间3月5日晚8时举行。仪式在我校行政楼第一会议室举行。我校校长慕容青、"
    "副校长许嘉，湖畔理工大学校长戴维·芬奇等出席。\n\n"
    "在市教育局副局长孙明的见证下，双方校长分别在主、分会场签署了《姊妹学校合作备忘录》。\n"
)


def test_a_universitys_office_on_its_masthead_given_beside_our_school_is_the_school() -> None:
    given = Agreement(
        title="姊妹学校合作备忘录",
        parties=named_parties("南江大学国际合作与交流处", "湖畔理工大学", "我校"),
    )
    assert [p.name for p in normalized(_VIDEO_SIGNING, given)[0].parties] == [
        "南江大学",
        "湖畔理工大学",
    ]


def test_the_ceremonys_place_in_the_next_sentence_is_the_venue() -> None:
    given = Agreement(title="姊妹学校合作备忘录", parties=named_parties("南江大学", "湖畔理工大学"))
    kept, _ = guarded(_VIDEO_SIGNING, dt.date(2026, 3, 7), given)
    assert kept[0].location == "行政楼第一会议室"


def test_the_original_of_a_renewal_given_as_a_second_agreement_is_dropped() -> None:
    text = (
        'Qianshan Holdings Limited (the "Company")\n\nReference is made to the announcement '
        "of the Company dated 15 March 2023 in relation to the cooperation framework agreement "
        'entered into between the Company and Lingshui Water Group ("Lingshui Water") (the '
        '"Original Agreement").\n\nThe Board is pleased to announce that on 9 March 2026 the '
        "Company and Lingshui Water entered into the Renewed Cooperation Framework Agreement "
        '(the "Renewed Agreement").\n\nThe Renewed Agreement was signed by Mr. Lam Ka-Wing, '
        "chief executive officer of the Company, and Ms. Huang Li, deputy general manager of "
        "Lingshui Water.\n"
    )
    people = named_people("Lam Ka-Wing", "Huang Li")
    parties = named_parties("Qianshan Holdings Limited", "Lingshui Water Group")
    original = Agreement(
        title="cooperation framework agreement", parties=parties, signatories=people
    )
    renewal = Agreement(
        title="Renewed Cooperation Framework Agreement", parties=parties, signatories=people
    )
    kept, _ = guarded(text, dt.date(2026, 3, 10), original, renewal)
    assert [a.title for a in kept] == ["Renewed Cooperation Framework Agreement"]


def test_a_body_the_title_names_unveiled_unquoted_is_founded_and_its_unveilers_witness() -> None:
    text = (
        "昨天上午，安江县人民政府与浙江恒远新材料科技有限公司投资协议签约仪式在县行政中心举行。\n\n"
        "在县委书记赵文、县长皇甫军的共同见证下，园区管委会主任方远代表县政府，与恒远新材总经理钱鸣"
        "签署《恒远复合材料产业研究基地项目投资协议》。\n\n签约后，赵文与恒远新材董事长陈峰共同为"
        "恒远复合材料产业研究基地揭牌。\n"
    )
    given = Agreement(
        title="恒远复合材料产业研究基地项目投资协议",
        parties=named_parties("安江县人民政府", "浙江恒远新材料科技有限公司"),
        signatories=named_people("方远", "钱鸣"),
        witnesses=named_people("赵文", "皇甫军"),
    )
    kept, _ = guarded(text, dt.date(2026, 2, 6), given)
    assert kept[0].established_entities == ["恒远复合材料产业研究基地"]
    assert [p.name for p in kept[0].witnesses] == ["赵文", "皇甫军", "陈峰"]


def test_both_presidents_signing_are_the_parties_two_presidents() -> None:
    given = Agreement(
        title="姊妹学校合作备忘录",
        parties=named_parties("南江大学", "湖畔理工大学"),
        signatories=named_people("慕容青", "戴维·芬奇"),
    )
    kept, _ = guarded(_VIDEO_SIGNING, dt.date(2026, 3, 7), given)
    assert [p.name for p in kept[0].signatories] == ["慕容青", "戴维·芬奇"]
