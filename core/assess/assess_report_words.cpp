#include "assess/assess_report_words.h"

#include "base/dates.h"

namespace ft::assess::words {

std::string group_digits(std::int64_t n) {
    std::string s = std::to_string(n), out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i && (s.size() - i) % 3 == 0) out += ',';
        out += s[i];
    }
    return out;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
    return s;
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string level_label(const Instrument& in, int level) { return std::to_string(level) + " (" + in.level_name(level) + ")"; }

std::string optional_level_label(const Instrument& in, const std::optional<int>& level) {
    return level ? level_label(in, *level) : std::string("not assessed");
}

std::string answer_label(const Instrument& in, const Answer* a) {
    if (!a) return "Not answered";
    if (a->kind == AnswerKind::not_known) return "Not known";
    if (a->kind == AnswerKind::not_applicable) return "Not applicable";
    return "Level " + level_label(in, a->level);
}

std::string change_label(const std::optional<int>& c) {
    if (!c) return "";
    return *c > 0 ? "+" + std::to_string(*c) : std::to_string(*c);
}

std::string json_answer_label(const Instrument& in, const ojson& v) {
    if (v.is_null()) return "Not answered";
    if (v.is_number_integer()) return level_label(in, v.get<int>());
    return v.get<std::string>() == "not_known" ? "Not known" : "Not applicable";
}

std::string access_route_label(const std::string& r) {
    if (r == "sde") return "Secure data environment";
    if (r == "federated") return "Federated analysis";
    if (r == "aggregate_outputs") return "Aggregate outputs";
    if (r == "extract") return "De-identified extract";
    return r;
}

std::string posture_meaning(Posture p) {
    switch (p) {
        case Posture::proactive:
            return "Ready to seek out data partnerships: every domain and every critical indicator is at level 3 or more.";
        case Posture::reactive:
            return "Ready to respond to partnership requests case by case: everything is at level 2 or more, but not yet all at level 3.";
        default:
            return "Not yet ready to enter data partnerships: the foundations listed below come first.";
    }
}

std::string posture_name(Posture p) {
    return p == Posture::proactive ? "Proactive" : p == Posture::reactive ? "Reactive" : "Not yet";
}

std::string now_label(const Instrument& in, const std::optional<int>& level, const std::string& state) {
    if (level) return level_label(in, *level);
    return state == "not_known" ? "Not known" : state == "not_assessed" ? "Not assessed" : "Not answered";
}

std::string domain_title(const Instrument& in, const std::string& id) {
    for (const auto& d : in.domains)
        if (d.id == id) return d.title;
    return id;
}

std::string instrument_label(const Instrument& in) { return in.title + ", version " + in.version; }

std::vector<std::pair<const char*, std::string>> asset_details(const Asset& asset) {
    std::vector<std::string> routes;
    for (const auto& route : asset.access_routes) routes.push_back(access_route_label(route));
    std::string range = asset.date_from.empty() && asset.date_to.empty()
                            ? std::string()
                            : (asset.date_from.empty() ? "an unrecorded date" : dates::long_date(asset.date_from)) + " to " +
                                  (asset.date_to.empty() ? "an unrecorded date" : dates::long_date(asset.date_to));
    return {{"Description", asset.description},
            {"Data types", join(asset.data_types, ", ")},
            {"Records (approx.)", asset.records ? group_digits(*asset.records) : std::string()},
            {"Date range", range},
            {"Source systems", join(asset.source_systems, ", ")},
            {"Steward", asset.steward},
            {"Lawful basis and IG notes", asset.ig_notes},
            {"De-identification", capitalised(asset.deidentification)},
            {"Access routes", join(routes, ", ")}};
}

}  // namespace ft::assess::words
