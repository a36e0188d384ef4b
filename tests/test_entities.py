"""Names, titles, descriptions and pronouns: who and what an article names."""

from __future__ import annotations

import pytest
from helpers import read_text


def mentioned(text: str, published: str = "2024-03-01") -> set[str]:
    return {m.entity for m in read_text(text, published).mentions}


def offices(text: str, published: str = "2024-03-01") -> set[tuple[str, str, str]]:
    return {(p.holder, p.role, p.of) for p in read_text(text, published).facts.positions}


def test_titles_give_offices_with_the_state_from_adjectives_possessives_and_of_phrases():
    text = ("Kazakh Foreign Minister Murat Nurtleu met Uzbekistan's Foreign Minister Bakhtiyor Saidov "
            "and President Shavkat Mirziyoyev of Uzbekistan in Tashkent on Tuesday.")
    assert offices(text) == {
        ("person/murat-nurtleu", "Foreign Minister", "country/kazakhstan"),
        ("person/bakhtiyor-saidov", "Foreign Minister", "country/uzbekistan"),
        ("person/shavkat-mirziyoyev", "President", "country/uzbekistan"),
    }


def test_local_names_of_the_foreign_minister_are_one_office():
    text = "External Affairs Minister S. Jaishankar spoke to reporters in New Delhi on Monday."
    assert offices(text) == {("person/subrahmanyam-jaishankar", "Foreign Minister", "country/india")}


def test_a_person_missing_from_the_dictionary_is_found_by_title_and_then_by_surname():
    text = ("Kyrgyz Deputy Foreign Minister Almaz Imangaziev received the delegation in Bishkek on Monday. "
            "Imangaziev said the talks were useful.")
    result = read_text(text, "2024-03-01")
    people = [m for m in result.mentions if m.entity == "person/almaz-imangaziev"]
    assert [m.text for m in people] == ["Almaz Imangaziev", "Imangaziev"]
    assert ("person/almaz-imangaziev", "Deputy Foreign Minister", "country/kyrgyzstan") in {
        (p.holder, p.role, p.of) for p in result.facts.positions}
    assert next(e for e in result.entities if e.key == "person/almaz-imangaziev").label == "Almaz Imangaziev"


@pytest.mark.parametrize("text,published,person", [
    ("The Indian prime minister arrived in Moscow on Monday.", "2024-07-08", "person/narendra-modi"),
    ("China's top diplomat arrived in Moscow on Monday.", "2024-05-20", "person/wang-yi"),
    ("China's top diplomat arrived in Moscow on Monday.", "2023-03-01", "person/qin-gang"),
    ("The top Russian diplomat arrived in Minsk on Monday.", "2010-02-01", "person/sergey-lavrov"),
    ("The Turkish president arrived in Baku on Monday.", "2024-07-08", "person/recep-tayyip-erdogan"),
])
def test_a_description_means_whoever_held_that_office_on_the_article_date(text, published, person):
    assert person in mentioned(text, published)


def test_a_counterpart_holds_the_same_office_in_the_other_state():
    text = "Chinese President Xi Jinping held talks with his Kazakh counterpart in Astana on Wednesday."
    assert "person/kassym-jomart-tokayev" in mentioned(text, "2024-07-03")
    assert ("person/kassym-jomart-tokayev", "President", "country/kazakhstan") in offices(text, "2024-07-03")


def test_a_named_counterpart_gets_the_office_of_the_person_he_is_counterpart_of():
    text = "Pakistani Foreign Minister Ishaq Dar and his Chinese counterpart, Wang Yi, met in Beijing on Friday."
    assert ("person/wang-yi", "Foreign Minister", "country/china") in offices(text, "2024-05-17")


def test_the_article_own_title_wins_over_the_dictionary():
    text = ("Acting Foreign Minister Ali Bagheri Kani of Iran arrived in Moscow. "
            "The Iranian acting foreign minister met Lavrov on Monday.")
    assert ("person/ali-bagheri-kani", "Acting Foreign Minister", "country/iran") in offices(text, "2024-06-10")


def test_scare_quotes_and_former_offices_attest_no_office():
    text = ("Amid the inauguration of Taiwan's “president” Lai Ching-te, former Pakistani Foreign Minister "
            "Bilawal Bhutto Zardari spoke in Lahore on Monday.")
    result = read_text(text, "2024-05-20")
    assert {"person/lai-ching-te", "person/bilawal-bhutto-zardari"} <= {m.entity for m in result.mentions}
    assert result.facts.positions == ()


def test_a_one_word_name_needs_the_full_name_or_an_office_on_that_day():
    assert "person/rex-tillerson" not in mentioned("Tillerson spoke in Ankara on Monday.", "2025-03-01")
    assert "person/rex-tillerson" in mentioned("Rex Tillerson arrived. Tillerson spoke in Ankara.", "2025-03-01")
    assert "person/vladimir-putin" in mentioned("Putin spoke in Moscow on Monday.", "2025-03-01")


def test_a_short_name_two_people_share_is_the_one_named_in_full_last_before_it():
    text = ("Yoon Suk Yeol hosted Chinese Premier Li Qiang. Yoon received Li first. The previous summit was "
            "attended by Li Keqiang.")
    (meeting,) = [e for e in read_text(text, "2024-05-27").facts.events if e.kind == "BilateralMeeting"]
    assert set(meeting.participants) == {"person/yoon-suk-yeol", "person/li-qiang"}


def test_pronouns_refer_to_the_subject_of_the_sentence_or_the_one_before():
    text = ("Lavrov arrived in Hanoi on Monday. He then met Vietnamese Foreign Minister Bui Thanh Son, "
            "and he will leave for Laos on Tuesday.")
    pronouns = [m for m in read_text(text, "2024-07-01").mentions if m.how == "pronoun"]
    assert {m.entity for m in pronouns} == {"person/sergey-lavrov"} and len(pronouns) == 2


@pytest.mark.parametrize("text,expected", [
    ("He spoke about Russian-Chinese relations.", {"country/russia", "country/china"}),
    ("Delegates met in the Kazakh capital on Monday.", {"country/kazakhstan", "place/astana"}),
    ("The Foreign Ministry in Tokyo protested.", {"organization/japanese-foreign-ministry"}),
    ("Officials marked the War of Resistance Against Japanese Aggression.", set()),
    ("The summit in Nur-Sultan ended.", {"place/astana"}),
    ("Ties with the DPRK and the U.S. were discussed.", {"country/north-korea", "country/united-states"}),
])
def test_names_adjectives_and_descriptions_of_places(text, expected):
    assert mentioned(text) == expected


def test_the_dateline_city_is_named_but_the_agency_is_not():
    result = read_text("TASHKENT, Oct 2 (Reuters) - Uzbek officials met in the city on Monday.", "2024-10-02")
    assert {m.entity for m in result.mentions} == {"place/tashkent", "country/uzbekistan"}


def test_a_dateline_city_missing_from_the_dictionary_becomes_a_city():
    result = read_text("CHOLPON-ATA, Aug 9. /TASS/. Kyrgyz officials met on Monday.", "2024-08-09")
    assert "place/cholpon-ata" in {m.entity for m in result.mentions}
    unknown = read_text("ZHANAOZEN, Aug 9. /TASS/. Kazakh officials met on Monday.", "2024-08-09")
    city = next(e for e in unknown.entities if e.key == "place/zhanaozen")
    assert city.kind == "city"


def test_names_used_become_alternative_labels_but_descriptions_do_not():
    result = read_text("Sergei Lavrov met Wang Yi. The top Russian diplomat said Lavrov was pleased.",
                       "2025-07-14")
    assert result.names["person/sergey-lavrov"] == ("Sergei Lavrov", "Lavrov")


def test_cabinet_titles_of_their_own_name_their_holders_with_the_title_used():
    """A Chinese vice premier, an American treasury or commerce secretary, a press secretary: each
    title finds the person it precedes and is kept as said, not folded into a neighbouring office."""
    text = ("US Treasury Secretary Janet Yellen and US Commerce Secretary Gina Raimondo met Chinese Vice "
            "Premier Ding Xuexiang in Washington on Friday, White House Press Secretary Mary Okafor said.")
    found = offices(text, "2023-10-07")
    assert {("person/janet-yellen", "Treasury Secretary", "country/united-states"),
            ("person/gina-raimondo", "Commerce Secretary", "country/united-states"),
            ("person/ding-xuexiang", "Vice Premier", "country/china")} <= found
    assert any(holder == "person/mary-okafor" and role == "Press Secretary" for holder, role, _ in found)


def test_cities_that_host_diplomacy_beyond_the_capitals_are_places():
    found = mentioned("Albanese said the Quad summit in Sydney would not go ahead; Biden had hosted Xi at Woodside "
                      "and Modi had been to Hiroshima.", "2023-05-17")
    assert {"place/sydney", "place/woodside", "place/hiroshima"} <= found


def test_an_office_between_two_names_in_a_list_is_the_next_names():
    text = ("The summit brought together Azerbaijani President Ilham Aliyev, the Emir of Qatar, Sheikh Tamim bin Hamad "
            "Al Thani, and Palestinian President Mahmoud Abbas.")
    found = offices(text, "2022-10-13")
    assert ("person/tamim-bin-hamad-al-thani", "Emir", "country/qatar") in found
    assert not any(holder == "person/ilham-aliyev" and role == "Emir" for holder, role, _ in found)


def test_a_name_that_opens_the_clause_after_a_description_is_not_in_apposition_to_it():
    assert offices("Putin met Kim on Wednesday. According to the Russian president, Kim intends to go on to "
                   "Vladivostok.", "2023-09-14") == {("person/vladimir-putin", "President", "country/russia")}
    assert ("person/wang-yi", "Foreign Minister", "country/china") in offices(
        "Lavrov met China's foreign minister, Wang Yi, in Moscow.", "2024-03-01")


def test_a_dateline_city_the_dictionary_lacks_is_the_place_the_text_names_so():
    text = ("GUILIN, China, March 23 - Lavrov and Wang Yi held talks in Guilin on Tuesday.")
    assert "place/guilin" in mentioned(text, "2021-03-23")
    (meeting,) = [e for e in read_text(text, "2021-03-23").facts.events if e.kind == "BilateralMeeting"]
    assert meeting.place == "place/guilin"


def test_the_russian_minister_is_the_one_russian_minister_the_article_named():
    text = ("Russian Foreign Minister Sergei Lavrov met Wang Yi on Tuesday. The Russian minister is to fly on to "
            "Seoul later this week for talks with South Korean Foreign Minister Chung Eui-yong.")
    meetings = {frozenset(e.participants) for e in read_text(text, "2021-03-23").facts.events
                if e.kind == "BilateralMeeting"}
    assert frozenset({"person/sergey-lavrov", "person/chung-eui-yong"}) in meetings


def test_a_city_name_before_house_or_palace_names_a_building_not_the_city():
    found = mentioned("Wang Yi and S. Jaishankar held talks at Hyderabad House in New Delhi.", "2025-08-19")
    assert "place/new-delhi" in found and "place/hyderabad" not in found


def test_two_unknown_names_doing_together_what_people_do_are_people():
    found = mentioned("In November 1985, Ronald Reagan and Mikhail Gorbachev held their first summit in Geneva.",
                      "2021-06-16")
    assert {"person/ronald-reagan", "person/mikhail-gorbachev"} <= found
    # institutions are not
    found = mentioned("The Security Council and General Assembly met in New York.", "2021-06-16")
    assert not [key for key in found if key.startswith("person/")]


def test_a_hyphenated_pair_of_places_names_both():
    found = mentioned("Xi wrapped up the first China-Central Asia summit on Friday.", "2023-05-19")
    assert {"country/china", "place/central-asia"} <= found and "place/asia" not in found


def test_companies_and_some_leaders_are_not_people_or_a_group():
    found = mentioned("Goldman Sachs and Morgan Stanley have announced a joint fund.", "2023-03-21")
    assert not [key for key in found if key.startswith("person/")]
    facts = read_text("Fumio Kishida met Anthony Albanese in Tokyo. Xi said other leaders would follow.",
                      "2022-05-24").facts
    assert not [e for e in facts.events if "person/xi-jinping" in e.participants and len(e.participants) > 1]


def test_a_short_name_used_for_one_person_stays_his_after_a_namesake_is_recalled():
    text = ("North Korean leader Kim Jong Un spent four days in China. Kim held talks with Xi Jinping. It was the first "
            "meeting between Kim, who succeeded his father Kim Jong Il in late 2011, and Xi. Kim Jong Il had made his "
            "last trip to China in 2011. Kim is due to meet South Korean President Moon Jae-in at the border truce "
            "village of Panmunjom in late April.")
    found = [e for e in read_text(text, "2018-03-28").facts.events if "person/moon-jae-in" in e.participants]
    assert [(set(e.participants), e.place) for e in found] == [({"person/kim-jong-un", "person/moon-jae-in"},
                                                                "place/panmunjom")]


def test_a_short_name_two_namesakes_share_is_the_one_in_office_when_only_one_is():
    text = ("Kim Jong Un met Xi in Beijing on Tuesday. His father, Kim Jong Il, died in 2011. Kim will meet Moon Jae-in "
            "next month.")
    found = [e for e in read_text(text, "2018-03-28").facts.events if "person/moon-jae-in" in e.participants]
    assert [set(e.participants) for e in found] == [{"person/kim-jong-un", "person/moon-jae-in"}]


@pytest.mark.parametrize("text, published, expected", [
    ("Existing dialogue partners include Turkey, whose president, Recep Tayyip Erdogan, came as a guest.", "2022-09-17",
     ("person/recep-tayyip-erdogan", "President", "country/turkey")),
    ("Togo's foreign minister, Robert Dussey, told reporters his country wanted more.", "2022-06-26",
     ("person/robert-dussey", "Foreign Minister", "country/togo")),
])
def test_offices_told_by_whose_and_before_a_name_the_dictionary_lacks(text, published, expected):
    assert [(p.holder, p.role, p.of) for p in read_text(text, published).facts.positions] == [expected]


@pytest.mark.parametrize("text, expected", [
    # whom a spokesperson speaks for, after "for"
    ("Maria Zakharova, the spokeswoman for the Russian Foreign Ministry, said the talks went well.",
     {("person/maria-zakharova", "Spokesperson", "country/russia")}),
    ("Mao Ning, a spokeswoman for China's foreign ministry, said the talks went well.",
     {("person/mao-ning", "Spokesperson", "country/china")}),
    ("Dmitry Peskov, spokesman for the Kremlin, said the talks went well.",
     {("person/dmitry-peskov", "Spokesperson", "country/russia")}),
    # an envoy's posting between the office and the name; the dictionary's envoy is not the one named
    ("Russia's ambassador to India, Denis Alipov, attended the ceremony.",
     {("person/denis-alipov", "Ambassador", "country/russia")}),
    ("The Russian ambassador in Beijing, Igor Morgulov, attended the ceremony.",
     {("person/igor-morgulov", "Ambassador", "country/russia")}),
    # a second office, "who is also": of the state of the first
    ("Pakistan's Foreign Minister Ishaq Dar, who is also deputy prime minister, visited Beijing.",
     {("person/ishaq-dar", "Foreign Minister", "country/pakistan"),
      ("person/ishaq-dar", "Deputy Prime Minister", "country/pakistan")}),
    # an office named through its body, of the state it names; names the dictionary lacks
    ("The session was chaired by Damir Sagynbaev, secretary of Kyrgyzstan's Security Council.",
     {("person/damir-sagynbaev", "Security Council Secretary", "country/kyrgyzstan")}),
    ("Tajikistan's Security Council secretary, Nasrullo Mahmudzoda; and others sat down.",
     {("person/nasrullo-mahmudzoda", "Security Council Secretary", "country/tajikistan")}),
    # two offices in one apposition, joined by "and", each of the state either names
    ("Around the table sat Zhao Kezhi, China's state councillor and minister of public security; Kalmukhanbet "
     "Kasymov, presidential aide and secretary of the Security Council of Kazakhstan; and others.",
     {("person/zhao-kezhi", "State Councilor", "country/china"),
      ("person/zhao-kezhi", "Interior Minister", "country/china"),
      ("person/kalmukhanbet-kasymov", "Aide", "country/kazakhstan"),
      ("person/kalmukhanbet-kasymov", "Security Council Secretary", "country/kazakhstan")}),
    # in a list, the office after a name and a comma is the next name's
    ("The summit brought together Azerbaijani President Ilham Aliyev, the Emir of Qatar, Sheikh Tamim bin Hamad Al "
     "Thani, and others.",
     {("person/ilham-aliyev", "President", "country/azerbaijan"),
      ("person/tamim-bin-hamad-al-thani", "Emir", "country/qatar")}),
    # "the foreign ministers of A and B": each the foreign minister of his state
    ("The foreign ministers of Russia and China met in Samarkand on Thursday.",
     {("person/sergey-lavrov", "Foreign Minister", "country/russia"),
      ("person/wang-yi", "Foreign Minister", "country/china")}),
    # an aide to a leader is of the state he leads; an apposed office with no state, of the one the dictionary
    # has the person serve in it
    ("The Russian side was led by Vladimir Medinsky, an aide to President Vladimir Putin.",
     {("person/vladimir-putin", "President", "country/russia"),
      ("person/vladimir-medinsky", "Aide", "country/russia")}),
    ("Sergei Lavrov, the foreign minister, said so.", {("person/sergey-lavrov", "Foreign Minister", "country/russia")}),
    # a first name the dictionary's name leaves out, after two offices
    ("Pakistan will be represented by Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar.",
     {("person/ishaq-dar", "Foreign Minister", "country/pakistan"),
      ("person/ishaq-dar", "Deputy Prime Minister", "country/pakistan")}),
])
def test_offices_in_apposition_with_whom_they_serve_and_where(text, expected):
    assert offices("Lavrov met Wang Yi in Beijing on Monday. " + text, "2024-06-01") == expected


def test_presidents_listed_each_with_his_own_state():
    text = ("The session brought together Putin, Presidents Alexander Lukashenko of Belarus, Kassym-Jomart Tokayev of "
            "Kazakhstan and Sadyr Japarov of Kyrgyzstan, and Armenian Prime Minister Nikol Pashinyan.")
    found = {(p.holder, p.of) for p in read_text(text, "2023-05-26").facts.positions if p.role == "President"}
    assert found == {("person/alexander-lukashenko", "country/belarus"), ("person/kassym-jomart-tokayev", "country/kazakhstan"),
                     ("person/sadyr-japarov", "country/kyrgyzstan")}


def test_presidents_a_colon_lists_each_with_his_own_state_hold_the_office_the_plural_names():
    text = ("Around the table sat the presidents of the six member states: Vladimir Putin of Russia, Alexander "
            "Lukashenko of Belarus and Serzh Sargsyan of Armenia, and their host. The agenda: Wang Yi of China.")
    # (Wang Yi, named with his state after another colon, is no president: the dictionary's foreign minister)
    assert {o for o in offices(text, "2015-09-17") if o[1] == "President"} == {
        ("person/vladimir-putin", "President", "country/russia"),
        ("person/alexander-lukashenko", "President", "country/belarus"),
        ("person/serzh-sargsyan", "President", "country/armenia")}


def test_a_seat_of_government_inside_a_description_is_still_mentioned():
    from helpers import read_text
    result = read_text("The Kremlin leader flew to Beijing on Sunday.", "2025-09-04")
    mentioned = {m.entity for m in result.mentions}
    assert {"person/vladimir-putin", "organization/kremlin"} <= mentioned


def test_officials_accompanying_a_leader_serve_his_state_not_the_one_just_named():
    from helpers import read_text
    text = ("Mikhail Mishustin offered condolences to China. Mishustin was accompanied on the trip by Deputy Prime "
            "Ministers Tatyana Golikova and Yury Trutnev.")
    positions = read_text(text, "2023-12-20").facts.positions
    assert {(p.holder, p.of) for p in positions if p.role == "Deputy Prime Minister"} == {
        ("person/tatyana-golikova", "country/russia"), ("person/yury-trutnev", "country/russia")}


def test_two_offices_before_one_name_are_both_his_but_a_description_before_a_title_is_another_person():
    from helpers import read_text
    found = read_text("Jaishankar met Chinese State Councillor and Foreign Minister Wang Yi. Later the Russian president "
                      "and Prime Minister Narendra Modi held talks.", "2021-07-14").facts.positions
    held = {(p.holder, p.role) for p in found}
    assert {("person/wang-yi", "State Councilor"), ("person/wang-yi", "Foreign Minister")} <= held
    assert ("person/narendra-modi", "President") not in held


def test_an_office_spelled_otherwise_in_the_article_is_a_name_of_its_role():
    from helpers import read_text
    names = read_text("Jaishankar met Chinese State Councillor and Foreign Minister Wang Yi.", "2021-07-14").names
    assert names["role/state-councilor"][0] == "State Councillor"  # the article's own spelling first


def test_an_office_has_the_names_the_dictionary_knows_for_it():
    from helpers import read_text
    names = read_text("US Defense Secretary Lloyd Austin met Chinese Defence Minister Dong Jun.", "2024-05-31").names
    assert {"Secretary of Defense", "Defense Secretary", "Defence Secretary"} <= set(names["role/defence-minister"])


def test_offices_of_several_states_then_their_holders_go_to_each_in_turn():
    from helpers import read_text
    text = ("The prime ministers of Kazakhstan, Tajikistan and Uzbekistan, Alikhan Smailov, Kokhir Rasulzoda and "
            "Abdulla Aripov, attended.")
    found = {(p.holder, p.of) for p in read_text(text, "2023-10-27").facts.positions if p.role == "Prime Minister"}
    assert found == {("person/alikhan-smailov", "country/kazakhstan"), ("person/kokhir-rasulzoda", "country/tajikistan"),
                     ("person/abdulla-aripov", "country/uzbekistan")}


def test_officials_accompanying_the_one_the_sentence_before_was_about_serve_his_state():
    from helpers import read_text
    positions = read_text("Sergei Lavrov arrived in Ankara on Monday. He was accompanied on the trip by Deputy Foreign "
                          "Minister Alexander Pankin.", "2024-06-19").facts.positions
    assert {(p.holder, p.of) for p in positions if p.role == "Deputy Foreign Minister"} == {
        ("person/alexander-pankin", "country/russia")}


def test_a_word_short_for_one_body_means_the_body_named_in_full_before_whose_name_begins_with_it():
    text = ("Leaders of the Commonwealth of Independent States met in Minsk. Both members of the Commonwealth, "
            "Armenia and Azerbaijan sent their leaders. The UN Security Council met, and the UN chief spoke.")
    keys = {e.key for e in read_text(text, "2024-03-01").entities}
    assert "organization/commonwealth-of-independent-states" in keys
    assert "organization/commonwealth-of-nations" not in keys
    assert "organization/united-nations" in keys


def test_the_country_after_the_name_of_a_body_s_officer_is_his_not_the_office_s():
    from helpers import read_text
    facts = read_text("The SCO Secretariat has been headed since January 2016 by Secretary-General Rashid Alimov of "
                      "Tajikistan.", "2017-04-20").facts
    assert {(p.holder, p.of) for p in facts.positions} == {
        ("person/rashid-alimov", "organization/shanghai-cooperation-organisation")}


def test_a_name_the_dictionary_lacks_set_off_by_an_office_in_apposition_is_a_person():
    found = mentioned("Li Hui, the Chinese government's special representative for Eurasian affairs, held talks with "
                      "Sergei Lavrov on Friday.", "2023-05-27")
    assert "person/li-hui" in found and "person/li-qiang" not in found
    assert "person/li-zhanshu" in mentioned("President Vladimir Putin met Li Zhanshu, chairman of the Standing Committee "
                                            "of China's National People's Congress, on Wednesday.", "2022-09-08")
    # the other order: an office, then the name in apposition
    assert "person/chen-jining" in mentioned("Blinken also met Shanghai's party secretary, Chen Jining, on Friday.",
                                             "2024-04-27")
    # (no office, no person: "Nazarbayev University, the country's oldest campus")
    assert not any(key.startswith("person/") for key in mentioned("Astana Business School, the city's newest campus, "
                                                                   "opened on Friday."))


def test_a_name_the_dictionary_lacks_after_official_with_a_state_or_rank_is_a_person():
    # "official" is no office the titles stage reads, but news names people by it
    assert "person/kim-yong-chol" in mentioned("Pompeo met senior North Korean official Kim Yong Chol in New York on "
                                               "Wednesday.", "2018-05-31")
    assert "person/zhou-wenhua" in mentioned("Chinese official Zhou Wenhua told reporters the talks went well.", "2018-05-31")
    # in apposition, as the noun: "Kim Yong Chol, a senior North Korean official," and "one of Kim's closest aides"
    assert "person/kim-yong-chol" in mentioned("Pompeo hosted Kim Yong Chol, a senior North Korean official, for "
                                               "dinner on Wednesday.", "2018-05-31")
    assert "person/kim-yong-chol" in mentioned("Pompeo hosted Kim Yong Chol, one of Kim's closest aides, for dinner "
                                               "on Wednesday.", "2018-05-31")
    # (the adjective names no one: "Rossiya Segodnya, the official news agency," is not a person)
    assert not any(key.startswith("person/") for key in mentioned(
        "Rossiya Segodnya, the official news agency, carried the statement on Friday."))


def test_a_meeting_with_a_senior_official_of_a_state_has_him_as_participant():
    from helpers import read_text
    events = read_text("Secretary of State Mike Pompeo hosted senior North Korean official Kim Yong Chol for dinner "
                       "in New York on Wednesday.", "2018-05-31").facts.events
    assert [(e.participants, str(e.date)) for e in events] == [
        (("person/mike-pompeo", "person/kim-yong-chol"), "2018-05-30")]


def test_an_office_title_before_a_bare_surname_is_no_part_of_a_longer_name():
    # ("Sung Kim" is a longer name than Kim; "Foreign Minister Lavrov" is Lavrov)
    found = mentioned("Foreign Minister Lavrov held talks with Wang in Moscow on Monday, and officials said Prime "
                      "Minister Modi would visit China in May.", "2015-02-03")
    assert {"person/sergey-lavrov", "person/narendra-modi"} <= found


def test_an_office_whose_first_words_name_a_body_is_read_through_the_body():
    # ("Russian Security Council" is a body in the dictionary; "Security Council Secretary" an office)
    assert offices("Russian Security Council Secretary Nikolai Patrushev arrived in Beijing on Monday.",
                   "2018-05-22") == {("person/nikolai-patrushev", "Security Council Secretary", "country/russia")}
    assert offices("Kazakh Security Council Secretary Nurlan Yermekbayev arrived in Beijing on Monday.",
                   "2018-05-22") == {("person/nurlan-yermekbayev", "Security Council Secretary", "country/kazakhstan")}


def test_plural_offices_listed_against_states_after_a_dash_and_an_officer_a_state_sent():
    context = "Xi Jinping met Vladimir Putin in Beijing on Monday. "
    assert offices(context + "The security council secretaries of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan - "
                   "Nurlan Yermekbayev, Damir Sagynbayev, Abdurahim Kahorov and Viktor Makhmudov - also took part.",
                   "2018-05-22") - offices(context, "2018-05-22") == {
        ("person/nurlan-yermekbayev", "Security Council Secretary", "country/kazakhstan"),
        ("person/damir-sagynbayev", "Security Council Secretary", "country/kyrgyzstan"),
        ("person/abdurahim-kahorov", "Security Council Secretary", "country/tajikistan"),
        ("person/viktor-makhmudov", "Security Council Secretary", "country/uzbekistan")}
    assert offices(context + "India sent its deputy national security adviser, Rajinder Khanna.", "2018-05-22") \
        - offices(context, "2018-05-22") == {
        ("person/rajinder-khanna", "Deputy National Security Adviser", "country/india")}
    assert offices(context + "The meeting was chaired by State Councillor and Public Security Minister Zhao Kezhi.",
                   "2018-05-22") - offices(context, "2018-05-22") == {
        ("person/zhao-kezhi", "State Councilor", "country/china"), ("person/zhao-kezhi", "Interior Minister", "country/china")}


def test_the_visiting_foreign_minister_of_a_state_is_its_holder():
    assert mentioned("Chinese Vice President Han Zheng met the visiting Russian foreign minister in Beijing on Tuesday.",
                     "2024-10-24") >= {"person/han-zheng", "person/sergey-lavrov"}


def test_an_acronym_spoken_as_a_word_is_also_written_in_title_case():
    assert {"organization/apec", "organization/asean", "organization/opec"} <= mentioned(
        "Apec leaders met as Asean ministers and Opec delegates gathered.")


def test_an_office_before_a_name_that_opens_a_list_is_not_that_names_when_he_held_another():
    found = offices("The meeting between the US secretary of state, Taro Kono and Kang Kyung-wha was held in Bangkok.",
                    "2019-08-02")
    assert not any(person == "person/taro-kono" and "Secretary" in role for person, role, _ in found)


def test_his_counterpart_after_a_name_and_and_is_that_names_counterpart():
    text = ("Kim Jong Un received Wang Yi on Thursday. The audience with Kim came a day after talks were held between "
            "Wang Yi and his North Korean counterpart, Ri Yong Ho.")
    assert ("person/ri-yong-ho", "Foreign Minister", "country/north-korea") in offices(text, "2018-05-03")
    assert not any(p == "person/ri-yong-ho" and role != "Foreign Minister" for p, role, _ in offices(text, "2018-05-03"))


def test_an_office_abbreviated_in_brackets_before_the_name_is_still_that_names():
    assert ("person/subrahmanyam-jaishankar", "Foreign Minister", "country/india") in offices(
        "External Affairs Minister (EAM) S Jaishankar met Wang Yi on Tuesday.", "2020-06-23")


def test_its_foreign_minister_is_the_state_the_sentence_opened_with():
    assert ("person/saleumxay-kommasith", "Foreign Minister", "country/laos") in offices(
        "Laos holds the rotating ASEAN chairmanship this year, and its foreign minister, Saleumxay Kommasith, "
        "presided over the sessions.", "2016-07-26")


def test_the_offices_of_two_states_named_together_go_to_the_people_named_after_them_in_turn():
    assert offices("Putin was in Ankara. The Turkish and Iranian defence ministers, Hulusi Akar and Amir Hatami, also "
                   "met on the sidelines of the summit.", "2019-09-16") == {
        ("person/hulusi-akar", "Defence Minister", "country/turkey"),
        ("person/amir-hatami", "Defence Minister", "country/iran")}
    # ("Amir" is a given name there; "the Amir of Qatar" stays a title)
    assert "person/amir-hatami" in mentioned("Defence Minister Amir Hatami arrived.", "2019-09-16")


def test_a_landmark_is_a_place_of_its_own_and_a_link_line_names_what_it_names():
    found = mentioned("Read more: What the SCO's expansion means for Central Asia\n"
                      "Xi Jinping received Sergey Lavrov at the Great Hall of the People on Tuesday.")
    assert {"place/great-hall-of-the-people", "place/central-asia"} <= found


def test_a_surname_the_dictionary_leaves_to_no_one_is_the_one_named_in_full_before():
    result = read_text("Turkmenistan's President Gurbanguly Berdimuhamedov attended as a guest. On the sidelines, Hu "
                       "Jintao met Berdimuhamedov.", "2010-06-12")
    assert [e.participants for e in result.facts.events] == [("person/hu-jintao", "person/gurbanguly-berdimuhamedov")]


def test_offices_named_in_full_with_their_portfolio_are_read_whole():
    assert offices("Josep Borrell, the European Union's High Representative for Foreign Affairs and Security Policy, "
                   "met Wang Yi. On July 4 the EU's foreign affairs spokesperson, Nabila Massrali, said so.",
                   "2023-10-14") >= {
        ("person/josep-borrell", "High Representative", "organization/european-union"),
        ("person/nabila-massrali", "Spokesperson", "organization/european-union")}


def test_one_who_has_again_been_foreign_minister_since_a_month_holds_that_office():
    assert ("person/wang-yi", "Foreign Minister", "country/china") in offices(
        "Wang Yi, who has again been foreign minister since July, told his guest.", "2023-10-14")


def test_presidents_listed_between_dashes_each_with_his_state_hold_the_office_of_it():
    text = ("The presidents of the three member states - the host, Kyrgyz President Sadyr Japarov, China's Xi Jinping and "
            "Shavkat Mirziyoyev of Uzbekistan - also signed the declaration.")
    assert offices(text, "2024-07-05") == {("person/sadyr-japarov", "President", "country/kyrgyzstan"),
                                           ("person/xi-jinping", "President", "country/china"),
                                           ("person/shavkat-mirziyoyev", "President", "country/uzbekistan")}
    # (a plural office's list is not carried past its own titles: "and Armenian Prime Minister Nikol Pashinyan")
    text = ("The meeting brought together Presidents Alexander Lukashenko of Belarus and Sadyr Japarov of Kyrgyzstan, and "
            "Armenian Prime Minister Nikol Pashinyan.")
    assert ("person/nikol-pashinyan", "Prime Minister", "country/armenia") in offices(text, "2023-05-26")
    assert not any(h == "person/nikol-pashinyan" and r == "President" for h, r, _ in offices(text, "2023-05-26"))


def test_an_outgoing_president_still_holds_the_office():
    assert offices("Afghanistan's outgoing President Hamid Karzai attended.", "2014-09-13") == \
        {("person/hamid-karzai", "President", "country/afghanistan")}


def test_a_secretary_general_of_the_organisation_just_named_is_that_bodys():
    text = ("The CSTO secretariat confirmed on Thursday that it had received a note. Nikolai Bordyuzha, the organisation's "
            "secretary-general, told reporters that the note would be passed on.")
    assert offices(text, "2012-06-29") == {("person/nikolai-bordyuzha", "Secretary-General",
                                            "organization/collective-security-treaty-organization")}


def test_korea_alone_is_south_korea_and_the_dprk_named_in_full_is_the_north():
    text = ("Korea is due to host the next summit. Choe Son Hui is Foreign Minister of the Democratic People's Republic "
            "of Korea.")
    assert {"country/south-korea", "country/north-korea"} <= mentioned(text, "2023-11-27")



def test_a_name_the_dictionary_lacks_is_kept_without_the_courtesy_it_opens_with():
    found = mentioned("The foreign ministers met Sheikh Ahmad Nasser Al-Sabah, Kuwait's foreign minister, on Monday.",
                      "2022-01-15")
    assert "person/ahmad-nasser-al-sabah" in found


def test_a_leader_named_with_his_state_and_no_office_holds_the_office_the_dictionary_gives_him_that_day():
    text = ("Kazakh President Nursultan Nazarbayev hosted Russia's Vladimir Putin, Alexander Lukashenko of Belarus and "
            "Kyrgyzstan's Sooronbay Jeenbekov.")
    assert offices(text, "2018-11-09") == {("person/nursultan-nazarbayev", "President", "country/kazakhstan"),
                                           ("person/vladimir-putin", "President", "country/russia"),
                                           ("person/alexander-lukashenko", "President", "country/belarus"),
                                           ("person/sooronbay-jeenbekov", "President", "country/kyrgyzstan")}
    # (not an office he did not hold that day: Putin was prime minister in 2010)
    assert ("person/vladimir-putin", "President", "country/russia") not in offices("Russia's Vladimir Putin spoke.",
                                                                                 "2010-06-01")


def test_the_companies_named_beside_the_talks_are_organizations_not_blocs():
    found = mentioned("Gazprom signed a memorandum with Turkey's BOTAS, and CNPC agreed a price with Gazprom Neft.")
    assert {"organization/gazprom", "organization/botas", "organization/china-national-petroleum-corporation",
            "organization/gazprom-neft"} <= found
    text = "Gazprom and Rosneft were represented. The group's leaders will meet in Kazan in October."
    assert not [e for e in read_text(text, "2024-03-01").facts.events if e.organizer in ("organization/gazprom",
                                                                                      "organization/rosneft")]


def test_a_name_joined_to_a_known_person_as_the_subject_of_a_deed_is_a_person():
    # (the dictionary keeps "Ma" for Ma Zhaoxu: a longer name that opens with it is someone else's)
    text = "On Saturday Ma Ying-jeou and Xi Jinping shook hands in Singapore. Mr Ma then flew home."
    assert "person/ma-ying-jeou" in mentioned(text, "2015-11-08")
    text = "In 1993 Koo Chen-fu and Wang Daohan, the heads of the two sides' negotiating bodies, met in Singapore."
    assert {"person/koo-chen-fu", "person/wang-daohan"} <= mentioned(text, "2015-11-08")


def test_a_name_set_off_by_then_and_an_office_is_a_person():
    text = "The talks recalled a meeting between Hu Jintao and Lien Chan, then chairman of the Kuomintang, in 2005."
    assert "person/lien-chan" in mentioned(text, "2015-11-08")


def test_a_title_without_a_state_takes_the_state_of_the_holders_other_terms():
    # an office held before the article's day, by its holder's term of it
    assert ("person/jiang-zemin", "President", "country/china") in offices(
        "The last such trip was President Jiang Zemin's visit in 1996.", "2006-11-22")
    # an office the dictionary does not list for him, of the one state all his offices were of
    found = offices("Home Minister Rajnath Singh flew to Islamabad for the meeting.", "2016-10-01")
    assert {(holder, of) for holder, _, of in found} == {("person/rajnath-singh", "country/india")}
    # an honorific between the title and the name
    assert ("person/manmohan-singh", "Prime Minister", "country/india") in offices(
        "Hu Jintao held talks with Prime Minister Dr. Manmohan Singh in New Delhi.", "2006-11-22")


def test_a_description_of_a_foreign_minister_takes_the_title_of_his_own_office():
    found = offices("Rex Tillerson arrived in Moscow on Tuesday. The top U.S. diplomat then met Sergey Lavrov.",
                    "2017-04-13")
    assert ("person/rex-tillerson", "Secretary of State", "country/united-states") in found


def test_the_secretary_of_state_is_the_one_named_who_holds_that_office_not_a_foreign_minister_titled_later():
    text = ("Rex Tillerson went to Moscow this week. The secretary of state landed on Tuesday evening. "
            "On Wednesday he held talks with Russian Foreign Minister Sergey Lavrov.")
    found = [e for e in read_text(text, "2017-04-13").facts.events if e.kind == "BilateralMeeting"]
    assert [set(e.participants) for e in found] == [{"person/rex-tillerson", "person/sergey-lavrov"}]



def test_an_office_of_a_body_the_dictionary_lacks_is_not_a_states():
    found = offices("In Rio de Janeiro, Dilma Rousseff and FIFA president Sepp Blatter handed over the trophy.", "2014-07-16")
    assert not [of for holder, _, of in found if holder == "person/sepp-blatter"]


def test_names_each_followed_by_of_and_a_state_in_a_list_are_people():
    text = "The treaty was signed by Vladimir Putin of Russia, Tolib Karimzoda of Tajikistan and Aibek Usonov of Kyrgyzstan."
    assert {"person/tolib-karimzoda", "person/aibek-usonov"} <= mentioned(text, "2006-06-15")


def test_leaders_before_2001_are_in_the_dictionary_with_their_offices():
    assert ("person/boris-yeltsin", "President", "country/russia") in offices(
        "President Boris Yeltsin received the Chinese delegation.", "1998-11-23")


def test_a_known_person_named_with_a_middle_name_is_that_person():
    found = mentioned("President Rodrigo Roa Duterte held talks with Xi Jinping in Beijing.", "2016-10-21")
    assert "person/rodrigo-duterte" in found and "person/rodrigo-roa-duterte" not in found


def test_then_and_a_verb_after_a_place_is_no_apposition_naming_a_person():
    found = mentioned("Sergey Lavrov toured Angkor Wat, then met Foreign Minister Prak Sokhonn.", "2022-08-03")
    assert "person/angkor-wat" not in found
