"""SPARQL over the store built from the seeds answers the questions users ask."""

from __future__ import annotations

from kg.store import query

PREFIXES = """PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
"""


def rows(store, text: str) -> list[dict]:
    result = query(store, PREFIXES + text)
    names = [v.value for v in result.variables]
    return [{name: (s[name].value if s[name] is not None else None) for name in names} for s in result]


def test_the_sco_members_with_statuses_and_since_dates(seed_store):
    found = rows(seed_store, """
        SELECT ?state ?status ?since WHERE {
          ?m a dip:Membership ; org:organization ?sco ; org:member ?c ; dip:membershipStatus ?s .
          ?sco rdfs:label "Shanghai Cooperation Organisation"@en .
          ?c rdfs:label ?state . BIND(STRAFTER(STR(?s), "#") AS ?status)
          OPTIONAL { ?m dip:startDate ?since }
        }""")
    assert {(r["state"], r["status"], r["since"]) for r in found} == {
        *((c, "FoundingMember", "2001-06-15") for c in
          ("Russia", "China", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan")),
        ("India", "Member", "2017"), ("Pakistan", "Member", "2017"), ("Iran", "Member", "2023"),
        ("Belarus", "AdmissionDecided", None),
    }


def test_lavrov_meetings_with_wang_yi_with_date_place_and_sources(seed_store):
    found = rows(seed_store, """
        SELECT ?event ?date ?place (COUNT(DISTINCT ?article) AS ?sources) WHERE {
          ?event a dip:BilateralMeeting ; dip:participant ?lavrov, ?wang ; prov:wasDerivedFrom ?article .
          ?lavrov rdfs:label "Sergey Lavrov"@en . ?wang rdfs:label "Wang Yi"@en .
          OPTIONAL { ?event dip:startDate ?date }
          OPTIONAL { ?event dip:place/rdfs:label ?place }
        } GROUP BY ?event ?date ?place ORDER BY ?date""")
    by_date = {r["date"]: r for r in found}
    beijing = [r for r in found if r["date"] == "2025-07-13"]
    assert len(beijing) == 1, "the Beijing talks are one event"
    assert beijing[0]["place"] == "Beijing" and beijing[0]["sources"] == "2"
    assert by_date["2024-05-20"]["place"] == "Astana"
    assert "2025-07" in by_date  # on the sidelines of the ASEAN meetings in Kuala Lumpur


def test_every_fact_cites_the_exact_text_at_its_offsets(seed_store):
    from helpers import SEEDS
    found = rows(seed_store, """
        SELECT ?file ?exact ?start ?end WHERE {
          ?fact dip:evidence ?e . ?e oa:hasSource/dip:sourceFile ?file ; oa:exact ?exact ; oa:start ?start ;
             oa:end ?end }""")
    assert len(found) > 50
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for r in found:
        assert texts[r["file"]][int(r["start"]):int(r["end"])] == r["exact"]


def test_every_fact_is_derived_from_an_article_and_carries_evidence(seed_store):
    found = rows(seed_store, """
        SELECT ?fact WHERE {
          VALUES ?class { dip:Event dip:Membership dip:Chairmanship dip:Position }
          ?fact a/rdfs:subClassOf* ?class .
          FILTER NOT EXISTS { ?fact prov:wasDerivedFrom ?a . ?fact dip:evidence ?e }
        }""")
    assert found == []


def test_articles_carry_their_publication_data_and_mentions(seed_store):
    found = rows(seed_store, """
        SELECT ?file ?date ?publisher (COUNT(?m) AS ?mentions) WHERE {
          ?a dip:sourceFile ?file ; schema:datePublished ?date ; schema:publisher ?publisher ;
             schema:mentions ?m } GROUP BY ?file ?date ?publisher ORDER BY ?file""")
    assert [(r["file"][:3], r["date"], r["publisher"]) for r in found] == [
        ("000", "2025-07-14", "TASS"), ("001", "2024-05-20", "South China Morning Post"),
        ("002", "2025-07-14", "Ukrinform"), ("003", "2025-07-15", "RT"),
        ("004", "2024-05-20", "Ministry of Foreign Affairs of the Russian Federation")]
    assert all(int(r["mentions"]) >= 10 for r in found)


def test_the_founding_and_the_chairmanship(seed_store):
    (founding,) = rows(seed_store, """
        SELECT ?date ?place (COUNT(?f) AS ?founders) WHERE {
          ?x a dip:Founding ; dip:startDate ?date ; dip:place/rdfs:label ?place ; dip:participant ?f }
        GROUP BY ?date ?place""")
    assert founding == {"date": "2001-06-15", "place": "Shanghai", "founders": "6"}
    (chair,) = rows(seed_store, """
        SELECT ?chair ?year (COUNT(DISTINCT ?a) AS ?sources) WHERE {
          ?x a dip:Chairmanship ; dip:chair/rdfs:label ?chair ; dip:startDate ?year ; prov:wasDerivedFrom ?a }
        GROUP BY ?chair ?year""")
    assert chair == {"chair": "China", "year": "2025", "sources": "2"}


def test_the_ontology_is_in_the_store_beside_the_data(seed_store):
    found = rows(seed_store, """
        SELECT ?label WHERE { GRAPH <https://w3id.org/dipkg/ontology> { dip:StateVisit rdfs:label ?label } }""")
    assert found == [{"label": "State visit"}]
