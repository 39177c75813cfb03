// Scoring an assessment: domain levels, posture, asset badges, profile matches, action plan, comparison.
#include "assess/assess.h"

namespace ft::assess {
namespace {

std::string join_ints(const std::vector<int>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s;
}

// "2.5" or "3": a median of whole numbers is always a whole or a half.
std::string half_text(int twice) { return std::to_string(twice / 2) + (twice % 2 ? ".5" : ""); }

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// sum / count for the explanation: exact when it ends within two places, else cut to two places and marked.
std::string mean_text(int sum, int count) {
    int hundredths = sum * 100 / count;
    std::string s = std::to_string(hundredths / 100);
    int frac = hundredths % 100;
    if (frac) s += "." + std::string(frac < 10 ? "0" : "") + std::to_string(frac % 10 ? frac : frac / 10);
    if (sum * 100 % count) s += "...";
    return s;
}

int priority_rank(const std::string& p) { return p == "high" ? 0 : p == "medium" ? 1 : 2; }

}  // namespace

const char* posture_id(Posture p) {
    switch (p) {
        case Posture::proactive: return "proactive";
        case Posture::reactive: return "reactive";
        default: return "not_yet";
    }
}

int floor_median(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    std::size_t n = values.size();
    if (n % 2 == 1) return values[n / 2];
    // Levels are positive, so integer division is the floor of the mean of the two middle values.
    return (values[n / 2 - 1] + values[n / 2]) / 2;
}

DomainResult score_domain(const Domain& d, const Assessment& a) {
    DomainResult r;
    r.id = d.id;
    r.title = d.title;
    for (const auto& ind : d.indicators) {
        ++r.total;
        if (ind.core) ++r.core_total;
        const Answer* ans = a.answer(ind.id);
        if (!ans) continue;
        ++r.answered;
        if (!ind.core) continue;
        ++r.core_answered;
        if (ans->kind == AnswerKind::not_applicable) { ++r.not_applicable; continue; }
        if (ans->kind == AnswerKind::not_known) ++r.not_known;
        r.core_values.push_back(ans->kind == AnswerKind::not_known ? 1 : ans->level);
    }
    std::sort(r.core_values.begin(), r.core_values.end());
    std::vector<std::string> notes;
    if (r.not_known) notes.push_back(plural(r.not_known, "\"not known\" answer", "\"not known\" answers") + " counted as 1");
    if (r.not_applicable) notes.push_back(plural(r.not_applicable, "\"not applicable\" answer", "\"not applicable\" answers") + " left out");
    std::string noted = notes.empty() ? "" : " (" + notes[0] + (notes.size() > 1 ? "; " + notes[1] : "") + ")";
    if (r.core_values.empty()) {
        r.explanation = "no core answers to score" + noted + ", so not assessed";
        return r;
    }
    r.level = floor_median(r.core_values);
    std::size_t n = r.core_values.size();
    int twice_median = n % 2 ? 2 * r.core_values[n / 2] : r.core_values[n / 2 - 1] + r.core_values[n / 2];
    r.explanation = "core answers " + join_ints(r.core_values) + noted + ": median " + half_text(twice_median) + ", so level " +
                    std::to_string(*r.level);
    return r;
}

namespace {

// Posture: every domain and every critical indicator must be at 3+ for proactive, 2+ for reactive.
// Anything without a level (not assessed, not known, not answered) counts as below 2.
void judge_posture(const Assessment& a, AssessResult& r) {
    int lowest = kLevelCount;
    auto consider = [&](PostureReason reason) {
        int effective = reason.level.value_or(0);
        lowest = std::min(lowest, effective);
        if (effective >= 3) return;
        reason.needed = effective < 2 ? 2 : 3;
        std::string what = reason.kind == "domain" ? "domain \"" + reason.title + "\"" : "critical indicator \"" + reason.title + "\"";
        std::string is;
        if (reason.state == "not_assessed") is = "is not assessed, which counts as below level 2";
        else if (reason.state == "not_known") is = "is answered \"not known\", which counts as below level 2";
        else if (reason.state == "not_answered") is = "is not answered, which counts as below level 2";
        else if (reason.state == "not_applicable")
            is = "is answered not applicable, but critical indicators must be assessed, so it counts as below level 2";
        else is = "is at level " + std::to_string(*reason.level);
        reason.text = what + " " + is + "; level " + std::to_string(reason.needed) + " is needed for a " +
                      (reason.needed == 2 ? "reactive" : "proactive") + " posture";
        r.posture_reasons.push_back(std::move(reason));
    };
    for (const auto& d : r.domains)
        consider({"domain", d.id, d.title, d.level, d.level ? "level" : "not_assessed", 0, ""});
    int criticals = 0;
    for (const auto& d : a.instrument->domains)
        for (const auto& ind : d.indicators) {
            if (!ind.critical) continue;
            const Answer* ans = a.answer(ind.id);
            ++criticals;
            std::optional<int> level;
            std::string state = "level";
            // The instrument asks for evidence on every critical indicator before a proactive posture, so
            // "not applicable" cannot excuse one: it holds the posture back like a missing answer.
            if (!ans) state = "not_answered";
            else if (ans->kind == AnswerKind::not_applicable) state = "not_applicable";
            else if (ans->kind == AnswerKind::not_known) state = "not_known";
            else level = ans->level;
            consider({"indicator", ind.id, ind.title, level, state, 0, ""});
            if (!level || *level < 3) r.critical_gaps.push_back({ind.id, ind.title, d.id, level, state, 3});
        }
    r.posture = lowest >= 3 ? Posture::proactive : lowest >= 2 ? Posture::reactive : Posture::not_yet;
    std::string checked = plural(static_cast<int>(r.domains.size()), "domain", "domains") + " and " +
                          plural(criticals, "critical indicator", "critical indicators") + " checked";
    std::size_t below2 = static_cast<std::size_t>(std::count_if(r.posture_reasons.begin(), r.posture_reasons.end(), [](const PostureReason& p) { return p.needed == 2; }));
    if (r.posture == Posture::proactive) r.posture_explanation = checked + ": all at level 3 or more, so proactive";
    else if (r.posture == Posture::reactive)
        r.posture_explanation = checked + ": all at level 2 or more, " + std::to_string(r.posture_reasons.size()) + " below 3, so reactive";
    else
        r.posture_explanation = checked + ": " + std::to_string(below2) + " below level 2, so not yet ready";
    std::size_t excused = static_cast<std::size_t>(std::count_if(r.critical_gaps.begin(), r.critical_gaps.end(),
                                                                 [](const CriticalGap& g) { return g.state == "not_applicable"; }));
    if (excused)
        r.posture_explanation += " (" + plural(static_cast<int>(excused), "critical indicator", "critical indicators") +
                                 " answered \"not applicable\" counted as below level 2: critical indicators must be assessed)";
}

}  // namespace

AssetResult rate_asset(const Asset& asset, const AssetRatingScheme& scheme) {
    AssetResult r;
    r.id = asset.id;
    r.name = asset.name;
    std::string lowest_title;
    r.readiness = kRatingLevelCount;  // lowered by the first category
    bool any_rated = false;
    for (const auto& c : scheme.categories) {
        int sum = 0;
        std::string terms;
        for (const auto& s : c.subdimensions) {
            auto it = asset.ratings.find(s.id);
            int v = it == asset.ratings.end() ? 0 : rating_value(it->second);
            sum += v;
            terms += (terms.empty() ? "" : " + ") + std::string(rating_id(v)) + " " + std::to_string(v);
        }
        int count = static_cast<int>(c.subdimensions.size());
        int badge = sum / count;  // sum >= 0, so this is the floor of the mean
        // Nothing rated yet is said in words, not as workings ("unrated 0 + unrated 0 = 0; mean 0 / 2 ...").
        std::string how = sum == 0 ? std::string(count == 1 ? "not rated yet" : "none of its sub-dimensions rated yet") + ", so unrated"
                          : count == 1 ? terms + ", so " + rating_id(badge)
                                     : terms + " = " + std::to_string(sum) + "; mean " + std::to_string(sum) + " / " + std::to_string(count) +
                                           " = " + mean_text(sum, count) + (sum % count ? ", rounded down to " + std::to_string(badge) : "") + ", so " +
                                           rating_id(badge);
        any_rated |= sum > 0;
        CategoryBadge b{c.id, c.title, badge, how};
        if (badge < r.readiness) { r.readiness = badge; lowest_title = c.title; }
        r.categories.push_back(std::move(b));
    }
    r.explanation = !any_rated ? "nothing rated yet, so unrated"
                               : "lowest category badge: " + std::string(rating_id(r.readiness)) + " (" + lowest_title + ")";
    return r;
}

ProfileResult match_profile(const Profile& p, const std::vector<Asset>& assets, const AssetRatingScheme& scheme) {
    ProfileResult r;
    r.id = p.id;
    r.name = p.name;
    for (const auto& asset : assets) {
        std::vector<Gap> gaps;
        for (const auto& c : scheme.categories)
            for (const auto& s : c.subdimensions) {
                auto need = p.minimums.find(s.id);
                if (need == p.minimums.end()) continue;
                auto have = asset.ratings.find(s.id);
                std::string actual = have == asset.ratings.end() ? "unrated" : have->second;
                if (rating_value(actual) < rating_value(need->second)) gaps.push_back({s.id, need->second, actual});
            }
        if (gaps.empty()) r.meets.push_back(asset.id);
        else r.gaps.emplace_back(asset.id, std::move(gaps));
    }
    return r;
}

std::vector<ActionItem> action_plan(const Assessment& a) {
    std::vector<ActionItem> plan;
    std::size_t order = 0;
    for (const auto& d : a.instrument->domains)
        for (const auto& ind : d.indicators) {
            ++order;
            const Answer* ans = a.answer(ind.id);
            int target = a.target_for(ind.id);
            ActionItem item;
            if (!ans) {
                if (!ind.critical) continue;
                item.status = "not_answered";
            } else if (ans->kind == AnswerKind::not_applicable) {
                if (!ind.critical) continue;
                item.status = "not_applicable";  // critical indicators must be assessed
            } else if (ans->kind == AnswerKind::not_known) {
                item.status = "not_known";
            } else if (ans->level < target) {
                item.status = "below_target";
                item.level = ans->level;
            } else {
                continue;
            }
            item.indicator = ind.id;
            item.domain = d.id;
            item.title = ind.title;
            item.core = ind.core;
            item.critical = ind.critical;
            item.target = target;
            item.suggested_action = ind.level(item.level.value_or(1)).next_action;
            item.order = order;
            if (ans) {
                item.action = ans->action.text;
                item.owner = ans->action.owner;
                item.due = ans->action.due;
                item.priority = ans->action.priority;
            }
            item.priority_is_default = item.priority.empty();
            if (item.priority.empty()) item.priority = ind.critical ? "high" : ind.core ? "medium" : "low";
            plan.push_back(std::move(item));
        }
    // Priority, then due date (dated items first, earliest first), then the instrument's order.
    std::sort(plan.begin(), plan.end(), [](const ActionItem& x, const ActionItem& y) {
        int px = priority_rank(x.priority), py = priority_rank(y.priority);
        if (px != py) return px < py;
        if (x.due.empty() != y.due.empty()) return !x.due.empty();
        if (x.due != y.due) return x.due < y.due;
        return x.order < y.order;
    });
    return plan;
}

namespace {

Comparison compare(const Assessment& now, const std::vector<DomainResult>& now_domains, const Assessment& before) {
    Comparison c;
    c.previous_assessed_on = before.assessed_on;
    c.previous_instrument_version = before.instrument->id + " " + before.instrument->version;
    for (const auto& d : now.instrument->domains)
        for (const auto& ind : d.indicators) {
            IndicatorChange ch;
            ch.id = ind.id;
            ch.title = ind.title;
            const Answer* b = before.instrument->find_indicator(ind.id) ? before.answer(ind.id) : nullptr;
            const Answer* n = now.answer(ind.id);
            ch.before = answer_value(b);
            ch.after = answer_value(n);
            bool b_level = b && b->kind == AnswerKind::level, n_level = n && n->kind == AnswerKind::level;
            if (b_level && n_level) {
                ch.change = n->level - b->level;
                ch.status = *ch.change > 0 ? "improved" : *ch.change < 0 ? "declined" : "unchanged";
            } else if (!b && !n) {
                ch.status = "unchanged";
            } else if (!b) {
                ch.status = "newly_answered";
            } else if (!n) {
                ch.status = "no_longer_answered";
            } else {
                ch.status = ch.before == ch.after ? "unchanged" : "changed";
            }
            c.indicators.push_back(std::move(ch));
        }
    for (const auto& dr : now_domains) {
        DomainChange ch{dr.id, dr.title, std::nullopt, dr.level, std::nullopt};
        for (const auto& d : before.instrument->domains)
            if (d.id == dr.id) ch.before = score_domain(d, before).level;
        if (ch.before && ch.after) ch.change = *ch.after - *ch.before;
        c.domains.push_back(std::move(ch));
    }
    return c;
}

}  // namespace

AssessResult assess(const Assessment& a) {
    AssessResult r;
    for (const auto& d : a.instrument->domains) {
        r.domains.push_back(score_domain(d, a));
        r.answered += r.domains.back().answered;
        r.total += r.domains.back().total;
    }
    judge_posture(a, r);
    for (const auto& asset : a.assets) r.assets.push_back(rate_asset(asset, *a.asset_rating));
    for (const auto& p : a.profiles) r.profiles.push_back(match_profile(p, a.assets, *a.asset_rating));
    r.action_plan = action_plan(a);
    if (a.previous) r.comparison = compare(a, r.domains, *a.previous);
    return r;
}

namespace {

ojson optional_int(const std::optional<int>& v) { return v ? ojson(*v) : ojson(nullptr); }

}  // namespace

ojson result_to_json(const Assessment& a, const AssessResult& r) {
    ojson j;
    j["schema"] = "fairterms/assessment-result@1";
    j["organisation"] = a.organisation;
    if (!a.assessed_on.empty()) j["assessed_on"] = a.assessed_on;
    j["instrument"] = {{"id", a.instrument->id}, {"version", a.instrument->version}};
    j["target_level"] = a.target_level;
    j["progress"] = {{"answered", r.answered}, {"total", r.total}};

    j["domains"] = ojson::array();
    for (const auto& d : r.domains)
        j["domains"].push_back({{"id", d.id}, {"title", d.title}, {"level", optional_int(d.level)}, {"answered", d.answered},
                                {"total", d.total}, {"core_answered", d.core_answered}, {"core_total", d.core_total}});

    j["posture"] = posture_id(r.posture);
    j["posture_reasons"] = ojson::array();
    for (const auto& p : r.posture_reasons)
        j["posture_reasons"].push_back({{"kind", p.kind}, {"id", p.id}, {"title", p.title}, {"level", optional_int(p.level)},
                                        {"state", p.state}, {"needed", p.needed}, {"text", p.text}});
    j["critical_gaps"] = ojson::array();
    for (const auto& g : r.critical_gaps)
        j["critical_gaps"].push_back({{"id", g.id}, {"title", g.title}, {"domain", g.domain}, {"level", optional_int(g.level)},
                                      {"state", g.state}, {"needed", g.needed}});

    j["assets"] = ojson::array();
    for (const auto& asset : r.assets) {
        ojson cats = ojson::object();
        for (const auto& c : asset.categories) cats[c.id] = rating_id(c.value);
        j["assets"].push_back({{"id", asset.id}, {"name", asset.name}, {"categories", cats}, {"readiness", rating_id(asset.readiness)}});
    }

    j["profiles"] = ojson::array();
    for (const auto& p : r.profiles) {
        ojson gaps = ojson::array();
        for (const auto& [asset, list] : p.gaps) {
            ojson lj = ojson::array();
            for (const auto& g : list) lj.push_back({{"subdimension", g.subdimension}, {"required", g.required}, {"actual", g.actual}});
            gaps.push_back({{"asset", asset}, {"gaps", lj}});
        }
        j["profiles"].push_back({{"id", p.id}, {"name", p.name}, {"meets", p.meets}, {"does_not_meet", gaps}});
    }

    j["action_plan"] = ojson::array();
    for (const auto& it : r.action_plan)
        j["action_plan"].push_back({{"indicator", it.indicator}, {"domain", it.domain}, {"title", it.title}, {"critical", it.critical},
                                    {"core", it.core}, {"status", it.status}, {"level", optional_int(it.level)}, {"target", it.target},
                                    {"suggested_action", it.suggested_action}, {"action", it.action}, {"owner", it.owner},
                                    {"priority", it.priority}, {"priority_is_default", it.priority_is_default},
                                    {"due", it.due.empty() ? ojson(nullptr) : ojson(it.due)}});

    if (r.comparison) {
        const Comparison& c = *r.comparison;
        ojson cj;
        cj["previous_assessed_on"] = c.previous_assessed_on.empty() ? ojson(nullptr) : ojson(c.previous_assessed_on);
        cj["previous_instrument"] = c.previous_instrument_version;
        cj["domains"] = ojson::array();
        for (const auto& d : c.domains)
            cj["domains"].push_back({{"id", d.id}, {"before", optional_int(d.before)}, {"after", optional_int(d.after)}, {"change", optional_int(d.change)}});
        cj["indicators"] = ojson::array();
        for (const auto& i : c.indicators)
            cj["indicators"].push_back({{"id", i.id}, {"before", i.before}, {"after", i.after}, {"change", optional_int(i.change)}, {"status", i.status}});
        j["comparison"] = cj;
    }

    ojson ex;
    ex["domains"] = ojson::object();
    for (const auto& d : r.domains) ex["domains"][d.id] = d.explanation;
    ex["posture"] = r.posture_explanation;
    ex["assets"] = ojson::object();
    for (const auto& asset : r.assets) {
        ojson aj;
        for (const auto& c : asset.categories) aj[c.id] = c.explanation;
        aj["readiness"] = asset.explanation;
        ex["assets"][asset.id] = aj;
    }
    ex["action_plan"] = "indicators below their target level (default " + std::to_string(a.target_level) +
                        "), answered not known, or critical and not answered or answered not applicable; sorted by priority, then due date, then instrument order";
    j["explanation"] = ex;
    return j;
}

ojson assess_command(const json& input) {
    Assessment a = parse_assessment(Field(input, ""));
    return result_to_json(a, assess(a));
}

}  // namespace ft::assess
