"""Rules made from the fortieth blind set's misses, each on a text of our own that fails on
the code before them: a party given by its Chinese short form is the record's party of
the full name; a town's bare name is its council where the text names it "City of …"; a
person's name alone given as a party, who signed, is a signer; an unveiler named with an
honorific after the name is read."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, normalized

from coopllm.schema import Agreement

_INSTITUTE = (
    "本周二上午，江澜省科学技术厅与中国科学院澜南稀土材料研究所（以下简称“稀土所”）在南昌签署"
    "《共建江澜省稀土材料创新研究院合作协议》，省科技厅厅长刘建平与稀土所所长周明签约。\n"
    "同日，澜州市人民政府与稀土所签署《稀土电机材料产业化项目合作协议》，副市长黄志与稀土所副所长"
    "孙雅签约。\n"
)


def test_a_party_given_by_its_short_form_is_the_full_ones() -> None:
    """The blind40 ao04's: 省科技厅 beside 江西省科学技术厅, and 稀土所 alone in the second."""
    institute = Agreement(
        title="共建江澜省稀土材料创新研究院合作协议",
        parties=named_parties("江澜省科学技术厅", "中国科学院澜南稀土材料研究所", "省科技厅"),
        signatories=named_people("刘建平", "周明"),
    )
    project = Agreement(
        title="稀土电机材料产业化项目合作协议",
        parties=named_parties("澜州市人民政府", "稀土所"),
        signatories=named_people("黄志", "孙雅"),
    )
    kept, _ = guarded(_INSTITUTE, dt.date(2026, 3, 12), institute, project)
    assert [[p.name for p in a.parties] for a in kept] == [
        ["江澜省科学技术厅", "中国科学院澜南稀土材料研究所"],
        ["澜州市人民政府", "中国科学院澜南稀土材料研究所"],
    ]
    assert "稀土所" in kept[1].parties[1].aliases


def test_a_towns_bare_name_is_its_council_where_the_text_names_it_so() -> None:
    """The blind40 ao03's "Lindenfeld" and "Kessaro", "the City of …" in the text."""
    text = (
        "Mayor Anna Brix and the Mayor of Tarvik, Olli Sund, signed a Letter of Intent. Under "
        "it, the City of Velden and the City of Tarvik will exchange engineers.\n"
    )
    given = Agreement(parties=named_parties("Velden", "Tarvik"))
    (agreement,) = normalized(text, given)
    assert [p.name for p in agreement.parties] == ["City of Velden", "City of Tarvik"]
    (plain,) = normalized("Velden and Tarvik signed a Letter of Intent.\n", given)
    assert [p.name for p in plain.parties] == ["Velden", "Tarvik"]


_COLLEGE = (
    "12月29日下午，华澜工程大学材料学院与宁川新材料股份有限公司签约仪式在学院报告厅举行。公司总经理"
    "马骏、技术总监林志等出席仪式。\n"
    "会上，郑立教授与马骏分别代表学院和公司签署《联合研发中心协议》。随后，何文海教授与宋建共同"
    "为“先进陶瓷联合研发中心”揭牌。\n"
    "同日，学院吴敏教授代表课题组与林志签订《陶瓷基板工艺技术开发合同》。\n"
)


def test_a_signer_given_as_a_party_signs_and_unveilers_keep_their_honorific_apart() -> None:
    """The blind40 ao06's: the contract's company given as its signer 林志远, and the
    vice-president unveiling "何文彬教授" left out."""
    centre = Agreement(
        title="联合研发中心协议",
        parties=named_parties("华澜工程大学材料学院", "宁川新材料股份有限公司"),
        signatories=named_people("郑立", "马骏"),
        established_entities=["先进陶瓷联合研发中心"],
    )
    contract = Agreement(
        title="陶瓷基板工艺技术开发合同",
        parties=named_parties("华澜工程大学材料学院", "林志"),
        signatories=named_people("吴敏"),
    )
    kept, _ = guarded(_COLLEGE, dt.date(2026, 1, 5), centre, contract)
    assert [p.name for p in kept[0].witnesses] == ["何文海", "宋建"]
    assert [p.name for p in kept[1].parties] == ["华澜工程大学材料学院"]
    assert [p.name for p in kept[1].signatories] == ["吴敏", "林志"]
