#include "quote/quote.h"

#include <algorithm>
#include <cstdio>

#include "base/dates.h"

namespace ft::quote {
namespace {

// A staff role as a reader says it: the card keys its day rates by short ids ("band-8a"), and a letter
// reads "Band 8a".
std::string role_words(const std::string& role) {
    std::string out = role;
    for (char& c : out)
        if (c == '-' || c == '_') c = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}

// ---- reading a request ----------------------------------------------------------------------------------

std::string known_list(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names) s += (s.empty() ? "" : ", ") + n;
    return s.empty() ? "none" : s;
}

std::vector<std::string> builtin_ids() {
    std::vector<std::string> ids;
    for (const auto& c : builtin_rate_cards()) ids.push_back(c.id);
    return ids;
}

// ---- explaining figures -----------------------------------------------------------------------------------

// An exact amount in millionths of a penny, as pounds: "£135.845", "£1,431.00".
std::string exact_gbp(i128 micro_pence) {
    Pence whole = static_cast<Pence>(micro_pence / Decimal::kScale);
    std::int64_t frac = static_cast<std::int64_t>(micro_pence % Decimal::kScale);
    std::string s = format_gbp(whole);
    if (frac == 0) return s;
    std::string f = std::to_string(frac);
    f.insert(f.begin(), 6 - f.size(), '0');
    while (f.back() == '0') f.pop_back();
    return s + f;
}

// "£488.00 x 3.5 = £1,708.00", naming the rounding when the exact product is not whole pence.
std::string product_text(Pence unit, const std::string& times, Decimal qty, const std::string& qty_unit, Pence rounded) {
    i128 exact = (i128)unit * qty.units();
    std::string s = format_gbp(unit) + times + qty.to_string() + qty_unit;
    if (exact % Decimal::kScale == 0) return s + " = " + format_gbp(rounded);
    return s + " = " + exact_gbp(exact) + ", rounded half away from zero to " + format_gbp(rounded);
}

std::string percent_product(Pence base, Decimal rate, Pence rounded) {
    i128 exact = (i128)base * rate.units();
    std::string s = format_gbp(base) + " × " + format_percent(rate);
    if (exact % Decimal::kScale == 0) return s + " = " + format_gbp(rounded);
    return s + " = " + exact_gbp(exact) + ", rounded half away from zero to " + format_gbp(rounded);
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// ---- quantities ---------------------------------------------------------------------------------------------

struct Quantity {
    Decimal value;
    std::string explanation;
    std::string pointer;   // the request field the quantity comes from, for errors
    std::vector<TypedCount> by_type;  // an item priced by data type: its count and price for each type used
    std::string by_type_text;         // an item priced or scaled by data type: "1 standard at £488.00, 1 complex at £976.00"
};

std::int64_t own_quantity(Driver d, const DatasetRequest& ds) {
    switch (d) {
        case Driver::per_dataset: return 1;
        case Driver::per_dataset_year: return ds.years_of_data;
        case Driver::per_refresh: return ds.refreshes;
        case Driver::per_linkage: return ds.linkages;
        default: return 0;
    }
}

const char* per_dataset_noun(Driver d) {
    switch (d) {
        case Driver::per_dataset_year: return "years of data";
        case Driver::per_refresh: return "refreshes";
        case Driver::per_linkage: return "linkages";
        default: return "datasets";
    }
}

Quantity dataset_quantity(const RateItem& item, const QuoteRequest& r) {
    std::int64_t units = 0;  // millionths
    std::vector<std::string> terms;
    const bool priced_by_type = !item.price_by_data_type.empty();
    for (const auto& ds : r.datasets) {
        std::int64_t q = own_quantity(item.driver, ds);
        if (q == 0) continue;
        if (item.data_type_scaled) {
            Decimal f = r.card.factor(ds.data_type)->factor;
            units += q * f.units();
            terms.push_back(std::to_string(q) + " × " + f.to_string() + " (" + ds.name + ", " + ds.data_type + ")");
        } else {
            units += q * Decimal::kScale;
            terms.push_back(std::to_string(q) + " (" + ds.name + (priced_by_type ? ", " + ds.data_type : "") + ")");
        }
    }
    // What a finance reader checks: how many of each data type, at what price each.
    std::vector<TypedCount> by_type;
    std::string by_type_text;
    if (priced_by_type || item.data_type_scaled) {
        for (const auto& t : r.card.data_type_factors) {
            std::int64_t count = 0;
            for (const auto& ds : r.datasets)
                if (ds.data_type == t.data_type) count += own_quantity(item.driver, ds);
            if (count == 0) continue;
            i128 unit = unit_price_micro_pence(r.card, item, t.data_type);
            if (priced_by_type) by_type.push_back({t.data_type, count, static_cast<Pence>(unit / Decimal::kScale)});
            by_type_text += (by_type_text.empty() ? "" : ", ") + std::to_string(count) + " " + t.data_type + " at " + exact_gbp(unit);
        }
    }
    Decimal value = Decimal::from_units(units);
    std::string noun = per_dataset_noun(item.driver);
    std::string e;
    if (terms.empty()) {
        e = "no " + noun;
    } else {
        std::string sum;
        const std::size_t shown = 12;
        for (std::size_t i = 0; i < terms.size() && i < shown; ++i) sum += (i ? " + " : "") + terms[i];
        if (terms.size() > shown) sum += " + " + std::to_string(terms.size() - shown) + " more";
        e = (item.data_type_scaled ? noun + " weighted by data type factor: " : noun + ": ") + sum + " = " + value.to_string();
    }
    return {value, e, "/datasets", std::move(by_type), std::move(by_type_text)};
}

Quantity item_quantity(const RateItem& item, const QuoteRequest& r) {
    const std::int64_t months = r.duration_months, users = r.users;
    switch (item.driver) {
        case Driver::fixed:
            return {Decimal::from_int(1), "once per project", "/rate_card"};
        case Driver::per_dataset:
        case Driver::per_dataset_year:
        case Driver::per_refresh:
        case Driver::per_linkage:
            return dataset_quantity(item, r);
        case Driver::per_user_month:
            return {Decimal::from_int(users * months),
                    plural(users, "user", "users") + " × " + plural(months, "month", "months") + " = " + std::to_string(users * months),
                    "/users"};
        case Driver::per_month:
            return {Decimal::from_int(months), plural(months, "month", "months"), "/duration_months"};
        case Driver::per_annual_review: {
            std::int64_t n = (months - 1) / 12;
            // In words, not floor((18 - 1) / 12) (found by a new user): a review falls due at the start of each
            // year after the first that the project runs into.
            std::string how = n == 0 ? plural(months, "month", "months") + " stays within the first year, so no review"
                                     : plural(months, "month", "months") + " runs into year " + std::to_string(n + 1) + ", so " +
                                           plural(n, "review", "reviews");
            return {Decimal::from_int(n), "one review at the start of each year after the first: " + how, "/duration_months"};
        }
        case Driver::per_extra_output_check: {
            std::int64_t allowance = item.allowance_per_user_month * users * months;
            std::int64_t n = std::max<std::int64_t>(0, r.output_checks - allowance);
            // In words, not max(0, 500 - 20 x 2 x 12) (found by a new user).
            std::string allowed = "the allowance of " + std::to_string(allowance) + " (" +
                                  std::to_string(item.allowance_per_user_month) + " a user a month × " +
                                  plural(users, "user", "users") + " × " + plural(months, "month", "months") + ")";
            std::string checks = plural(r.output_checks, "check", "checks");
            return {Decimal::from_int(n),
                    n > 0 ? "checks beyond the allowance: " + checks + ", less " + allowed + ", leaves " + std::to_string(n)
                          : "checks beyond the allowance: " + checks + (r.output_checks == 1 ? " is" : " are") + " within " +
                                allowed + ", so none",
                    "/output_checks"};
        }
    }
    return {Decimal(), "", ""};
}

// An exact amount in millionths of a penny, rounded once; refuses a line too large to be a real quote.
Pence line_amount_exact(i128 micro_pence, const std::string& pointer, const std::string& label) {
    i128 amount = div_round_half_away(micro_pence, Decimal::kScale);
    if (amount > kMaxPence)
        throw InputError(pointer, "makes the line '" + label + "' more than " + format_gbp(kMaxPence) + ": check this figure");
    return static_cast<Pence>(amount);
}

// unit x quantity rounded once.
Pence line_amount(Pence unit, Decimal qty, const std::string& pointer, const std::string& label) {
    return line_amount_exact((i128)unit * qty.units(), pointer, label);
}

// ---- checks against the card --------------------------------------------------------------------------------

void check_against_card(const QuoteRequest& r) {
    for (std::size_t i = 0; i < r.datasets.size(); ++i) {
        if (r.card.factor(r.datasets[i].data_type)) continue;
        std::vector<std::string> known;
        for (const auto& f : r.card.data_type_factors) known.push_back(f.data_type);
        throw InputError("/datasets/" + std::to_string(i) + "/data_type",
                         "is not a data type on the rate card \"" + r.card.name + "\" (its data types: " + known_list(known) + ")");
    }
    for (const auto& s : r.staff_days) {
        if (r.card.day_rate(s.role)) continue;
        std::vector<std::string> known;
        for (const auto& d : r.card.day_rates) known.push_back(d.role);
        throw InputError(pointer_append("/staff_days", s.role),
                         "is not a role with a day rate on the rate card \"" + r.card.name + "\" (its roles: " + known_list(known) + ")");
    }
}

std::string derive_reference(const QuoteRequest& r) {
    // FNV-1a over the request's own document: the same request always gets the same reference.
    std::uint64_t h = 1469598103934665603ULL;
    // The issuer is left out: the same request sent from a profile typed later keeps its reference.
    ojson doc = quote_request_to_json(r);
    doc.erase("issuer");
    for (unsigned char c : doc.dump()) { h ^= c; h *= 1099511628211ULL; }
    char buf[32];
    std::snprintf(buf, sizeof buf, "FTQ-%08llX", static_cast<unsigned long long>(h >> 32));
    return buf;
}

std::vector<Warning> warnings_for(const Quote& q) {
    const QuoteRequest& r = q.request;
    std::vector<Warning> w;
    if (r.date.empty()) {
        w.push_back({"no_date", "The quote has no date, so its validity period and the age of the rate card are not checked."});
    } else if (r.date < r.card.valid_from) {
        w.push_back({"card_not_yet_valid", "The rate card " + r.card.name + " takes effect on " + dates::long_date(r.card.valid_from) +
                                               ", after this quote's date (" + dates::long_date(r.date) + ")."});
    } else if (r.date > dates::add_years(r.card.valid_from, kCardAgeWarningYears)) {
        w.push_back({"card_out_of_date", "The rate card " + r.card.name + " took effect on " + dates::long_date(r.card.valid_from) + ", more than " +
                                             std::to_string(kCardAgeWarningYears) +
                                             " years before this quote: check that its prices still reflect current costs."});
    }
    if (r.issuer.empty())
        w.push_back({"no_issuer", "The letter does not say which organisation is sending it: enter your organisation's details "
                                  "on the Home screen, or add them to the quote request file."});
    if (!r.card.vat_applies)
        w.push_back({"vat_not_applied", "VAT is not included. Check the VAT treatment of this supply before sending the quote."});
    if (q.waiver_pence > 0)
        w.push_back({"waiver_reduces_cost_recovery", "The waiver means this quote leaves " + format_gbp(q.unrecovered_pence) +
                                                         " of the cost of providing access unrecovered. Reason recorded: " +
                                                         r.waiver->reason});
    if (q.lines.empty())
        w.push_back({"nothing_priced", "No item or staff time has a quantity above zero, so nothing is charged."});
    return w;
}

Explanations explain_totals(const Quote& q) {
    const QuoteRequest& r = q.request;
    Explanations e;
    if (q.lines.empty()) {
        e.direct = "no lines: " + format_gbp(0);
    } else {
        std::string sum;
        for (const auto& l : q.lines) sum += (sum.empty() ? "" : " + ") + format_gbp(l.amount_pence);
        e.direct = "sum of " + plural(std::int64_t(q.lines.size()), "line", "lines") + ": " + sum + " = " + format_gbp(q.direct_pence);
    }
    e.overhead = percent_product(q.direct_pence, r.card.overhead_rate, q.overhead_pence) + " (the rate card's overhead rate" +
                 (r.card.overhead_note.empty() ? "" : ": " + r.card.overhead_note) + ")";
    if (r.waiver)
        e.waiver = "waiver of " + format_gbp(q.waiver_pence) + ", at most direct cost plus overhead (" +
                   format_gbp(q.direct_pence + q.overhead_pence) + "); reason: " + r.waiver->reason;
    else
        e.waiver = "no waiver: " + format_gbp(0);
    e.unrecovered = q.unrecovered_pence > 0 ? "cost of access not recovered because of the waiver: " + format_gbp(q.unrecovered_pence)
                                            : "the quote recovers the full cost: " + format_gbp(0) + " unrecovered";
    e.net = format_gbp(q.direct_pence) + " direct + " + format_gbp(q.overhead_pence) + " overhead - " + format_gbp(q.waiver_pence) +
            " waiver = " + format_gbp(q.net_pence);
    e.vat = r.card.vat_applies ? percent_product(q.net_pence, r.card.vat_rate, q.vat_pence)
                               : "VAT not applied (the rate card has VAT switched off): " + format_gbp(0);
    e.total = format_gbp(q.net_pence) + " net + " + format_gbp(q.vat_pence) + " VAT = " + format_gbp(q.total_pence);
    return e;
}

Quote compute_checked(const QuoteRequest& r) {
    check_against_card(r);
    Quote q;
    q.request = r;
    for (const auto& item : r.card.items) {
        Quantity qty = item_quantity(item, r);
        if (qty.value == Decimal()) continue;
        QuoteLine l;
        l.kind = "item";
        l.id = item.id;
        l.label = item.label;
        l.driver = driver_name(item.driver);
        l.quantity = qty.value;
        l.note = item.note;
        if (!item.price_by_data_type.empty()) {
            // Each data type at its own price: the line's amount is the sum of whole-pence products, so exact.
            i128 exact = 0;
            for (const auto& t : qty.by_type) {
                exact += (i128)t.quantity * t.unit_price_pence * Decimal::kScale;
                if (t.unit_price_pence != qty.by_type.front().unit_price_pence) l.unit_price_varies = true;
            }
            l.unit_price_pence = l.unit_price_varies || qty.by_type.empty() ? 0 : qty.by_type.front().unit_price_pence;
            l.by_data_type = qty.by_type;
            l.amount_pence = line_amount_exact(exact, qty.pointer, item.label);
            l.explanation = qty.by_type_text + " = " + format_gbp(l.amount_pence) + "; quantity: " + qty.explanation;
            q.lines.push_back(std::move(l));
            continue;
        }
        l.unit_price_pence = item.unit_price_pence;
        l.amount_pence = line_amount(item.unit_price_pence, qty.value, qty.pointer, item.label);
        l.explanation = product_text(l.unit_price_pence, " × ", qty.value, "", l.amount_pence) +
                        (qty.by_type_text.empty() ? "" : ", that is " + qty.by_type_text) + "; quantity: " + qty.explanation;
        q.lines.push_back(std::move(l));
    }
    for (const auto& s : r.staff_days) {
        if (s.days == Decimal()) continue;
        const DayRate& rate = *r.card.day_rate(s.role);
        QuoteLine l;
        l.kind = "staff";
        l.id = s.role;
        l.label = "Staff time: " + role_words(s.role);
        l.driver = "per_day";
        l.quantity = s.days;
        l.unit_price_pence = rate.pence_per_day;
        l.amount_pence = line_amount(rate.pence_per_day, s.days, pointer_append("/staff_days", s.role), l.label);
        l.explanation = product_text(rate.pence_per_day, " a day × ", s.days, s.days == Decimal::from_int(1) ? " day" : " days", l.amount_pence);
        l.note = rate.note;
        q.lines.push_back(std::move(l));
    }

    i128 direct = 0;
    for (const auto& l : q.lines) direct += l.amount_pence;
    if (direct > kMaxPence) throw InputError("", "the quote's direct cost is more than " + format_gbp(kMaxPence) + ": check the quantities");
    q.direct_pence = static_cast<Pence>(direct);
    q.overhead_pence = mul_round(q.direct_pence, r.card.overhead_rate);
    if (r.waiver) {
        if (r.waiver->amount_pence > q.direct_pence + q.overhead_pence)
            throw InputError("/waiver/amount_pence", "must not be more than direct cost plus overhead (" +
                                                         format_gbp(q.direct_pence + q.overhead_pence) + ")");
        q.waiver_pence = r.waiver->amount_pence;
    }
    q.unrecovered_pence = q.waiver_pence;
    q.net_pence = q.direct_pence + q.overhead_pence - q.waiver_pence;
    q.vat_pence = r.card.vat_applies ? mul_round(q.net_pence, r.card.vat_rate) : 0;
    q.total_pence = q.net_pence + q.vat_pence;
    if (q.total_pence > kMaxPence) throw InputError("", "the quote's total is more than " + format_gbp(kMaxPence) + ": check the quantities");

    q.reference = r.reference.empty() ? derive_reference(r) : r.reference;
    if (!r.date.empty()) q.valid_until = dates::add_days(r.date, r.valid_for_days);
    q.explanation = explain_totals(q);
    q.warnings = warnings_for(q);
    return q;
}

}  // namespace

const std::vector<std::string>& partner_kinds() {
    static const std::vector<std::string> k = {"company", "university", "charity", "nhs", "public_body", "other"};
    return k;
}

std::string unit_price_text(const QuoteLine& l) { return l.unit_price_varies ? "by data type" : format_gbp(l.unit_price_pence); }

std::string use_name(Use u) { return u == Use::commercial ? "commercial" : "non_commercial"; }

namespace {

// One reader for a request, strict or as a draft (base/reading.h): the field rules are written once. A draft
// also finds a card by the id of one of `own_cards` (the workspace's own rate cards).
QuoteRequest read_request(const json& input, QuoteRequest r, const Reading& rd, const std::vector<RateCard>& own_cards) {
    Field root(input, "");
    if (rd.draft()) root.object();   // a draft that is not an object at all is the caller's to report
    rd.only_keys(root, {"schema", "rate_card", "partner", "use", "purpose", "duration_months", "users", "output_checks",
                        "datasets", "staff_days", "waiver", "reference", "date", "valid_for_days", "issuer"});
    rd.required(root, "schema", [&](const Field& f) {
        if (f.str() != kQuoteRequestSchema) f.fail(std::string("must be \"") + kQuoteRequestSchema + "\"");
    });

    rd.required(root, "rate_card", [&](const Field& card) {
        if (card.value().is_string()) {
            auto found = find_builtin_rate_card(card.str());
            if (found) {
                r.rate_card_id = found->id;
                r.card = *found;
                return;
            }
            for (const auto& c : own_cards)
                if (c.id == card.str()) {
                    r.rate_card_id.clear();
                    r.card = c;
                    return;
                }
            card.fail("is not a built-in rate card (built-in: " + known_list(builtin_ids()) + ")");
        } else if (card.value().is_object()) {
            r.card = parse_rate_card(card);   // a card is read whole: half a price list prices nothing
            r.rate_card_id.clear();
        } else {
            card.fail("must be the id of a built-in rate card or a rate card object, not " + describe_type(card.value()));
        }
    });

    rd.required(root, "partner", [&](const Field& partner) {
        partner.object();
        rd.only_keys(partner, {"name", "kind", "address", "contact"});
        rd.required(partner, "name", [&](const Field& f) {
            r.partner.name = org::single_line(rd.filled_text(f, 200));
            rd.complete([&] { if (r.partner.name.empty()) f.fail("must name the partner"); });
        });
        rd.required(partner, "kind", [&](const Field& f) { r.partner.kind = f.one_of(partner_kinds()); });
        rd.optional(partner, "address", [&](const Field& f) { r.partner.address = org::address_text(f.text(org::kAddressMax)); });
        rd.optional(partner, "contact", [&](const Field& f) { r.partner.contact = org::single_line(f.text(org::kFieldMax)); });
    });
    rd.required(root, "use", [&](const Field& f) {
        r.use = f.one_of({"commercial", "non_commercial"}) == "commercial" ? Use::commercial : Use::non_commercial;
    });
    rd.required(root, "purpose", [&](const Field& f) { r.purpose = rd.filled_text(f, 2000); });
    rd.required(root, "duration_months", [&](const Field& f) { r.duration_months = f.whole(1, kMaxDurationMonths); });
    rd.optional(root, "users", [&](const Field& f) { r.users = f.whole(0, kMaxUsers); });
    rd.optional(root, "output_checks", [&](const Field& f) { r.output_checks = f.whole(0, kMaxOutputChecks); });

    rd.optional(root, "datasets", [&](const Field& ds) {
        std::size_t n = rd.items_at_most(ds, kMaxDatasets, "must hold at most " + std::to_string(kMaxDatasets) + " datasets");
        r.datasets.clear();
        for (std::size_t i = 0; i < n; ++i) {
            Field f = ds.item(i);
            rd.keep([&] {
                f.object();
                rd.only_keys(f, {"name", "data_type", "years_of_data", "refreshes", "linkages"});
                DatasetRequest d;
                rd.required(f, "name", [&](const Field& x) { d.name = rd.filled_text(x, 200); });
                rd.required(f, "data_type", [&](const Field& x) { d.data_type = rd.filled_text(x, 80); });
                rd.optional(f, "years_of_data", [&](const Field& x) { d.years_of_data = x.whole(0, kMaxYearsOfData); });
                rd.optional(f, "refreshes", [&](const Field& x) { d.refreshes = x.whole(0, kMaxRefreshes); });
                rd.optional(f, "linkages", [&](const Field& x) { d.linkages = x.whole(0, kMaxLinkages); });
                r.datasets.push_back(d);
            });
        }
    });
    rd.optional(root, "staff_days", [&](const Field& staff) {
        r.staff_days.clear();
        for (auto it = staff.object().begin(); it != staff.object().end(); ++it) {
            Field days(it.value(), pointer_append(staff.pointer(), it.key()));
            rd.keep([&] { r.staff_days.push_back({it.key(), days.decimal(2, Decimal::from_int(0), Decimal::from_int(kMaxStaffDays))}); });
        }
    });
    rd.optional(root, "waiver", [&](const Field& w) {
        w.object();
        rd.only_keys(w, {"amount_pence", "reason"});
        Waiver waiver = r.waiver.value_or(Waiver{});
        rd.required(w, "amount_pence", [&](const Field& f) { waiver.amount_pence = f.pence(0, kMaxPence); });
        rd.required(w, "reason", [&](const Field& f) { waiver.reason = rd.filled_text(f, 2000); });
        r.waiver = waiver;
    });
    rd.optional(root, "reference", [&](const Field& f) { r.reference = rd.filled_text(f, 40); });
    rd.optional(root, "date", [&](const Field& f) { r.date = f.date(); });
    rd.optional(root, "valid_for_days", [&](const Field& f) { r.valid_for_days = f.whole(1, kMaxValidForDays); });
    rd.optional(root, "issuer", [&](const Field& f) { r.issuer = org::parse(f, true); });
    return r;
}

}  // namespace

QuoteRequest parse_quote_request(const json& input) { return read_request(input, QuoteRequest{}, Reading{}, {}); }

QuoteRequest parse_quote_draft(const json& input, QuoteRequest start, std::vector<InputNote>& notes,
                               const std::vector<RateCard>& own_cards) {
    Reading rd(notes);
    QuoteRequest out = start;
    rd.keep([&] { out = read_request(input, std::move(start), rd, own_cards); });
    return out;
}

namespace {

// The request and the quote describe the partner and the use alike, keys in the same order; the quote adds a
// note to the partner saying its kind changes nothing.
void write_partner_and_use(ojson& j, const QuoteRequest& r, const char* partner_note) {
    ojson& p = j["partner"];
    p["name"] = r.partner.name;
    p["kind"] = r.partner.kind;
    if (!r.partner.address.empty()) p["address"] = r.partner.address;
    if (!r.partner.contact.empty()) p["contact"] = r.partner.contact;
    if (partner_note) p["note"] = partner_note;
    j["use"] = use_name(r.use);
    j["purpose"] = r.purpose;
    j["duration_months"] = r.duration_months;
    j["users"] = r.users;
    j["output_checks"] = r.output_checks;
}

}  // namespace

ojson quote_request_to_json(const QuoteRequest& r) {
    ojson j;
    j["schema"] = kQuoteRequestSchema;
    if (!r.rate_card_id.empty()) j["rate_card"] = r.rate_card_id;
    else j["rate_card"] = rate_card_to_json(r.card);
    write_partner_and_use(j, r, nullptr);
    j["datasets"] = ojson::array();
    for (const auto& d : r.datasets) {
        ojson o;
        o["name"] = d.name;
        o["data_type"] = d.data_type;
        o["years_of_data"] = d.years_of_data;
        o["refreshes"] = d.refreshes;
        o["linkages"] = d.linkages;
        j["datasets"].push_back(std::move(o));
    }
    j["staff_days"] = ojson::object();
    for (const auto& s : r.staff_days) j["staff_days"][s.role] = s.days.to_string();
    if (r.waiver) {
        j["waiver"]["amount_pence"] = r.waiver->amount_pence;
        j["waiver"]["reason"] = r.waiver->reason;
    }
    if (!r.reference.empty()) j["reference"] = r.reference;
    if (!r.date.empty()) j["date"] = r.date;
    j["valid_for_days"] = r.valid_for_days;
    if (!r.issuer.empty()) j["issuer"] = org::to_json(r.issuer);
    return j;
}

Quote compute_quote(const QuoteRequest& request) {
    // Re-read the request through the parser so a struct built by a screen is checked exactly like JSON.
    return compute_checked(parse_quote_request(json(quote_request_to_json(request))));
}

ojson value_share_section(const Quote& q) {
    ojson v;
    v["status"] = "to_be_agreed";
    v["principle"] = 4;
    v["text"] = "This is a commercial use. Beyond this fee, which only recovers the cost of access, the NHS shares in the value "
                "the work creates, in proportion to what it contributes (the data, and clinical and analytical expertise). "
                "The form and size of that share are to be agreed with " + q.request.partner.name +
                " before access begins.";
    v["mechanisms"] = ojson::array({"upfront payment", "subscription", "milestone payments", "revenue royalty (in a minority of cases)"});
    return v;
}

ojson consent_clause(const Quote& q) {
    ojson c;
    c["principle"] = 4;
    c["clause"] = "This quote is for a non-commercial use. If " + q.request.partner.name +
                  " later wishes to use the results of this work, or anything derived from the data, for commercial purposes, it "
                  "must first tell the NHS organisation providing the data and agree with it a fair share of the value created, "
                  "in proportion to the NHS contribution, before any commercial use begins.";
    return c;
}

ojson quote_to_json(const Quote& q) {
    const QuoteRequest& r = q.request;
    ojson j;
    j["schema"] = kQuoteSchema;
    j["reference"] = q.reference;
    if (!r.date.empty()) {
        j["date"] = r.date;
        j["valid_until"] = q.valid_until;
    }
    if (!r.issuer.empty()) j["issuer"] = org::to_json(r.issuer);
    j["rate_card"]["id"] = r.card.id;
    j["rate_card"]["name"] = r.card.name;
    j["rate_card"]["source"] = r.card.source;
    j["rate_card"]["valid_from"] = r.card.valid_from;
    write_partner_and_use(j, r, "Recorded for the record only: the kind of partner never changes any figure (principle 3).");
    j["lines"] = ojson::array();
    for (const auto& l : q.lines) {
        ojson o;
        o["kind"] = l.kind;
        o["id"] = l.id;
        o["label"] = l.label;
        o["driver"] = l.driver;
        o["quantity"] = l.quantity.to_string();
        // A line whose data types have different prices has no one unit price: by_data_type gives each.
        if (!l.unit_price_varies) o["unit_price_pence"] = l.unit_price_pence;
        if (!l.by_data_type.empty()) {
            o["by_data_type"] = ojson::array();
            for (const auto& t : l.by_data_type)
                o["by_data_type"].push_back(
                    {{"data_type", t.data_type}, {"quantity", t.quantity}, {"unit_price_pence", t.unit_price_pence}});
        }
        o["amount_pence"] = l.amount_pence;
        o["explanation"] = l.explanation;
        if (!l.note.empty()) o["note"] = l.note;
        j["lines"].push_back(std::move(o));
    }
    j["direct_pence"] = q.direct_pence;
    j["overhead_rate"] = r.card.overhead_rate.to_string();
    j["overhead_pence"] = q.overhead_pence;
    j["waiver_pence"] = q.waiver_pence;
    if (r.waiver) j["waiver_reason"] = r.waiver->reason;
    j["unrecovered_pence"] = q.unrecovered_pence;
    j["net_pence"] = q.net_pence;
    j["vat_rate"] = r.card.vat_rate.to_string();
    j["vat_applies"] = r.card.vat_applies;
    j["vat_pence"] = q.vat_pence;
    j["total_pence"] = q.total_pence;
    ojson& e = j["explanation"];
    e["direct"] = q.explanation.direct;
    e["overhead"] = q.explanation.overhead;
    e["waiver"] = q.explanation.waiver;
    e["unrecovered"] = q.explanation.unrecovered;
    e["net"] = q.explanation.net;
    e["vat"] = q.explanation.vat;
    e["total"] = q.explanation.total;
    if (r.use == Use::commercial) j["value_share"] = value_share_section(q);
    else j["consent_to_commercialise"] = consent_clause(q);
    j["warnings"] = ojson::array();
    for (const auto& w : q.warnings) j["warnings"].push_back({{"code", w.code}, {"message", w.message}});
    return j;
}

ojson compute(const json& input) { return quote_to_json(compute_checked(parse_quote_request(input))); }

}  // namespace ft::quote
