// Property tests over thousands of generated assessments on generated instruments.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "assess/assess.h"
#include "assess/assess_report.h"
#include "test_assess_fixture.h"

using namespace ft::assess;
using ft::json;

namespace {

// An instrument of 1-4 domains, each with 1-6 indicators, at least one of them core.
json random_instrument(std::mt19937_64& rng) {
    json in = assess_fixture::instrument();
    in["domains"] = json::array();
    int domains = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int d = 0; d < domains; ++d) {
        json inds = json::array();
        int n = std::uniform_int_distribution<int>(1, 6)(rng);
        for (int i = 0; i < n; ++i) {
            bool core = i == 0 || rng() % 2;
            inds.push_back(assess_fixture::indicator("d" + std::to_string(d) + ".i" + std::to_string(i), core, rng() % 4 == 0));
        }
        in["domains"].push_back({{"id", "d" + std::to_string(d)}, {"title", "Domain " + std::to_string(d)}, {"indicators", inds}});
    }
    return in;
}

json random_document(std::mt19937_64& rng) {
    json doc = assess_fixture::document();
    doc["instrument"] = random_instrument(rng);
    doc["target_level"] = std::uniform_int_distribution<int>(1, 5)(rng);
    for (const auto& d : doc["instrument"]["domains"])
        for (const auto& i : d["indicators"]) {
            int pick = std::uniform_int_distribution<int>(0, 7)(rng);
            if (pick == 0) continue;  // not answered
            json level = pick == 1 ? json("not_known") : pick == 2 ? json("not_applicable") : json(pick - 2);
            json ans = {{"level", level}};
            if (rng() % 3 == 0) ans["target"] = std::uniform_int_distribution<int>(1, 5)(rng);
            if (rng() % 3 == 0) ans["action"] = {{"priority", std::vector<std::string>{"high", "medium", "low"}[rng() % 3]}};
            if (rng() % 3 == 0) ans["action"]["due"] = "2026-0" + std::to_string(1 + rng() % 9) + "-15";
            doc["answers"][i["id"].get<std::string>()] = ans;
        }
    return doc;
}

}  // namespace

TEST_CASE("assess property: domain levels, posture, progress and the action plan hold their rules") {
    std::mt19937_64 rng(20260501);
    for (int round = 0; round < 3000; ++round) {
        json doc = random_document(rng);
        Assessment a = assess_fixture::parse(doc);
        AssessResult r = assess(a);

        int answered = 0, total = 0;
        for (std::size_t di = 0; di < a.instrument->domains.size(); ++di) {
            const Domain& d = a.instrument->domains[di];
            const DomainResult& dr = r.domains[di];
            std::vector<int> core;
            for (const auto& ind : d.indicators) {
                ++total;
                const Answer* ans = a.answer(ind.id);
                if (ans) ++answered;
                if (ind.core && ans && ans->kind != AnswerKind::not_applicable) core.push_back(ans->kind == AnswerKind::level ? ans->level : 1);
            }
            // A level exactly when some core answer counts, and always within the range of those answers.
            REQUIRE(dr.level.has_value() == !core.empty());
            if (dr.level) {
                CHECK(*dr.level >= *std::min_element(core.begin(), core.end()));
                CHECK(*dr.level <= *std::max_element(core.begin(), core.end()));
            }
        }
        CHECK(r.answered == answered);
        CHECK(r.total == total);

        // Never proactive with a critical below 3 or any domain below 3; never better than not_yet with one below 2.
        // A critical answered not_applicable counts as below 2: critical indicators must be assessed.
        int lowest = 5;
        for (const auto& dr : r.domains) lowest = std::min(lowest, dr.level.value_or(0));
        for (const auto& d : a.instrument->domains)
            for (const auto& ind : d.indicators) {
                if (!ind.critical) continue;
                const Answer* ans = a.answer(ind.id);
                lowest = std::min(lowest, ans && ans->kind == AnswerKind::level ? ans->level : 0);
            }
        Posture want = lowest >= 3 ? Posture::proactive : lowest >= 2 ? Posture::reactive : Posture::not_yet;
        CHECK(r.posture == want);
        CHECK(r.posture_reasons.empty() == (r.posture == Posture::proactive));
        for (const auto& g : r.critical_gaps) CHECK(g.level.value_or(0) < 3);

        // The plan is sorted and holds exactly the indicators below target, not known, or critical and unanswered
        // or answered not_applicable.
        for (std::size_t i = 1; i < r.action_plan.size(); ++i) {
            const ActionItem &x = r.action_plan[i - 1], &y = r.action_plan[i];
            auto rank = [](const std::string& p) { return p == "high" ? 0 : p == "medium" ? 1 : 2; };
            REQUIRE(rank(x.priority) <= rank(y.priority));
            if (rank(x.priority) == rank(y.priority)) {
                CHECK((y.due.empty() || (!x.due.empty() && x.due <= y.due)));
                if (x.due == y.due) CHECK(x.order < y.order);
            }
        }
        std::size_t expected = 0;
        for (const auto& d : a.instrument->domains)
            for (const auto& ind : d.indicators) {
                const Answer* ans = a.answer(ind.id);
                if (!ans) expected += ind.critical;
                else if (ans->kind == AnswerKind::not_applicable) expected += ind.critical;
                else if (ans->kind == AnswerKind::not_known) ++expected;
                else if (ans->kind == AnswerKind::level && ans->level < a.target_for(ind.id)) ++expected;
            }
        CHECK(r.action_plan.size() == expected);

        // The saved form reads back to the same assessment and the same result.
        if (round % 10 == 0) {
            ft::ojson saved = assessment_to_json(a);
            Assessment again = assess_fixture::parse(json::parse(saved.dump()));
            CHECK(result_to_json(again, assess(again)).dump() == result_to_json(a, r).dump());
            CHECK(report_csv(again) == report_csv(a));
        }
    }
}

TEST_CASE("assess property: asset badges are the floor of the mean and readiness the lowest badge") {
    std::mt19937_64 rng(7);
    json scheme = assess_fixture::asset_rating();
    AssetRatingScheme s = parse_asset_rating(ft::Field(scheme, ""));
    for (int round = 0; round < 3000; ++round) {
        Asset asset;
        asset.id = "A";
        Profile p;
        for (const auto& c : s.categories)
            for (const auto& sub : c.subdimensions) {
                int v = std::uniform_int_distribution<int>(-1, 4)(rng);  // -1: left out
                if (v >= 0) asset.ratings[sub.id] = rating_id(v);
                int m = std::uniform_int_distribution<int>(0, 4)(rng);
                if (m > 0) p.minimums[sub.id] = rating_id(m);
            }
        AssetResult r = rate_asset(asset, s);
        int lowest = 4;
        for (std::size_t ci = 0; ci < s.categories.size(); ++ci) {
            int sum = 0, n = 0;
            for (const auto& sub : s.categories[ci].subdimensions) {
                auto it = asset.ratings.find(sub.id);
                sum += it == asset.ratings.end() ? 0 : rating_value(it->second);
                ++n;
            }
            int badge = r.categories[ci].value;
            CHECK(badge * n <= sum);        // badge <= mean
            CHECK((badge + 1) * n > sum);   // mean < badge + 1
            lowest = std::min(lowest, badge);
        }
        CHECK(r.readiness == lowest);

        // An asset meets a profile exactly when it has no gaps, and every gap is a real shortfall.
        ProfileResult pr = match_profile(p, {asset}, s);
        CHECK(pr.meets.size() + pr.gaps.size() == 1);
        for (const auto& [id, gaps] : pr.gaps) {
            CHECK(!gaps.empty());
            for (const auto& g : gaps) CHECK(rating_value(g.actual) < rating_value(g.required));
        }
        bool meets = true;
        for (const auto& [sub, need] : p.minimums) {
            auto it = asset.ratings.find(sub);
            if ((it == asset.ratings.end() ? 0 : rating_value(it->second)) < rating_value(need)) meets = false;
        }
        CHECK(meets == (pr.meets.size() == 1));
    }
}
