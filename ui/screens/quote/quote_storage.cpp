// Reading and writing the Quote screen's parts of the workspace ("quotes" and "rate_cards").
//
// A saved quote may be an unfinished draft (no partner name yet, a purpose still blank), which the engine
// rightly refuses; it must still open exactly as it was left. So a request the engine accepts is read by
// the engine, and anything else is read field by field, keeping every field that makes sense.
#include <algorithm>

#include "base/organisation.h"
#include "screens/quote/quote_model.h"

namespace ft::ui::quote_ui {
namespace {

using quote::QuoteRequest;

// A copy of the first built-in card, so the caller may change it.
// A new quote starts on the current national tariff, the card most quotes will use.
constexpr const char* kDefaultCardId = "nhse-sde-2026";

quote::RateCard default_card() {
    if (auto sde = quote::find_builtin_rate_card(kDefaultCardId)) return *sde;
    return quote::builtin_rate_cards().front();
}

// Reads one optional member with `read`; a member that is present but unreadable is reported and skipped.
template <class Read>
void lenient(const json& doc, const char* key, const std::string& pointer, std::vector<std::string>& problems, Read read) {
    if (!doc.is_object() || !doc.contains(key) || doc[key].is_null()) return;
    try {
        read(Field(doc[key], pointer_append(pointer, key)));
    } catch (const InputError& e) {
        problems.push_back(e.pointer + " (" + e.message + ")");
    }
}

std::string text_or_empty(const Field& f) { return f.text(); }

quote::DatasetRequest read_dataset(const json& d, const std::string& pointer, std::vector<std::string>& problems) {
    quote::DatasetRequest ds;
    lenient(d, "name", pointer, problems, [&](const Field& f) { ds.name = text_or_empty(f); });
    lenient(d, "data_type", pointer, problems, [&](const Field& f) { ds.data_type = text_or_empty(f); });
    lenient(d, "years_of_data", pointer, problems, [&](const Field& f) { ds.years_of_data = f.whole(0, quote::kMaxYearsOfData); });
    lenient(d, "refreshes", pointer, problems, [&](const Field& f) { ds.refreshes = f.whole(0, quote::kMaxRefreshes); });
    lenient(d, "linkages", pointer, problems, [&](const Field& f) { ds.linkages = f.whole(0, quote::kMaxLinkages); });
    return ds;
}

QuoteRequest read_draft(const json& doc, const std::string& p, const std::vector<quote::RateCard>& custom,
                        std::vector<std::string>& problems) {
    QuoteRequest r = blank_request("");
    if (!doc.is_object()) {
        problems.push_back(p + " (not a quote request; a blank one is used)");
        return r;
    }
    lenient(doc, "rate_card", p, problems, [&](const Field& f) {
        if (f.value().is_string()) {
            std::string id = f.str();
            if (auto card = quote::find_builtin_rate_card(id)) {
                r.rate_card_id = id;
                r.card = *card;
                return;
            }
            for (const auto& c : custom)
                if (c.id == id) { r.rate_card_id.clear(); r.card = c; return; }
            f.fail("is not a known rate card; the first built-in card is used");
        }
        r.rate_card_id.clear();
        r.card = quote::parse_rate_card(f);
    });
    if (doc.contains("partner") && doc["partner"].is_object()) {
        const json& partner = doc["partner"];
        std::string pp = p + "/partner";
        lenient(partner, "name", pp, problems, [&](const Field& f) { r.partner.name = text_or_empty(f); });
        lenient(partner, "kind", pp, problems, [&](const Field& f) { r.partner.kind = f.one_of(quote::partner_kinds()); });
        // Read by core's organisation rules, as parse_quote_request reads them (a draft kept neither before).
        lenient(partner, "address", pp, problems, [&](const Field& f) { r.partner.address = org::address_text(f.text(org::kAddressMax)); });
        lenient(partner, "contact", pp, problems, [&](const Field& f) { r.partner.contact = org::single_line(f.text(org::kFieldMax)); });
    }
    lenient(doc, "use", p, problems, [&](const Field& f) {
        r.use = f.one_of({"commercial", "non_commercial"}) == "commercial" ? quote::Use::commercial : quote::Use::non_commercial;
    });
    lenient(doc, "purpose", p, problems, [&](const Field& f) { r.purpose = text_or_empty(f); });
    lenient(doc, "duration_months", p, problems, [&](const Field& f) { r.duration_months = f.whole(1, quote::kMaxDurationMonths); });
    lenient(doc, "users", p, problems, [&](const Field& f) { r.users = f.whole(0, quote::kMaxUsers); });
    lenient(doc, "output_checks", p, problems, [&](const Field& f) { r.output_checks = f.whole(0, quote::kMaxOutputChecks); });
    lenient(doc, "datasets", p, problems, [&](const Field& f) {
        for (std::size_t i = 0; i < f.size() && i < quote::kMaxDatasets; ++i) {
            std::string dp = pointer_append(f.pointer(), std::to_string(i));
            if (!f.value()[i].is_object()) { problems.push_back(dp + " (not a dataset; left out)"); continue; }
            r.datasets.push_back(read_dataset(f.value()[i], dp, problems));
        }
    });
    lenient(doc, "staff_days", p, problems, [&](const Field& f) {
        for (auto it = f.object().begin(); it != f.object().end(); ++it) {
            try {
                Field days(it.value(), pointer_append(f.pointer(), it.key()));
                r.staff_days.push_back({it.key(), days.decimal(2, Decimal::from_int(0), Decimal::from_int(quote::kMaxStaffDays))});
            } catch (const InputError& e) {
                problems.push_back(e.pointer + " (" + e.message + ")");
            }
        }
    });
    lenient(doc, "waiver", p, problems, [&](const Field& f) {
        f.object();
        quote::Waiver w;
        lenient(f.value(), "amount_pence", f.pointer(), problems, [&](const Field& a) { w.amount_pence = a.pence(0, kMaxPence); });
        lenient(f.value(), "reason", f.pointer(), problems, [&](const Field& a) { w.reason = text_or_empty(a); });
        r.waiver = w;
    });
    lenient(doc, "reference", p, problems, [&](const Field& f) { r.reference = text_or_empty(f); });
    lenient(doc, "date", p, problems, [&](const Field& f) { r.date = text_or_empty(f); });
    lenient(doc, "valid_for_days", p, problems, [&](const Field& f) { r.valid_for_days = f.whole(1, quote::kMaxValidForDays); });
    // No "issuer": every quote's issuer is the Home screen's profile, set again as the screen draws.
    return r;
}

}  // namespace

std::string example_name() { return "Example: university study (non-commercial)"; }

QuoteRequest blank_request(const std::string& today) {
    QuoteRequest r;
    r.rate_card_id = default_card().id;
    r.card = default_card();
    r.partner.kind = "company";
    r.use = quote::Use::non_commercial;
    r.duration_months = 12;
    r.users = 1;
    r.date = today;
    return r;
}

QuoteRequest example_request() {
    QuoteRequest r = blank_request("");
    if (auto sde = quote::find_builtin_rate_card("nhse-sde-2026")) {
        r.rate_card_id = sde->id;
        r.card = *sde;
    }
    r.partner = {"Example University", "university"};
    r.use = quote::Use::non_commercial;
    r.purpose = "Example project: a study of how the timing of outpatient follow-up relates to emergency readmission, "
                "for publication in a peer-reviewed journal.";
    r.duration_months = 18;
    r.users = 2;
    r.output_checks = 400;
    std::string type = r.card.data_type_factors.empty() ? "" : r.card.data_type_factors.front().data_type;
    r.datasets = {{"Hospital episodes", type, 5, 1, 0}, {"Outpatient appointments", type, 5, 1, 0}};
    return r;
}

ojson entry_to_json(const QuoteEntry& e) {
    ojson j;
    j["name"] = e.name;
    j["request"] = quote::quote_request_to_json(e.request);
    if (!e.value_scenario.empty()) j["value_scenario"] = e.value_scenario;
    if (e.example) j["example"] = true;
    if (e.compare) j["compare"] = true;
    return j;
}

QuoteEntry entry_from_json(const json& doc, const std::string& pointer, std::vector<std::string>& problems) {
    QuoteEntry e;
    lenient(doc, "name", pointer, problems, [&](const Field& f) { e.name = text_or_empty(f); });
    lenient(doc, "value_scenario", pointer, problems, [&](const Field& f) { e.value_scenario = text_or_empty(f); });
    lenient(doc, "example", pointer, problems, [&](const Field& f) { e.example = f.boolean(); });
    lenient(doc, "compare", pointer, problems, [&](const Field& f) { e.compare = f.boolean(); });
    return e;
}

void load_model(QuoteModel& m, const json& ws) {
    m.quotes.clear();
    m.custom_cards.clear();
    m.selected_figure.clear();
    m.card_import_error.clear();
    std::vector<std::string> problems;

    if (ws.contains("rate_cards") && ws["rate_cards"].is_array()) {
        const json& cards = ws["rate_cards"];
        for (std::size_t i = 0; i < cards.size(); ++i) {
            try {
                quote::RateCard c = quote::parse_rate_card(Field(cards[i], "/rate_cards/" + std::to_string(i)));
                if (quote::find_builtin_rate_card(c.id) || m.custom_card(c.id))
                    throw InputError("/rate_cards/" + std::to_string(i) + "/id", "repeats the id of another card; left out");
                m.custom_cards.push_back(std::move(c));
            } catch (const InputError& e) {
                problems.push_back(e.pointer + " (" + e.message + ")");
            }
        }
    }

    if (!ws.contains("quotes") || !ws["quotes"].is_array()) {
        QuoteEntry ex;
        ex.name = example_name();
        ex.request = example_request();
        ex.example = true;
        m.quotes.push_back(std::move(ex));
    } else {
        const json& quotes = ws["quotes"];
        for (std::size_t i = 0; i < quotes.size(); ++i) {
            std::string p = "/quotes/" + std::to_string(i);
            if (!quotes[i].is_object()) { problems.push_back(p + " (not a quote; left out)"); continue; }
            QuoteEntry e = entry_from_json(quotes[i], p, problems);
            const json* req = quotes[i].contains("request") ? &quotes[i]["request"] : nullptr;
            if (!req) {
                problems.push_back(p + "/request (missing; a blank request is used)");
                e.request = blank_request("");
            } else {
                try {
                    e.request = quote::parse_quote_request(*req);
                } catch (const InputError&) {
                    e.request = read_draft(*req, p + "/request", m.custom_cards, problems);
                }
            }
            if (e.name.empty() || m.name_taken(e.name)) e.name = m.unique_name(e.name.empty() ? "Quote" : e.name);
            if (e.request.waiver) e.waiver_draft = *e.request.waiver;
            m.quotes.push_back(std::move(e));
        }
    }
    if (m.current >= m.quotes.size()) m.current = m.quotes.empty() ? 0 : m.quotes.size() - 1;
    if (!problems.empty()) {
        std::string msg = "Some saved quote entries could not be read and were reset: ";
        for (std::size_t i = 0; i < problems.size() && i < 4; ++i) msg += (i ? "; " : "") + problems[i];
        if (problems.size() > 4) msg += "; and " + std::to_string(problems.size() - 4) + " more";
        m.load_problems.push_back(msg + ".");
    }
}

void save_model(const QuoteModel& m, ojson& ws) {
    ojson quotes = ojson::array();
    for (const auto& e : m.quotes) quotes.push_back(entry_to_json(e));
    ws["quotes"] = std::move(quotes);
    ojson cards = ojson::array();
    for (const auto& c : m.custom_cards) cards.push_back(quote::rate_card_to_json(c));
    ws["rate_cards"] = std::move(cards);
}

// ---- the model's own operations ------------------------------------------------------------------------------

Priced price(const QuoteRequest& request) {
    Priced p;
    try {
        p.quote = quote::compute_quote(request);
    } catch (const InputError& e) {
        p.error_pointer = e.pointer;
        p.error_message = e.message;
    } catch (const std::exception& e) {
        p.error_message = std::string("could not be priced: ") + e.what();
    }
    return p;
}

void QuoteModel::reprice_changed() {
    for (auto& e : quotes) {
        if (!e.dirty) continue;
        e.priced = price(e.request);
        e.dirty = false;
    }
}

bool QuoteModel::name_taken(const std::string& name, const QuoteEntry* except) const {
    return std::any_of(quotes.begin(), quotes.end(), [&](const QuoteEntry& e) { return &e != except && e.name == name; });
}

std::string QuoteModel::unique_name(const std::string& base) const {
    if (!name_taken(base)) return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + " (" + std::to_string(n) + ")";
        if (!name_taken(candidate)) return candidate;
    }
}

quote::RateCard* QuoteModel::custom_card(const std::string& id) {
    for (auto& c : custom_cards)
        if (c.id == id) return &c;
    return nullptr;
}

std::string QuoteModel::unique_card_id(const std::string& base) const {
    auto taken = [&](const std::string& id) {
        return quote::find_builtin_rate_card(id) ||
               std::any_of(custom_cards.begin(), custom_cards.end(), [&](const quote::RateCard& c) { return c.id == id; });
    };
    std::string stem = base.size() > 70 ? base.substr(0, 70) : base;
    if (!taken(stem)) return stem;
    for (int n = 2;; ++n) {
        std::string candidate = stem + "-" + std::to_string(n);
        if (!taken(candidate)) return candidate;
    }
}

void QuoteModel::propagate_card(const quote::RateCard& card) {
    for (auto& e : quotes) {
        if (!e.request.rate_card_id.empty() || e.request.card.id != card.id) continue;
        e.request.card = card;
        e.dirty = true;
    }
}

}  // namespace ft::ui::quote_ui
