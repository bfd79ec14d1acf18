"""Rules made from the fifty-ninth blind set's misses, each on a text of our own that fails
on the code before them: a joint signing's projects listed one a line, each with its firm,
after one body's signer signed with each firm in turn, are each a project agreement; an
unveiling that opens its paragraph names its unveilers; "took the train … to sign the
agreement at …" is the venue; a party given by its initials is named by the record's party
they spell; an untitled copy whose signers' sentence names no document, titled by the next
sentence, folds into the titled one; a joint venture "will be named …" is founded; a
party's seat after a passive signing's list of signers is the venue; a document titled by
a word of the page's "Read next" list alone, its signing another's, goes."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, AgreementType

_PROJECTS = (
    "11月3日上午，南湖经济开发区重点项目集中签约仪式在开发区政务中心二楼会议室举行。\n\n"
    "开发区管委会副主任韩立新代表南湖经济开发区管理委员会，与各企业代表依次签约。签约项目如下：\n\n"
    "1. 年产5000吨特种纸项目，签约企业：东岳纸业有限公司；\n"
    "2. 汽车线束生产线项目，签约企业：嘉联电子科技有限公司。\n\n"
    "区长林芳出席仪式并讲话。\n"
)


def test_projects_listed_with_their_firms_are_each_an_agreement() -> None:
    kept, _ = guarded(_PROJECTS, dt.date(2025, 11, 4))
    assert [[p.name for p in a.parties] for a in kept] == [
        ["南湖经济开发区管理委员会", "东岳纸业有限公司"],
        ["南湖经济开发区管理委员会", "嘉联电子科技有限公司"],
    ]
    assert [(p.name, p.title) for p in kept[0].signatories] == [
        ("韩立新", "副主任"),
        (None, "企业代表"),
    ]
    assert {(a.date_signed, a.location) for a in kept} == {
        (dt.date(2025, 11, 3), "开发区政务中心二楼会议室")
    }
    assert kept[0].agreement_type is AgreementType.PROJECT_AGREEMENT


def test_a_list_of_projects_no_signer_signed_in_turn_adds_none() -> None:
    text = _PROJECTS.replace("，与各企业代表依次签约", "出席并致辞")
    kept, _ = guarded(text, dt.date(2025, 11, 4))
    assert kept == []


def test_an_unveiling_that_opens_its_paragraph_names_its_unveilers() -> None:
    text = (
        "上周三，东川县人民政府与北岭农业大学签署校地合作协议，县长郑凯与副校长孔妍代表双方签字。\n\n"
        "东川县委书记魏平与北岭农业大学党委书记石磊共同为“北岭农业大学东川茶产业研究院”揭牌。\n"
    )
    given = Agreement(
        title="校地合作协议",
        parties=named_parties("东川县人民政府", "北岭农业大学"),
        signatories=named_people("郑凯", "孔妍"),
        established_entities=["北岭农业大学东川茶产业研究院"],
    )
    kept, _ = guarded(text, dt.date(2025, 11, 21), given)
    assert [p.name for p in kept[0].witnesses] == ["魏平", "石磊"]


_MISSION = (
    "OSAKA, Japan -- Carden State University has entered into an education partnership with "
    "a Japanese city, a deal its leaders say will send students abroad each year.\n\n"
    "On Oct. 14 the delegation took the train north to sign the agreement at City Hall in "
    "Tosaka, a city of 90,000. Mayor Ken Arai signed on behalf of the City of Tosaka, and "
    "Provost Ruth Lowe signed on behalf of CSU.\n\n"
    'The document, formally titled the "Agreement on Student Exchange," runs five years.\n'
)


def test_the_place_a_delegation_travelled_to_sign_at_is_the_venue() -> None:
    given = Agreement(
        title="Agreement on Student Exchange",
        parties=named_parties("Carden State University", "City of Tosaka"),
        signatories=named_people("Ken Arai", "Ruth Lowe"),
    )
    kept, _ = guarded(_MISSION, dt.date(2025, 10, 16), given)
    assert kept[0].location == "City Hall in Tosaka"


def test_a_trip_to_sign_still_to_come_gives_no_venue() -> None:
    text = _MISSION.replace("took the train north to sign", "will take the train north to sign")
    given = Agreement(
        title="Agreement on Student Exchange",
        parties=named_parties("Carden State University", "City of Tosaka"),
    )
    kept, _ = guarded(text, dt.date(2025, 10, 16), given)
    assert kept[0].location is None


def test_a_copy_by_initials_titled_in_the_next_sentence_folds_into_the_titled_one() -> None:
    untitled = Agreement(
        parties=named_parties("Carden State University", "City of Tosaka"),
        signatories=named_people("Ken Arai", "Ruth Lowe"),
    )
    titled = Agreement(
        title="Agreement on Student Exchange",
        parties=named_parties("City of Tosaka", "CSU"),
        signatories=named_people("Ken Arai", "Ruth Lowe"),
    )
    kept, _ = guarded(_MISSION, dt.date(2025, 10, 16), untitled, titled)
    assert [a.title for a in kept] == ["Agreement on Student Exchange"]
    assert [p.name for p in kept[0].parties] == ["City of Tosaka", "Carden State University"]


def test_a_joint_venture_the_release_says_will_be_named_is_founded() -> None:
    text = (
        "SANTIAGO, Jan. 20, 2026 -- Andes Grid S.A. entered into a Joint Venture Agreement with "
        "Huaxin Power Equipment Co., Ltd.\n\nThe joint venture company will be named Andhua "
        "Transformadores S.A. The agreement was inked on the 14th by Chief Executive Officer "
        "Pablo Soto and Chairman Li Wen.\n"
    )
    given = Agreement(
        title="Joint Venture Agreement",
        parties=named_parties("Andes Grid S.A.", "Huaxin Power Equipment Co., Ltd."),
        signatories=named_people("Pablo Soto", "Li Wen"),
        established_entities=["Andhua Transformadores S.A."],
    )
    kept, _ = guarded(text, dt.date(2026, 1, 20), given)
    assert kept[0].established_entities == ["Andhua Transformadores S.A."]


_WIRE = (
    "LONDON, Feb 11 (Wire) - Britain's Pellham Institute will build detectors for the Orvan "
    "Space Agency (OSA) under a cooperation agreement, the two said on Wednesday.\n\n"
    "The agreement was signed on Tuesday by Dr. Lena Hart, director of the Pellham Institute, "
    "and Ivo Brandt, director general of the OSA, at the institute's headquarters in Oxford.\n\n"
    "Read next\n"
    "- Satellite maker shares jump on defence contract\n"
    "- Solar storm disrupts radio\n"
)


def _wire(title: str | None) -> Agreement:
    return Agreement(
        title=title,
        parties=named_parties("Pellham Institute", "Orvan Space Agency"),
        signatories=named_people("Lena Hart", "Ivo Brandt"),
    )


def test_a_partys_seat_after_a_passive_signings_signers_is_the_venue() -> None:
    kept, _ = guarded(_WIRE, dt.date(2026, 2, 11), _wire("cooperation agreement"))
    assert kept[0].location == "the institute's headquarters in Oxford"


def test_a_copy_titled_by_a_read_next_link_goes() -> None:
    kept, _ = guarded(
        _WIRE, dt.date(2026, 2, 11), _wire("cooperation agreement"), _wire("contract")
    )
    assert [a.title for a in kept] == ["cooperation agreement"]
