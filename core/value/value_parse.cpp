// Reading "fairterms/value-request@1": every field checked, every error at its exact JSON pointer.
#include "value/value.h"

namespace ft::value {
namespace {

Decimal D(std::int64_t millionths) { return Decimal::from_units(millionths); }
const Decimal kZero = D(0);
const Decimal kOne = Decimal::from_int(1);


int year_in(const Field& f, int lo, int hi) { return static_cast<int>(f.whole(lo, hi)); }

Decimal probability(const Field& f) { return f.decimal(kFractionPlaces, kZero, kOne); }

Contribution read_contribution(const Field& f) {
    f.only_keys({"party", "org", "kind", "weight"});
    Contribution c;
    c.party = f.at("party").one_of({"nhs", "partner"}) == "nhs" ? Party::nhs : Party::partner;
    if (c.party == Party::nhs) c.org = f.at("org").nonempty_text(kMaxNameLength);
    else if (f.has("org")) c.org = f.at("org").text(kMaxNameLength);
    c.kind = f.at("kind").one_of(contribution_kinds());
    c.weight = f.at("weight").decimal(kWeightPlaces, kZero, Decimal::from_int(kMaxWeight));
    return c;
}

std::array<Decimal, 5> read_maturity_factors(const Field& f) {
    if (f.size() != 5) f.fail("must list exactly 5 factors, one per maturity level");
    std::array<Decimal, 5> out;
    for (std::size_t i = 0; i < 5; ++i) {
        Field item = f.item(i);
        out[i] = item.decimal(kFractionPlaces, kZero, kOne);
        if (i > 0 && out[i] < out[i - 1])
            item.fail("must be at least the factor of the level below (" + out[i - 1].to_string() + ")");
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

Mechanisms read_mechanisms(const Field& f, int horizon) {
    f.only_keys({"upfront", "subscription", "milestones", "royalty", "equity", "in_kind"});
    Mechanisms m;
    if (f.has("upfront")) {
        Field u = f.at("upfront");
        u.only_keys({"amount_pence"});
        m.upfront = Upfront{u.at("amount_pence").pence()};
    }
    if (f.has("subscription")) {
        Field s = f.at("subscription");
        s.only_keys({"annual_pence", "years"});
        m.subscription = Subscription{s.at("annual_pence").pence(), year_in(s.at("years"), 1, horizon)};
    }
    if (f.has("milestones")) {
        Field list = f.at("milestones");
        if (list.size() > kMaxMilestones) list.fail("must hold at most " + std::to_string(kMaxMilestones) + " milestones");
        std::vector<Milestone> ms;
        for (std::size_t i = 0; i < list.size(); ++i) {
            Field it = list.item(i);
            it.only_keys({"name", "year", "amount_pence", "probability"});
            Milestone ml;
            ml.name = it.at("name").nonempty_text(kMaxNameLength);
            ml.year = year_in(it.at("year"), 0, horizon);
            ml.amount_pence = it.at("amount_pence").pence();
            ml.probability = probability(it.at("probability"));
            ms.push_back(ml);
        }
        m.milestones = ms;
    }
    if (f.has("royalty")) {
        Field r = f.at("royalty");
        r.only_keys({"rate", "cap_pence", "years"});
        Royalty roy;
        if (r.has("rate")) roy.rate = r.at("rate").decimal(kFractionPlaces, kZero, kOne);
        if (r.has("cap_pence")) roy.cap_pence = r.at("cap_pence").pence();
        roy.years = year_in(r.at("years"), 1, horizon);
        m.royalty = roy;
    }
    if (f.has("equity")) {
        Field e = f.at("equity");
        e.only_keys({"stake", "exit_value_pence", "exit_year", "probability"});
        Equity eq;
        eq.stake = e.at("stake").decimal(kStakePlaces, kZero, kOne);
        eq.exit_value_pence = e.at("exit_value_pence").pence();
        eq.exit_year = year_in(e.at("exit_year"), 0, horizon);
        eq.probability = probability(e.at("probability"));
        m.equity = eq;
    }
    if (f.has("in_kind")) {
        Field k = f.at("in_kind");
        k.only_keys({"units_per_year", "unit_price_pence", "discount", "years"});
        InKind ik;
        ik.units_per_year = k.at("units_per_year").whole(0, kMaxUnitsPerYear);
        ik.unit_price_pence = k.at("unit_price_pence").pence();
        ik.discount = k.at("discount").decimal(kFractionPlaces, kZero, kOne);
        ik.years = year_in(k.at("years"), 1, horizon);
        if ((i128)ik.units_per_year * ik.unit_price_pence > kMaxPence)
            k.at("units_per_year").fail("times the unit price must stay within " + format_gbp(kMaxPence) + " a year");
        m.in_kind = ik;
    }
    return m;
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
    root.only_keys({"schema", "title", "contributions", "data_attribution", "maturity_level", "maturity_factors",
                    "horizon_years", "revenue_forecast_pence", "discount", "mechanisms"});
    root.at("schema").one_of({kRequestSchema});
    ValueRequest r;
    if (root.has("title")) r.title = root.at("title").text(kMaxNameLength);

    Field contributions = root.at("contributions");
    if (contributions.size() == 0) contributions.fail("must list at least one contribution");
    if (contributions.size() > kMaxContributions)
        contributions.fail("must list at most " + std::to_string(kMaxContributions) + " contributions");
    std::int64_t all = 0, nhs = 0;
    for (std::size_t i = 0; i < contributions.size(); ++i) {
        r.contributions.push_back(read_contribution(contributions.item(i)));
        const Contribution& c = r.contributions.back();
        all += c.weight.units();
        if (c.party == Party::nhs) nhs += c.weight.units();
    }
    if (all == 0) contributions.fail("all weights are zero: give at least one contribution a weight above zero");
    if (nhs == 0) contributions.fail("needs at least one NHS contribution with a weight above zero");

    r.data_attribution = root.at("data_attribution").decimal(kFractionPlaces, kZero, kOne);
    r.maturity_level = static_cast<int>(root.at("maturity_level").whole(1, kMaxMaturityLevel));
    r.maturity_factors = root.has("maturity_factors") ? read_maturity_factors(root.at("maturity_factors"))
                                                      : default_maturity_factors();
    r.horizon_years = static_cast<int>(root.at("horizon_years").whole(1, kMaxHorizonYears));

    Field forecast = root.at("revenue_forecast_pence");
    if (forecast.size() > std::size_t(r.horizon_years))
        forecast.fail("must have at most one figure per year of the horizon (" + std::to_string(r.horizon_years) + ")");
    for (std::size_t i = 0; i < forecast.size(); ++i) r.revenue_forecast_pence.push_back(forecast.item(i).pence());

    r.discount = read_discount(root.at("discount"));
    r.mechanisms = read_mechanisms(root.at("mechanisms"), r.horizon_years);
    return r;
}

}  // namespace ft::value
