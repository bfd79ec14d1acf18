"""A read-only review of the rules of blind70's leftovers and blind71 found these faults,
each on a text of its own, failing on the code before the mends: a time word after a
body's name read as a name, witnesses "分别代表双方出席并见证签约" read as signers, another
agreement's signing sentence read as the unsigned one's, a list of three bodies cut to two
and a day read into a body's name, a time word before a list of bodies kept on the first,
a unit named in the signing by its short form dropped, whom a founded body serves read as
its name, and "signed for the consignment at the port" read as a signing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from conftest import guarded, named_parties, named_people
from test_guard_blind71 import SECOND_SIGNING, second_signing

from coopllm.schema import Agreement, Party, Signatory


def _names(people: Sequence[Signatory]) -> list[str]:
    return [p.name or "" for p in people]


# 1. titles.name_ending / _name_after_a_body: "于近日" after a company's name read as a name
def test_a_time_word_after_a_bodys_name_is_no_signer() -> None:
    text = (
        "本报讯 江南大学与华为技术有限公司于近日签署《产学研战略合作协议》。"
        "根据协议，双方将在人工智能领域开展合作。\n"
    )
    agreement = Agreement(
        title="产学研战略合作协议", parties=named_parties("江南大学", "华为技术有限公司")
    )
    kept, _ = guarded(text, dt.date(2025, 11, 20), agreement)
    assert "于近日" not in _names(kept[0].signatories)


# 2. left_out._Signing.respectively: 分别代表双方 "出席并见证签约" are witnesses, not signers
def test_respectively_attending_and_witnessing_the_signing_signs_nothing() -> None:
    text = (
        "12月30日，澜江市人民政府与华岳集团有限公司战略合作签约仪式在市行政中心举行。"
        "市委书记陈志远、华岳集团董事长许文斌分别代表双方出席并见证签约。"
        "副市长周立新与华岳集团总经理韩雪松代表双方签署《战略合作框架协议》。\n"
    )
    agreement = Agreement(
        title="战略合作框架协议", parties=named_parties("澜江市人民政府", "华岳集团有限公司")
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), agreement)
    signers = _names(kept[0].signatories)
    assert "周立新" in signers and "韩雪松" in signers
    assert "陈志远" not in signers and "许文斌" not in signers


# 3. left_out._told_in: the sentence before signs ANOTHER agreement (writes its title)
def test_signers_after_another_agreements_signing_are_not_the_unsigned_ones() -> None:
    text = (
        "OSLO, March 12 -- Northbrook University and Helix Biotech signed a framework agreement "
        "on research cooperation on Monday. Rector Anna Berg signed for the university, and Helix "
        "chief executive Tom Reyes signed for the company.\n\n"
        "The two sides also concluded a supply contract for laboratory reagents, under which Helix "
        "will deliver reagents to the university's labs from May.\n"
    )
    framework = Agreement(
        title="framework agreement",
        parties=named_parties("Northbrook University", "Helix Biotech"),
        signatories=named_people("Anna Berg"),
    )
    supply = Agreement(
        title="supply contract", parties=named_parties("Northbrook University", "Helix Biotech")
    )
    kept, _ = guarded(text, dt.date(2025, 3, 12), framework, supply)
    assert "Tom Reyes" not in _names(kept[1].signatories)  # he signed the framework agreement


# 4a. between.parties_at_its_venue: "A, B and C signed" -> only B and C (the last comma)
def test_three_bodies_signing_at_the_venue_are_not_cut_to_the_last_two() -> None:
    text = SECOND_SIGNING.replace(
        "Fjordby University College and Zhejiang",
        "Fjordby University College, Bergen University and Zhejiang",
    )
    kept, _ = second_signing(text)
    names = [p.name for p in kept[1].parties]
    assert "Fjordby University College" in names, names


# 4b. between.parties_at_its_venue: "On Wednesday Fjordby University College and ..." (no comma)
def test_a_day_before_the_bodies_is_no_part_of_a_partys_name() -> None:
    text = SECOND_SIGNING.replace("In a separate ceremony on Wednesday, ", "On Wednesday ")
    kept, _ = second_signing(text)
    names = [p.name for p in kept[1].parties]
    assert not any(n.startswith("On Wednesday") for n in names), names


# 5. between.parties_signing_together: a time word before the list glued to the first body
def test_a_time_word_before_the_list_is_no_part_of_the_added_party() -> None:
    text = (
        "近日西洋县人民政府与江南绿能集团有限公司（以下简称“江南绿能”）在南川市国际会议中心签署"
        "《西洋县分布式光伏项目投资协议》。西洋县县长陶文斌与江南绿能副总裁沈启航代表双方签约。\n"
    )
    agreement = Agreement(
        title="西洋县分布式光伏项目投资协议",
        parties=named_parties("江南绿能集团有限公司", "南川市国际会议中心"),
    )
    kept, _ = guarded(text, dt.date(2026, 1, 5), agreement)
    names = [p.name for p in kept[0].parties]
    assert "近日西洋县人民政府" not in names, names


# 6. between.no_unsigned_unit: the signing sentence names the unit by its short form (alias)
def test_a_unit_the_signing_names_by_its_short_form_stays_a_party() -> None:
    text = (
        "近日，江淮理工大学、江淮理工大学材料科学与工程学院（以下简称“材料学院”）与启明新能源科技股份有限公司"
        "（以下简称“启明新能源”）在合肥召开校院企三方合作座谈会。"
        "会上，江淮理工大学、材料学院与启明新能源三方签署《固态电池联合研发协议》。\n"
    )
    agreement = Agreement(
        title="固态电池联合研发协议",
        parties=[
            Party(name="江淮理工大学"),
            Party(name="江淮理工大学材料科学与工程学院", aliases=["材料学院"]),
            Party(name="启明新能源科技股份有限公司", aliases=["启明新能源"]),
        ],
    )
    kept, _ = guarded(text, dt.date(2025, 12, 20), agreement)
    names = [p.name for p in kept[0].parties]
    assert "江淮理工大学材料科学与工程学院" in names, names


# 7. left_out.entities_in_full: "for <a party> students" is whom it serves, not its name
def test_whom_a_founded_body_serves_is_no_part_of_its_name() -> None:
    text = (
        "SHANGHAI, Oct 9 -- ABB and Tongji University signed a cooperation agreement on Wednesday. "
        "Under the agreement, ABB will set up a Digital Twin Training Centre for Tongji University "
        "students on the Jiading campus.\n"
    )
    agreement = Agreement(
        title="cooperation agreement",
        parties=named_parties("ABB", "Tongji University"),
        established_entities=["Digital Twin Training Centre"],
    )
    kept, _ = guarded(text, dt.date(2025, 10, 9), agreement)
    assert kept[0].established_entities == ["Digital Twin Training Centre"]


# 8. people._DEAL_SIGNED: "signed for the consignment at the port" (took delivery) is no signing
def test_signing_for_a_delivery_at_the_port_is_no_signing() -> None:
    text = (
        "NAIROBI, June 5 -- Kenya's Ministry of Health and Serum Life Sciences signed a vaccine "
        "supply agreement in Nairobi on Monday. Under the agreement, Serum Life Sciences will "
        "deliver two million doses of measles vaccine this year.\n\n"
        "The first consignment landed on Wednesday, and county health officer Amina Yusuf signed "
        "for the consignment at the port of Mombasa.\n"
    )
    agreement = Agreement(
        title="vaccine supply agreement",
        parties=named_parties("Ministry of Health", "Serum Life Sciences"),
        witnesses=named_people("Amina Yusuf"),
    )
    kept, _ = guarded(text, dt.date(2025, 6, 5), agreement)
    assert "Amina Yusuf" not in _names(kept[0].signatories)
