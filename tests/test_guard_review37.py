"""The twenty-third read-only review's finds against the thirty-seventh blind set's rules,
each on a text of our own that fails on the code before the mend: "by video link" names
no signer before "on behalf of"; an activity after a signing is no signing event, nor is
a preparatory meeting or an event to come; a second document the parties "also" signed
is no paraphrase of the first; the count nearest an article's documents is its count."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.guard.apply import _documents_counted
from coopllm.schema import Agreement


def test_a_passive_by_video_link_names_no_signer_before_on_behalf_of() -> None:
    text = (
        "Tallis University and Acme signed a Memorandum of Understanding on Standards "
        "Cooperation. The memorandum was signed by video link on behalf of the Director "
        "General, Professor Tom Reed."
    )
    given = Agreement(
        title="Memorandum of Understanding on Standards Cooperation",
        parties=named_parties("Tallis University", "Acme"),
        signatories=named_people("Tom Reed"),
    )
    (kept,), _ = guarded(text, dt.date(2025, 6, 3), given)
    assert [p.name for p in kept.signatories] == ["Tom Reed"]


_COUNTY = "青州县人民政府\n\n项目签约\n\n发布日期：2026-01-05\n\n{body}\n"
_SIGNED = (
    "青州县人民政府与宁波禾丰新材料科技有限公司签订《生物基材料项目投资协议》，孙晓鹏与郑家豪签约。"
)


@pytest.mark.parametrize(
    "body",
    [
        "12月30日下午，青州县招商引资项目签约仪式结束后，校企交流活动在县科技馆举行。" + _SIGNED,
        "12月20日，青州县召开项目集中签约活动筹备会。" + _SIGNED,
        "12月30日，县招商局表示，第二批项目集中签约活动将于1月中旬举行。" + _SIGNED,
    ],
)
def test_no_activity_after_a_signing_nor_a_meeting_or_event_to_come_dates_or_places_it(
    body: str,
) -> None:
    given = Agreement(
        title="生物基材料项目投资协议",
        parties=named_parties("青州县人民政府", "宁波禾丰新材料科技有限公司"),
        signatories=named_people("孙晓鹏", "郑家豪"),
    )
    (kept,), _ = guarded(_COUNTY.format(body=body), dt.date(2026, 1, 5), given)
    assert kept.location is None
    if "结束后" not in body:  # the ceremony that ended that day dates the signing
        assert kept.date_signed is None


def test_a_second_document_the_parties_also_signed_is_no_paraphrase_of_the_first() -> None:
    text = (
        "6月2日，江淮大学与星河智能制造有限公司签署《战略合作框架协议》，校长王明与董事长李强代表"
        "双方签字。当天下午，双方还签订了共建智能制造联合实验室的协议，副市长赵刚见证签约。"
    )
    parties = named_parties("江淮大学", "星河智能制造有限公司")
    day = dt.date(2025, 6, 2)
    signed = Agreement(
        title="战略合作框架协议",
        parties=parties,
        signatories=named_people("王明", "李强"),
        date_text="6月2日",
        date_signed=day,
    )
    lab = Agreement(
        title="共建智能制造联合实验室协议",
        parties=parties,
        witnesses=named_people("赵刚"),
        established_entities=["智能制造联合实验室"],
        date_text="6月2日",
        date_signed=day,
    )
    kept, _ = guarded(text, dt.date(2025, 6, 3), signed, lab)
    assert len(kept) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The two sides signed three agreements.", 3),
        ("The Embassy facilitated both documents.", 2),  # as before the mend
        ("现场签约二十个项目。", 10**6),
        ("签署十多份合作协议。", 10**6),
    ],
)
def test_the_count_nearest_the_documents_is_the_articles_count(text: str, count: int) -> None:
    assert _documents_counted(text) == count
