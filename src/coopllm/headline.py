"""The article's headline (spec: ``article.title``, "the headline, as written").

A small model asked for the headline of a page's text gives its first part where the
headline runs on after a space ("青禾县…推介会在东林市举行" of "…在东林市举行 5个项目集中签约"),
the site's or the section's name above it ("Westmere University | News and Events",
"江淮理工大学新闻网", "Press Release"), or none. The headline is the first line of the
page's head that is no such label, nor a date, source or byline line: :func:`headline`
takes it over the model's where the head has one.
"""

from __future__ import annotations

import re

from coopllm.grounding import normalize_for_match

_HEAD_LINES = 6
"""How many non-empty lines a page's head holds, at most, before its body."""
_BODY_LINE = re.compile(r"[。！？.!?”\"’)）]\s*$")
"""A line that ends a sentence: the body's, once long (``_BODY_LENGTH``)."""
_BODY_LENGTH = 60
_LABEL = re.compile(
    r"^(?:for\s+immediate\s+release|(?:press|media|news)\s+releases?|(?:\w+\s+)?announcements?"
    r"|news(?:\s+(?:and|&)\s+events)?|新闻稿)$"
    r"|\s[|｜]\s|\s[>＞›»]\s|当前位置|^首页|\S\s{3,}\S\S*\s{3,}\S"
    r"|(?:新闻网|新闻中心|工作动态|数字报刊|电子报|官方网站|官网)$"
    r"|(?:\b(?:limited|ltd\.?|inc\.?|plc|corporation|co\.,?\s*ltd\.?)|有限公司|股份有限公司)$",
    re.IGNORECASE,
)
"""A line above a headline that names the site, the section or the issuer, not the story:
"FOR IMMEDIATE RELEASE", "Press releases", "University of Caldermoor | News and events",
"南屿大学新闻网", "临川市投资促进局工作动态", "东湖晚报 数字报刊", an announcement's issuer
("Evergrove Cold Chain Holdings Limited") or kind ("VOLUNTARY ANNOUNCEMENT"), a
breadcrumb ("当前位置：首页 > 新闻中心 > 学校要闻"), a menu ("Products   Services   Investors")."""
_NOT_A_HEADLINE = re.compile(
    r"^(?:发布|更新|发表|来源|作者|编辑|记者|日期|时间|点击|浏览|阅读)"
    r"|^(?:published|posted|updated|release|date|by|source|author|editor|photo|caption)\b"
    r"|^[(（].*[)）]$"
    r"|\d{4}\s*[-/.年]\s*\d{1,2}|^\d{1,2}\s+\w+\s+\d{4}$|^\W*$",
    re.IGNORECASE,
)
"""A page's date, source or byline line ("发布时间：2025-04-18 16:05　来源：…", "Posted: 9
January 2025 | International Office", "By Amara Quinn"), one in brackets ("(Stock Code:
2817)"), or one of no word."""
_DISCLAIMER = re.compile(r"take\s+no\s+responsibility|disclaim|免责", re.IGNORECASE)
"""A notice above an exchange announcement's head ("… take no responsibility for the
contents of this announcement …"): no body yet."""


def headline(given: str | None, text: str) -> str | None:
    """The headline as written: the first line of the page's head (:func:`_head_lines`)
    after its last label (``_LABEL``: the issuer, the site or the section above it), where
    the model's ``given`` title is none, a label, a part of that line or not a head line
    at all; else ``given``. None only where both are none."""
    lines = _head_lines(text)
    labels = [i for i, line in enumerate(lines) if _LABEL.search(line)]
    after = lines[labels[-1] + 1 :] if labels else lines
    first = after[0] if after else None
    if first is None or given is None:
        return first or given
    key = normalize_for_match(given)
    whole = [line for line in after if normalize_for_match(line) == key]
    return whole[0] if whole else first


def _head_lines(text: str) -> list[str]:
    """The lines above the body: the first non-empty ones, up to ``_HEAD_LINES``, before
    the first long line that ends a sentence (not an exchange's notice above the head:
    ``_DISCLAIMER``); not a date, source or byline line."""
    head: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or (not head and _DISCLAIMER.search(line)):
            continue
        if len(line) >= _BODY_LENGTH and _BODY_LINE.search(line):
            break
        head.append(line)
        if len(head) == _HEAD_LINES:
            break
    return [line for line in head if not _NOT_A_HEADLINE.search(line)]
