// Reading and writing fairterms/assessment@1 documents.
#include <algorithm>
#include <set>

#include "assess/assess.h"

namespace ft::assess {
namespace {

std::string optional_text(const Field& f, const char* key, std::size_t max_len) {
    return f.has(key) ? f.at(key).text(max_len) : std::string();
}

std::vector<std::string> text_list(const Field& f, const char* key) {
    std::vector<std::string> out;
    if (!f.has(key)) return out;
    Field list = f.at(key);
    list.size_at_most(limits::kMaxListItems, "entries");
    for (std::size_t i = 0; i < list.size(); ++i) out.push_back(list.item(i).nonempty_text(kShortTextMax));
    return out;
}

Answer parse_answer(const Field& f) {
    f.only_keys({"level", "certainty", "evidence", "note", "target", "action"});
    Answer a;
    Field level = f.at("level");
    if (level.value().is_string()) {
        std::string text = level.str();
        if (!text.empty() && text.size() <= 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            level.fail("must be a number from 1 to " + std::to_string(kLevelCount) + ", written without quotes (" + text +
                       ", not \"" + text + "\"), or \"not_known\" or \"not_applicable\"");
        std::string s = level.one_of({"not_known", "not_applicable"});
        a.kind = s == "not_known" ? AnswerKind::not_known : AnswerKind::not_applicable;
    } else if (level.value().is_number()) {
        a.level = static_cast<int>(level.whole(1, kLevelCount));
    } else {
        level.fail("must be a level from 1 to 5, \"not_known\" or \"not_applicable\"");
    }
    if (f.has("certainty")) a.certainty = f.at("certainty").one_of({"low", "medium", "high"});
    a.evidence = optional_text(f, "evidence", kLongTextMax);
    a.note = optional_text(f, "note", kLongTextMax);
    if (f.has("target")) a.target = static_cast<int>(f.at("target").whole(1, kLevelCount));
    if (f.has("action")) {
        Field act = f.at("action");
        act.only_keys({"text", "owner", "priority", "due"});
        a.action.text = optional_text(act, "text", kLongTextMax);
        a.action.owner = optional_text(act, "owner", kShortTextMax);
        if (act.has("priority")) a.action.priority = act.at("priority").one_of({"high", "medium", "low"});
        if (act.has("due")) a.action.due = act.at("due").date();
    }
    return a;
}

// A sub-dimension id from the scheme, or an error naming the scheme.
void expect_subdimension(const Field& f, const std::string& id, const AssetRatingScheme& scheme) {
    if (!scheme.find_subdimension(id)) f.fail("is not a sub-dimension of asset rating " + scheme.id);
}

Asset parse_asset(const Field& f, const AssetRatingScheme& scheme) {
    f.only_keys({"id", "name", "description", "data_types", "records", "date_from", "date_to", "source_systems", "steward",
                 "ig_notes", "deidentification", "access_routes", "ratings"});
    Asset a;
    a.id = f.at("id").nonempty_text(kShortTextMax);
    a.name = f.at("name").nonempty_text(kShortTextMax);
    a.description = optional_text(f, "description", kLongTextMax);
    a.data_types = text_list(f, "data_types");
    if (f.has("records")) a.records = f.at("records").whole(0, kMaxPence);
    // A data range may be known only to the month ("2019-04").
    if (f.has("date_from")) a.date_from = f.at("date_from").date_or_month();
    if (f.has("date_to")) a.date_to = f.at("date_to").date_or_month();
    if (!a.date_from.empty() && !a.date_to.empty() && a.date_to < a.date_from)
        f.at("date_to").fail("must not be before the start of the range (" + a.date_from + ")");
    a.source_systems = text_list(f, "source_systems");
    a.steward = optional_text(f, "steward", kShortTextMax);
    a.ig_notes = optional_text(f, "ig_notes", kLongTextMax);
    if (f.has("deidentification"))
        a.deidentification = f.at("deidentification").one_of({"identifiable", "pseudonymised", "anonymised", "aggregated"});
    if (f.has("access_routes")) {
        Field list = f.at("access_routes");
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string r = list.item(i).one_of({"sde", "federated", "aggregate_outputs", "extract"});
            if (std::find(a.access_routes.begin(), a.access_routes.end(), r) != a.access_routes.end())
                list.item(i).fail("lists \"" + r + "\" twice");
            a.access_routes.push_back(r);
        }
    }
    if (f.has("ratings")) {
        Field ratings = f.at("ratings");
        for (const auto& [key, value] : ratings.object().items()) {
            Field r(value, pointer_append(ratings.pointer(), key));
            expect_subdimension(r, key, scheme);
            a.ratings[key] = r.one_of({"unrated", "bronze", "silver", "gold", "platinum"});
        }
    }
    return a;
}

Profile parse_profile(const Field& f, const AssetRatingScheme& scheme) {
    f.only_keys({"id", "name", "minimums"});
    Profile p;
    p.id = f.at("id").nonempty_text(kShortTextMax);
    p.name = f.at("name").nonempty_text(kShortTextMax);
    Field mins = f.at("minimums");
    for (const auto& [key, value] : mins.object().items()) {
        Field m(value, pointer_append(mins.pointer(), key));
        expect_subdimension(m, key, scheme);
        p.minimums[key] = m.one_of({"bronze", "silver", "gold", "platinum"});
    }
    return p;
}

// Shares the built-in data between assessments without copying it.
template <class T>
std::shared_ptr<const T> borrow(const T& builtin) {
    return std::shared_ptr<const T>(&builtin, [](const T*) {});
}

Assessment parse_one(const Field& f, bool allow_previous) {
    f.only_keys({"schema", "organisation", "assessed_on", "target_level", "instrument", "asset_rating", "answers", "assets",
                 "profiles", "previous"});
    if (f.at("schema").str() != "fairterms/assessment@1") f.at("schema").fail("must be \"fairterms/assessment@1\"");
    Assessment a;
    a.organisation = optional_text(f, "organisation", kShortTextMax);
    if (f.has("assessed_on")) a.assessed_on = f.at("assessed_on").date();
    if (f.has("target_level")) a.target_level = static_cast<int>(f.at("target_level").whole(1, kLevelCount));

    if (f.has("instrument")) {
        a.instrument = std::make_shared<const Instrument>(parse_instrument(f.at("instrument")));
        a.builtin_instrument = false;
    } else {
        a.instrument = borrow(builtin_instrument());
    }
    if (f.has("asset_rating")) {
        a.asset_rating = std::make_shared<const AssetRatingScheme>(parse_asset_rating(f.at("asset_rating")));
        a.builtin_asset_rating = false;
    } else {
        a.asset_rating = borrow(builtin_asset_rating());
    }

    if (f.has("answers")) {
        Field answers = f.at("answers");
        answers.object();
        answers.size_at_most(limits::kMaxAnswers, "answers");
        for (const auto& [key, value] : answers.object().items()) {
            Field af(value, pointer_append(answers.pointer(), key));
            if (!a.instrument->find_indicator(key)) af.fail("is not an indicator of instrument " + a.instrument->id);
            a.answers[key] = parse_answer(af);
        }
    }
    if (f.has("assets")) {
        Field list = f.at("assets");
        list.size_at_most(limits::kMaxDataAssets, "data assets");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            Asset asset = parse_asset(list.item(i), *a.asset_rating);
            if (!ids.insert(asset.id).second) list.item(i).at("id").fail("repeats the asset id \"" + asset.id + "\" (ids must be unique)");
            a.assets.push_back(std::move(asset));
        }
    }
    if (f.has("profiles")) {
        Field list = f.at("profiles");
        list.size_at_most(limits::kMaxProfiles, "profiles");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < list.size(); ++i) {
            Profile p = parse_profile(list.item(i), *a.asset_rating);
            if (!ids.insert(p.id).second) list.item(i).at("id").fail("repeats the profile id \"" + p.id + "\" (ids must be unique)");
            a.profiles.push_back(std::move(p));
        }
    }
    if (f.has("previous")) {
        Field prev = f.at("previous");
        if (!allow_previous) prev.fail("an earlier assessment cannot carry its own previous one (compare two at a time)");
        a.previous = std::make_shared<const Assessment>(parse_one(prev, false));
    }
    return a;
}

}  // namespace

Assessment parse_assessment(const Field& f) { return parse_one(f, true); }

Assessment new_assessment() {
    Assessment a;
    a.instrument = borrow(builtin_instrument());
    a.asset_rating = borrow(builtin_asset_rating());
    return a;
}

const Answer* Assessment::answer(const std::string& indicator_id) const {
    auto it = answers.find(indicator_id);
    return it == answers.end() ? nullptr : &it->second;
}

int Assessment::target_for(const std::string& indicator_id) const {
    const Answer* ans = answer(indicator_id);
    return ans && ans->target ? *ans->target : target_level;
}

ojson answer_value(const Answer* a) {
    if (!a) return nullptr;
    switch (a->kind) {
        case AnswerKind::not_known: return "not_known";
        case AnswerKind::not_applicable: return "not_applicable";
        default: return a->level;
    }
}

namespace {

ojson answer_to_json(const Answer& a) {
    ojson j;
    j["level"] = answer_value(&a);
    if (!a.certainty.empty()) j["certainty"] = a.certainty;
    if (!a.evidence.empty()) j["evidence"] = a.evidence;
    if (!a.note.empty()) j["note"] = a.note;
    if (a.target) j["target"] = *a.target;
    if (!a.action.empty()) {
        ojson act = ojson::object();
        if (!a.action.text.empty()) act["text"] = a.action.text;
        if (!a.action.owner.empty()) act["owner"] = a.action.owner;
        if (!a.action.priority.empty()) act["priority"] = a.action.priority;
        if (!a.action.due.empty()) act["due"] = a.action.due;
        j["action"] = act;
    }
    return j;
}

ojson asset_to_json(const Asset& a, const AssetRatingScheme& scheme) {
    ojson j{{"id", a.id}, {"name", a.name}};
    if (!a.description.empty()) j["description"] = a.description;
    if (!a.data_types.empty()) j["data_types"] = a.data_types;
    if (a.records) j["records"] = *a.records;
    if (!a.date_from.empty()) j["date_from"] = a.date_from;
    if (!a.date_to.empty()) j["date_to"] = a.date_to;
    if (!a.source_systems.empty()) j["source_systems"] = a.source_systems;
    if (!a.steward.empty()) j["steward"] = a.steward;
    if (!a.ig_notes.empty()) j["ig_notes"] = a.ig_notes;
    if (!a.deidentification.empty()) j["deidentification"] = a.deidentification;
    if (!a.access_routes.empty()) j["access_routes"] = a.access_routes;
    // Scheme order, so a saved file reads in the same order as the rating screen.
    ojson ratings = ojson::object();
    for (const auto& c : scheme.categories)
        for (const auto& s : c.subdimensions)
            if (auto it = a.ratings.find(s.id); it != a.ratings.end()) ratings[s.id] = it->second;
    j["ratings"] = ratings;
    return j;
}

}  // namespace

ojson assessment_to_json(const Assessment& a) {
    ojson j;
    j["schema"] = "fairterms/assessment@1";
    j["organisation"] = a.organisation;
    if (!a.assessed_on.empty()) j["assessed_on"] = a.assessed_on;
    j["target_level"] = a.target_level;
    if (!a.builtin_instrument) j["instrument"] = instrument_to_json(*a.instrument);
    if (!a.builtin_asset_rating) j["asset_rating"] = asset_rating_to_json(*a.asset_rating);
    ojson answers = ojson::object();
    for (const auto& d : a.instrument->domains)
        for (const auto& i : d.indicators)
            if (const Answer* ans = a.answer(i.id)) answers[i.id] = answer_to_json(*ans);
    j["answers"] = answers;
    j["assets"] = ojson::array();
    for (const auto& asset : a.assets) j["assets"].push_back(asset_to_json(asset, *a.asset_rating));
    j["profiles"] = ojson::array();
    for (const auto& p : a.profiles) {
        ojson mins = ojson::object();
        for (const auto& c : a.asset_rating->categories)
            for (const auto& s : c.subdimensions)
                if (auto it = p.minimums.find(s.id); it != p.minimums.end()) mins[s.id] = it->second;
        j["profiles"].push_back({{"id", p.id}, {"name", p.name}, {"minimums", mins}});
    }
    if (a.previous) j["previous"] = assessment_to_json(*a.previous);
    return j;
}

}  // namespace ft::assess
