#include "workspace.h"

#include <algorithm>

#include "base/organisation.h"
#include "partnership/partnership.h"

namespace ft::workspace {
namespace {

// Each migration turns version N into N+1; a change to the file format adds an entry here and a test that
// an old file still opens.
using Migration = json (*)(json);

// 1 -> 2: partnerships arrived (issue 15). An older workspace has none.
json add_partnerships(json doc) {
    if (!doc.contains("partnerships")) doc["partnerships"] = json::array();
    return doc;
}

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> table = {add_partnerships};
    return table;
}

int schema_version(const Field& schema) {
    std::string s = schema.str();
    std::string prefix = kSchemaPrefix;
    if (s.rfind(prefix, 0) != 0) schema.fail("is not a fairterms workspace file");
    std::string n = s.substr(prefix.size());
    if (n.empty() || n.size() > 4 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
        schema.fail("is damaged or not a fairterms workspace file: its format number is missing");
    return std::stoi(n);
}

}  // namespace

const std::vector<Part>& parts() {
    static const std::vector<Part> list = {
        {"quotes", "array", limits::kMaxQuotes, limits::kQuotesNoun},
        {"rate_cards", "array", limits::kMaxRateCards, "rate cards"},
        {"value_scenarios", "array", limits::kMaxValueScenarios, limits::kValueScenariosNoun},
        {"partnerships", "array", limits::kMaxPartnerships, "partnerships"},
        {"assessment", "object"}, {"strategy", "object"}, {"app", "object"}, {"organisation", "object"},
    };
    return list;
}

ojson empty() {
    ojson w;
    w["schema"] = std::string(kSchemaPrefix) + std::to_string(kCurrentVersion);
    return w;
}

namespace {

// migrate_and_check, and load with a list for the parts this version does not know (workspace.h).
json migrate_and_check_into(json doc, std::vector<std::string>* unknown) {
    Field root(doc, "");
    root.object();
    int version = schema_version(root.at("schema"));
    if (version > kCurrentVersion)
        throw InputError("/schema", "was made by a newer version of fairterms (format " + std::to_string(version) +
                                        "); this copy reads up to format " + std::to_string(kCurrentVersion) +
                                        ". Open it with a newer fairterms");
    if (version < 1) throw InputError("/schema", "is damaged: it gives a format (" + std::to_string(version) + ") that no version of fairterms wrote");
    for (int v = version; v < kCurrentVersion; ++v) doc = migrations()[std::size_t(v - 1)](std::move(doc));
    doc["schema"] = std::string(kSchemaPrefix) + std::to_string(kCurrentVersion);

    std::vector<std::string> allowed = {"schema", "saved_at", "saved_by"};
    for (const auto& p : parts()) allowed.push_back(p.name);
    if (unknown) {
        for (auto it = doc.begin(); it != doc.end();)
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
                unknown->push_back(it.key());
                it = doc.erase(it);
            } else {
                ++it;
            }
    }
    Field checked(doc, "");
    for (const auto& p : parts()) {
        if (!checked.has(p.name)) continue;
        Field part = checked.at(p.name);
        if (std::string(p.type) == "array") {
            part.array();
            part.size_at_most(p.max_items, p.noun);
        }
        else part.object();
    }
    checked.only_keys(allowed);
    // The organisation profile is checked in full: every document reads it.
    if (checked.has("organisation")) (void)org::parse(checked.at("organisation"), false);
    // The assessment part may be a draft the screen finishes later, but its asset register is capped here
    // as in an assessment file, so a workspace never holds more than the readiness screen will open.
    if (checked.has("assessment") && checked.at("assessment").has("assets")) {
        Field assets = checked.at("assessment").at("assets");
        if (assets.value().is_array()) assets.size_at_most(limits::kMaxDataAssets, limits::kDataAssetsNoun);
    }
    // Partnerships are checked record by record, and their names are unique: documents choose one by name.
    // Their links (quote, scenario, assets) are not checked here: a quote deleted since is reported by the
    // partnership, so the workspace still opens (core/partnership/linked.h).
    if (checked.has("partnerships")) {
        Field list = checked.at("partnerships");
        std::vector<std::string> names;
        for (std::size_t i = 0; i < list.size(); ++i) {
            partnership::Partnership p = partnership::parse(list.item(i));
            if (std::find(names.begin(), names.end(), p.name) != names.end())
                list.item(i).at("name").fail("repeats the name of another partnership; each needs its own");
            names.push_back(p.name);
        }
    }
    if (checked.has("saved_at")) (void)checked.at("saved_at").text(64);
    return doc;
}

}  // namespace

json migrate_and_check(json doc) { return migrate_and_check_into(std::move(doc), nullptr); }

json load(std::string_view text, std::vector<std::string>* unknown) {
    return migrate_and_check_into(parse_json_input(text), unknown);
}

}  // namespace ft::workspace
