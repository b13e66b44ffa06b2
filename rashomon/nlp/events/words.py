"""The word lists the event coder's parse rules read, from ``rashomon/data/event_words.txt``.

Each list is a frozenset of lower-case lemmas or word forms; what each is for is said in the file."""

from __future__ import annotations

from importlib import resources

from rashomon.data import parse_kinds

FILE = "event_words.txt"
KINDS = (
    "light_verbs", "container_nouns", "helping_verbs", "particles", "target_preps", "content_marks",
    "accusing_verbs", "grudge_adjs", "responding_verbs", "expelling_verbs", "willing_adjs", "future_aux", "background_nouns", "count_nouns", "area_nouns",
    "place_nouns", "portions", "receiving_verbs", "given_nouns", "meeting_words", "causing_verbs", "help_nouns",
    "obligation_aux", "message_nouns", "stance_nouns", "grievance_preps", "purpose_preps", "border_nouns",
    "condition_marks", "reciprocal_fighting", "protester_nouns", "protest_nouns", "intent_nouns", "released_things", "time_preps", "enabling_verbs",
    "ending_verbs", "ending_nouns", "ending_phrasal", "idiom_phrasal", "unarmed_foes", "natural_forces", "sport_words", "play_verbs",
    "considering_verbs", "mood_words", "sympathy_words", "comment_verbs", "denied_blame", "sending_verbs", "handing_verbs",
    "withdrawing_verbs", "dispersed_people", "suffering_verbs", "brokering_verbs", "taking_verbs", "gaining_verbs", "striking_verbs", "rule_nouns", "stance_objects", "market_nouns", "member_nouns", "imposing_verbs", "based_words", "named_acts", "contraband", "perceiving_verbs", "account_nouns", "charge_nouns", "happening_verbs", "owned_causes", "peace_words", "travel_verbs", "armed_nouns", "person_nouns", "leaving_verbs", "holding_verbs", "trade_flows", "breach_nouns", "breach_verbs", "terms_preps", "terms_nouns", "terms_heads", "unopposed_nouns", "unopposed_advs", "doer_nouns", "doer_modifiers", "firing_verbs", "commerce_verbs", "dismissing_verbs", "sealing_verbs", "harm_words", "undergoing_verbs", "intent_holding_verbs", "aimed_verbs", "fighting_verbs", "issued_texts", "facility_nouns", "founding_verbs", "drawing_verbs",
    "led_protests", "led_uprisings", "led_coups", "mine_verbs", "mine_nouns", "explosive_doers", "artillery_doers", "projectile_doers", "drone_doers", "issuing_verbs", "protesting_verbs", "preventing_verbs", "reacting_verbs", "owned_things",
    "follower_nouns", "kin_nouns", "hosting_verbs", "instrument_nouns", "era_nouns", "exchanging_verbs", "protest_fuel", "forcing_verbs",
    "gathering_verbs", "worker_nouns", "injury_nouns", "visit_nouns", "deployment_nouns",
    "deployed_arms", "craft_nouns", "ordering_verbs", "forbidding_verbs", "quelling_verbs", "thing_doers",
    "nearby_preps", "blow_verbs", "struck_people", "backing_verbs", "linking_verbs", "patron_words",
    "stance_participles", "outfit_participles", "state_descriptions", "unopposed_states", "speaking_nouns", "vehicle_nouns",
    "judging_verbs", "mentioning_verbs", "partnership_nouns", "foreigner_nouns", "town_words", "image_nouns", "image_verbs", "news_nouns", "retaliating_verbs", "ousting_nouns", "breakaway_nouns", "ruler_nouns", "signing_verbs", "phoning_verbs", "casualty_verbs", "ally_nouns", "proxy_nouns", "hazard_words", "kept_nouns", "relief_words", "grounds_words", "call_purposes",
    "raided_holdings", "arresting_verbs", "executing_verbs", "partaking_verbs", "side_nouns", "rebutting_verbs",
    "appealing_verbs", "diplomacy_verbs", "restricting_codes", "episode_nouns", "ordering_texts", "body_nouns", "released_funds", "measure_nouns",
    "sequence_verbs", "membership_nouns", "becoming_verbs", "warring_verbs", "prize_nouns", "part_words", "crash_objects", "wild_things",
    "told_things", "aimed_things", "accident_nouns", "figurative_wars", "undergone_nouns", "landmark_nouns", "own_activities", "met_things", "stirring_verbs", "opinion_holders", "executed_things", "mishap_sources", "held_posts", "grasped_things", "civil_practice", "utility_words", "occasion_nouns", "civil_bases", "killed_things", "audience_nouns", "money_nouns", "sensed_things",
    "water_words", "division_words", "state_words", "direction_words", "holding_nouns", "open_waters", "time_spans", "subsiding_verbs", "foreseeing_verbs", "gathered_nouns", "civil_bodies", "local_words", "crowd_counts", "envoy_nouns", "bloc_words", "collective_nouns", "subdivision_nouns", "marketplace_words", "alleging_verbs", "thing_nouns", "crew_nouns", "blast_words", "chemical_words", "chemical_arms", "inhumane_words", "inhumane_arms", "armed_foes", "they_speakers", "group_descriptions", "finding_verbs", "shooter_nouns",
    "campaign_events", "campaign_words", "believed_things",
    "politician_nouns", "traded_goods", "market_words", "change_verbs", "reflexives", "self_harm_verbs", "struck_parts", "financial_assets", "women_titles", "men_titles",
    "granting_verbs", "interest_nouns", "reversing_prefixes", "simulating_verbs", "sales_words", "withdrawal_nouns", "contest_words", "swelling_things", "displaced_nouns", "sheltering_verbs", "interjections",
)  # fmt: skip

#: the entity types of a name that may stand for an actor the actor table does not know
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

_LISTS = {
    kind: frozenset(words)
    for kind, words in parse_kinds(
        resources.files("rashomon.data").joinpath(FILE).read_text(encoding="utf-8"), FILE, KINDS
    ).items()
}

LIGHT_VERBS = _LISTS["light_verbs"]
CONTAINER_NOUNS = _LISTS["container_nouns"]
HELPING_VERBS = _LISTS["helping_verbs"]
ENABLING_VERBS = _LISTS["enabling_verbs"]
PARTICLES = _LISTS["particles"]
TARGET_PREPS = _LISTS["target_preps"]
CONTENT_MARKS = _LISTS["content_marks"]
ACCUSING_VERBS = _LISTS["accusing_verbs"]
GRUDGE_ADJS = _LISTS["grudge_adjs"]
RESPONDING_VERBS = _LISTS["responding_verbs"]
EXPELLING_VERBS = _LISTS["expelling_verbs"]
WILLING_ADJS = _LISTS["willing_adjs"]
FUTURE_AUX = _LISTS["future_aux"]
BACKGROUND_NOUNS = _LISTS["background_nouns"]
ERA_NOUNS = _LISTS["era_nouns"]
EXCHANGING_VERBS = _LISTS["exchanging_verbs"]
PROTEST_FUEL = _LISTS["protest_fuel"]
COUNT_NOUNS = _LISTS["count_nouns"]
AREA_NOUNS = _LISTS["area_nouns"]
PLACE_NOUNS = AREA_NOUNS | _LISTS["place_nouns"]
PORTIONS = _LISTS["portions"]
RECEIVING_VERBS = _LISTS["receiving_verbs"]
GIVEN_NOUNS = _LISTS["given_nouns"]
MEETING_WORDS = _LISTS["meeting_words"]
CAUSING_VERBS = _LISTS["causing_verbs"]
PERCEIVING_VERBS = _LISTS["perceiving_verbs"]
SEQUENCE_VERBS = _LISTS["sequence_verbs"]
MEMBERSHIP_NOUNS = _LISTS["membership_nouns"]
KEPT_NOUNS = _LISTS["kept_nouns"]
JUDGING_VERBS = _LISTS["judging_verbs"]
MENTIONING_VERBS = _LISTS["mentioning_verbs"]
PARTNERSHIP_NOUNS = _LISTS["partnership_nouns"]
FOREIGNER_NOUNS = _LISTS["foreigner_nouns"]
DISPLACED_NOUNS = _LISTS["displaced_nouns"]
SHELTERING_VERBS = _LISTS["sheltering_verbs"]
INTERJECTIONS = _LISTS["interjections"]
TOWN_WORDS = _LISTS["town_words"]
IMAGE_NOUNS = _LISTS["image_nouns"]
IMAGE_VERBS = _LISTS["image_verbs"]
ACCOUNT_NOUNS = _LISTS["account_nouns"]
CHARGE_NOUNS = _LISTS["charge_nouns"]
HAPPENING_VERBS = _LISTS["happening_verbs"]
IMPOSING_VERBS = _LISTS["imposing_verbs"]
BASED_WORDS = _LISTS["based_words"]
NAMED_ACTS = _LISTS["named_acts"]
CONTRABAND = _LISTS["contraband"]
HELP_NOUNS = _LISTS["help_nouns"]
OBLIGATION_AUX = _LISTS["obligation_aux"]
MESSAGE_NOUNS = _LISTS["message_nouns"]
ISSUED_TEXTS = _LISTS["issued_texts"]
ISSUING_VERBS = _LISTS["issuing_verbs"]
FACILITY_NOUNS = _LISTS["facility_nouns"]
FOUNDING_VERBS = _LISTS["founding_verbs"]
#: verbs by which something is set up, whose object is made, no one an act is aimed at ("agreed to set up a joint
#: commission", "agreed to form a committee")
SETTING_UP_VERBS = FOUNDING_VERBS | {"form"}
DRAWING_VERBS = _LISTS["drawing_verbs"]
STANCE_NOUNS = _LISTS["stance_nouns"]
GRIEVANCE_PREPS = _LISTS["grievance_preps"]
PURPOSE_PREPS = _LISTS["purpose_preps"]
BORDER_NOUNS = _LISTS["border_nouns"]
CONDITION_MARKS = _LISTS["condition_marks"]
RECIPROCAL_FIGHTING = _LISTS["reciprocal_fighting"]
PROTESTER_NOUNS = _LISTS["protester_nouns"]
PROTEST_NOUNS = _LISTS["protest_nouns"]
INTENT_NOUNS = _LISTS["intent_nouns"]
OWNED_CAUSES = _LISTS["owned_causes"]
PEACE_WORDS = _LISTS["peace_words"]
TRAVEL_VERBS = _LISTS["travel_verbs"]
ARMED_NOUNS = _LISTS["armed_nouns"]
GATHERING_VERBS = _LISTS["gathering_verbs"]
WORKER_NOUNS = _LISTS["worker_nouns"]
INJURY_NOUNS = _LISTS["injury_nouns"]
VISIT_NOUNS = _LISTS["visit_nouns"]
DEPLOYMENT_NOUNS = _LISTS["deployment_nouns"]
DEPLOYED_ARMS = _LISTS["deployed_arms"]
CRAFT_NOUNS = _LISTS["craft_nouns"]
ORDERING_VERBS = _LISTS["ordering_verbs"]
PERSON_NOUNS = _LISTS["person_nouns"]
SPEAKING_NOUNS = _LISTS["speaking_nouns"]
LEAVING_VERBS = _LISTS["leaving_verbs"]
RELEASED_THINGS = _LISTS["released_things"]
TIME_PREPS = _LISTS["time_preps"]
ENDING_VERBS = _LISTS["ending_verbs"]
ENDING_NOUNS = _LISTS["ending_nouns"]
ENDING_PHRASAL = _LISTS["ending_phrasal"]
IDIOM_PHRASAL = _LISTS["idiom_phrasal"]
UNARMED_FOES = _LISTS["unarmed_foes"]
NATURAL_FORCES = _LISTS["natural_forces"]
SPORT_WORDS = _LISTS["sport_words"]
PLAY_VERBS = _LISTS["play_verbs"]
CONSIDERING_VERBS = _LISTS["considering_verbs"]
MOOD_WORDS = _LISTS["mood_words"]
SYMPATHY_WORDS = _LISTS["sympathy_words"]
COMMENT_VERBS = _LISTS["comment_verbs"]
DENIED_BLAME = _LISTS["denied_blame"]
NEWS_NOUNS = _LISTS["news_nouns"]
RETALIATING_VERBS = _LISTS["retaliating_verbs"]
OUSTING_NOUNS = _LISTS["ousting_nouns"]
BREAKAWAY_NOUNS = _LISTS["breakaway_nouns"]
RULER_NOUNS = _LISTS["ruler_nouns"]
SIGNING_VERBS = _LISTS["signing_verbs"]
PHONING_VERBS = _LISTS["phoning_verbs"]
SENDING_VERBS = _LISTS["sending_verbs"]
FORCING_VERBS = _LISTS["forcing_verbs"]
HANDING_VERBS = _LISTS["handing_verbs"]
WITHDRAWING_VERBS = _LISTS["withdrawing_verbs"]
DISPERSED_PEOPLE = _LISTS["dispersed_people"]
SUFFERING_VERBS = _LISTS["suffering_verbs"]
UNDERGOING_VERBS = _LISTS["undergoing_verbs"]
INTENT_HOLDING_VERBS = _LISTS["intent_holding_verbs"]
AIMED_VERBS = _LISTS["aimed_verbs"]
FIGHTING_VERBS = _LISTS["fighting_verbs"]
BROKERING_VERBS = _LISTS["brokering_verbs"]
PATRON_WORDS = _LISTS["patron_words"]
ALLY_NOUNS = _LISTS["ally_nouns"]
PROXY_NOUNS = _LISTS["proxy_nouns"]
STANCE_PARTICIPLES = _LISTS["stance_participles"]
OUTFIT_PARTICIPLES = _LISTS["outfit_participles"]
STATE_DESCRIPTIONS = _LISTS["state_descriptions"]
TAKING_VERBS = _LISTS["taking_verbs"]
GAINING_VERBS = _LISTS["gaining_verbs"]
STRIKING_VERBS = _LISTS["striking_verbs"]
BLOW_VERBS = _LISTS["blow_verbs"]
STRUCK_PEOPLE = _LISTS["struck_people"]
RULE_NOUNS = _LISTS["rule_nouns"]
STANCE_OBJECTS = _LISTS["stance_objects"]
MARKET_NOUNS = _LISTS["market_nouns"]
MEMBER_NOUNS = _LISTS["member_nouns"]
FOLLOWER_NOUNS = _LISTS["follower_nouns"]
KIN_NOUNS = _LISTS["kin_nouns"]
MINE_VERBS = _LISTS["mine_verbs"]
MINE_NOUNS = _LISTS["mine_nouns"]
PROTESTING_VERBS = _LISTS["protesting_verbs"]
PREVENTING_VERBS = _LISTS["preventing_verbs"]
FORBIDDING_VERBS = _LISTS["forbidding_verbs"]
QUELLING_VERBS = _LISTS["quelling_verbs"]
THING_DOERS = _LISTS["thing_doers"]
TOLD_THINGS = _LISTS["told_things"]
AIMED_THINGS = _LISTS["aimed_things"]
ACCIDENT_NOUNS = _LISTS["accident_nouns"]
FIGURATIVE_WARS = _LISTS["figurative_wars"]
UNDERGONE_NOUNS = _LISTS["undergone_nouns"]
LANDMARK_NOUNS = _LISTS["landmark_nouns"]
OWN_ACTIVITIES = _LISTS["own_activities"]
MET_THINGS = _LISTS["met_things"]
STIRRING_VERBS = _LISTS["stirring_verbs"]
OPINION_HOLDERS = _LISTS["opinion_holders"]
EXECUTED_THINGS = _LISTS["executed_things"]
MISHAP_SOURCES = _LISTS["mishap_sources"]
HELD_POSTS = _LISTS["held_posts"]
GRASPED_THINGS = _LISTS["grasped_things"]
NEARBY_PREPS = _LISTS["nearby_preps"]
REACTING_VERBS = _LISTS["reacting_verbs"]
BACKING_VERBS = _LISTS["backing_verbs"]
LINKING_VERBS = _LISTS["linking_verbs"]
BECOMING_VERBS = _LISTS["becoming_verbs"]
WARRING_VERBS = _LISTS["warring_verbs"]
PRIZE_NOUNS = _LISTS["prize_nouns"]
PART_WORDS = _LISTS["part_words"]
WILD_THINGS = _LISTS["wild_things"]
CRASH_OBJECTS = _LISTS["crash_objects"] | _LISTS["vehicle_nouns"]
OWNED_THINGS = _LISTS["owned_things"]
#: the sector word whose sector the people of an act's "of" phrase are ("the leader of the strike": protesters)
LED_ACTS = {
    **{w: "protesters" for w in _LISTS["led_protests"]},
    **{w: "rebels" for w in _LISTS["led_uprisings"]},
    **{w: "mutineers" for w in _LISTS["led_coups"]},
}
HOLDING_VERBS = _LISTS["holding_verbs"]
HOSTING_VERBS = _LISTS["hosting_verbs"]
RELIEF_WORDS = _LISTS["relief_words"]
GROUNDS_WORDS = _LISTS["grounds_words"]
CALL_PURPOSES = _LISTS["call_purposes"]
RAIDED_HOLDINGS = _LISTS["raided_holdings"]
RESTRICTING_CODES = _LISTS["restricting_codes"]
EPISODE_NOUNS = _LISTS["episode_nouns"]
ORDERING_TEXTS = _LISTS["ordering_texts"]
BODY_NOUNS = _LISTS["body_nouns"]
RELEASED_FUNDS = _LISTS["released_funds"]
MEASURE_NOUNS = _LISTS["measure_nouns"]
ARRESTING_VERBS = _LISTS["arresting_verbs"]
EXECUTING_VERBS = _LISTS["executing_verbs"]
PARTAKING_VERBS = _LISTS["partaking_verbs"]
SIDE_NOUNS = _LISTS["side_nouns"]
REBUTTING_VERBS = _LISTS["rebutting_verbs"]
APPEALING_VERBS = _LISTS["appealing_verbs"]
DIPLOMACY_VERBS = _LISTS["diplomacy_verbs"]
INSTRUMENT_NOUNS = _LISTS["instrument_nouns"]
BREACH_NOUNS = _LISTS["breach_nouns"]
TERMS_PREPS = _LISTS["terms_preps"]
TERMS_NOUNS = _LISTS["terms_nouns"]
TERMS_HEADS = _LISTS["terms_heads"]
UNOPPOSED_NOUNS = _LISTS["unopposed_nouns"]
UNOPPOSED_ADVS = _LISTS["unopposed_advs"]
UNOPPOSED_STATES = _LISTS["unopposed_states"]
VEHICLE_NOUNS = _LISTS["vehicle_nouns"]
DOER_MODIFIERS = _LISTS["doer_modifiers"]
DOER_NOUNS = _LISTS["doer_nouns"]
FIRING_VERBS = _LISTS["firing_verbs"]
COMMERCE_VERBS = _LISTS["commerce_verbs"]
DISMISSING_VERBS = _LISTS["dismissing_verbs"]
BREACH_VERBS = _LISTS["breach_verbs"]
TRADE_FLOWS = _LISTS["trade_flows"]
SEALING_VERBS = _LISTS["sealing_verbs"]
HARM_WORDS = _LISTS["harm_words"]
HAZARD_WORDS = _LISTS["hazard_words"]
CIVIL_PRACTICE = _LISTS["civil_practice"]
UTILITY_WORDS = _LISTS["utility_words"]
OCCASION_NOUNS = _LISTS["occasion_nouns"]
CIVIL_BASES = _LISTS["civil_bases"]
KILLED_THINGS = _LISTS["killed_things"]
AUDIENCE_NOUNS = _LISTS["audience_nouns"]
MONEY_NOUNS = _LISTS["money_nouns"]
TRADED_GOODS = _LISTS["traded_goods"]
MARKET_WORDS = _LISTS["market_words"]
CHANGE_VERBS = _LISTS["change_verbs"]
REFLEXIVES = _LISTS["reflexives"]
SELF_HARM_VERBS = _LISTS["self_harm_verbs"]
STRUCK_PARTS = _LISTS["struck_parts"]
FINANCIAL_ASSETS = _LISTS["financial_assets"]
WOMEN_TITLES = _LISTS["women_titles"]
MEN_TITLES = _LISTS["men_titles"]
GRANTING_VERBS = _LISTS["granting_verbs"]
INTEREST_NOUNS = _LISTS["interest_nouns"]
REVERSING_PREFIXES = _LISTS["reversing_prefixes"]
SIMULATING_VERBS = _LISTS["simulating_verbs"]
SALES_WORDS = _LISTS["sales_words"]
WITHDRAWAL_NOUNS = _LISTS["withdrawal_nouns"]
CONTEST_WORDS = _LISTS["contest_words"]
SWELLING_THINGS = _LISTS["swelling_things"]
SENSED_THINGS = _LISTS["sensed_things"]
CASUALTY_VERBS = _LISTS["casualty_verbs"]
#: (CAMEO code, PLOVER mode, the weapons that, as a verb's subject, say the act was done so)
WEAPON_DOERS = (
    ("183", "explosives", _LISTS["explosive_doers"]),
    ("194", "heavy-weapons", _LISTS["artillery_doers"]),
    ("195", "heavy-weapons", _LISTS["projectile_doers"]),
    ("195", "drone", _LISTS["drone_doers"]),
)
#: every weapon of WEAPON_DOERS
WEAPON_NOUNS = frozenset().union(*(nouns for _, _, nouns in WEAPON_DOERS))
WATER_WORDS = _LISTS["water_words"]
DIVISION_WORDS = _LISTS["division_words"]
STATE_WORDS = _LISTS["state_words"]
DIRECTION_WORDS = _LISTS["direction_words"]
HOLDING_NOUNS = _LISTS["holding_nouns"]
OPEN_WATERS = _LISTS["open_waters"]
TIME_SPANS = _LISTS["time_spans"]
SUBSIDING_VERBS = _LISTS["subsiding_verbs"]
FORESEEING_VERBS = _LISTS["foreseeing_verbs"]
GATHERED_NOUNS = _LISTS["gathered_nouns"]
CIVIL_BODIES = _LISTS["civil_bodies"]
LOCAL_WORDS = _LISTS["local_words"]
CROWD_COUNTS = _LISTS["crowd_counts"]
ENVOY_NOUNS = _LISTS["envoy_nouns"]
BLOC_WORDS = _LISTS["bloc_words"]
COLLECTIVE_NOUNS = _LISTS["collective_nouns"]
SUBDIVISION_NOUNS = _LISTS["subdivision_nouns"]
MARKETPLACE_WORDS = _LISTS["marketplace_words"]
ALLEGING_VERBS = _LISTS["alleging_verbs"]
THING_NOUNS = _LISTS["thing_nouns"]
CREW_NOUNS = _LISTS["crew_nouns"]
BLAST_WORDS = _LISTS["blast_words"]
CHEMICAL_WORDS = _LISTS["chemical_words"]
CHEMICAL_ARMS = _LISTS["chemical_arms"]
INHUMANE_WORDS = _LISTS["inhumane_words"]
INHUMANE_ARMS = _LISTS["inhumane_arms"]
ARMED_FOES = _LISTS["armed_foes"]
THEY_SPEAKERS = _LISTS["they_speakers"]
GROUP_DESCRIPTIONS = _LISTS["group_descriptions"]
FINDING_VERBS = _LISTS["finding_verbs"]
SHOOTER_NOUNS = _LISTS["shooter_nouns"]
CAMPAIGN_EVENTS = _LISTS["campaign_events"]
CAMPAIGN_WORDS = _LISTS["campaign_words"]
BELIEVED_THINGS = _LISTS["believed_things"]
POLITICIAN_NOUNS = _LISTS["politician_nouns"]
