// Reading "fairterms/value-request@1": every field checked, every error at its exact JSON pointer.
#include "value/value.h"

namespace ft::value {
namespace {

Decimal D(std::int64_t millionths) { return Decimal::from_units(millionths); }
const Decimal kZero = D(0);
const Decimal kOne = Decimal::from_int(1);


int year_in(const Field& f, int lo, int hi) { return static_cast<int>(f.whole(lo, hi)); }

Decimal probability(const Field& f) { return f.decimal(kFractionPlaces, kZero, kOne); }

// One reader for a request, strict or as a draft (base/reading.h). In a draft, a year is read within the longest
// horizon rather than this request's (a cross-field rule the person may still be fixing).

Contribution read_contribution(const Field& f, const Reading& rd, Contribution c) {
    f.object();
    rd.only_keys(f, {"party", "org", "kind", "weight"});
    rd.required(f, "party", [&](const Field& x) { c.party = x.one_of({"nhs", "partner"}) == "nhs" ? Party::nhs : Party::partner; });
    if (c.party == Party::nhs) rd.required(f, "org", [&](const Field& x) { c.org = rd.filled_text(x, kMaxNameLength); });
    else rd.optional(f, "org", [&](const Field& x) { c.org = x.text(kMaxNameLength); });
    rd.required(f, "kind", [&](const Field& x) { c.kind = x.one_of(contribution_kinds()); });
    rd.required(f, "weight", [&](const Field& x) { c.weight = x.decimal(kWeightPlaces, kZero, Decimal::from_int(kMaxWeight)); });
    return c;
}

std::array<Decimal, 5> read_maturity_factors(const Field& f, const Reading& rd) {
    if (f.size() != 5) f.fail("must list exactly 5 factors, one per maturity level");
    std::array<Decimal, 5> out;
    for (std::size_t i = 0; i < 5; ++i) {
        Field item = f.item(i);
        out[i] = item.decimal(kFractionPlaces, kZero, kOne);
        rd.complete([&] {
            if (i > 0 && out[i] < out[i - 1])
                item.fail("must be at least the factor of the level below (" + out[i - 1].to_string() + ")");
        });
    }
    return out;
}

DiscountSchedule read_discount(const Field& f) {
    if (f.value().is_object()) {
        f.only_keys({"rate"});
        return DiscountSchedule::flat(f.at("rate").decimal(kFractionPlaces, kZero, kMaxCustomDiscountRate));
    }
    if (!f.value().is_string()) f.fail("must be \"green_book\" (the Green Book's rates), \"green_book_health\" (its rates for health) or an object with a rate");
    return f.one_of({"green_book", "green_book_health"}) == "green_book" ? DiscountSchedule::green_book()
                                                                          : DiscountSchedule::green_book_health();
}

// `start` gives the values a draft keeps for a mechanism's absent or refused fields; the result holds only the
// mechanisms the input has.
Mechanisms read_mechanisms(const Field& f, int horizon, const Reading& rd, const Mechanisms& start, const Milestone& row) {
    f.object();
    rd.only_keys(f, {"upfront", "subscription", "milestones", "royalty", "equity", "in_kind"});
    Mechanisms m;
    rd.optional(f, "upfront", [&](const Field& u) {
        u.object();
        rd.only_keys(u, {"amount_pence"});
        Upfront up = start.upfront.value_or(Upfront{});
        rd.required(u, "amount_pence", [&](const Field& x) { up.amount_pence = x.pence(); });
        m.upfront = up;
    });
    rd.optional(f, "subscription", [&](const Field& s) {
        s.object();
        rd.only_keys(s, {"annual_pence", "years"});
        Subscription sub = start.subscription.value_or(Subscription{});
        rd.required(s, "annual_pence", [&](const Field& x) { sub.annual_pence = x.pence(); });
        rd.required(s, "years", [&](const Field& x) { sub.years = year_in(x, 1, horizon); });
        m.subscription = sub;
    });
    rd.optional(f, "milestones", [&](const Field& list) {
        std::size_t n = rd.items_at_most(list, kMaxMilestones, "must hold at most " + std::to_string(kMaxMilestones) + " milestones");
        std::vector<Milestone> ms;
        for (std::size_t i = 0; i < n; ++i) {
            Field it = list.item(i);
            rd.keep([&] {
                it.object();
                rd.only_keys(it, {"name", "year", "amount_pence", "probability"});
                Milestone ml = row;
                rd.required(it, "name", [&](const Field& x) { ml.name = rd.filled_text(x, kMaxNameLength); });
                rd.required(it, "year", [&](const Field& x) { ml.year = year_in(x, 0, horizon); });
                rd.required(it, "amount_pence", [&](const Field& x) { ml.amount_pence = x.pence(); });
                rd.required(it, "probability", [&](const Field& x) { ml.probability = probability(x); });
                ms.push_back(ml);
            });
        }
        m.milestones = ms;
    });
    rd.optional(f, "royalty", [&](const Field& r) {
        r.object();
        rd.only_keys(r, {"rate", "cap_pence", "years"});
        Royalty roy = start.royalty.value_or(Royalty{});
        rd.optional(r, "rate", [&](const Field& x) { roy.rate = x.decimal(kFractionPlaces, kZero, kOne); });
        rd.optional(r, "cap_pence", [&](const Field& x) { roy.cap_pence = x.pence(); });
        rd.required(r, "years", [&](const Field& x) { roy.years = year_in(x, 1, horizon); });
        m.royalty = roy;
    });
    rd.optional(f, "equity", [&](const Field& e) {
        e.object();
        rd.only_keys(e, {"stake", "exit_value_pence", "exit_year", "probability"});
        Equity eq = start.equity.value_or(Equity{});
        rd.required(e, "stake", [&](const Field& x) { eq.stake = x.decimal(kStakePlaces, kZero, kOne); });
        rd.required(e, "exit_value_pence", [&](const Field& x) { eq.exit_value_pence = x.pence(); });
        rd.required(e, "exit_year", [&](const Field& x) { eq.exit_year = year_in(x, 0, horizon); });
        rd.required(e, "probability", [&](const Field& x) { eq.probability = probability(x); });
        m.equity = eq;
    });
    rd.optional(f, "in_kind", [&](const Field& k) {
        k.object();
        rd.only_keys(k, {"units_per_year", "unit_price_pence", "discount", "years"});
        InKind ik = start.in_kind.value_or(InKind{});
        rd.required(k, "units_per_year", [&](const Field& x) { ik.units_per_year = x.whole(0, kMaxUnitsPerYear); });
        rd.required(k, "unit_price_pence", [&](const Field& x) { ik.unit_price_pence = x.pence(); });
        rd.required(k, "discount", [&](const Field& x) { ik.discount = x.decimal(kFractionPlaces, kZero, kOne); });
        rd.required(k, "years", [&](const Field& x) { ik.years = year_in(x, 1, horizon); });
        rd.complete([&] {
            if ((i128)ik.units_per_year * ik.unit_price_pence > kMaxPence)
                k.at("units_per_year").fail("times the unit price must stay within " + format_gbp(kMaxPence) + " a year");
        });
        m.in_kind = ik;
    });
    return m;
}

ValueRequest read_request(const Field& root, ValueRequest r, const Reading& rd, const DraftRows& rows) {
    if (rd.draft()) root.object();   // a draft that is not an object at all is the caller's to report
    rd.only_keys(root, {"schema", "title", "contributions", "data_attribution", "maturity_level", "maturity_factors",
                        "horizon_years", "revenue_forecast_pence", "discount", "mechanisms"});
    rd.required(root, "schema", [&](const Field& f) { f.one_of({kRequestSchema}); });
    rd.optional(root, "title", [&](const Field& f) { r.title = f.text(kMaxNameLength); });

    rd.required(root, "contributions", [&](const Field& contributions) {
        rd.complete([&] { if (contributions.size() == 0) contributions.fail("must list at least one contribution"); });
        std::size_t n = rd.items_at_most(contributions, kMaxContributions,
                                         "must list at most " + std::to_string(kMaxContributions) + " contributions");
        r.contributions.clear();
        for (std::size_t i = 0; i < n; ++i)
            rd.keep([&] { r.contributions.push_back(read_contribution(contributions.item(i), rd, rows.contribution)); });
        rd.complete([&] {
            std::int64_t all = 0, nhs = 0;
            for (const Contribution& c : r.contributions) {
                all += c.weight.units();
                if (c.party == Party::nhs) nhs += c.weight.units();
            }
            if (all == 0) contributions.fail("all weights are zero: give at least one contribution a weight above zero");
            if (nhs == 0) contributions.fail("needs at least one NHS contribution with a weight above zero");
        });
    });

    rd.required(root, "data_attribution", [&](const Field& f) { r.data_attribution = f.decimal(kFractionPlaces, kZero, kOne); });
    rd.required(root, "maturity_level", [&](const Field& f) { r.maturity_level = static_cast<int>(f.whole(1, kMaxMaturityLevel)); });
    rd.optional(root, "maturity_factors", [&](const Field& f) { r.maturity_factors = read_maturity_factors(f, rd); });
    rd.required(root, "horizon_years", [&](const Field& f) { r.horizon_years = static_cast<int>(f.whole(1, kMaxHorizonYears)); });
    const int horizon = rd.draft() ? kMaxHorizonYears : r.horizon_years;

    rd.required(root, "revenue_forecast_pence", [&](const Field& forecast) {
        std::size_t n = forecast.size();
        rd.complete([&] {
            if (n > std::size_t(horizon))
                forecast.fail("must have at most one figure per year of the horizon (" + std::to_string(horizon) + ")");
        });
        n = rd.items_at_most(forecast, std::size_t(kMaxHorizonYears),
                             "must have at most one figure per year of the longest horizon (" + std::to_string(kMaxHorizonYears) + ")");
        r.revenue_forecast_pence.clear();
        // A refused year counts as zero in a draft, so the years after it stay in their place.
        for (std::size_t i = 0; i < n; ++i) {
            Pence p = 0;
            rd.keep([&] { p = forecast.item(i).pence(); });
            r.revenue_forecast_pence.push_back(p);
        }
    });

    rd.required(root, "discount", [&](const Field& f) { r.discount = read_discount(f); });
    Mechanisms start = r.mechanisms;
    r.mechanisms = Mechanisms{};
    rd.required(root, "mechanisms", [&](const Field& f) { r.mechanisms = read_mechanisms(f, horizon, rd, start, rows.milestone); });
    return r;
}

}  // namespace

const std::vector<std::string>& contribution_kinds() {
    static const std::vector<std::string> kinds = {
        "source_data", "clinical_expertise", "analytical_expertise", "funding", "curation",
        "analysis",    "product_development", "commercialisation",   "other"};
    return kinds;
}

std::array<Decimal, 5> default_maturity_factors() {
    return {D(200000), D(400000), D(600000), D(800000), D(1000000)};
}

ValueRequest parse_value_request(const Field& root) {
    ValueRequest start;
    start.maturity_factors = default_maturity_factors();
    return read_request(root, start, Reading{}, DraftRows{});
}

ValueRequest parse_value_draft(const Field& root, ValueRequest start, std::vector<InputNote>& notes, const DraftRows& rows) {
    Reading rd(notes);
    ValueRequest out = start;
    out.mechanisms = Mechanisms{};
    rd.keep([&] { out = read_request(root, std::move(start), rd, rows); });
    return out;
}

}  // namespace ft::value
