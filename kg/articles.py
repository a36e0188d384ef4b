"""Reading articles: text, publication metadata, page boilerplate, sentences with offsets.

Offsets always point into the original text of the file, so that evidence can be shown
in place; boilerplate is not deleted, it is left out of the sentence list.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path

from kg.models import Article, ArticleMeta, Problem, Sentence, SentenceRole, Span

MAX_ARTICLE_BYTES = 2_000_000
ARTICLE_SUFFIXES = (".txt",)

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
MONTH_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"


class ArticleError(Exception):
    """An input that cannot be read as an article; the message says why."""


# --------------------------------------------------------------------------- the manifest


def read_manifest(directory: Path) -> tuple[dict[str, dict], list[Problem]]:
    """The manifest entries by file name, and the problems found in the manifest.

    A malformed entry is reported and left out; its article is still read from the text.
    """
    path = directory / "manifest.json"
    if not path.exists():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, [Problem(source=str(path), reason=f"not valid JSON ({error}); publication data ignored",
                            skipped=False)]
    if not isinstance(data, list):
        return {}, [Problem(source=str(path), reason="must hold a JSON list of entries; ignored", skipped=False)]
    entries, problems = {}, []
    for index, entry in enumerate(data):
        where = f"{path} entry {index}"
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            problems.append(Problem(source=where, reason="has no \"file\" name; ignored", skipped=False))
            continue
        name = entry["file"]
        if not (directory / name).is_file():
            problems.append(Problem(source=f"{path}: {name}", reason="listed in the manifest but no such file",
                                    skipped=False))
            continue
        clean = dict(entry)
        published = entry.get("published")
        if published is not None:
            try:
                clean["published"] = datetime.date.fromisoformat(str(published))
            except ValueError:
                problems.append(Problem(source=f"{path}: {name}", skipped=False,
                                        reason=f"malformed publication date {published!r}; using the text's own"))
                clean["published"] = None
        entries[name] = clean
    return entries, problems


# --------------------------------------------------------------------------- decoding


def decode(path: Path, data: bytes) -> str:
    """The text of an article file, or ArticleError saying why it is not one."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"too large ({len(data) / 1e6:.1f} MB; an article may have at most "
                           f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB)")
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset {error.start})") from None
    head = text.lstrip()[:1024].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(head|body)\b", head):
        raise ArticleError("an HTML page, not article text (save the article's text instead)")
    return text


# --------------------------------------------------------------------------- boilerplate


BOILERPLATE_LINES = [re.compile(p, re.I) for p in (
    r"^advertisement$", r"^reading time:?", r"^why you can trust\b", r"^\d+$", r"^\d{1,2}:\d{1,2}$",
    r"^(podcasts?|video|videos|comments?|share|print|menu|related|tags?|photo|gallery|more|trending)$",
    r"^(share|follow us|subscribe|sign (up|in)|read more|click here|also read|see also|related)\b.{0,80}$",
    r"\bcommenting (policy|system)\b", r"^dear readers\b", r"^(photo|image|source|credit)s?\s*:",
    r"^©|\ball rights reserved\b|^copyright\b", r"^(tags|topics)\s*:", r"^(listen|watch)\b.{0,40}$",
    r"^(updated|published|posted)\s*:?\s*.{0,40}\d{4}.{0,12}$",
)]
# "Read more: What the SCO's expansion means for Central Asia": the title of another story, which names
# people and places of this one's field but tells nothing that happened (its names are kept, its facts not)
LINK_LINE = re.compile(r"\s*(?:read more|also read|see also|related|more on this)\s*:\s*(?=\S)", re.I)
ICON_ROW = re.compile(r"\bicon\b|icon\s")
PHOTO_CREDIT = re.compile(r"\s*(Photo|Image|Picture)s?\s*:\s*[^.]{1,60}$")
# Wire copy closes its last paragraph with an end mark ("... cooperation. Enditem", "(END)"); left on,
# it hides the final full stop and the paragraph reads as a headline.
END_MARK = re.compile(r"(?<=[.!?\"'”’)])\s+(?:Enditem|\(?END\)?|/ends?/?|###?|-\s*30\s*-)\s*$", re.I)
DATE_HEADER = re.compile(
    r"^\s*date[:\s]+(?P<iso>\d{4}-\d{2}-\d{2})\b\s*"
    r"|^\s*(?P<d>\d{1,2})\s+(?P<m>" + MONTH_WORD + r"),?\s+(?P<y>\d{4})(?:\s+\d{1,2}:\d{2})?\s*$"
    r"|^\s*(?P<m2>" + MONTH_WORD + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})(?:\s+\d{1,2}:\d{2})?\s*$"
    r"|^\s*(?P<iso2>\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*$",
    re.I)
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s*(?P<date>" + MONTH_WORD + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+" + MONTH_WORD + r"(?:,?\s*\d{4})?))?"
    r"(?P<tail>\s*\.?\s*/(?P<agency>[A-Za-z\-]+)/\.?|\s*\((?P<agency2>[A-Za-z][\w .\-]{0,30})\)\s*[-–—:]*|\s*[-–—:]+)\s*")

# "Nur-Sultan. On Wednesday the Head of State held talks ...": a readout's dateline, a city and a full stop
CITY_LEAD = re.compile(r"(?P<place>(?!(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Prof|Col|Capt|Lt|Sgt|Gov|Pres|Jr|Sr|St|Mt|Ft|No|Vol|Fig|"
                       r"Photo|Video|Update|Updated|Note|Editor)\.)[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+)?)\.\s+"
                       r"(?=(?:On|In|At|Today|Yesterday|The|A|President|Prime|Foreign|Head)\b)")


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if len(ICON_ROW.findall(stripped)) >= 3:
        return True
    return any(pattern.search(stripped) for pattern in BOILERPLATE_LINES)


def line_role(line: str) -> SentenceRole:
    stripped = line.strip()
    if stripped.startswith(("•", "·", "- ", "* ")):
        return "bullet"
    if PHOTO_CREDIT.search(stripped):
        return "caption"
    if not re.search(r"[.!?…][\"'”’)\]]*$", stripped) and len(stripped.split()) <= 40:
        return "headline"
    return "body"


# --------------------------------------------------------------------------- sentences


ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "jr", "sr", "no",
    "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "e.g", "i.e", "etc", "approx", "dept", "est", "fig", "mt", "ft", "sgt", "capt",
    "adm", "amb", "hon", "rev", "u.s", "u.k", "u.n", "e.u", "h.e",
}
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end] (a paragraph)."""
    spans, begin = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        word = re.search(r"([\w.]+)\.$", text[begin:match.start() + 1])
        if match.group().startswith(".") and word:
            token = word.group(1).lower()
            if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
        spans.append((begin, match.end()))
        begin = match.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end and text[begin:end].strip():
        spans.append((begin, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# --------------------------------------------------------------------------- dates in the text


def parse_header_date(match: re.Match) -> datetime.date | None:
    try:
        if match.group("iso") or match.group("iso2"):
            return datetime.date.fromisoformat(match.group("iso") or match.group("iso2"))
        day, month, year = ((match.group("d"), match.group("m"), match.group("y")) if match.group("d")
                            else (match.group("d2"), match.group("m2"), match.group("y2")))
        return datetime.date(int(year), MONTHS[month.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def dateline_date(text: str, year_hint: int | None) -> datetime.date | None:
    """A dateline's "July 14", "July 14, 2025" or "14 July" as a date (the year from the hint if absent)."""
    match = re.match(r"(?P<m>" + MONTH_WORD + r")\s+(?P<d>\d{1,2})(?:,\s*(?P<y>\d{4}))?", text) or re.match(
        r"(?P<d>\d{1,2})\s+(?P<m>" + MONTH_WORD + r")(?:,?\s*(?P<y>\d{4}))?", text)
    if not match:
        return None
    year = int(match.group("y")) if match.group("y") else year_hint
    if year is None:
        return None
    try:
        return datetime.date(year, MONTHS[match.group("m").lower().rstrip(".")], int(match.group("d")))
    except (ValueError, KeyError):
        return None


# --------------------------------------------------------------------------- the article


def parse_article(file: str, text: str, entry: dict | None = None) -> Article:
    """Split a text into sentences, find its publication date, dateline and headline."""
    entry = entry or {}
    sentences: list[Sentence] = []
    dropped: list[Span] = []
    header_date: datetime.date | None = None
    dateline: Span | None = None
    dateline_text: str | None = None
    headline: str | None = entry.get("headline") or entry.get("title")
    seen_lines: set[str] = set()
    paragraph = 0
    offset = 0
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        start = line_start + len(line) - len(line.lstrip())
        end = line_start + len(line.rstrip())
        header = DATE_HEADER.match(text[start:end]) if not sentences else None
        if header:
            header_date = header_date or parse_header_date(header)
            dropped.append(Span(start=start, end=start + header.end(), text=text[start:start + header.end()]))
            start += header.end()
            if start >= end:
                continue
        link = LINK_LINE.match(text, start, end)
        if link and link.end() < end and text[start:end].strip() not in seen_lines:
            seen_lines.add(text[start:end].strip())
            dropped.append(Span(start=start, end=link.end(), text=text[start:link.end()]))
            sentences.append(Sentence(index=len(sentences), start=link.end(), end=end, text=text[link.end():end],
                                      paragraph=paragraph, role="link"))
            paragraph += 1
            continue
        if is_boilerplate(text[start:end]) or text[start:end].strip() in seen_lines:
            dropped.append(Span(start=start, end=end, text=text[start:end]))
            continue
        seen_lines.add(text[start:end].strip())
        if dateline is None and not any(s.role == "body" for s in sentences):
            match = DATELINE.match(text, start, end)
            if match and (match.group("date") or match.group("agency") or match.group("agency2")
                          or match.group("tail").strip()) and match.end() < end:
                dateline = Span(start=match.start("place"), end=match.end("place"), text=match.group("place"))
                dateline_text = match.group("date")
                dropped.append(Span(start=start, end=match.end(), text=text[start:match.end()]))
                start = match.end()
            elif (lead := CITY_LEAD.match(text, start, end)) and lead.end() < end:
                dateline = Span(start=lead.start("place"), end=lead.end("place"), text=lead.group("place"))
                dropped.append(Span(start=start, end=lead.end(), text=text[start:lead.end()]))
                start = lead.end()
        end_mark = END_MARK.search(text, start, end)
        if end_mark:
            dropped.append(Span(start=end_mark.start(), end=end, text=text[end_mark.start():end]))
            end = end_mark.start()
        role = line_role(text[start:end])
        if role == "caption":
            credit = PHOTO_CREDIT.search(text, start, end)
            dropped.append(Span(start=credit.start(), end=end, text=text[credit.start():end]))
            end = credit.start()
        if role == "bullet":
            # "- China and Kazakhstan are founding members of the SCO": the marker is not a word of the sentence
            marker = re.match(r"\s*[•·*-]\s+", text[start:end])
            if marker:
                dropped.append(Span(start=start, end=start + marker.end(), text=text[start:start + marker.end()]))
                start += marker.end()
        if role == "headline" and headline is None and not any(s.role != "link" for s in sentences):
            headline = text[start:end].strip()
        for s, e in (split_sentences(text, start, end) if role != "headline" else [(start, end)]):
            sentences.append(Sentence(index=len(sentences), start=s, end=e, text=text[s:e],
                                      paragraph=paragraph, role=role))
        paragraph += 1

    published, published_from = entry.get("published"), "manifest"
    if published is None and header_date is not None:
        published, published_from = header_date, "header"
    if published is None and dateline_text:
        published, published_from = dateline_date(dateline_text, None), "dateline"
    body = [s.text for s in sentences if s.role == "body"]
    words = body[0].split() if body else []
    meta = ArticleMeta(
        file=file,
        lead=" ".join(words[:12]) + ("…" if len(words) > 12 else "") if words else None,
        url=entry.get("source_url") or entry.get("url"),
        publisher=entry.get("publisher"),
        published=published,
        published_from=published_from if published else None,
        headline=headline,
    )
    return Article(meta=meta, text=text, sentences=sentences, dateline=dateline, dropped=dropped)


def read_article(path: Path, entry: dict | None = None) -> Article:
    """Read one article file; ArticleError names the reason it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"cannot read ({error.strerror or error})") from None
    article = parse_article(path.name, decode(path, data), entry)
    if not any(s.role == "body" for s in article.sentences):
        raise ArticleError("no sentences of article text (only headings or page boilerplate)")
    return article


def article_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def read_articles(directory: Path) -> Iterator[Article | Problem]:
    """Every article in a folder, in file-name order; a Problem in place of each bad one."""
    entries, problems = read_manifest(directory)
    yield from problems
    for path in article_files(directory):
        try:
            yield read_article(path, entries.get(path.name))
        except ArticleError as error:
            yield Problem(source=str(path), reason=str(error))
