"""A rule made from the sixty-fourth blind set's misses, on a text of our own that fails on
the code before it: who "出席推介会，致辞并见证签约" witnessed, the speech between the
attending and the witnessing."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties

from coopllm.schema import Agreement, Signatory

_FAIR = (
    "临江市在杭举办招商推介会 3个项目集中签约\n"
    "发布时间：2025-10-21 09:00\n\n"
    "10月20日下午，2025临江（杭州）招商推介会在杭州西溪宾馆举行，3个项目集中签约。\n\n"
    "临江市副市长周明出席推介会，致辞并见证签约。\n\n"
    "其中，临江高新技术产业开发区管理委员会与杭州远航机器人有限公司签订《智能焊接机器人生产基地项目"
    "投资协议》。\n\n"
    "临江经济技术开发区管理委员会与宁波海纳新材料股份有限公司签订《碳纤维复合材料产业化项目合作协议》。\n"
)
_FIRST = "智能焊接机器人生产基地项目投资协议"
_SECOND = "碳纤维复合材料产业化项目合作协议"


def _project(title: str, *parties: str) -> Agreement:
    return Agreement(
        title=title,
        parties=named_parties(*parties),
        signatories=[Signatory(name=None, title="主任")],
        date_text="10月20日下午",
        date_signed=dt.date(2025, 10, 20),
    )


def test_who_attended_spoke_and_witnessed_the_signing_witnessed() -> None:
    first = _project(_FIRST, "临江高新技术产业开发区管理委员会", "杭州远航机器人有限公司")
    second = _project(_SECOND, "临江经济技术开发区管理委员会", "宁波海纳新材料股份有限公司")
    kept, _ = guarded(_FAIR, dt.date(2025, 10, 21), first, second)
    assert [[p.name for p in a.witnesses] for a in kept] == [["周明"], ["周明"]]
