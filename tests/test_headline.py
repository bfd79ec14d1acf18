"""The article's headline (``coopllm.headline``): the page's, as written, not the site's
label above it nor the part a model gave."""

from __future__ import annotations

import pytest

from coopllm.headline import headline


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # A headline that runs on after a space: the whole line.
        ("松川县招商推介会在临港市举行 4个项目签约\n发布时间：2025-09-12\n\n正文。",
         "松川县招商推介会在临港市举行", "松川县招商推介会在临港市举行 4个项目签约"),
        # The site's or the section's name above it, and a breadcrumb.
        ("Hillcrest University | News and Events\n\nHillcrest and Orion open a joint lab\n\n"
         "Posted: 9 January 2025\n\nBody.",
         "Hillcrest University | News and Events", "Hillcrest and Orion open a joint lab"),
        ("当前位置：首页 > 新闻中心 > 学校要闻\n\n我校与甲公司签署战略合作协议\n\n正文。",
         "当前位置：首页 > 新闻中心 > 学校要闻", "我校与甲公司签署战略合作协议"),
        ("甲大学新闻网\n我校与甲公司签署战略合作协议\n\n正文。", "甲大学新闻网",
         "我校与甲公司签署战略合作协议"),
        # A release's labels and issuer above the headline, and a menu.
        ("Ministry of Trade\n\nMEDIA RELEASE\n\nRelease: 12 August 2025\nFor immediate release\n\n"
         "Export board signs MoU on cold chains\n\nBody.",
         "Media Release", "Export board signs MoU on cold chains"),
        ("Products   Services   Investors   Newsroom\n\nPress releases\n\n"
         "Orion signs strategic agreement with Ridgeport\n\nBody.",
         None, "Orion signs strategic agreement with Ridgeport"),
        # An exchange's notice, the issuer and its brackets, the kind of announcement.
        ("Hong Kong Exchanges and Clearing Limited take no responsibility for the contents of "
         "this announcement and expressly disclaim any liability whatsoever.\n\n"
         "ORION HOLDINGS LIMITED\n(Incorporated in the Cayman Islands)\n(Stock Code: 2817)\n\n"
         "VOLUNTARY ANNOUNCEMENT\nSTRATEGIC COOPERATION FRAMEWORK AGREEMENT WITH RIDGEPORT\n\n"
         "This announcement is made by Orion Holdings Limited on a voluntary basis to keep the "
         "shareholders informed.",
         "Orion Holdings Limited", "STRATEGIC COOPERATION FRAMEWORK AGREEMENT WITH RIDGEPORT"),
        # The model's words from the body, not the headline.
        ("甲大学与乙公司签署协议\n\n12月4日，甲大学与乙公司合作签约仪式举行，双方签署了合作协议，"
         "并就下一步合作进行了深入交流。", "合作签约仪式", "甲大学与乙公司签署协议"),
    ],
)  # fmt: skip
def test_the_headline_is_the_pages_first_line_after_its_labels(
    text: str, given: str | None, expected: str
) -> None:
    assert headline(given, text) == expected


def test_a_page_with_no_head_keeps_the_models_title() -> None:
    """The text opens with its body: no line to take."""
    text = (
        "On Monday, Orion Tools and Ridgeport University signed a cooperation agreement that "
        "sets up a joint laboratory for cutting tools."
    )
    assert headline("Orion and Ridgeport sign agreement", text) == (
        "Orion and Ridgeport sign agreement"
    )
    assert headline(None, text) is None
