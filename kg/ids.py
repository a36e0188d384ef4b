"""The IRI policy, in one place.

Every node has a *key* "{kind}/{slug}" that follows from its content alone, so the same
entity or fact gets the same key whatever order the articles are read in. An IRI is the
key under a base: "{base}id/{kind}/{slug}".

>>> slugify("Shanghai Cooperation Organisation")
'shanghai-cooperation-organisation'
>>> slugify("Kassym-Jomart Tokayev")
'kassym-jomart-tokayev'
>>> slugify("Côte d’Ivoire")
'cote-d-ivoire'
>>> make_key("event", "sco", "summit", "2024")
'event/sco-summit-2024'
>>> iri_for("http://localhost:8000/", "person/sergey-lavrov")
'http://localhost:8000/id/person/sergey-lavrov'
>>> key_of("http://localhost:8000/", "http://localhost:8000/id/person/sergey-lavrov")
'person/sergey-lavrov'
>>> key_of("http://localhost:8000/", "http://example.org/id/person/x") is None
True
>>> normalize_base("https://dipkg.example.org/kg")
'https://dipkg.example.org/kg/'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

ONTOLOGY = "https://w3id.org/dipkg/ontology#"
DEFAULT_BASE = "http://localhost:8000/"
KINDS = ("person", "country", "organization", "place", "event", "membership", "founding",
         "chairmanship", "position", "role", "article", "evidence")
MAX_SLUG = 90

_KEY = re.compile(r"^(?P<kind>[a-z]+)/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$")


class InvalidBase(ValueError):
    """A base URI that cannot carry entity IRIs."""


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens; long slugs end in a short hash of the text."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
        slug = slug[: MAX_SLUG - 9].rstrip("-") + "-" + digest
    return slug or "x"


def make_key(kind: str, *parts: str) -> str:
    """A key from a kind and the words that identify the thing."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return f"{kind}/{slugify(' '.join(p for p in parts if p))}"


def short_hash(*parts: str) -> str:
    """Eight hex digits that stand for some content (for facts that carry no date or place)."""
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:8]


def kind_of(key: str) -> str:
    return key.split("/", 1)[0]


def normalize_base(base: str) -> str:
    """An absolute http(s) base ending in "/"."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InvalidBase(f"base URI {base!r} must be an absolute http(s) URI without query or fragment")
    return base if base.endswith("/") else base + "/"


def iri_for(base: str, key: str) -> str:
    return f"{base}id/{key}"


def key_of(base: str, iri: str) -> str | None:
    """The key of an IRI under this base, or None if the IRI is not one of ours."""
    prefix = f"{base}id/"
    if not iri.startswith(prefix):
        return None
    key = iri[len(prefix):]
    match = _KEY.match(key)
    return key if match and match.group("kind") in KINDS else None


def article_key(file_name: str) -> str:
    stem = file_name.rsplit("/", 1)[-1]
    stem = stem[: -len(".txt")] if stem.endswith(".txt") else stem
    return make_key("article", stem)
