"""Review of 9706d82 (blind78's rules): over-reaches, each on a text of our own. Every test
asserts the right behaviour; each fails on 9706d82 and passes on the code before it."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.headline import headline
from coopllm.schema import Agreement
from coopllm.sentences import sentence_bounds


def test_the_man_a_political_secretary_works_for_is_no_witness() -> None:
    # _named_after_an_honorific: "to Datuk Seri …" inside a witness's item
    text = (
        "SHAH ALAM, May 12 -- Selangor Digital Hub and Nexa Labs Sdn Bhd signed a memorandum "
        "of understanding on cloud skills today.\n\n"
        "The signing, by Aminah Daud and Kelvin Tan, was witnessed by the political secretary "
        "to Datuk Seri Amirudin Shari, Ahmad Fuad Osman.\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Selangor Digital Hub", "Nexa Labs Sdn Bhd"),
        signatories=named_people("Aminah Daud", "Kelvin Tan"),
    )
    kept, _ = guarded(text, dt.date(2026, 5, 12), given)
    assert "Amirudin Shari" not in [p.name for p in kept[0].witnesses]


_POWER = (
    "ACCRA, May 12 -- The Government of Ghana and Voltra Energy Ltd signed a power purchase "
    "agreement on Tuesday.\n\n"
    "The agreement was signed by Kofi Mensah, Minister of Energy, and Jane Osei, Vice "
    "President of Operations of Voltra Energy Ltd.\n"
)


def test_a_ministers_portfolio_is_no_party() -> None:
    # body_after_its_person: "Minister of Energy" gives the body "Energy"
    given = Agreement(
        title="power purchase agreement",
        parties=named_parties("Kofi Mensah, Minister of Energy", "Voltra Energy Ltd"),
        signatories=named_people("Kofi Mensah", "Jane Osei"),
    )
    kept, _ = guarded(_POWER, dt.date(2026, 5, 12), given)
    assert "Energy" not in [p.name for p in kept[0].parties]


def test_a_vice_presidents_department_is_no_party() -> None:
    # body_after_its_person: "Vice President of Operations" gives the body "Operations"
    given = Agreement(
        title="power purchase agreement",
        parties=named_parties("Government of Ghana", "Jane Osei, Vice President of Operations"),
        signatories=named_people("Kofi Mensah", "Jane Osei"),
    )
    kept, _ = guarded(_POWER, dt.date(2026, 5, 12), given)
    assert "Operations" not in [p.name for p in kept[0].parties]


_STUDENT_EXCHANGES = (
    "Nanyang Polytechnic and Keio University signed a memorandum of understanding on "
    "Monday. It was signed by Lim Wei Ling and Kenji Sato. The schools ran two pilot student "
    "exchanges last year. Both exchanges took place in Kyoto.\n"
)


def _exchange_mou(location: str | None = None) -> Agreement:
    return Agreement(
        title="memorandum of understanding",
        parties=named_parties("Nanyang Polytechnic", "Keio University"),
        signatories=named_people("Lim Wei Ling", "Kenji Sato"),
        location=location,
    )


def test_the_city_of_two_student_exchanges_is_no_venue() -> None:
    # _EXCHANGES in _EN_HELD_AT: "Both exchanges took place in …" of students
    kept, _ = guarded(_STUDENT_EXCHANGES, dt.date(2026, 5, 14), _exchange_mou())
    assert kept[0].location is None


def test_the_city_of_two_student_exchanges_given_as_the_venue_goes() -> None:
    # ROLE_WORDS["location"]: "both exchanges" ties a city to the signing
    kept, _ = guarded(_STUDENT_EXCHANGES, dt.date(2026, 5, 14), _exchange_mou("Kyoto"))
    assert kept[0].location is None


def test_a_third_party_in_a_title_counts_no_three_parties() -> None:
    # _counts_its_parties: 三方 of 第三方
    text = (
        "5月8日，青山港务集团与蓝湖物流有限公司签署了《第三方物流服务合作协议》。"
        "随后，青山港务集团又与红河银行签署《战略合作协议》。\n"
    )
    first = Agreement(
        title="第三方物流服务合作协议",
        parties=named_parties("青山港务集团", "蓝湖物流有限公司", "红河银行"),
    )
    second = Agreement(title="战略合作协议", parties=named_parties("青山港务集团", "红河银行"))
    kept, _ = guarded(text, dt.date(2026, 5, 8), first, second)
    assert [p.name for p in kept[0].parties] == ["青山港务集团", "蓝湖物流有限公司"]


def test_a_kind_of_body_co_built_where_signed_is_not_added() -> None:
    # _co_built_where_signed: no unnamed_body check (the guard drops it, then adds it back)
    text = (
        "5月8日，青山大学与蓝湖科技有限公司签署《产学研合作协议》，双方将共建“大学生实践教育基地”。"
        "同日，青山大学还与红河银行签署《校银合作协议》。\n"
    )
    first = Agreement(title="产学研合作协议", parties=named_parties("青山大学", "蓝湖科技有限公司"))
    second = Agreement(title="校银合作协议", parties=named_parties("青山大学", "红河银行"))
    kept, _ = guarded(text, dt.date(2026, 5, 8), first, second)
    assert [a.established_entities for a in kept] == [[], []]


def test_the_words_before_a_short_form_are_no_party() -> None:
    # _introduced_as: the whole run of characters before （以下简称“…”）
    text = (
        "5月8日，青山大学副校长李明一行赴蓝湖科技集团股份有限公司（以下简称“蓝湖科技”）调研。"
        "会上，青山大学计算机学院与蓝湖科技签署了《人才培养合作协议》。\n"
    )
    given = Agreement(title="人才培养合作协议", parties=named_parties("青山大学计算机学院"))
    kept, _ = guarded(text, dt.date(2026, 5, 8), given)
    assert not any("一行赴" in p.name for p in kept[0].parties)


_MARBLE_ARCH = (
    "LONDON -- Acme Freight Ltd and Northgate Bank signed a memorandum of understanding at a "
    "hotel near Marble Arch. On Tuesday, Mayor Jane Cole toured the firms' new depot in "
    "Croydon.\n"
)


def test_a_landmarks_arch_ends_its_sentence() -> None:
    # _ABBREVIATION: "Arch." as an architect's title
    assert len(sentence_bounds(_MARBLE_ARCH.strip())) == 2


def test_the_day_after_a_landmarks_arch_is_no_signing_day() -> None:
    given = Agreement(
        title="memorandum of understanding",
        parties=named_parties("Acme Freight Ltd", "Northgate Bank"),
    )
    kept, _ = guarded(_MARBLE_ARCH, dt.date(2026, 5, 14), given)
    assert (kept[0].date_text, kept[0].date_signed) == (None, None)


def test_a_short_headline_above_its_subtitle_is_the_headline() -> None:
    # _KICKER on the line the model gave: a four-character title with a "——" subtitle
    text = (
        "强强联手\n——青山大学与蓝湖科技签署战略合作协议\n发布时间：2026-05-08\n\n"
        "5月8日，青山大学与蓝湖科技有限公司签署战略合作协议。\n"
    )
    assert headline("强强联手", text) == "强强联手"
