"""Rules made from the eighty-second blind set's misses, on texts of our own that fail on
the code before them: a pointing word and a title given as a name, "负责人" given as one,
an office's holder among those of the signer's body only, a form of address after a
Chinese name, attendees who "到场观礼" beside unveilers, a Taiwan body's legal form before
its name, a bureau given with its head's title, "等县领导" ending a list of witnesses, an
English title before a name in a quote, and a document a party "prepares"."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people, read_through

from coopllm.guard.reading import TO_COME
from coopllm.schema import Agreement, Signatory

_HOSPITAL = (
    "財團法人明川紀念醫院（以下簡稱明川醫院）與嶺東醫學大學上週四在本院國際會議廳簽署「臨床研究"
    "合作協議書」，共同成立「嶺東醫學大學—明川紀念醫院聯合臨床研究中心」。協議由本院院長代表醫院簽署，嶺東醫學大學則由副校長暨醫學院院長周慧君教授代表"
    "學校簽約。簽約後，嶺東醫學大學校長何立群與明川醫院董事長葉淑芬共同為研究中心揭牌，市衛生局"
    "副局長鄭文達、兩校院主管及研究團隊數十人到場觀禮。\n\n院長高志遠致詞時表示，研究中心將設於"
    "本院第二醫療大樓。\n"
)


def _hospital() -> Agreement:
    return read_through(
        _HOSPITAL,
        dt.date(2025, 6, 16),
        Agreement(
            title="臨床研究合作協議書",
            parties=named_parties("財團法人明川紀念醫院", "嶺東醫學大學", "明川紀念醫院"),
            signatories=[
                Signatory(name="本院院長", title="院長", organization="財團法人明川紀念醫院"),
                Signatory(title="副校長暨醫學院院長", organization="嶺東醫學大學"),
                Signatory(name="周慧君", title="教授"),
            ],
            witnesses=named_people("何立群", "葉淑芬", "鄭文達", "兩校院主管及研究團隊數十人"),
        ),
    )[0]


def test_our_hospitals_director_written_as_a_name_is_the_one_the_page_names() -> None:
    assert [(p.name, p.title) for p in _hospital().signatories] == [
        ("高志遠", "院長"),
        ("周慧君", "副校長暨醫學院院長"),
    ]


def test_those_who_attended_to_watch_are_no_witnesses_and_the_unveilers_are() -> None:
    assert [p.name for p in _hospital().witnesses] == ["何立群", "葉淑芬"]


def test_a_taiwan_bodys_name_without_its_legal_form_is_its_alias() -> None:
    assert [(p.name, p.aliases) for p in _hospital().parties] == [
        ("財團法人明川紀念醫院", ["明川紀念醫院"]),
        ("嶺東醫學大學", []),
    ]


def test_the_person_in_charge_given_as_a_name_is_an_unnamed_signer() -> None:
    text = (
        "当天下午，省科学院光电研究所与青禾光电科技有限公司签订《激光器开发合同》，双方负责人在"
        "合同上签字。\n"
    )
    given = Agreement(
        title="激光器开发合同",
        parties=named_parties("省科学院光电研究所", "青禾光电科技有限公司"),
        signatories=named_people("负责人"),
    )
    kept = read_through(text, dt.date(2025, 9, 9), given)
    assert [(p.name, p.title) for p in kept[0].signatories] == [(None, "负责人")]


def test_a_bureau_given_with_its_heads_title_is_the_bureau() -> None:
    text = (
        "签约环节，县农业农村局局长唐明与广东鲜达供应链有限公司副总裁林涛签订《冷链物流中心项目"
        "投资协议》。\n"
    )
    given = Agreement(
        title="冷链物流中心项目投资协议",
        parties=named_parties("县农业农村局局长", "广东鲜达供应链有限公司"),
        signatories=named_people("唐明", "林涛"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 29), given)
    assert [p.name for p in kept[0].parties] == ["县农业农村局", "广东鲜达供应链有限公司"]


def test_the_witnesses_of_a_list_ending_in_county_leaders_are_added() -> None:
    text = (
        "昨天上午，清河县重大项目签约仪式在县行政中心举行。县委书记王建华，县委副书记、县长刘明，"
        "县人大常委会主任赵红等县领导出席并见证签约。签约环节，副县长孙立与江苏恒远建材有限公司"
        "董事长钱峰签订《新型建材项目投资协议》。\n"
    )
    given = Agreement(
        title="新型建材项目投资协议",
        parties=named_parties("清河县人民政府", "江苏恒远建材有限公司"),
        signatories=named_people("孙立", "钱峰"),
    )
    kept, _ = guarded(text, dt.date(2025, 3, 29), given)
    assert [p.name for p in kept[0].witnesses] == ["王建华", "刘明", "赵红"]


def test_a_signer_the_signing_writes_by_office_and_a_quote_by_title_and_name_is_kept() -> None:
    text = (
        "Almveld University and the Université de Corbiac have renewed their exchange "
        "agreement. The renewed agreement was signed online on Wednesday by Almveld's Rector "
        "Magnificus "
        "and by Corbiac's President, Professor Luc Arnaud.\n\n"
        '"This partnership keeps growing," said Rector Magnificus Prof. dr. Ilse de Vries.\n'
    )
    given = Agreement(
        title="renewed agreement",
        parties=named_parties("Almveld University", "Université de Corbiac"),
        signatories=[
            Signatory(name="Ilse de Vries", title="Rector Magnificus"),
            Signatory(name="Luc Arnaud", title="President"),
        ],
    )
    kept, _ = guarded(text, dt.date(2025, 3, 14), given)
    assert [p.name for p in kept[0].signatories] == ["Ilse de Vries", "Luc Arnaud"]


def test_a_document_a_party_prepares_is_still_to_come() -> None:
    assert TO_COME.search("as Almveld prepares a double-degree agreement with Kessel University")
    assert not TO_COME.search("as Almveld prepared the ground for the exchange")
