// The value-share computation: shares and rates, yearly cash flows per mechanism, present values, the
// split among NHS organisations, warnings, and the "fairterms/value@1" document.
#include "value/value.h"

#include <cctype>
#include <map>

namespace ft::value {
namespace {

std::string gbp(Pence p) { return format_gbp(p); }
std::string pct(Decimal d) { return format_percent(d); }

// a x b x c for Decimals, rounded half away from zero to `places` decimal places.
Decimal product_rounded(Decimal a, Decimal b, Decimal c, int places) {
    i128 exact = (i128)a.units() * b.units() * c.units();  // scale 1e18; each factor <= 1e6 here
    i128 keep = 1;
    for (int i = 0; i < places; ++i) keep *= 10;
    i128 scaled = div_round_half_away(exact, (i128)1'000'000'000'000'000'000LL / keep);
    return Decimal::from_units(static_cast<std::int64_t>(scaled * (Decimal::kScale / keep)));
}

MechanismResult start(const char* name, const char* label, int horizon) {
    MechanismResult m;
    m.name = name;
    m.label = label;
    m.nominal_flows_pence.assign(horizon + 1, 0);
    m.expected_flows_pence.assign(horizon + 1, 0);
    return m;
}

// "£1.00 + £2.00 = £3.00" (or just "£3.00" for one term).
std::string sum_text(const std::vector<Pence>& terms, Pence total) {
    if (terms.empty()) return gbp(total);
    std::string s;
    for (std::size_t i = 0; i < terms.size(); ++i) s += (i ? " + " : "") + gbp(terms[i]);
    return terms.size() == 1 ? s : s + " = " + gbp(total);
}

// Discounts the expected flows, totals everything and writes the present-value explanation.
void finish(MechanismResult& m, const Discounting& disc) {
    m.discounted_pence.assign(m.expected_flows_pence.size(), 0);
    std::vector<Pence> terms;
    std::string years;
    for (std::size_t t = 0; t < m.expected_flows_pence.size(); ++t) {
        Pence x = m.expected_flows_pence[t];
        m.nominal_pence += m.nominal_flows_pence[t];
        m.expected_pence += x;
        m.discounted_pence[t] = disc.discount(x, int(t));
        m.pv_pence += m.discounted_pence[t];
        if (x == 0) continue;
        terms.push_back(m.discounted_pence[t]);
        years += (years.empty() ? "" : "; ") + std::string("year ") + std::to_string(t) + ": " + gbp(x) +
                 (t == 0 ? " (not discounted)" : " / " + disc.divisor_text(int(t))) + " = " +
                 gbp(m.discounted_pence[t]);
    }
    m.pv_explanation = terms.empty() ? "no payments, so present value £0.00"
                                     : years + ". Present value = " + sum_text(terms, m.pv_pence);
}

MechanismResult upfront(const Upfront& u, int horizon) {
    MechanismResult m = start("upfront", "Upfront payment", horizon);
    m.nominal_flows_pence[0] = m.expected_flows_pence[0] = u.amount_pence;
    m.lines.push_back({0, "Payment at signing", u.amount_pence, u.amount_pence, gbp(u.amount_pence) + " paid in year 0"});
    m.nominal_explanation = gbp(u.amount_pence) + " paid once, in year 0";
    m.expected_explanation = "certain payment: expected = nominal = " + gbp(u.amount_pence);
    return m;
}

MechanismResult subscription(const Subscription& s, int horizon) {
    MechanismResult m = start("subscription", "Subscription", horizon);
    for (int y = 1; y <= s.years; ++y) {
        m.nominal_flows_pence[y] = m.expected_flows_pence[y] = s.annual_pence;
        m.lines.push_back({y, "Year " + std::to_string(y) + " subscription", s.annual_pence, s.annual_pence,
                           gbp(s.annual_pence) + " a year"});
    }
    Pence total = s.annual_pence * s.years;
    m.nominal_explanation = gbp(s.annual_pence) + " a year × " + std::to_string(s.years) + " years (1-" +
                            std::to_string(s.years) + ") = " + gbp(total);
    m.expected_explanation = "certain payments: expected = nominal = " + gbp(total);
    return m;
}

MechanismResult milestones(const std::vector<Milestone>& list, int horizon) {
    MechanismResult m = start("milestones", "Milestone payments", horizon);
    std::vector<Pence> nominal_terms, expected_terms;
    Pence nominal = 0, expected = 0;
    for (const Milestone& ml : list) {
        Pence e = mul_round(ml.amount_pence, ml.probability);
        m.nominal_flows_pence[ml.year] += ml.amount_pence;
        m.expected_flows_pence[ml.year] += e;
        m.lines.push_back({ml.year, ml.name, ml.amount_pence, e,
                           gbp(ml.amount_pence) + " × probability " + ml.probability.to_string() + " = " + gbp(e) +
                               " expected in year " + std::to_string(ml.year)});
        nominal_terms.push_back(ml.amount_pence);
        expected_terms.push_back(e);
        nominal += ml.amount_pence;
        expected += e;
    }
    m.nominal_explanation = list.empty() ? "no milestones: £0.00"
                                         : "sum of milestone amounts if all are reached: " + sum_text(nominal_terms, nominal);
    m.expected_explanation = list.empty() ? "no milestones: £0.00"
                                          : "each amount × its probability, rounded once: " + sum_text(expected_terms, expected);
    return m;
}

MechanismResult royalty(const Royalty& r, Decimal rate, const ValueRequest& req) {
    MechanismResult m = start("royalty", "Revenue royalty", req.horizon_years);
    Pence paid = 0;
    for (int y = 1; y <= r.years; ++y) {
        bool forecast = std::size_t(y) <= req.revenue_forecast_pence.size();
        Pence revenue = forecast ? req.revenue_forecast_pence[y - 1] : 0;
        Pence due = mul_round(revenue, rate);
        std::string why = gbp(revenue) + " revenue × " + pct(rate) + " = " + gbp(due);
        if (!forecast) why = "no revenue forecast for this year, counted as £0.00: " + why;
        if (r.cap_pence && due > *r.cap_pence - paid) {
            Pence allowed = *r.cap_pence - paid;
            why += allowed == 0 ? "; the cap of " + gbp(*r.cap_pence) + " is already reached, so £0.00"
                                : "; cut to " + gbp(allowed) + " by the cap of " + gbp(*r.cap_pence) + " (" +
                                      gbp(paid) + " paid before)";
            due = allowed;
        }
        paid += due;
        m.nominal_flows_pence[y] = m.expected_flows_pence[y] = due;
        m.lines.push_back({y, "Year " + std::to_string(y) + " royalty", due, due, why});
    }
    std::string rate_source = r.rate ? "the agreed rate " + pct(rate) : "the recommended rate " + pct(rate);
    m.nominal_explanation = "yearly revenue × " + rate_source + " for years 1-" + std::to_string(r.years) +
                            (r.cap_pence ? ", capped at " + gbp(*r.cap_pence) + " in total" : std::string()) +
                            ", each year rounded to pence: total " + gbp(paid);
    m.expected_explanation = "taken as forecast: expected = nominal = " + gbp(paid);
    return m;
}

MechanismResult equity(const Equity& e, int horizon) {
    MechanismResult m = start("equity", "Equity", horizon);
    Pence nominal = mul_round(e.exit_value_pence, e.stake);
    // One rounding for exit value x stake x probability (stake has up to 6 places, probability up to 4).
    i128 exact = (i128)e.exit_value_pence * e.stake.units() * e.probability.units();
    Pence expected = static_cast<Pence>(div_round_half_away(exact, (i128)Decimal::kScale * Decimal::kScale));
    m.nominal_flows_pence[e.exit_year] = nominal;
    m.expected_flows_pence[e.exit_year] = expected;
    m.lines.push_back({e.exit_year, "Exit", nominal, expected,
                       gbp(e.exit_value_pence) + " exit value × stake " + e.stake.to_string() + " = " + gbp(nominal) +
                           " if the exit happens; × probability " + e.probability.to_string() + " = " +
                           gbp(expected) + " expected in year " + std::to_string(e.exit_year)});
    m.nominal_explanation = gbp(e.exit_value_pence) + " × stake " + e.stake.to_string() + " = " + gbp(nominal) +
                            " in year " + std::to_string(e.exit_year);
    m.expected_explanation = gbp(e.exit_value_pence) + " × stake " + e.stake.to_string() + " × probability " +
                             e.probability.to_string() + " = " + gbp(expected) + " (rounded once)";
    return m;
}

MechanismResult in_kind(const InKind& k, int horizon) {
    MechanismResult m = start("in_kind", "In-kind products or services", horizon);
    Pence list_price = k.units_per_year * k.unit_price_pence;  // parse keeps this within kMaxPence
    Pence yearly = mul_round(list_price, k.discount);
    std::string each = std::to_string(k.units_per_year) + " units × " + gbp(k.unit_price_pence) + " × discount " +
                       k.discount.to_string() + " = " + gbp(yearly);
    for (int y = 1; y <= k.years; ++y) {
        m.nominal_flows_pence[y] = m.expected_flows_pence[y] = yearly;
        m.lines.push_back({y, "Year " + std::to_string(y) + " in kind", yearly, yearly, each});
    }
    m.nominal_explanation = each + " a year × " + std::to_string(k.years) + " years (1-" + std::to_string(k.years) +
                            ") = " + gbp(yearly * k.years);
    m.expected_explanation = "certain benefit: expected = nominal = " + gbp(yearly * k.years);
    return m;
}

void add_warnings(ValueResult& res, const ValueRequest& req) {
    const Mechanisms& mech = req.mechanisms;
    if (mech.equity)
        res.warnings.push_back({"equity_risk",
            "Equity can lose all of its value. Shares once taken by an NHS organisation in a data company in "
            "return for data became close to worthless, so treat the equity figure as uncertain and keep the core "
            "of the NHS's share in cash mechanisms."});
    if (mech.royalty)
        res.warnings.push_back({"royalty_minority",
            "Royalties on revenue are agreed only in a minority of NHS data deals: they depend on the partner's "
            "future sales and need reporting and audit rights. Consider pairing them with an upfront or "
            "milestone payment."});
    int covered = int(req.revenue_forecast_pence.size());
    if (covered < req.horizon_years)
        res.warnings.push_back({"horizon_beyond_forecast",
            "The horizon is " + std::to_string(req.horizon_years) + " years but the revenue forecast covers " +
            std::to_string(covered) + (covered == 1 ? " year" : " years") + ": revenue for " +
            (covered + 1 == req.horizon_years ? "year " + std::to_string(covered + 1)
                                              : "years " + std::to_string(covered + 1) + "-" + std::to_string(req.horizon_years)) +
            " counts as zero" + (mech.royalty ? ", so the royalty for those years is zero too." : ".")});
    Decimal rate = res.royalty_rate ? *res.royalty_rate : res.recommended_royalty_rate;
    std::string which = res.royalty_rate ? "The royalty rate " : "The recommended royalty rate ";
    if (rate > Decimal::from_units(150000))
        res.warnings.push_back({"royalty_rate_high",
            which + pct(rate) + " is far above licensing benchmarks: about 3-6% of net sales is typical, "
            "universities' median is about 3%, and rates over 15% are rare even for medical devices."});
    else if (rate > Decimal::from_units(60000))
        res.warnings.push_back({"royalty_rate_high",
            which + pct(rate) + " is above the usual licensing range of about 3-6% of net sales (universities' "
            "median is about 3%); expect partners to challenge it."});
}

void split_among_orgs(ValueResult& res, const ValueRequest& req) {
    std::vector<std::string> orgs;
    std::map<std::string, std::int64_t> weight_of;
    for (const Contribution& c : req.contributions) {
        if (c.party != Party::nhs) continue;
        if (!weight_of.count(c.org)) orgs.push_back(c.org);
        weight_of[c.org] += c.weight.units();
    }
    std::vector<std::int64_t> weights;
    for (const auto& o : orgs) weights.push_back(weight_of[o]);
    for (std::size_t i = 0; i < orgs.size(); ++i) {
        OrgSplit s;
        s.org = orgs[i];
        s.weight = Decimal::from_units(weights[i]);
        s.share = ratio(weights[i], res.nhs_weight.units());
        res.split.push_back(s);
    }
    // Each mechanism's column is allocated on its own, so every column adds up to its mechanism's PV;
    // an organisation's total is the sum of its row, so the totals add up to the overall PV as well.
    for (const MechanismResult& m : res.mechanisms) {
        std::vector<Pence> parts = allocate_largest_remainder(m.pv_pence, weights);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            res.split[i].pv_pence.push_back(parts[i]);
            res.split[i].total_pv_pence += parts[i];
        }
    }
    for (OrgSplit& s : res.split) {
        std::string parts;
        for (std::size_t j = 0; j < res.mechanisms.size(); ++j) {
            // Each amount named as the mechanism is everywhere a person reads ("in-kind products or
            // services"), never by its key ("in_kind").
            std::string label = res.mechanisms[j].label;
            if (!label.empty()) label[0] = char(std::tolower(static_cast<unsigned char>(label[0])));
            parts += (j ? " + " : "") + gbp(s.pv_pence[j]) + " (" + label + ")";
        }
        s.explanation = "weight " + s.weight.to_string() + " of the NHS side's " + res.nhs_weight.to_string() +
                        " (share " + s.share.to_string() + ", shown as " + format_share(s.share) + ")" +
                        (parts.empty() ? ": no mechanisms, so £0.00" : ": " + parts + " = " + gbp(s.total_pv_pence));
    }
    res.split_explanation =
        "Each mechanism's present value is divided among the NHS organisations in proportion to their summed "
        "weights, in whole pence, with the pence left over going to the largest remainders, so each column adds "
        "up exactly to the mechanism's present value and the organisations' totals add up to " +
        gbp(res.total_pv_pence) + ".";
}

ojson pence_array(const std::vector<Pence>& v) {
    ojson a = ojson::array();
    for (Pence p : v) a.push_back(p);
    return a;
}

}  // namespace

const std::vector<MaturityLevel>& maturity_levels() {
    static const std::vector<MaturityLevel> levels = {
        {1, "Foundational",
         "Data sit mostly in operational systems and are pulled out by hand for each request. Documentation, "
         "quality checks and linkage are thin, there is no settled route for partners to reach the data, and few "
         "partnerships have been done. Next to the strongest data offers abroad, the organisation brings raw "
         "material rather than a ready product, so the share it can ask for is modest."},
        {2, "Developing",
         "Some data assets are catalogued and described, and a small team can prepare extracts. Partnership "
         "governance exists but is worked out case by case, turnaround is slow and coverage is patchy. Partners "
         "still do much of the work of making the data usable, which limits the share the NHS can command."},
        {3, "Established",
         "The main data assets are curated, documented with dictionaries and quality measures, and can be linked "
         "across settings. Access follows a defined process, usually through a secure data environment, with "
         "predictable timescales. The offer stands comparison with many regional data services elsewhere."},
        {4, "Advanced",
         "Curated, linked data with long follow-up are available in a secure environment, with analytical "
         "support, clinical expertise and regular refreshes. Partnerships are routine, terms are consistent and "
         "the public is kept informed. The offer competes well with national data services in other countries."},
        {5, "Leading",
         "A distinctive offer that few comparators anywhere can match: wide population coverage, deep "
         "longitudinal and multimodal data, frequent refreshes, trusted research environments and experienced "
         "teams that help partners succeed. The NHS's contribution is central to what partners build, which "
         "supports the full value share."},
    };
    return levels;
}

ValueResult compute_value(const ValueRequest& req) {
    ValueResult res;
    res.title = req.title;
    res.horizon_years = req.horizon_years;
    res.maturity_level = req.maturity_level;
    res.maturity_factors = req.maturity_factors;
    res.data_attribution = req.data_attribution;

    std::int64_t all = 0, nhs = 0;
    std::string nhs_terms, all_terms;
    for (const Contribution& c : req.contributions) {
        all += c.weight.units();
        all_terms += (all_terms.empty() ? "" : " + ") + c.weight.to_string();
        if (c.party != Party::nhs) continue;
        nhs += c.weight.units();
        nhs_terms += (nhs_terms.empty() ? "" : " + ") + c.weight.to_string();
    }
    res.nhs_weight = Decimal::from_units(nhs);
    res.total_weight = Decimal::from_units(all);
    res.nhs_share = ratio(nhs, all);
    res.nhs_share_explanation = "NHS weights (" + nhs_terms + " = " + res.nhs_weight.to_string() + ") / all weights (" +
                                all_terms + " = " + res.total_weight.to_string() + ") = " + res.nhs_share.to_string() +
                                " (to 6 decimal places), shown as " + format_share(res.nhs_share);

    res.maturity_factor = req.maturity_factors[req.maturity_level - 1];
    res.maturity_factor_explanation = "maturity level " + std::to_string(req.maturity_level) + " (" +
                                      maturity_levels()[req.maturity_level - 1].name + ") has factor " +
                                      res.maturity_factor.to_string();
    res.recommended_royalty_rate = product_rounded(req.data_attribution, res.nhs_share, res.maturity_factor, 4);
    res.recommended_rate_explanation = "data attribution " + req.data_attribution.to_string() + " × NHS share " +
                                       res.nhs_share.to_string() + " × maturity factor " + res.maturity_factor.to_string() +
                                       " = " + res.recommended_royalty_rate.to_string() + " (" +
                                       pct(res.recommended_royalty_rate) + ", to 4 decimal places)";

    Discounting disc(req.discount, req.horizon_years);
    res.discount = req.discount;
    for (int t = 0; t <= req.horizon_years; ++t) {
        res.discount_rates.push_back(t == 0 ? Decimal() : req.discount.rate_for_year(t));
        res.discount_factors.push_back(disc.factor_text(t));
        res.discount_formulas.push_back(disc.factor_formula(t));
    }

    const Mechanisms& mech = req.mechanisms;
    int h = req.horizon_years;
    if (mech.upfront) res.mechanisms.push_back(upfront(*mech.upfront, h));
    if (mech.subscription) res.mechanisms.push_back(subscription(*mech.subscription, h));
    if (mech.milestones) res.mechanisms.push_back(milestones(*mech.milestones, h));
    if (mech.royalty) {
        res.royalty_rate = mech.royalty->rate ? *mech.royalty->rate : res.recommended_royalty_rate;
        res.royalty_rate_explanation = mech.royalty->rate
            ? "agreed rate " + pct(*res.royalty_rate) + " (the recommended rate is " + pct(res.recommended_royalty_rate) + ")"
            : "no rate given, so the recommended rate " + pct(*res.royalty_rate) + " applies";
        res.mechanisms.push_back(royalty(*mech.royalty, *res.royalty_rate, req));
    }
    if (mech.equity) res.mechanisms.push_back(equity(*mech.equity, h));
    if (mech.in_kind) res.mechanisms.push_back(in_kind(*mech.in_kind, h));

    res.total_expected_flows_pence.assign(h + 1, 0);
    res.total_discounted_pence.assign(h + 1, 0);
    std::vector<Pence> nominal_terms, expected_terms, pv_terms;
    for (MechanismResult& m : res.mechanisms) {
        finish(m, disc);
        for (int t = 0; t <= h; ++t) {
            res.total_expected_flows_pence[t] += m.expected_flows_pence[t];
            res.total_discounted_pence[t] += m.discounted_pence[t];
        }
        res.total_nominal_pence += m.nominal_pence;
        res.total_expected_pence += m.expected_pence;
        res.total_pv_pence += m.pv_pence;
        nominal_terms.push_back(m.nominal_pence);
        expected_terms.push_back(m.expected_pence);
        pv_terms.push_back(m.pv_pence);
    }
    auto total_text = [&](const std::vector<Pence>& terms, Pence total) {
        return terms.empty() ? std::string("no mechanisms: £0.00") : "sum over mechanisms: " + sum_text(terms, total);
    };
    res.total_nominal_explanation = total_text(nominal_terms, res.total_nominal_pence);
    res.total_expected_explanation = total_text(expected_terms, res.total_expected_pence);
    res.total_pv_explanation = total_text(pv_terms, res.total_pv_pence);

    split_among_orgs(res, req);
    add_warnings(res, req);
    return res;
}

ojson value_to_json(const ValueResult& r) {
    ojson out;
    out["schema"] = kResultSchema;
    if (!r.title.empty()) out["title"] = r.title;
    out["nhs_share"] = r.nhs_share.to_string();
    out["maturity_level"] = r.maturity_level;
    out["maturity_factor"] = r.maturity_factor.to_string();
    out["data_attribution"] = r.data_attribution.to_string();
    out["recommended_royalty_rate"] = r.recommended_royalty_rate.to_string();
    if (r.royalty_rate) out["royalty_rate"] = r.royalty_rate->to_string();
    out["horizon_years"] = r.horizon_years;

    ojson disc;
    disc["schedule"] = r.discount.id();
    if (r.discount.kind == DiscountSchedule::Kind::custom) disc["rate"] = r.discount.custom_rate.to_string();
    disc["description"] = r.discount.description();
    ojson rates = ojson::array(), factors = ojson::array(), formulas = ojson::array();
    for (std::size_t t = 0; t < r.discount_factors.size(); ++t) {
        rates.push_back(r.discount_rates[t].to_string());
        factors.push_back(r.discount_factors[t]);
        formulas.push_back(r.discount_formulas[t]);
    }
    disc["rates"] = rates;
    disc["factors"] = factors;
    disc["formulas"] = formulas;
    out["discount"] = disc;

    ojson mechs = ojson::object();
    for (const MechanismResult& m : r.mechanisms) {
        ojson j;
        j["label"] = m.label;
        j["cash_flows_pence"] = pence_array(m.expected_flows_pence);
        j["nominal_cash_flows_pence"] = pence_array(m.nominal_flows_pence);
        j["discounted_pence"] = pence_array(m.discounted_pence);
        j["nominal_pence"] = m.nominal_pence;
        j["expected_pence"] = m.expected_pence;
        j["pv_pence"] = m.pv_pence;
        ojson lines = ojson::array();
        for (const Line& l : m.lines) {
            ojson lj;
            lj["year"] = l.year;
            lj["label"] = l.label;
            lj["nominal_pence"] = l.nominal_pence;
            lj["expected_pence"] = l.expected_pence;
            lj["explanation"] = l.explanation;
            lines.push_back(lj);
        }
        j["lines"] = lines;
        j["explanation"]["nominal"] = m.nominal_explanation;
        j["explanation"]["expected"] = m.expected_explanation;
        j["explanation"]["pv"] = m.pv_explanation;
        mechs[m.name] = j;
    }
    out["mechanisms"] = mechs;

    ojson total;
    total["cash_flows_pence"] = pence_array(r.total_expected_flows_pence);
    total["discounted_pence"] = pence_array(r.total_discounted_pence);
    total["nominal_pence"] = r.total_nominal_pence;
    total["expected_pence"] = r.total_expected_pence;
    total["pv_pence"] = r.total_pv_pence;
    total["explanation"]["nominal"] = r.total_nominal_explanation;
    total["explanation"]["expected"] = r.total_expected_explanation;
    total["explanation"]["pv"] = r.total_pv_explanation;
    out["total"] = total;

    ojson split = ojson::array();
    for (const OrgSplit& s : r.split) {
        ojson j;
        j["org"] = s.org;
        j["weight"] = s.weight.to_string();
        j["share"] = s.share.to_string();
        j["pv_pence"] = s.total_pv_pence;
        ojson per = ojson::object();
        for (std::size_t k = 0; k < r.mechanisms.size(); ++k) per[r.mechanisms[k].name] = s.pv_pence[k];
        j["mechanisms"] = per;
        j["explanation"] = s.explanation;
        split.push_back(j);
    }
    out["split"] = split;

    ojson warnings = ojson::array();
    for (const Warning& w : r.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}});
    out["warnings"] = warnings;

    ojson ex;
    ex["nhs_share"] = r.nhs_share_explanation;
    ex["maturity_factor"] = r.maturity_factor_explanation;
    ex["recommended_royalty_rate"] = r.recommended_rate_explanation;
    if (r.royalty_rate) ex["royalty_rate"] = r.royalty_rate_explanation;
    ex["discount_factors"] = "year t's factor = product over years 1..t of 1 / (1 + that year's rate); " +
                             r.discount.description() + "; year 0 is not discounted";
    ex["split"] = r.split_explanation;
    out["explanation"] = ex;

    ojson levels = ojson::array();
    for (const MaturityLevel& l : maturity_levels()) {
        ojson j;
        j["level"] = l.level;
        j["name"] = l.name;
        j["factor"] = r.maturity_factors[l.level - 1].to_string();
        j["description"] = l.description;
        levels.push_back(j);
    }
    out["maturity_levels"] = levels;
    return out;
}

ojson compute(const json& input) {
    return value_to_json(compute_value(parse_value_request(Field(input, ""))));
}

}  // namespace ft::value
