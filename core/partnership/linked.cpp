// Resolving a partnership's links against the workspace it lives in.
#include "partnership/linked.h"

#include <cctype>

#include "assess/assess.h"
#include "assess/instrument.h"

namespace ft::partnership {
namespace {

const json* list_part(const json& ws, const char* key) {
    if (!ws.is_object() || !ws.contains(key) || !ws[key].is_array()) return nullptr;
    return &ws[key];
}

// The entry of a {"name", "request"} list (quotes, value_scenarios) with this name, or null.
const json* named_entry(const json& ws, const char* part, const std::string& name) {
    const json* list = list_part(ws, part);
    if (!list) return nullptr;
    for (const auto& e : *list)
        if (e.is_object() && e.contains("name") && e["name"].is_string() && e["name"].get<std::string>() == name) return &e;
    return nullptr;
}

std::vector<std::string> names_in(const json& ws, const char* part) {
    std::vector<std::string> out;
    if (const json* list = list_part(ws, part))
        for (const auto& e : *list)
            if (e.is_object() && e.contains("name") && e["name"].is_string()) out.push_back(e["name"].get<std::string>());
    return out;
}

// A name as a person would compare it: lower case, single spaces, none at the ends.
std::string comparable(const std::string& name) {
    std::string out;
    for (unsigned char c : name) {
        if (std::isspace(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += char(std::tolower(c));
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string first_words(const InputError& e) { return e.pointer.empty() ? e.message : e.pointer + ": " + e.message; }

}  // namespace

std::string readiness_words(int level) {
    static const char* names[] = {"Not rated", "Bronze", "Silver", "Gold", "Platinum"};
    return level >= 0 && level <= 4 ? names[level] : "Not rated";
}

std::vector<AssetLink> workspace_assets(const json& ws) {
    std::vector<AssetLink> out;
    if (!ws.is_object() || !ws.contains("assessment") || !ws["assessment"].is_object()) return out;
    const json& a = ws["assessment"];
    // A finished assessment gives each asset its badge; a draft the readiness screen has not finished still
    // lists its assets by id and name, unrated.
    try {
        assess::Assessment parsed = assess::parse_assessment(Field(a, "/assessment"));
        for (const auto& asset : parsed.assets) {
            assess::AssetResult r = assess::rate_asset(asset, *parsed.asset_rating);
            out.push_back({asset.id, asset.name, true, r.readiness, readiness_words(r.readiness)});
        }
        return out;
    } catch (const InputError&) {
    }
    if (!a.contains("assets") || !a["assets"].is_array()) return out;
    for (const auto& asset : a["assets"]) {
        if (!asset.is_object() || !asset.contains("id") || !asset["id"].is_string()) continue;
        AssetLink l;
        l.id = asset["id"].get<std::string>();
        l.name = asset.contains("name") && asset["name"].is_string() ? asset["name"].get<std::string>() : l.id;
        l.found = true;
        l.readiness_words = readiness_words(0);
        out.push_back(l);
    }
    return out;
}

std::vector<std::string> workspace_quote_names(const json& ws) { return names_in(ws, "quotes"); }
std::vector<std::string> workspace_scenario_names(const json& ws) { return names_in(ws, "value_scenarios"); }

Linked resolve(const Partnership& p, const json& ws) {
    Linked l;
    l.record = p;
    if (ws.is_object() && ws.contains("organisation") && ws["organisation"].is_object()) {
        try {
            l.issuer = org::parse(Field(ws["organisation"], "/organisation"), false);
        } catch (const InputError&) {
        }
    }
    std::vector<AssetLink> reg = workspace_assets(ws);
    for (const auto& id : p.assets) {
        AssetLink found{id, id, false, 0, "Not in the asset register"};
        for (const auto& a : reg)
            if (a.id == id) found = a;
        l.assets.push_back(found);
    }
    if (!p.quote.empty()) {
        const json* e = named_entry(ws, "quotes", p.quote);
        if (!e) {
            l.quote_problem = "The linked quote \"" + p.quote + "\" is no longer in the workspace (it was deleted or renamed).";
        } else if (!e->contains("request")) {
            l.quote_problem = "The linked quote \"" + p.quote + "\" holds no request to price.";
        } else {
            try {
                quote::QuoteRequest r = quote::parse_quote_request((*e)["request"]);
                l.quote = quote::compute_quote(r);
                const std::string& quoted = l.quote->request.partner.name;
                if (!comparable(quoted).empty() && !comparable(p.partner_name).empty() &&
                    comparable(quoted) != comparable(p.partner_name))
                    l.quote_partner_note = "The linked quote \"" + p.quote + "\" was made for " + quoted + ", but this partnership is with " +
                                           p.partner_name + ". Check that it prices this partnership's access, or link a quote made for " +
                                           p.partner_name + ".";
            } catch (const InputError& err) {
                l.quote_problem = "The linked quote \"" + p.quote + "\" cannot be priced yet (" + first_words(err) + ").";
            }
        }
    }
    if (!p.value_scenario.empty()) {
        const json* e = named_entry(ws, "value_scenarios", p.value_scenario);
        if (!e) {
            l.value_problem = "The linked value-share scenario \"" + p.value_scenario + "\" is no longer in the workspace (it was deleted or renamed).";
        } else if (!e->contains("request")) {
            l.value_problem = "The linked value-share scenario \"" + p.value_scenario + "\" holds no figures.";
        } else {
            try {
                l.value = value::compute_value(value::parse_value_request(Field((*e)["request"], "")));
            } catch (const InputError& err) {
                l.value_problem = "The linked value-share scenario \"" + p.value_scenario + "\" cannot be computed yet (" + first_words(err) + ").";
            }
        }
    }
    l.principles = check_principles(l);
    return l;
}

void check_links(const Linked& l, const std::string& base) {
    const Partnership& p = l.record;
    for (std::size_t i = 0; i < l.assets.size(); ++i)
        if (!l.assets[i].found)
            throw InputError(base + "/assets/" + std::to_string(i),
                             "names a data asset (\"" + l.assets[i].id + "\") that is not in the workspace's asset register");
    if (!p.quote.empty() && !l.quote) throw InputError(base + "/quote", l.quote_problem);
    if (!p.value_scenario.empty() && !l.value) throw InputError(base + "/value_scenario", l.value_problem);
}

}  // namespace ft::partnership
