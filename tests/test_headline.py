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
        # The notice amid the labels, under a release time the model gave (the blind18 s05's).
        ("ORION HOLDINGS LIMITED\n(Stock Code: 2817)\n\nInvestor Relations > Announcements\n"
         "Release Time: 2024-09-04 19:15\nDocument type: Voluntary Announcement\n\n"
         "The exchange takes no responsibility for the contents of this announcement and "
         "disclaims any liability for any loss.\n\nVOLUNTARY ANNOUNCEMENT\n"
         "STRATEGIC COOPERATION AGREEMENT WITH RIDGEPORT\n\nThis announcement is made by "
         "Orion Holdings Limited on a voluntary basis to keep the shareholders informed.",
         "Release Time: 2024-09-04 19:15", "STRATEGIC COOPERATION AGREEMENT WITH RIDGEPORT"),
        # A public body's masthead above a "Posted On" line (the blind19 t04's).
        ("Press Information Office\nGovernment of Estoria\nMinistry of Coastal Shipping\n\n"
         "Posted On: 12 FEB 2025 6:41PM by PIO Velde\n\nEstoria and Nordvik sign MoU on "
         "harbour pilots\n\nThe Ministry of Coastal Shipping and the Nordvik Port Agency signed "
         "a Memorandum of Understanding today.",
         "Press Information Office", "Estoria and Nordvik sign MoU on harbour pilots"),
        # A label and a bare date line under the headline, the model's title the
        # agreement's (the blind32 ag05's).
        ("Orion and Ridgeport sign framework agreement on irrigation pilots\nPRESS RELEASE\n"
         "June 12, 2025 \u2014\n\nOrion Tools and Ridgeport University yesterday signed a "
         "Framework Agreement on Irrigation Pilots at an online ceremony.",
         "Framework Agreement on Irrigation Pilots",
         "Orion and Ridgeport sign framework agreement on irrigation pilots"),
        # The model's title a line of the page, long and ending "Ltd." (so read as the
        # body's), under a site's name and a breadcrumb (the blind22 w05's).
        ("FilingsHub.net - Listed Company Announcements\n"
         "Home > Announcements > Orion Holdings Ltd (08127)\n\n"
         "Orion Holdings Ltd: Voluntary Announcement - Strategic Cooperation Framework "
         "Agreement with Ridgeport Logistics Group Co., Ltd.\n\nBody.",
         "Orion Holdings Ltd: Voluntary Announcement - Strategic Cooperation Framework "
         "Agreement with Ridgeport Logistics Group Co., Ltd.",
         "Orion Holdings Ltd: Voluntary Announcement - Strategic Cooperation Framework "
         "Agreement with Ridgeport Logistics Group Co., Ltd."),
        # A publication's name above its section line, and a paper's name with its
        # section (the blind33 ah06's and ah03's).
        ("MARITIME TECHNOLOGY NEWS\nShipbuilding | Coatings | Ports\n\n"
         "Chamber-brokered deal sets up marine coatings test centre\n\nBody.",
         "Maritime Technology News", "Chamber-brokered deal sets up marine coatings test centre"),
        ("科技产业报 · 产学研\n\n甲科技携手乙大学签署三方合作协议\n\n正文。",
         "科技产业报 · 产学研", "甲科技携手乙大学签署三方合作协议"),
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


_H = "Orion and Ridgeport sign MoU on hydrogen"
_BODY = "Orion and Ridgeport signed a memorandum of understanding on Monday in Berlin, they said."


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # A review's finds: lines under the headline that read as labels or issuers.
        (f"{_H}\n\nNews provided by\n\nOrion Inc.\n\nMar 03, 2025, 08:00 ET\n\n{_BODY}", _H, _H),
        (f"{_H}\nMarch 3, 2025 | University News\nJane Doe\n{_BODY}", _H, _H),
        (f"{_H}\nShare: Facebook | X | LinkedIn\nMonday 3 March 2025\n{_BODY}", _H, _H),
        ("甲大学与乙集团签署战略合作协议\n首页 > 学校要闻\n张三 李四\n3月3日上午，甲大学与乙集团在"
         "行政楼签署战略合作协议，双方将在人才培养等方面开展合作。",
         "甲大学与乙集团签署战略合作协议", "甲大学与乙集团签署战略合作协议"),
        # Headlines that look like a label, a date or a body's sentence.
        ("Orion Signs Strategic Cooperation Agreement with Ridgeport Inc.\nMarch 3, 2025\n"
         f"{_BODY}", "Orion Signs Strategic Cooperation Agreement with Ridgeport Inc.",
         "Orion Signs Strategic Cooperation Agreement with Ridgeport Inc."),
        ("Orion | Ridgeport: a hydrogen partnership\nMarch 3, 2025\nJane Doe\n" + _BODY,
         None, "Orion | Ridgeport: a hydrogen partnership"),
        ("Orion and Ridgeport sign 2025-2027 cooperation plan\nMarch 3, 2025\n" + _BODY,
         "Orion and Ridgeport sign 2025-2027 cooperation plan",
         "Orion and Ridgeport sign 2025-2027 cooperation plan"),
        ("2025年12个重大项目集中签约\n记者 张三\n本报讯 3月3日上午，2025年重大项目集中签约仪式在"
         "市民中心举行，12个项目现场签约。", None, "2025年12个重大项目集中签约"),
        ("UPDATED: Orion and Ridgeport sign hydrogen MoU\nMarch 3, 2025\n" + _BODY,
         None, "UPDATED: Orion and Ridgeport sign hydrogen MoU"),
        ("Analysis\nWill the Orion-Ridgeport hydrogen pact finally unlock Europe's green steel "
         "market?\n" + _BODY,
         "Will the Orion-Ridgeport hydrogen pact finally unlock Europe's green steel market?",
         "Will the Orion-Ridgeport hydrogen pact finally unlock Europe's green steel market?"),
        # A kicker, a menu of single words, a site's name after the headline.
        ("快讯\n甲公司与乙公司签署战略合作协议\n3月3日上午，甲公司与乙公司在市民中心签署战略合作"
         "协议，双方将在新能源等领域开展合作。", None, "甲公司与乙公司签署战略合作协议"),
        (f"Home\nNews\nEvents\nResearch\nAbout us\nContact\n{_H}\n{_BODY}", None, _H),
        (f"{_H} - Reuters\nMarch 3, 2025\n{_BODY}", _H, _H),
        # An exchange's notice wrapped over lines, an announcement's title wrapped too.
        ("Hong Kong Exchanges and Clearing Limited take no\nresponsibility for the contents of "
         "this announcement.\n\nORION HOLDINGS LIMITED\n(Stock Code: 2817)\n\nVOLUNTARY "
         "ANNOUNCEMENT\nENTERING INTO A FRAMEWORK\nAGREEMENT WITH RIDGEPORT\n\nThis announcement "
         "is made by Orion Holdings Limited on a voluntary basis.",
         "ENTERING INTO A FRAMEWORK AGREEMENT WITH RIDGEPORT",
         "ENTERING INTO A FRAMEWORK AGREEMENT WITH RIDGEPORT"),
        # An issuer with its listing code (the blind17 r06's).
        ("ASX ANNOUNCEMENT\nRelease: 3 February 2025\n\nOrion Lithium Limited (ASX: ORL)\n\n"
         "ORION SIGNS OFFTAKE AGREEMENT WITH RIDGEPORT\n\nHIGHLIGHTS\n" + _BODY,
         "ASX ANNOUNCEMENT", "ORION SIGNS OFFTAKE AGREEMENT WITH RIDGEPORT"),
        # A headline that ends in a listed company's name and code (a review's find).
        ("PRESS RELEASE\nNexus Acquires Stake in Helios Ltd (ASX: HLS)\n9 January 2025\n\n"
         + _BODY, None, "Nexus Acquires Stake in Helios Ltd (ASX: HLS)"),
        # A newspaper's page line and its navigation.
        ("东湖晚报 数字报刊\n上一版　下一版　｜　往期回顾\n2024年6月20日　星期四　第A05版：城事\n"
         "校企携手“订单”育人\n6月19日，甲学院与乙公司签署订单班合作协议，首批40名学生入班。",
         "东湖晚报 数字报刊", "校企携手“订单”育人"),
    ],
)  # fmt: skip
def test_the_models_headline_stands_where_the_head_writes_it(
    text: str, given: str | None, expected: str
) -> None:
    assert headline(given, text) == expected


def test_a_short_lede_with_no_headline_above_it_is_no_headline() -> None:
    text = (
        "Orion and Ridgeport signed an MoU on Monday.\nThe deal covers hydrogen research and "
        "pilot plants in northern Germany, the firms said."
    )
    assert headline(None, text) is None


def test_a_breadcrumbs_label_given_as_the_headline_gives_way_to_the_headline() -> None:
    """The model gave the breadcrumb's "Press Releases", and a "PRESS RELEASE" label under
    the headline leaves no line after the last label (the blind78 ca06's page)."""
    text = (
        "Solvane Grid Plc\nAbout Us | Projects | Newsroom | Contact\n\nNewsroom > Press Releases"
        "\n\nSolvane and the Coast Power Board sign mini-grid agreement\n\nPRESS RELEASE\n"
        "21 October 2026\n\nACCRA, 21 October 2026 - Solvane Grid and the Coast Power Board "
        "today signed an agreement for twelve solar mini-grids in the Volta region.\n"
    )
    assert headline("Press Releases", text) == (
        "Solvane and the Coast Power Board sign mini-grid agreement"
    )
