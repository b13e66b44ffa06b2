"""Source and target codes the whole stage gives, with the real actor table, on sentences of the kind the
caucasus articles hold (the coding rules themselves are tested with a stand-in resolver in test_events)."""

from __future__ import annotations

import pytest

from rashomon.engine import analyze
from rashomon.store import Store


@pytest.fixture
def stored(tmp_path):
    def run(body: str, title: str = "Tehran and Baku") -> list[tuple[int, str, str, str | None]]:
        """(event id, role, text, code) of every side of every event analyse finds in ``body``, in order."""
        (tmp_path / "a.txt").write_text(f"{title}\n\nBy Sam Writer\n\n{body}\n", encoding="utf-8")
        with Store(tmp_path / "a.db") as store:
            analyze(store, [tmp_path / "a.txt"])
            return [tuple(r) for r in store.conn.execute(
                "SELECT event_id, role, text, code FROM event_actors ORDER BY event_id, role, ord")]  # fmt: skip

    return run


@pytest.fixture
def coded(tmp_path):
    def run(body: str) -> dict[str, tuple[str, str]]:
        """trigger -> (source codes, target codes) of the events analyse finds in ``body``."""
        (tmp_path / "a.txt").write_text(f"Tehran and Baku\n\nBy Sam Writer\n\n{body}\n", encoding="utf-8")
        with Store(tmp_path / "a.db") as store:
            analyze(store, [tmp_path / "a.txt"])
            out: dict[str, tuple[str, str]] = {}
            for r in store.conn.execute(
                "SELECT e.id, substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger "
                "FROM events e JOIN documents d ON d.id = e.document_id"
            ):
                sides = {role: "; ".join(c for (c,) in store.conn.execute(
                    "SELECT code FROM event_actors WHERE event_id = ? AND role = ? AND code IS NOT NULL ORDER BY ord",
                    (r["id"], role))) for role in ("source", "target")}  # fmt: skip
                out[r["trigger"]] = (sides["source"], sides["target"])
        return out

    return run


@pytest.fixture
def typed(tmp_path):
    def run(body: str, title: str = "Tehran and Baku") -> dict[str, tuple[str, str, str]]:
        """trigger -> (CAMEO code, source codes, target codes) of the events analyse finds in ``body`` alone."""
        folder = tmp_path / f"t{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        (folder / "a.txt").write_text(f"{title}\n\nBy Sam Writer\n\n{body}\n", encoding="utf-8")
        with Store(folder / "a.db") as store:
            analyze(store, [folder / "a.txt"])
            rows = store.conn.execute(
                "SELECT e.cameo, substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger, "
                "(SELECT group_concat(code, '; ') FROM event_actors a WHERE a.event_id = e.id AND role = 'source') AS s, "
                "(SELECT group_concat(code, '; ') FROM event_actors a WHERE a.event_id = e.id AND role = 'target') AS t "
                "FROM events e JOIN documents d ON d.id = e.document_id")
            return {r["trigger"]: (r["cameo"], r["s"] or "", r["t"] or "") for r in rows}

    return run


def test_a_participle_with_an_agent_joined_to_a_copula_is_passive(coded):
    found = coded("Ilham Aliyev and Erdogan are mass murderers and supported by the US and Israel.")
    assert found["supported"] == ("USA; ISR", "AZEGOV; TURGOV")


def test_what_sparks_protests_is_not_the_protester(coded):
    found = coded("Video of new Russian military aid to Armenia passing through Iran sparked protests in "
                  "cities of Iran.")
    assert found["protests"] == ("", "IRN"), "no protester named; the protests happen in Iran"
    assert found["aid"] == ("RUSMIL", "ARM")


def test_a_part_of_a_countrys_territory_is_that_country(coded):
    found = coded("Armenia occupied 15% of Azerbaijani territory for many years.")
    assert found["occupied"] == ("ARM", "AZE")


def test_who_receives_help_is_its_target(coded):
    assert coded("Armenia received military aid from Russia.")["aid"] == ("RUS", "ARM")
    assert coded("There remains slim hope for Armenia to gain foreign help.")["help"] == ("", "ARM")
    assert coded("Russia and Syria won the war in the end.").get("war", ("RUS; SYR", ""))[1] == "", \
        "winning a war is taking part in it, not being given it"


def test_the_user_of_a_weapon_is_the_author_of_its_strike(coded):
    assert coded("Mortars fired by Armenian forces hit Iranian villages.")["hit"] == ("ARMMIL", "IRN")


def test_a_spaced_dash_before_backed_leaves_the_name_an_actor(coded):
    found = coded("How can Moscow hope to overcome small Azerbaijan and little Armenia — backed by the "
                  "Zionist Entity?")
    assert found["backed"] == ("ISRGOV", "AZE; ARM")


def test_objects_and_subjects_the_parse_hangs_elsewhere(coded):
    assert coded("The Armenian occupiers destroyed and then wiped out this region of Azerbaijan.")["destroyed"] == (
        "ARMMIL", "AZE"), "an object shared by two verbs"  # fmt: skip
    assert coded("A strong Azerbaijan is a grave threat to the security of Iran.")["threat"] == ("AZE", "IRN")
    assert coded("Baku can also help Iranian ports to connect to Georgian ports.")["help"] == ("AZEGOV", "IRN")
    refused = coded("Azerbaijan refused to be part of an Iranian agenda and had been building alliances with "
                    "the United States and Israel.").get("refused")  # fmt: skip
    assert refused is None or refused[1] == "", "the allies of the next clause are not what was refused"


def test_asking_a_question_and_a_demonstration_of_skill_are_no_events(coded):
    found = coded("In the op-ed I asked why Iran supports Armenia. It is a demonstration of the old Israeli "
                  "art of crisis.")
    assert "asked" not in found and "demonstration" not in found


def test_sides_of_a_noun_event(coded):
    assert coded("Russia coming to the direct aid of Armenia remains a real possibility.")["aid"] == ("RUS", "ARM")
    assert coded("Iran launched large drills along the Azerbaijani border.")["drills"] == ("IRN", "AZE")
    assert coded("Turkey and Azerbaijan plan on staging a joint drill close to the Iranian frontier."
                 )["drill"][0] == "TUR; AZE"  # fmt: skip
    found = coded("Russia is alarmed by the fighting between Azerbaijanis and Armenians.")
    assert found["fighting"] == ("AZE", "ARM"), "one side against the other, not the neighbours named before"


def test_a_judging_label_is_not_the_speakers_own_side(coded):
    found = coded("Armenian officials said the occupiers were shelling villages near Yerevan. Azerbaijan denied it.")
    assert found["shelling"][0] == "AZEMIL", found


def test_the_venue_of_a_meeting_is_no_party_to_it(coded):
    found = coded("Armenian and Azerbaijani foreign ministers agree to meet in Almaty on March 20.")
    assert found["agree"] == ("ARMGOV; AZEGOV", "")


def test_a_pronoun_stands_for_the_subject_of_the_sentence_before(coded):
    found = coded("Iran held talks with Armenia on Monday. The next day it accused Azerbaijan of shelling the border.")
    assert found["accused"][0] == "IRN" and found["accused"][1] == "AZE"
    # the nearest subject decides, even when it names no known actor: no older name is taken instead
    found = coded("Iran held talks with Armenia on Monday. The roads were closed. They accused Azerbaijan of lying.")
    assert found.get("accused", ("", ""))[0] == ""


def test_the_country_and_both_countries_stand_for_the_countries_named_before(coded):
    found = coded("Armenia asked Russia for help in March. In April the country accused Azerbaijan of shelling Kapan.")
    assert found["accused"][0] == "ARM"
    found = coded("Armenia and Azerbaijan signed a ceasefire in Moscow. Both countries accused Turkey of meddling.")
    assert set(found["accused"][0].split("; ")) == {"ARM", "AZE"}


def test_a_group_of_no_named_country_is_coded_by_its_sector_alone():
    from rashomon.engine.code import code_texts

    def sides(text: str) -> dict[str, tuple[list[str], list[str]]]:
        (events,) = code_texts([("t", text, None)])
        return {e["eventText"]: ([a.get("code") for a in e["source"]], [a.get("code") for a in e["target"]]) for e in events}

    # no country anywhere in the text: "rebels" are REB, as GDELT codes them, not no one
    found = sides("Rebels ambushed a convoy on the mountain road. Gunmen killed 12 civilians in a village.")
    assert found["ambushed"][0] == ["REB"]
    assert found["killed"][1] == ["CVL"]
    # a country named in the text still gives its country
    assert sides("Armenian officials spoke. Rebels ambushed a convoy on the road.")["ambushed"][0] == ["ARMREB"]


def test_a_sector_alone_is_an_actor_of_no_country():
    from rashomon.nlp.actors import _default_table

    rebels = _default_table().actor("REB")
    assert (rebels.code, rebels.country, rebels.sector, rebels.name, rebels.kind) == ("REB", None, "REB", "rebels", "unknown")
    assert _default_table().actor("IRNREB").country == "IRN"


def test_a_crowd_counted_by_its_nationality_is_of_that_country(coded):
    # written for rashomon after a PLOVER training-part miss: the table knows no "Kurds", but "Iraqi" says
    # whose they are, counted or not
    assert coded("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.")["demonstrated"][0] == "IRQ"
    assert coded("Iraqi Kurds demonstrated in Kirkuk on Sunday.")["demonstrated"][0] == "IRQ"


def test_the_venue_of_a_signing_is_no_party_to_it(coded):
    # written for rashomon: Doha is where it was signed, not Qatar's government as the one it was signed with
    assert coded("Armenia and Azerbaijan signed a peace agreement in Doha on Saturday.")["signed"] == ("ARM; AZE", "")
    assert coded("Armenia signed an agreement with Iran in Doha.")["signed"] == ("ARM", "IRN")


def test_a_pronoun_stands_for_the_subject_before_it_in_its_own_sentence(coded):
    # written for rashomon after a caucasus comment's "they" took an actor from sentences before: the parse
    # hangs the first clause from the second, so no parse rule links them
    found = coded("When Prime Minister Nikol Pashinyan signed the deal, the Armenian people were so angry, "
                  "that they attacked him in the street.")
    assert found["attacked"] == ("ARMCVL", "ARMGOV")


def test_support_for_a_country_and_a_circumstance_with_someone(coded):
    # written for rashomon after a caucasus comment coded Iran's attorney general as the one supported: a
    # "with" phrase before the verb is a circumstance; "support for X" is aimed at X; the one visiting is
    # the official the participle describes
    found = coded("With Iran's attorney general visiting Yerevan, Tehran signalled support for Armenia.")
    assert found["support"] == ("IRNGOV", "ARM")
    assert found["visiting"] == ("IRNJUD", "ARMGOV")


def test_forces_sent_are_the_senders_own(coded):
    # written for rashomon: the troops a country sends are no target of its act; sent to its own border
    # they are deployed, sent to another country they are its help
    found = coded("Iran sent troops to the border on Monday. Russia sent troops to Armenia on Tuesday.")
    assert found["sent"] == ("RUS", "ARM")
    from rashomon.engine.code import code_texts

    ((event,),) = code_texts([("t", "Iran sent troops to the border on Monday.", None)])
    assert (event["event"], [a["code"] for a in event["target"]]) == ("MOBILIZE", [])


def test_an_intent_or_attempt_is_its_holders(coded):
    # written for rashomon after a caucasus comment's "expressed wishes to annex" came with no one annexing
    assert coded("Armenia made an attempt to retake the town of Shusha.")["retake"][0] == "ARM"


def test_a_participle_that_describes_an_act_names_its_sides(coded):
    # written for rashomon after a caucasus article's help, described by a participle as Iran's help to Azerbaijan,
    # was credited to a presidency named beside it
    found = coded("The governor described the advisory assistance once given by Iran to Azerbaijan.")
    assert found["assistance"] == ("IRN", "AZE")


def test_a_subject_after_a_clause_and_a_short_phrase_is_the_verbs(coded):
    # the parse joins "Azerbaijan and Turkey" to the object of the clause before ("as Armenia keeps ...")
    found = coded("As Armenia keeps a weak cabinet, Azerbaijan and Turkey could in principle seize the south "
                  "and annex it to Nakhchivan.")
    assert found["annex"][0] == "AZE; TUR"


def test_phrase_answers_are_kept_across_documents_for_their_own_table_only():
    from rashomon.nlp.events.context import Lookups

    class Table:
        def __init__(self, name: str) -> None:
            self.name, self.asked = name, 0

        def resolve(self, text: str) -> str:
            self.asked += 1
            return f"{self.name}:{text}"

    kept: dict[str, object] = {}
    first = Table("a")
    assert Lookups(first, kept).resolve("the government") == "a:the government"
    assert Lookups(first, kept).resolve("the government") == "a:the government"  # the next document
    assert first.asked == 1
    other = Table("b")  # the same store handed another table: its own answers, never the first table's
    assert Lookups(other, kept).resolve("the government") == "b:the government"
    assert other.asked == 1


def test_a_name_read_as_a_compound_of_its_verb_is_its_subject(coded):
    # written for rashomon after a caucasus article's "..., Azerbaijan demands that ..." came with no one
    # demanding: the parser reads "demands" as a noun with "Azerbaijan" as its compound
    found = coded("As the district lies within its borders, and plainly every visit without papers is illegal, "
                  "Azerbaijan demands that those Russian soldiers request a pass.")
    assert found["demands"] == ("AZE", "RUSMIL")


def test_a_policy_is_done_by_the_one_who_follows_it(coded):
    found = coded("Iran has long followed a policy of quietly supporting both Azerbaijan and Armenia.")
    assert found["supporting"] == ("IRN", "AZE; ARM")
    assert coded("Tehran was accused of supporting Armenia.")["supporting"] == ("IRNGOV", "ARM")


def test_people_named_by_a_common_noun_are_targets(coded):
    # written for rashomon after ConfliBERT training-part misses: victims, suspects, women and regulators are
    # sectors the table now knows, so an act aimed at them has its target
    assert coded("Iranian police detained four suspects near Tabriz on Friday.")["detained"] == ("IRNCOP", "IRNCRM")
    assert coded("The militia says it will not free the kidnap victims this month.")["free"][1].endswith("CVL")
    assert coded("Azerbaijani regulators banned two Armenian firms.")["banned"][0] == "AZEGOV"


def test_an_investigation_into_someone_is_aimed_at_them(coded):
    # written for rashomon after ConfliBERT training-part misses: "into" names what a noun event is aimed at
    assert coded("Armenian prosecutors opened an investigation into the Iranian embassy.")["investigation"] == (
        "ARMJUD", "IRNGOV")


def test_whom_forces_are_withdrawn_from_is_the_target(coded):
    # written for rashomon after ConfliBERT training-part misses: the peacekeepers withdrawn are the UN's own,
    # the country they leave is the one the act is aimed at
    assert coded("The United Nations withdrew peacekeepers from Armenia in May.")["withdrew"] == ("IGOUNO", "ARM")
    assert coded("Russia recalled its ambassador from Baku.")["recalled"] == ("RUS", "AZE")


def test_money_given_or_lent_to_a_country_is_economic_aid(coded):
    # written for rashomon after ConfliBERT training-part misses: "gave 2 million euros to Armenia" was no
    # event (money was a cue, a currency was not), "lent" no trigger at all
    assert coded("Germany gave 40 million euros to Armenia's farming sector.")["gave"] == ("DEU", "ARM")
    assert coded("Russia lent 2 billion dollars to Iran last year.")["lent"] == ("RUS", "IRN")


def test_aid_given_in_a_country_is_aimed_at_it(coded):
    # written for rashomon after ConfliBERT training-part misses: aid handed out in a place, to no one named,
    # goes to the country the place is in
    assert coded("Japan provided food aid in northern Armenia last winter.")["provided"] == ("JPN", "ARM")


def test_the_one_who_faces_an_act_is_its_target(coded):
    # written for rashomon after a sample of caucasus events: the subject of "faces aggression from Iran" was
    # coded as the aggressor
    assert coded("Georgia faces aggression from Russia.")["aggression"] == ("RUS", "GEO")
    assert coded("Armenia suffered attacks by Azerbaijani forces.")["attacks"] == ("AZEMIL", "ARM")


def test_forces_stationed_somewhere_stand_for_their_sender(coded):
    # written for rashomon after a sample of caucasus events: "Israeli personnel stationed in the region" had
    # no source
    assert coded("There are some 500 Turkish soldiers stationed in the region.")["stationed"][0] == "TURMIL"


def test_the_broker_of_an_agreement_is_no_side_of_it(coded):
    # written for rashomon after a sample of caucasus events: Russia, which brokered it, was coded as the side
    # declaring the ceasefire
    found = coded("In early November a truce agreement, mediated by Russia, was reached.")
    assert found["agreement"][0] == "" and found["mediated"][0] == "RUS"


def test_whom_a_place_is_taken_from_is_the_target(coded):
    # written for rashomon after a sample of caucasus events: "captured from Armenian occupation" had no target
    assert coded("Four villages were captured from Armenian occupation.")["captured"][1] == "ARM"
    assert coded("Azerbaijani forces retook the town from Armenian troops.")["retook"] == ("AZEMIL", "ARMMIL")


def test_quotation_marks_are_no_part_of_an_actors_words(tmp_path):
    # written for rashomon after a sample of events on real news pages from other sites: a target read
    # '” protesters', the closing mark of a quoted word before it
    (tmp_path / "a.txt").write_text("Tehran and Baku\n\nBy Sam Writer\n\nIranian police began “dispersing” "
                                    "protesters in Tabriz on Monday.\n", encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        analyze(store, [tmp_path / "a.txt"])
        texts = [t for (t,) in store.conn.execute("SELECT text FROM event_actors")]
    assert texts and all(t[:1].isalnum() for t in texts), texts


def test_people_of_a_place_are_of_its_country(coded):
    # written for rashomon after a PLOVER training-part miss: "inhabitants of the Syrian Golan Heights" took
    # the country named later in the sentence (Israel) for their own
    assert coded("Residents of the Syrian Golan Heights protested against Israel on Monday.")["protested"] == ("SYRCVL", "ISR")
    assert coded("Villagers of Kirkuk protested against Turkey.")["protested"] == ("IRQCVL", "TUR")


def test_leaders_of_a_group_are_of_its_sector(coded):
    # written for rashomon after a check of the "of a place" rule: "Leaders of the opposition" were coded as
    # the government (a leader's own sector)
    assert coded("Leaders of the Armenian opposition met Iranian diplomats in Yerevan.")["met"][0] == "ARMOPP"
    assert coded("Leaders of Iran met Erdogan in Ankara.")["met"][0] == "IRNGOV"


def test_a_body_based_in_a_place_is_of_its_country(coded):
    # written for rashomon after a PLOVER training-part miss: "a newspaper based in east Beirut" had no code
    assert coded("A newspaper based in Tabriz criticised Azerbaijan on Monday.")["criticised"] == ("IRNMED", "AZE")
    assert coded("A rebel group based in Kirkuk attacked Turkey.")["attacked"][0] == "IRQREB"


def test_a_domestic_body_in_a_place_is_of_its_country(coded):
    # written for rashomon after a ConfliBERT training-part miss: "a court in Istanbul" had no code (the table
    # knows capitals, not every town); forces in a place may be anyone's
    assert coded("A court in Tabriz sentenced two Azerbaijani activists.")["sentenced"][0] == "IRNJUD"
    assert coded("Police in Ganja arrested two Iranian drivers.")["arrested"][0] == "AZECOP"
    assert coded("Troops in Ganja shelled Armenian positions.")["shelled"][0] != "AZEMIL"


def test_a_part_taken_back_from_someone_names_whom_it_was_taken_from(coded):
    # written for rashomon after a sample of caucasus events: a country freeing so many square kilometres of its land
    # "from ... occupation" had no target, as the "from" hangs from the part's whole
    freed = coded("Azerbaijan liberated around 2,000 square kilometers of its territory from Armenian occupation.")
    assert freed["liberated"] == ("AZE", "ARM")


def test_the_name_of_an_act_is_no_actor(stored):
    # written for rashomon after a sample of caucasus events: "The Second Karabakh War" was the source of an event
    texts = {text for _, _, text, _ in stored("The Second Karabakh War brought the occupation to an end. The "
                                              "Popular Front attacked the town.")}
    assert "The Second Karabakh War" not in texts and "The Popular Front" in texts, texts


def test_two_people_of_one_code_are_both_sides_and_a_split_name_is_one(stored):
    # written for rashomon after ConfliBERT train-part sentences: two people of one code kept only the first
    # (a former president and his prime minister), and a name the table
    # spells otherwise was cut from its title ("Defense Minister Sergey" and "Shoigu")
    sides = {(role, text) for _, role, text, _ in stored(
        "Ukrainian police arrested President Yanukovich and Prime Minister Azarov. Defense Minister Sergey Shoigu "
        "visited Damascus. The U.N. World Food Program sent aid to Idlib.", title="Kyiv and Moscow")}
    assert {("target", "President Yanukovich"), ("target", "Prime Minister Azarov")} <= sides, sides
    assert ("source", "Defense Minister Sergey Shoigu") in sides, sides
    assert ("source", "The U.N. World Food Program") in sides, sides


def test_the_two_countries_are_the_pair_named_before_where_no_subject_names_it(coded):
    # written for rashomon after a sample of caucasus events: "the two countries" after a conflict between two
    # named countries named no one, as no subject before it named the pair
    found = coded("The dispute between Armenia and the Azerbaijan Republic turned into a war in 2020. "
                  "Villagers in Iran could watch an exchange of heavy fire between the two countries.")
    assert found["exchange"] == ("ARM; AZE", ""), found


def test_a_known_person_beside_a_body_of_one_code_are_both_sides(stored):
    # written for rashomon after ConfliBERT train-part misses: one code's mentions kept only the first
    found = stored("President Vladimir Putin and the Russian government sent troops to Syria. Moscow and the Kremlin "
                   "sent aid to Syria. The United States rejected a plea by Kofi Annan, UN secretary-general, for "
                   "sweeping reforms.", title="Kyiv and Moscow")
    targets = [text for _, _, text, code in found if code == "IGOUNO"]
    rows = [r for r in found if r[1] == "source"]
    assert [r[2:] for r in rows] == [("President Vladimir Putin", "RUSGOV"), ("the Russian government", "RUSGOV"),
                                     ("Moscow", "RUSGOV"), ("The United States", "USA")], rows
    assert targets == ["Kofi Annan"], "a name's title set beside it is the same person"


def test_a_capital_before_the_name_of_an_act_is_its_venue(coded):
    # written for rashomon after a sample of caucasus-like text: "the Astana talks" were held by Kazakhstan
    found = coded("The Astana negotiations failed. The Baku talks between Armenia and Azerbaijan resumed. Tehran's "
                  "support for Armenia grew.")
    assert found["negotiations"] == ("", ""), found
    assert found["talks"] == ("ARM; AZE", ""), found  # held by both, to no one (a reciprocal act)
    assert found["support"] == ("IRNGOV", "ARM"), found



def test_they_that_no_subject_names_is_the_pair_named_last(coded):
    # written for rashomon after a sample of caucasus events: "they" holding a joint drill after a response
    # named by two countries joined with a dash named no one
    found = coded("The answer to the Iranian manoeuvres was a Turkey–Azerbaijani reply: they are holding a joint "
                  "drill near Nakhchivan.")
    assert found["drill"] == ("TUR; AZE", ""), found


def test_the_country_is_the_one_named_before_it_in_its_sentence(coded):
    # written for rashomon after a sample of caucasus events: "the country" calling for help, after a clause
    # naming one country, had no source
    found = coded("Showing how weak Armenia's position is, the country has called for help from Russia.")
    assert found["called"] == ("ARM", "RUS"), found
    found = coded("Iran condemned Israel, and the country warned Israel.")
    assert found["warned"][0] == "", "two countries named before: no one"


def test_a_count_whose_of_phrase_starts_the_span_is_not_asked_again():
    # found on an ACLED note: "..., of which 6 ..." parsed with "of which" under "6" asked the resolver about the
    # same span forever (RecursionError)
    from spacy.tokens import Doc, Span

    from rashomon.engine.analyse import load_models
    from rashomon.engine.code import as_document
    from rashomon.nlp.events.context import Resolver
    from rashomon.settings import Options

    nlp, models, _ = load_models(Options())
    words = ["Police", "held", "20", "men", ",", "of", "which", "6", "died", "."]
    heads = [1, 1, 3, 1, 3, 7, 5, 8, 3, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "prep", "pobj", "nsubj", "relcl", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * 9)
    doc.ents = [Span(doc, 7, 8, label="CARDINAL")]
    text = doc.text
    resolver = Resolver(doc, as_document("t", text, None).text, models, None)
    start = doc[6].idx
    assert resolver(start, doc[7].idx + 1) == []




def test_a_protest_the_state_puts_down_or_stops_is_not_its_own(typed):
    # from a probe of our own sentences: the riots "security forces quelled" were the forces' riots, the protest
    # police halted a concession of the police's, and the protests a curfew is to stop the authorities' own
    found = typed("Iranian security forces quelled the riots in Tabriz.")
    assert found["quelled"][:2] == ("175", "IRNCOP") and found.get("riots", ("", "", ""))[1] == "", found
    found = typed("Iranian police broke up the march with water cannon.")
    assert found["broke"][:2] == ("175", "IRNCOP") and found.get("march", ("", "", ""))[1] == "", found
    found = typed("Iranian police halted the protest before it reached parliament.")
    assert found == {"protest": ("175", "IRNCOP", "")}, found
    found = typed("The Iranian authorities imposed a curfew in Tabriz to stop new protests.")
    assert found["protests"][1] == "" and found["imposed"][1] == "IRNGOV", found
    # (those who halt their own protest still yield: CAMEO 082)
    found = typed("Iranian truck drivers halted their protest after the talks.")
    assert found["protest"][:2] == ("082", "IRNCVL"), found


def test_only_a_measure_is_eased_as_a_concession(typed):
    # from a probe of our own sentences: "to ease hunger" was a concession (any easing was)
    assert "ease" not in typed("The Japanese government's relief package included food aid to ease hunger in Somalia.")
    assert typed("The Iranian interior ministry eased the curfew in Tabriz.")["eased"][:2] == ("081", "IRNGOV")


def test_relief_goods_given_or_handed_out_are_aid(typed):
    # from a probe of our own sentences: blankets given, rice handed out were nothing; and the charity took the
    # country of the families it gave blankets to
    assert typed("The charity gave blankets to 2,000 families in Gaza.", title="Winter relief")["gave"] == (
        "070", "NGO", "PSECVL")
    assert typed("Pakistani officials handed out rice and flour to flood victims in Sindh.")["handed"] == (
        "070", "PAKGOV", "PAKCVL")
    assert "handed" not in typed("Activists handed out leaflets in the square.")


def test_a_mission_is_of_whoever_sent_it_not_of_where_it_is(typed):
    # from the demo: "the European Union's civilian monitoring mission in Armenia" was the EU and Armenia's
    # government, and "the mission" after it, urged to publish its findings, Armenia's or no one's
    found = typed("The European Union's civilian monitoring mission in Armenia said it had sent a patrol. "
                  "Armenia's foreign ministry urged the mission to publish its findings.", title="Border")
    assert found["patrol"][1] == "IGOEUREEC" and found["urged"][1:] == ("ARMGOV", "IGOEUREEC"), found


def test_the_plural_noun_after_a_pair_of_nationals_is_both(typed):
    # from the demo: "the ministers" after "Armenian and Azerbaijani foreign ministers" were Azerbaijan's alone
    found = typed("Armenian and Azerbaijani foreign ministers agree to meet in Almaty.\n\n"
                  "The ministers will discuss the draft peace treaty.", title="Talks")
    assert found["discuss"][1] == "ARMGOV; AZEGOV", found
    # (one nationality's ministers named beside another's envoy are theirs alone)
    found = typed("The Iranian envoy met Turkish ministers in Ankara.\n\nThe ministers later said they would visit Tehran.",
                  title="Talks")
    assert found["visit"][1] == "TURGOV", found


def test_named_armed_groups_keep_their_own_side(stored, typed):
    # the act a verb of accusing hangs on its object is not part of the object's name: the accused shelled
    got = typed("The GNA accused Haftar's forces of shelling Tripoli.")
    assert got["accused"][1] == "LBYGOV" and got["shelling"][1] == "LBYMIL"
    # an insurgency's army the table does not know: rebels, of the country the sentence names
    kachin = typed("The Kachin Independence Army shelled a Myanmar army base.", title="Fighting in the north")
    assert kachin["shelled"][1:] == ("MMRREB", "MMRMIL")
    # a body's name with its acronym in brackets keeps both brackets, as a side and as a speaker
    rows = stored("The Ceasefire Monitoring Committee (CMC) accused the army of shelling a village near Ganja.")
    assert {text for _, role, text, _ in rows if role in ("source", "speaker")} >= {"The Ceasefire Monitoring Committee (CMC)"}
    assert not any(text.endswith("(CMC") for _, _, text, _ in rows), rows


def test_where_a_group_is_based_is_its_country_not_its_government(typed):
    assert typed("A Tehran-based think tank criticized the deal with Moscow.")["criticized"][1] == "IRNEDU"
    assert typed("Pakistan-based groups have launched cyber attacks against India.")["launched"][1:] == ("PAK", "IND")


def test_an_acronym_the_document_defines_is_the_name_it_follows(typed):
    # the table knows RSF as a press-freedom group; this text defines it as Sudan's paramilitary
    got = typed("Sudan's Rapid Support Forces (RSF) clashed with the army in Khartoum. The RSF shelled a market in "
                "Omdurman.", title="War in Sudan")  # fmt: skip
    assert got["shelled"][1] == got["clashed"][1] and got["shelled"][1].startswith("SDN")
    # where the text defines nothing, the table's reading stands
    press = typed("Reporters Without Borders (RSF) condemned the arrest of a journalist. RSF called for his release.")
    assert press["called"][1] == press["condemned"][1] == "NGOMEDRSF"


def test_a_pair_described_after_a_heading_is_the_pair_named_before_it(typed):
    # a heading splits the article's body in two segments: "the two countries" that opens the second had no pair
    got = typed("Ethiopia and Eritrea ended a border war in 2000. Relations stayed frozen for years afterwards.\n\n"
                "A new start\n\nTalks between the two countries resumed in June 2016.", title="Border")
    assert got["Talks"][1] == "ETH; ERI", got


def test_a_shared_acronym_is_read_by_the_countries_of_the_document(typed):
    # the places and actors of the document say which "RSF" or "SNA" it means, where it defines neither
    got = typed("RSF fighters attacked an army base on the outskirts of Khartoum.", title="Fighting")
    assert got["attacked"][1] == "SDNREBRSF", got
    got = typed("SNA forces clashed with al-Shabaab militants near Mogadishu.", title="Fighting")
    assert got["clashed"][1:] == ("SOMMIL", "SOMREB"), got
    # a city the tagger does not call a place still counts
    got = typed("The RSF said its fighters had repelled an army attack in Omdurman.", title="Fighting")
    assert got["repelled"][1:] == ("SDNREBRSF", "SDNMIL"), got
    got = typed("ADF fighters attacked a gendarmerie post in Bamenda.", title="Fighting")
    assert got["attacked"][1] == "CMRREBAMB", got
    # where the document names none of their countries, the table's first reading
    got = typed("RSF condemned the arrest of a journalist in Tehran.", title="Press freedom")
    assert got["condemned"][1] == "NGOMEDRSF", got


def test_a_place_is_not_read_from_part_of_a_longer_name(typed):
    # "Bulo Fulay" is no Philippine town called Bulo; a division's word or a direction may still be left off
    assert typed("Al-Shabaab militants established a base in the village of Bulo Fulay.")["established"][1:] == (
        "SOMREB", "")
    assert typed("Gunmen attacked a village in West Darfur State.", title="Darfur")["attacked"][2] == "SDN"


def test_a_country_the_tagger_calls_a_person_is_still_the_it_of_its_denial(typed):
    # the small model tags "Azerbaijan" a person here, and a person is no "it": the denied attack had no doer
    got = typed("Azerbaijan denied that it had attacked Iranian trucks near the border.")
    assert got["attacked"][1] == "AZE"


def test_the_two_sides_are_never_a_subject_of_civilians(typed):
    body = ("Armenia keeps warm ties with Iran, and its own people and Iranian Armenians share a long history.\n\n"
            "Since the fighting began between Armenia and Azerbaijan, Iran has called itself neutral. Yet in practice "
            "it has quietly supported the two sides.")  # fmt: skip
    assert typed(body)["supported"][1:] == ("IRN", "ARM; AZE")


def test_an_object_pronoun_is_not_the_subject_of_the_verb_its_clause_serves(typed):
    # "them" is the farmers, not the police whose water cannon was used "to disperse them"
    got = typed("Hundreds of farmers marched on the capital on Monday. Police used water cannon to disperse them.")
    # (one act, the dispersal, which the water cannon's use carries)
    assert got["disperse"][1:] == ("IRNCOP", "IRNAGR")  # (of the country the document names: Iran, in its title)


def test_where_an_actor_is_is_not_who_it_is(typed):
    # "near the border with Chad" made Chad the bomber
    got = typed("Rebel positions were bombed by government aircraft near the border with Chad.", title="Darfur")
    assert "TCD" not in got["bombed"][1]


def test_casualties_a_speaker_reports_with_no_nationality_are_of_the_speakers_country(typed):
    # "The ministry said two soldiers were wounded" (after "the Armenian defence ministry"): Armenian soldiers, not
    # those of Azerbaijan, which the document names more often
    body = ("According to the Armenian defence ministry, Azerbaijani troops opened fire on Armenian positions near "
            "Sotk. The ministry said two soldiers were wounded. Baku denied the report, saying its forces had not "
            "fired first.")  # fmt: skip
    assert typed(body)["wounded"][2] == "ARMMIL"


def test_rebels_an_army_drives_out_are_of_its_country(typed):
    # whom a state expels is not its own where it is an envoy; rebels it drives out of a town are
    assert typed("The Congolese army expelled the rebels from Beni.")["expelled"][1:] == ("CODMIL", "CODREB")
    assert typed("Iran expelled the Azerbaijani ambassador.")["expelled"][1:] == ("IRN", "AZEGOV")


def _sides(text: str, event: str, day: str = "2000-01-01") -> tuple[list[str | None], list[str | None]]:
    """Source and target codes of the first ``event`` the whole stage codes in ``text`` alone, published on ``day``."""
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", text, day)])
    found = [e for e in events if e["event"] == event]
    assert found, f"no {event} in {events}"
    return [a["code"] for a in found[0]["source"]], [a["code"] for a in found[0]["target"]]


def test_a_currency_names_no_country():
    # from ACLED train misses (Lebanese riots "against the high US dollar exchange rate" were the USA's rioters,
    # and the soldiers they fought the US army) and a probe of our own
    source, target = _sides("Rioters protesting against the soaring US dollar exchange rate clashed with soldiers in "
                            "Tripoli.", "PROTEST")  # fmt: skip
    assert not any(c and c.startswith("USA") for c in source + target), (source, target)
    source, _ = _sides("Protesters angry at the falling Iranian rial blocked a road.", "PROTEST")
    assert source == ["OPP"]
    # (the country itself is still named where it acts: "The US pledged ... US dollars")
    assert _sides("The US pledged 5 million US dollars in aid to Lebanon.", "AGREE") == (["USA"], ["LBN"])


def test_a_party_the_table_does_not_know_is_a_party_of_its_country():
    # from a train miss of the PLOVER gold (a boycott of Algeria's elections by the Umma party had no source) and
    # probes of our own
    assert _sides("The Umma Party said it will boycott the elections in Algeria.", "THREATEN") == (["DZAPTY"], ["DZA"])
    # (a party, like rebels or the opposition, deals with its own state: "Algeria's elections" leave it Algeria's)
    assert _sides("The fundamentalist Umma party said it would boycott Algeria's elections.", "THREATEN")[0] == ["DZAPTY"]
    # (rebels a sentence names beside another country are of that one, as before)
    assert _sides("Syrian rebels accused Hezbollah in Lebanon of firing across the border.", "ACCUSE")[0] == ["SYRREB"]
    # (a person whose party is named in brackets is no party)
    assert _sides("Supporters of Jair Bolsonaro (no party) protested in Sao Paulo.", "PROTEST")[0] != ["BRAPTY"]


def test_a_peoples_plural_the_tagger_calls_a_person_is_a_they():
    # from a sample of caucasus events: in "If the Azeris want ..., are they willing to trade ...?" the tagger made
    # "Azeris" a singular person's name (NNP, PERSON), and "they" stood for no one. The tagger reads our own
    # sentence better, so the test gives "Serbs" the tags it gave "Azeris" there
    from spacy.tokens import Span

    from rashomon.engine.analyse import load_models
    from rashomon.engine.code import as_document
    from rashomon.nlp.stage import code_document
    from rashomon.settings import Options

    nlp, models, _ = load_models(Options())
    text = "If the Serbs want Presevo, are they willing to trade Mitrovica?"
    parsed = nlp(text)
    serbs = parsed[2]
    assert serbs.text == "Serbs"
    serbs.tag_ = "NNP"
    parsed.ents = [Span(parsed, 2, 3, label="PERSON"), *(e for e in parsed.ents if e.start != 2)]
    events = code_document(as_document("x", text, "2021-01-01"), [(0, parsed)], models)
    traded = [e for e in events if e.event == "AGREE"]
    assert traded and [m.actor.code for m in traded[0].source if m.actor is not None] == ["SRB"], events


def test_a_side_backed_by_a_country_is_not_that_countrys():
    # from probes of our own: "militias allied to Iran" were Iran's own militias, "fighters supported by Turkey"
    # Turkey's; a patron or an ally named on a side is another country
    assert _sides("Militias allied to Iran fired rockets at a US base in Iraq.", "ASSAULT")[0] == ["IRQREB"]
    assert _sides("Fighters supported by Turkey attacked Kurdish positions in northern Syria.", "ASSAULT")[0] == ["SYRREB"]
    # (the backing itself is still the patron's, of the side it backs)
    assert _sides("Fighters supported by Turkey attacked Kurdish positions in northern Syria.", "SUPPORT") == (["TUR"], ["SYRREB"])
    # a state that arms, trains or backs rebels backs another's ("Russia armed the separatists" were Russia's own)
    assert _sides("Ukraine said Russia armed the separatists.", "AID") == (["RUS"], ["UKRREB"])
    assert _sides("The rebels were armed by Rwanda.", "AID") == (["RWA"], ["REB"])
    assert _sides("The government arrested the rebels.", "COERCE")[1] == ["REB"]  # (no country named: as before)


def test_a_party_named_inside_its_sector_phrase_is_of_that_sector():
    # from a PLOVER train miss and a probe of our own: "The opposition Renewal party has said it will boycott Kenya's
    # elections" had no source (the party's own name inside "the opposition ... party", which the table knows not)
    assert _sides("The opposition Renewal party has said it will boycott Kenya's elections.", "THREATEN")[0] == ["KENOPP"]
    # a capitalised sector word is still read as one ("the Police officers")
    assert _sides("A man shot at the Police officers in Nairobi.", "ASSAULT")[1] == ["KENCOP"]


def test_machines_of_war_are_of_the_side_the_words_before_them_name():
    # from a probe of our own: "Military jets bombed a rebel camp in Darfur" had no source, "Government warplanes"
    # were the government itself
    assert _sides("Military jets bombed a rebel camp in Darfur.", "ASSAULT")[0] == ["SDNMIL"]
    assert _sides("Government warplanes struck rebel positions near Idlib.", "ASSAULT")[0] == ["SYRMIL"]


def test_a_crowd_counted_with_no_one_named_is_people_of_the_place():
    # from a probe of our own: "Thousands marched in Tbilisi" and "dozens were arrested" had no side
    assert _sides("Thousands marched in Tbilisi against the foreign agents bill.", "PROTEST")[0] == ["GEOOPP"]
    assert _sides("Police said dozens were arrested in Minsk.", "COERCE")[1] == ["BLRCVL"]
    # not a sum, nor the subject of a bare participle ("hundreds injured": acted on, no doer)
    assert _sides("Turkey lent Azerbaijan $500 millions.", "AID")[1] == ["AZE"]
    assert _sides("The clashes left one dead and hundreds injured in Delhi.", "ASSAULT")[0] == []


def test_a_counted_group_where_a_country_is_named_is_that_group():
    # from a probe of our own: "killed dozens of civilians in western Ethiopia" killed Ethiopia (the count word,
    # not the civilians, was read as the phrase's head, and the place was all it named)
    assert _sides("Militiamen killed dozens of civilians in western Ethiopia.", "ASSAULT")[1] == ["ETHCVL"]
    assert _sides("Gunmen abducted scores of students in northern Nigeria.", "ASSAULT")[1] == ["NGAEDU"]


def test_fighters_armed_with_weapons_are_described_not_armed():
    # from a probe of our own after an ACLED train note: "fighters armed with guns and machetes killed ..." coded an
    # arming of the fighters by no one
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Fighters armed with guns and machetes killed five civilians in the village.", "2000-01-01")])
    assert [e["cameo"] for e in events] == ["1823"], events
    # (armed by someone named, they are armed)
    assert _sides("Rebels armed by Rwanda attacked the town.", "AID")[0] == ["RWA"]


def test_whom_is_freed_trained_or_given_back():
    # from probes of our own: hostages freed "held by bandits" made the bandits the target of their release
    assert _sides("The Nigerian army freed the hostages held by bandits.", "RETREAT") == (["NGAMIL"], ["NGACVL"])
    # training another side's forces is military aid to it (CAMEO 072, as the PETRARCH2 patterns read "train
    # fighter"); one's own recruits are made ready (154)
    assert _sides("The United States trained Ukrainian soldiers in Germany.", "AID") == (["USA"], ["UKRMIL"])
    assert _sides("Britain has trained thousands of Ukrainian recruits.", "AID") == (["GBR"], ["UKRMIL"])
    assert _sides("The army trained new recruits at the base.", "MOBILIZE") == (["MIL"], [])
    # (a relative clause's "they" is not the noun the clause describes: "the weapons they had seized")
    assert _sides("The rebels returned the weapons they had seized from peacekeepers.", "COERCE")[0] == ["REB"]


def test_a_town_the_tagger_misreads_still_places_its_context():
    # from probes of our own: "Durban" tagged an organisation and "Bukavu" a person left police and protesters of
    # no country
    assert _sides("Police arrested 30 people for looting shops in Durban.", "COERCE") == (["ZAFCOP"], ["ZAFCVL"])
    assert _sides("Protesters set fire to a police station in the town of Bukavu.", "PROTEST")[0] == ["CODOPP"]


def test_foreign_forces_and_a_head_met_before():
    # from probes of our own: "foreign troops" a Malian minister will not allow were Mali's own army
    assert _sides("We will not allow foreign troops on our soil, the Malian defence minister said.", "THREATEN") == (
        ["MLIGOV"], ["MIL"])
    # (a foreign minister is still of the country named: a title, not foreign forces)
    assert _sides("Mali's foreign minister met the French ambassador.", "CONSULT") == (["MLIGOV"], ["FRAGOV"])
    # "him" after "met the head of ...": the head met is whom one urges
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Chad's foreign minister flew to Khartoum. He met the head of Sudan's sovereign council "
                                  "and urged him to reopen the border.", "2021-01-01")])  # fmt: skip
    urged = [e for e in events if e["event"] == "REQUEST"]
    assert urged and [a["code"] for a in urged[0]["target"]] == ["SDNGOV"], events


def test_they_after_one_who_speaks_for_a_group_and_force_in_response():
    # from probes of our own: "their forces" after "a spokesman for the Houthis said" had no one, and "they" after
    # "a leader of the protesters said" was the leader
    assert _sides("A spokesman for the Houthis said their forces had shot down a Saudi drone.", "ASSAULT")[0] == ["YEMREBHTH"]
    assert _sides("A leader of the protesters in Lagos said they would march on parliament.", "THREATEN")[0] == ["NGAOPP"]
    # a group's leader named with a possessive is the group's ("the rebel group's leader" was a government)
    assert _sides("The rebel group's leader signed the accord.", "SUPPORT")[0] == ["REB"]
    # responding with force uses it, or, said of what one will do, threatens it
    assert _sides("The army responded with force to the protests in Lagos.", "ASSAULT")[0] == ["NGAMIL"]
    assert _sides("Iran said it would respond with force to any attack by Israel.", "THREATEN")[0] == ["IRN"]


def test_a_capital_protested_in_is_the_city():
    # from a probe of our own: "took to the streets of Santiago" protested against Chile's government
    assert _sides("Thousands took to the streets of Santiago on Friday to denounce rising fares.", "PROTEST")[1] == ["CHL"]
    # (a capital protested against is still its government)
    assert _sides("Protesters rallied outside the embassy in Lima against Moscow.", "PROTEST")[1] == ["RUSGOV"]


def test_an_acts_target_is_not_its_doer_and_a_state_word_places_a_division():
    # from probes of our own: "a suicide attack on a military base in Kabul killed 12 soldiers" was done by the base
    assert _sides("A suicide attack on a military base in Kabul killed 12 soldiers.", "ASSAULT")[0] == []
    assert _sides("An attack by militants on a police post in Kano killed three officers.", "ASSAULT")[0] == ["REB"]
    # "in Plateau state": the tagger leaves "state" out of the name, and Benin has a department Plateau too
    assert _sides("Suspected herdsmen raided a farming village in Plateau state, killing residents.", "ASSAULT")[0] == ["NGAAGR"]


def test_a_pronoun_inside_the_phrase_it_might_stand_for_ends():
    # found when refitting the event model on our own non-political texts: in "hand some of it back to ...", "it"
    # was looked for in "some of it", which asked for "it" again, without end (a RecursionError)
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Firms that earn a profit can keep it, or hand some of it back to their owners.", "2021-06-01")])
    assert not [e for e in events if e["event"] == "ASSAULT"], events


def test_unidentified_men_are_unidentified_attackers_and_a_trader_is_business():
    # from probes of our own in the style of ACLED notes: "unidentified men" who loot or kill were civilians, and "a
    # trader" shot dead no one (the town was the target)
    assert _sides("Unidentified men looted a health centre in Beni territory.", "ASSAULT")[0] == ["CODUAF"]
    assert _sides("Unknown men shot dead a trader in Goma.", "ASSAULT") == (["CODUAF"], ["CODBUS"])


def test_a_demand_that_it_act_is_made_of_whom_one_acted_on_before():
    # from a probe of our own: "accused Asmara of looting and demanded that it withdraw its forces" demanded it of no one
    assert _sides("The United States accused Asmara of looting and demanded that it withdraw its forces.", "REQUEST") == (
        ["USA"], ["ERIGOV"])
    # (a demand of a country named in the clause as before)
    assert _sides("The US demanded that Eritrea withdraw its forces.", "REQUEST") == (["USA"], ["ERI"])


def test_medics_sent_and_money_deposited_are_aid():
    # from probes of our own: a field hospital and medics sent to a quake-hit region coded nothing, a deposit of
    # billions in a central bank nothing but the support it was for
    assert _sides("Turkey sent a field hospital and 40 medics to the quake-hit region of Syria.", "AID") == (["TUR"], ["SYR"])
    assert _sides("Saudi Arabia deposited $3 billion in Pakistan's central bank to support its reserves.", "AID") == (
        ["SAU"], ["PAKGOV"])


def test_a_police_car_that_hits_a_boy_and_mourners_who_demand():
    # from probes of our own in the style of ACLED notes: "a boy was hit by a police car" was a beating by the police,
    # and "mourners marched to the police station demanding justice" had the station demand it
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Youths blocked the highway in Kisumu after a boy was hit by a police car.", "2021-06-01")])
    assert not [e for e in events if e["event"] == "ASSAULT"], events
    assert _sides("Mourners in Kisumu marched to the police station demanding justice for the slain activist.", "REQUEST")[0] == ["KENCVL"]
    # (a police officer who hits a protester still beats them)
    assert _sides("A protester in Kisumu was hit by a police officer.", "ASSAULT")[0] == ["KENCOP"]


def test_the_place_of_talks_is_no_side_to_them_nor_its_country_theirs():
    # from probes of our own in the style of CASE agreements: "pulled out of the negotiations in Vienna" was aimed at
    # Austria, and rebels "resumed peace talks in Oslo" were Norway's rebels
    assert _sides("Iran pulled out of the negotiations in Vienna.", "SANCTION") == (["IRN"], [])
    assert _sides("Iran suspended the talks in Doha.", "SANCTION") == (["IRN"], [])
    assert _sides("Iran rejected the talks in Vienna.", "REJECT") == (["IRN"], [])
    assert _sides("The rebels and the government resumed peace talks in Oslo.", "CONSULT")[0] == ["REB", "GOV"]
    # (where the rebels fight, a town still names their country)
    assert _sides("Rebels attacked an army base near Goma on Sunday.", "ASSAULT")[0] == ["CODREB"]


def test_leaving_talks_halts_negotiations():
    # from probes of our own: withdrawing from talks was a military retreat (CAMEO 164 halts negotiations)
    from rashomon.engine.code import code_texts

    for text in ("The opposition withdrew from the peace talks on Monday.", "The opposition quit the national dialogue.",
                 "Iran pulled out of the negotiations."):
        (events,) = code_texts([("x", text, "2000-01-01")])
        assert [(e["event"], e["cameo"]) for e in events] == [("SANCTION", "164")], (text, events)


def test_the_release_of_protesters_arrested_follows_the_arrest():
    # from a probe of our own: "arrested 30 demonstrators ... and released most of them" put the release first,
    # before the protest and the arrest, where the sentence's news is the arrest at a protest
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Police arrested 30 demonstrators in the capital on Saturday and released most of them "
                                  "hours later.", "2000-01-01")])  # fmt: skip
    assert [e["event"] for e in events] == ["PROTEST", "COERCE", "RETREAT"], events


def test_what_follows_from_force_at_a_protest_follows_it():
    # from a probe of our own: "opened fire on demonstrators ..., killing at least four" put the killing, with no one
    # killed, before the protest and the shooting; a clause of its own still goes its own way
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Security forces opened fire on demonstrators in the southern city, killing at least "
                                  "four.", "2000-01-01")])  # fmt: skip
    # (since stop 49 the shooting comes first: security forces named firing on a protest use lethal force against it,
    # which event data files as such, not as the protest's policing)
    assert [(e["event"], e["cameo"]) for e in events][:3] == [("ASSAULT", "193"), ("ASSAULT", "1823"), ("PROTEST", "141")], events
    (events,) = code_texts([("x", "Police detained hundreds of demonstrators on Friday as students marched in several "
                                  "cities.", "2000-01-01")])  # fmt: skip
    assert events[0]["event"] == "PROTEST" and events[0]["eventText"] == "marched", events


def test_marchers_protest_and_reporters_of_a_protest_do_not():
    # from probes of our own in the style of CASE snippets: "the marchers" were no one, so police beat no one; the
    # journalists detained "for covering the protest" were its protesters; shopkeepers who kept their shutters
    # down "for a second day in protest" protested with no one named
    assert _sides("Riot police beat the marchers.", "ASSAULT")[1] == ["OPP"]
    assert _sides("Authorities detained two journalists for covering the protest.", "PROTEST")[0] == []
    assert _sides("Shopkeepers kept their shutters down for a second day in protest at the new tax.", "PROTEST")[0] == ["CVL"]


def test_an_object_pronoun_may_stand_for_whom_the_act_was_aimed_at():
    # from a ConfliBERT train miss's pattern, in our own words: the lawyer accused "him" of no one
    from rashomon.engine.code import code_texts

    text = "A French lawyer filed a lawsuit against the Saudi crown prince, accusing him of complicity in torture."
    (events,) = code_texts([("x", text, "2000-01-01")])
    assert [(e["eventText"], [a["code"] for a in e["target"]]) for e in events] == [
        ("lawsuit", ["SAUGOV"]), ("accusing", ["SAUGOV"])], events


def test_a_pairs_own_possessive_is_no_target_of_its_act():
    # from a probe of our own in the style of CASE agreements: the government and the rebels "agreed to extend their
    # ceasefire" with the government itself
    assert _sides("The government and the National Liberation Army agreed on Sunday to extend their ceasefire by three "
                  "months.", "AGREE") == (["COLGOV", "COLREB"], [])  # fmt: skip


def test_the_people_of_a_pair_name_the_pair_and_who_judges_an_act_does_not_do_it():
    # from probes of our own paragraphs in wire style: "Both sides agreed ..." after "The foreign ministers of Armenia
    # and Azerbaijan met" was no one's (the pair stood inside "of"), and "Baku called the detentions unlawful" made
    # Baku the detainer
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "The foreign ministers of Armenia and Azerbaijan met in Washington. Both sides agreed "
                                  "to continue talks.", "2021-06-01")])  # fmt: skip
    assert [(e["event"], [a["code"] for a in e["source"]]) for e in events] == [
        ("CONSULT", ["ARMGOV", "AZEGOV"]), ("AGREE", ["ARM", "AZE"])], events
    assert _sides("Baku called the detentions unlawful.", "COERCE")[0] == []
    assert _sides("The UN termed the killings an atrocity.", "ASSAULT")[0] == []


def test_people_killed_are_of_where_they_were_struck():
    # from a PLOVER train miss's pattern and probes of our own: the people Palestinian attackers killed in Tel Aviv, and
    # those Somali militants killed in Nairobi, were given the attackers' country (the sentence's nationality word)
    assert _sides("Palestinian attackers killed six people when they set off explosives at a bus station in Tel Aviv.",
                  "ASSAULT") == (["PSEUAF"], ["ISRCVL"])  # fmt: skip
    assert _sides("Somali militants killed 15 people at a hotel in Nairobi.", "ASSAULT") == (["SOMREB"], ["KENCVL"])
    # (a city the tagger does not name as a place, right after "in")
    assert _sides("Russian missiles killed ten civilians in Kharkiv overnight.", "ASSAULT")[1] == ["UKRCVL"]
    # (where they are of the attackers' country, as before)
    assert _sides("Rebels killed five villagers in Beni.", "ASSAULT") == (["CODREB"], ["CODCVL"])


def test_is_members_are_the_islamic_states():
    # from a probe of our own in the style of ACLED notes (see the stop-46 note: "IS members" was no one)
    assert _sides("SDF forces arrested five suspected IS members in a raid in Deir ez-Zor.", "COERCE")[1] == ["IMGMUSISI"]


def test_the_town_of_a_summit_is_no_one_met():
    # from a probe of our own in the style of the caucasus articles: leaders who "met on the sidelines of the summit
    # in Prague" met the Czech Republic
    from rashomon.engine.code import code_texts

    def sides(text):
        (events,) = code_texts([("x", text, "2022-10-07")])
        return [([a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events if e["eventText"] == "met"]

    assert sides("Pashinyan and Aliyev met on the sidelines of the summit in Prague.") == [(["ARMGOV", "AZEGOV"], [])]
    assert sides("Pashinyan met Aliyev in Prague.") == [(["ARMGOV"], ["AZEGOV"])]


def test_the_other_side_of_an_agreement_or_talks_is_not_the_doers_country():
    # from a probe of our own: "The parliament ratified the border agreement with Kyrgyzstan" made it Kyrgyzstan's
    # parliament
    assert _sides("The parliament ratified the border agreement with Kyrgyzstan.", "SUPPORT") == (["LEG"], ["KGZ"])
    assert _sides("The government held talks with Iran on Monday.", "CONSULT") == (["GOV"], ["IRN"])


def test_foreigners_acted_on_give_no_country_to_who_acts():
    # from probes of our own: a bare "police" or "troops" took the country of the migrants or refugees they acted on
    assert _sides("Police arrested two Afghan migrants near the station.", "COERCE") == (["COP"], ["AFGREF"])
    assert _sides("Troops opened fire on Syrian refugees at the border crossing.", "ASSAULT")[0] == ["MIL"]
    assert _sides("Afghan migrants were detained by police near the border.", "COERCE")[0] == ["COP"]
    # whoever deports people is not of their country, nor are the people deported of the deporter's
    assert _sides("Officials deported 40 Nigerian nationals on Tuesday.", "COERCE")[0] == ["GOV"]
    assert _sides("Trinidad's authorities deported 100 people.", "COERCE") == (["TTOGOV"], ["CVL"])
    # (the country's own people stay its own: "activists" are no foreigners)
    assert _sides("Police arrested three Pakistani activists.", "COERCE") == (["PAKCOP"], ["PAKOPP"])
    # whoever gives to a people named by its nationality is not of it by that word; a state's organ given to is its own
    assert _sides("Navy ships are delivering food to the Somali people.", "AID") == (["MIL"], ["SOMCVL"])
    assert _sides("Kurdish forces handed control of the town to the Syrian army.", "RETREAT")[0] == ["SYRREB"]
    # nor whoever acts on what is theirs ("Palestinian refugee camps in Beirut": not a Palestinian militia)
    assert _sides("Shi'ite militiamen shelled Palestinian refugee camps in Beirut.", "ASSAULT")[0] == ["LBNREB"]
    # a mission is abroad: whoever attacks it is not of its country by that, but of where it is
    assert _sides("The embassy of Azerbaijan in Tehran was attacked by a gunman.", "ASSAULT") == (["IRNUAF"], ["AZEGOV"])
    # diplomats serve abroad: a government that expels them is not theirs ("expelled three U.S. diplomats" was the
    # United States' own, from a probe of our own wire-style sentences), but of the town it expels them from
    assert _sides("The government expelled three U.S. diplomats.", "SANCTION") == (["GOV"], ["USAGOV"])
    assert _sides("The government expelled three U.S. diplomats from Managua.", "SANCTION")[0] == ["NICGOV"]
    assert _sides("Police arrested a Russian diplomat in Warsaw.", "COERCE") == (["POLCOP"], ["RUSGOV"])
    # nor are those whom foreigners act on of their country: peacekeepers serve abroad ("Nigerian peacekeepers drove
    # rebels out of Freetown" were Nigeria's rebels)
    assert _sides("Nigerian peacekeepers drove rebels out of Freetown.", "ASSAULT") == (["NGAMIL"], ["SLEREB"])
    assert _sides("Afghan migrants attacked police officers near the border.", "ASSAULT") == (["AFGREF"], ["COP"])


def test_a_country_and_a_word_of_office_before_the_sector_noun():
    # from probes of our own and a ConfliBERT train dump (immigration authorities named by their country had the country
    # of the people they deported)
    assert _sides("Turkish border authorities detained 50 people.", "COERCE")[0] == ["TURGOV"]
    assert _sides("Thai immigration authorities detained 300 Cambodian workers at the border.", "COERCE")[0] == ["THAGOV"]


def test_one_person_named_by_a_nationality_is_of_that_country():
    # from a probe of our own: "an Israeli", "a Briton" were no one, where "two Israelis" were Israel
    assert _sides("An Israeli attacked civilians in Hebron.", "ASSAULT")[0] == ["ISR"]
    assert _sides("A Briton was arrested in Dubai.", "COERCE")[1] == ["GBR"]
    assert _sides("Police arrested an Iranian in Baku.", "COERCE") == (["AZECOP"], ["IRN"])
    # a nationality before a noun is still that noun's ("an Israeli soldier")
    assert _sides("An Israeli soldier was killed.", "ASSAULT")[1] == ["ISRMIL"]


def test_an_ally_or_a_proxy_is_not_its_patron():
    # from a probe of our own: "Iran's proxies in Iraq" were Iran, "Turkey's Syrian allies" Turkey
    assert _sides("Iran's proxies in Iraq attacked US troops.", "ASSAULT") == (["IRQREB"], ["USAMIL"])
    assert _sides("Turkey's Syrian allies shelled Kurdish positions near Manbij.", "ASSAULT")[0] == ["SYR"]
    # with no country of its own named, a patron's ally is of none (not the country it attacks: "Iran's allies
    # attacked Israel" had been Israel's once the patron was set aside)
    assert _sides("Iran's proxies attacked Israel.", "ASSAULT") == (["REB"], ["ISR"])
    assert _sides("Iran's allies attacked Israel.", "ASSAULT") == ([None], ["ISR"])


def test_they_in_a_reported_clause_agrees_in_number():
    # from a probe of our own wire-style paragraphs: "They attacked Kurdish rebel bases near Zakho, the army said"
    # made the army (of Iraq, by its context) the attacker, where "they" are the Turkish troops before; and a "they"
    # after a joint subject stood for the first of the pair
    text = "Turkish troops crossed into northern Iraq on Tuesday. They attacked rebel bases near Zakho, the army said."
    assert _sides(text, "ASSAULT")[0] == ["TURMIL"]
    assert _sides("Iran and Russia said they would hold talks in Tehran.", "AGREE")[0] == ["IRN", "RUS"]
    # a body of many still may be "they"
    assert _sides("Police said they arrested five suspects in Lagos.", "COERCE")[0] == ["NGACOP"]


def test_it_after_a_comma_spliced_clause_stands_for_its_subject():
    # from a probe of our own reader comments: "Azerbaijan never attacked anyone, it only liberated its own lands"
    # had a liberation by no one, aimed at Azerbaijan (its own lands)
    assert _sides("Azerbaijan never attacked anyone, it only liberated its own lands.", "ASSAULT") == (["AZE"], [])
    assert _sides("Armenia lost the war, it must accept the peace treaty.", "AGREE")[0] == ["ARM"]


def test_a_leader_the_phoenix_names_know_is_named_by_surname_alone():
    # from a probe of our own wire-style sentences: "Shevardnadze accused Moscow ...", "Fujimori dissolved Congress"
    assert _sides("Shevardnadze accused Moscow of backing the separatists.", "ACCUSE", "1995-06-01")[0] == ["GEOGOV"]
    assert _sides("Fujimori suspended the constitution.", "SANCTION", "1995-06-01")[0] == ["PERGOV"]


def test_a_group_described_after_its_speaker_is_the_group_it_speaks_for():
    # from a probe of our own wire-style sentences: "the group", "the rebels" after "a senior Hamas official said",
    # "a spokesman for the Tamil Tigers said" were no one (nor did one observing a truce keep it)
    assert _sides("A senior Hamas official said the group would not recognise Israel.", "REJECT") == (["PSEREBHMS"], ["ISR"])
    assert _sides("A spokesman for the Tamil Tigers said the rebels would observe the truce.", "AGREE")[0] == ["LKAREB"]
    assert _sides("The rebels would observe the truce.", "RETREAT")[0] == ["REB"]


def test_a_crowd_protesting_against_a_countrys_forces_is_not_of_that_country():
    # from a probe of our own: "Thousands protested against the presence of US troops in Okinawa" were Americans
    assert _sides("Thousands protested against the presence of US troops in Okinawa.", "PROTEST") == (["JPNOPP"], ["USAMIL"])
    # a crowd protests against its own government
    assert _sides("Hundreds protested against the Iranian government in Tehran.", "PROTEST") == (["IRNOPP"], ["IRNGOV"])


def test_a_ships_flag_is_its_country():
    # from a probe of our own: "a British-flagged tanker" was seized from no one
    assert _sides("Iran seized a British-flagged tanker in the Strait of Hormuz.", "COERCE") == (["IRN"], ["GBR"])
    assert _sides("Pirates hijacked a Greek-registered bulk carrier.", "COERCE")[1] == ["GRC"]


def test_the_sudan_peoples_liberation_movement():
    # from a PLOVER train miss (an agreement of Khartoum's government and the movement's abbreviated name had one side)
    from rashomon.engine.code import code_texts

    def sources(text, day):
        (events,) = code_texts([("x", text, day)])
        return [a["code"] for a in events[0]["source"]]

    text = "The Sudanese government and the SPLM/A agreed to allow aid convoys into the south."
    assert sources(text, "2004-06-01") == ["SDNGOV", "SDNREB"]
    assert sources("The SPLM accused the opposition of stirring unrest.", "2016-06-01") == ["SSDPTY"]


def test_an_object_pronoun_is_not_whom_its_subject_stands_for():
    # from probes of our own: "killing 17 of them" after the army's report killed the army's own men
    from rashomon.engine.code import code_texts

    def killed(text):
        (events,) = code_texts([("x", text, "2021-06-01")])
        return [[a["code"] for a in e["target"]] for e in events if e["eventText"] == "killing"]

    assert killed("The army repulsed an attack by insurgents on a base, killing 17 of them.") == [["REB"]]
    assert killed("The army said it had repulsed an attack by insurgents on a base, killing 17 of them.") == [["REB"]]


def test_a_town_with_its_area_in_brackets():
    # from probes of our own in the style of ACLED notes: "in Lahore (Punjab)", which the tagger reads as one
    # organisation's name, gave the police no country
    assert _sides("On 21 May 2020, police arrested a journalist in Lahore (Punjab) for criticizing the governor.",
                  "COERCE") == (["PAKCOP"], ["PAKMED"])  # fmt: skip
    # the area says which country where the gazetteer knows the town only by a namesake elsewhere (Tanzania's
    # Muaja), as the acled train dump showed
    assert _sides("Insurgents raided Muaja (Ancuabe, Cabo Delgado) before dawn, burning dozens of homes.", "ASSAULT")[1] == ["MOZ"]


def test_the_city_is_the_town_named_before_it():
    # from a probe of our own: "accused Russian forces of shelling the city" after "the mayor of Kharkiv" was aimed
    # at no one
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "The mayor of Kharkiv accused Russian forces of shelling the city.", "2022-06-01")])
    shelling = [e for e in events if e["eventText"] == "shelling"]
    assert [[a["code"] for a in e["target"]] for e in shelling] == [["UKR"]]
    # "the town of X" is X, as before
    assert _sides("Regime forces shelled the town of Kafr Nabl in Idlib.", "ASSAULT")[1] == ["SYR"]
    # a town's name several countries' towns share, in a text that names none of them, is no one's (the acled train
    # dump: "Odessa" was a Texan town)
    (events,) = code_texts([("x", "In Odessa, residents demanded that the newcomers leave the city at once.", "2020-05-09")])
    assert not [a for e in events for a in e["target"] if a["actorText"] == "the city"], events


def test_a_councillor_is_of_the_government():
    # from a probe of our own in the style of ACLED notes: "abducted a local councillor in Maiduguri" took the town
    assert _sides("Unknown gunmen abducted a local councillor in Maiduguri.", "ASSAULT")[1] == ["NGAGOV"]


def test_burning_an_effigy_is_a_protest_against_whom_it_stands_for():
    # from probes of our own in the style of CASE snippets: burning an effigy was the destruction of property, of no one
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Activists burnt an effigy of the chief minister at the town square.", "2021-06-01")])
    assert [(e["cameo"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events] == [
        ("141", ["OPP"], ["GOV"])]
    # agitators are protesters
    assert _sides("The agitators blocked the highway for three hours.", "PROTEST")[0] == ["OPP"]
    # a portrait returned is aimed at no one it shows
    assert _sides("The United States returned a portrait of an old farmer to Belgium.", "RETREAT")[1] == ["BEL"]


def test_a_place_of_a_state_that_split_off_later_was_the_older_states():
    # from a PLOVER train miss: rebels shelling Juba in the 1990s made it an attack on South Sudan, years before it
    # existed
    assert _sides("Rebels shelled the town of Juba on Sunday.", "ASSAULT", day="1990-03-01")[1] == ["SDN"]
    assert _sides("Rebels shelled the town of Juba on Sunday.", "ASSAULT", day="2014-03-01")[1] == ["SSD"]


def test_congo_was_brazzavilles_while_kinshasas_was_zaire():
    # from a PLOVER train miss: a threat to break off relations with "Congo" in the 1980s was aimed at Kinshasa's
    # country, then Zaire, not at Brazzaville's
    assert _sides("Pakistan threatened to cut diplomatic ties with Congo.", "THREATEN", day="1985-03-01")[1] == ["COG"]
    assert _sides("Pakistan threatened to cut diplomatic ties with Congo.", "THREATEN", day="2015-03-01")[1] == ["COD"]


def test_a_protest_demanding_someones_going_is_aimed_at_them():
    # from probes of our own: "demonstrated in Tbilisi calling for the resignation of the government" was aimed at the
    # capital, and a march "calling for the resignation of President Moi" had no doers though the rioters were its own
    assert _sides("Thousands demonstrated in Tbilisi calling for the resignation of the government.", "PROTEST") == (
        ["GEOOPP"], ["GEOGOV"])
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Kenyan demonstrators rioted after a peaceful march calling for the resignation of "
                                  "President Moi.", "1991-06-01")])  # fmt: skip
    assert [([a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events] == [
        (["KENOPP"], ["KENGOV"]), (["KENOPP"], ["KENGOV"])]
    # a thing removed is no one's going
    assert _sides("Russia protested to Estonia over the removal of a Soviet monument.", "ACCUSE")[1] == ["EST"]


def test_a_ruling_junta_is_of_where_it_rules_and_captives_held_there_are_not_foreign():
    # from probes of our own in the style of PLOVER's wire records: "The junta in Rangoon released 50 political
    # prisoners" had a junta of no country (a force "in" a country may be anyone's, a junta rules there), and "released
    # 50 political prisoners in Myanmar" made the releasing army no one's (captors are not of their captives' country
    # by nationality, but these were only held there)
    assert _sides("The junta in Rangoon released 50 political prisoners.", "RETREAT", day="1996-06-01")[0] == ["MMRMIL"]
    assert _sides("The army released 50 political prisoners in Myanmar.", "RETREAT", day="1996-06-01")[0] == ["MMRMIL"]
    assert _sides("The rebels released a Japanese engineer.", "RETREAT")[0] == ["REB"]  # (as before)
    # Sierra Leone's Revolutionary United Front (the Phoenix dictionary has a West African code)
    assert _sides("Guerrillas of the Revolutionary United Front attacked a village near Freetown.", "ASSAULT",
                  day="1996-06-01")[0] == ["SLEREB"]  # fmt: skip
    # Kosovo's Albanians are Kosovo's, not Albania's (a probe of ours split "Kosovo Albanian guerrillas" in two)
    assert _sides("Kosovo Albanian guerrillas attacked a Serbian police station.", "ASSAULT", day="1998-06-01") == (
        ["KSVREB"], ["SRBCOP"])


def test_the_town_where_an_agreement_is_signed_is_no_side_to_it():
    # from probes of our own in the style of CASE snippets: "signed a ceasefire agreement in Addis Ababa" made the sides
    # Ethiopia's (a town of two words was missed as the place of talks too), "reached an agreement in Doha" Qatar's
    assert _sides("Government forces and the rebels signed a ceasefire agreement in Addis Ababa on Sunday.", "RETREAT",
                  day="2019-06-01") == (["MIL", "REB"], [])  # fmt: skip
    assert _sides("The rebels and the government reached an agreement in Doha.", "AGREE", day="2019-06-01")[0] == ["REB", "GOV"]
    # (a country that signs names itself)
    assert _sides("Ethiopia signed the agreement in Addis Ababa.", "SUPPORT", day="2019-06-01")[0] == ["ETH"]


def test_an_act_someone_fails_to_stop_is_not_theirs():
    # from a probe of our own: "Russian peacekeepers failed to stop the blockade" made the peacekeepers the blockaders
    from rashomon.engine.code import code_texts

    (events,) = code_texts([("x", "Russian peacekeepers failed to stop the blockade, Armenian officials complained.", "2022-12-20")])
    assert not [e for e in events if e["eventText"] == "blockade" and e["source"]], events
    # (an act one ends, or tries to, is read as ended by them, as before)
    assert _sides("The rebels tried to end the siege.", "RETREAT")[0] == ["REB"]
    assert _sides("The army halted its offensive.", "RETREAT")[0] == ["MIL"]


def test_the_two_who_spoke_on_the_telephone_are_the_two_leaders():
    # from a probe of our own in the style of the caucasus articles: "Pashinyan phoned Putin ... The two leaders
    # discussed ..." had the discussion by a government of no country
    from rashomon.engine.code import code_texts

    text = "Pashinyan phoned Putin on Tuesday. The two leaders discussed the situation in Nagorno-Karabakh."
    (events,) = code_texts([("x", text, "2021-10-05")])
    assert [[a["code"] for a in e["source"]] for e in events if e["eventText"] == "discussed"] == [["ARMGOV", "RUSGOV"]]
