// Reading and writing the Quote screen's parts of the workspace ("quotes" and "rate_cards").
//
// A saved quote may be an unfinished draft (no partner name yet, a purpose still blank), which the engine
// rightly refuses; it must still open exactly as it was left. So a request the engine accepts is read by
// the engine, and anything else by the engine's draft reading (quote::parse_quote_draft): the same field
// rules, every readable field kept, each refused one reset and told to the person in words.
#include <algorithm>

#include "screens/quote/quote_model.h"
#include "shell/error_words.h"
#include "shell/pointer_words.h"

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

std::string note_words(const InputNote& n) {
    // The document's kind is a code a person never needs to see: say what it means.
    if (n.pointer == "/schema") return "it is marked as another kind of document; it was read as a quote";
    if (n.pointer == "/") return "it is not a quote, so a blank one is used";
    return refusal_clause(field_words(n.pointer), n.message) + ", so it was reset";
}

}  // namespace

// A refused field of a saved quote in words a person reads: the form's own labels, never the JSON pointer.
std::string field_words(const std::string& pointer) {
    static const PointerWords words = {
        {{"rate_card", "Rate card"}, {"partner", "Partner"}, {"name", "name"}, {"kind", "kind"},
         {"address", "address"}, {"contact", "addressed to"}, {"use", "Use of the data"}, {"purpose", "Purpose"},
         {"duration_months", "Duration (months)"}, {"users", "Users"}, {"output_checks", "Output checks"},
         {"datasets", "Dataset row"}, {"data_type", "data type"}, {"years_of_data", "extra years of history"},
         {"refreshes", "refreshes"}, {"linkages", "linkages"}, {"staff_days", "Staff time"}, {"waiver", "Waiver"},
         {"amount_pence", "amount"}, {"reason", "reason"}, {"reference", "Reference"}, {"date", "Quote date"},
         {"valid_for_days", "Valid for (days)"}, {"issuer", "Your organisation's details"},
         {"schema", "Kind of document"}, {"value_scenario", "Linked value-share scenario"}, {"example", "Example mark"},
         {"compare", "Compare mark"},
         // a rate card's own members (a card kept inline in a quote, or one of the workspace's own cards)
         {"items", "Item price row"}, {"id", "id"}, {"label", "label"}, {"driver", "what it is charged per"},
         {"unit_price_pence", "price"}, {"price_by_data_type_pence", "price by data type"},
         {"allowance_per_user_month", "checks included per user per month"}, {"data_type_scaled", "scaled by data type"},
         {"data_type_factors", "Data type factors"}, {"data_type_notes", "Data type notes"},
         {"day_rates_pence", "Staff day rates"}, {"role_notes", "Staff role notes"}, {"currency", "Currency"},
         {"overhead_rate", "Overhead rate"}, {"vat_applies", "Add VAT"}, {"vat_rate", "VAT rate"},
         {"valid_from", "Valid from"}, {"source", "Source"}},
        {},
        "The saved quote"};
    std::string out = pointer_words(pointer, words);
    if (out == "Dataset row") return "Datasets";
    // A quote-level field reads as the quote's own name ("name" alone is the quote's name, not the partner's).
    if (out == "name") return "Quote name";
    return out;
}


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

QuoteEntry entry_from_json(const json& doc, std::vector<InputNote>& problems) {
    QuoteEntry e;
    Reading rd(problems);
    Field f(doc, "");
    rd.optional(f, "name", [&](const Field& x) { e.name = x.text(); });
    rd.optional(f, "value_scenario", [&](const Field& x) { e.value_scenario = x.text(); });
    rd.optional(f, "example", [&](const Field& x) { e.example = x.boolean(); });
    rd.optional(f, "compare", [&](const Field& x) { e.compare = x.boolean(); });
    return e;
}

void load_model(QuoteModel& m, const json& ws) {
    m.quotes.clear();
    m.custom_cards.clear();
    m.selected_figure.clear();
    m.card_import_error.clear();
    std::vector<std::string> problems;   // in words, one per refused part
    std::size_t damaged_cards = 0, lost_quotes = 0, damaged_quotes = 0;   // for left_out

    if (ws.contains("rate_cards") && ws["rate_cards"].is_array()) {
        const json& cards = ws["rate_cards"];
        for (std::size_t i = 0; i < cards.size(); ++i) {
            std::string which = "Your rate card " + std::to_string(i + 1);
            try {
                quote::RateCard c = quote::parse_rate_card(Field(cards[i], ""));
                if (quote::find_builtin_rate_card(c.id) || m.custom_card(c.id)) {
                    problems.push_back(which + " (\"" + c.name + "\") is a copy of a card already here, so it was left out");
                    ++damaged_cards;
                    continue;
                }
                m.custom_cards.push_back(std::move(c));
            } catch (const InputError& e) {
                problems.push_back(which + ": " + refusal_clause(field_words(e.pointer), e.message) + ", so the card was left out");
                ++damaged_cards;
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
            if (!quotes[i].is_object()) {
                problems.push_back("Saved quote " + std::to_string(i + 1) + " is not a quote, so it was left out");
                ++lost_quotes;
                continue;
            }
            std::vector<InputNote> notes;
            QuoteEntry e = entry_from_json(quotes[i], notes);
            const json* req = quotes[i].contains("request") ? &quotes[i]["request"] : nullptr;
            bool blank = !req;
            if (blank) {
                e.request = blank_request("");
            } else {
                // A request the engine accepts is read by the engine; an unfinished or damaged one as a draft,
                // through the same rules (quote::parse_quote_draft), keeping every field that can be read.
                try {
                    e.request = quote::parse_quote_request(*req);
                } catch (const InputError&) {
                    e.request = quote::parse_quote_draft(*req, blank_request(""), notes, m.custom_cards);
                }
            }
            if (e.name.empty() || m.name_taken(e.name)) e.name = m.unique_name(e.name.empty() ? "Quote" : e.name);
            if (blank) problems.push_back("Quote \"" + e.name + "\": no request was saved, so a blank one is used");
            for (const InputNote& n : notes) problems.push_back("Quote \"" + e.name + "\": " + note_words(n));
            if (blank || !notes.empty()) ++damaged_quotes;
            if (e.request.waiver) e.waiver_draft = *e.request.waiver;
            m.quotes.push_back(std::move(e));
        }
    }
    if (m.current >= m.quotes.size()) m.current = m.quotes.empty() ? 0 : m.quotes.size() - 1;
    m.left_out.clear();
    auto counted = [&](const char* before, std::size_t n, const char* one, const char* many) {
        if (n) m.left_out += (m.left_out.empty() ? "" : ", ") + std::string(before) + std::to_string(n) + " " + (n == 1 ? one : many);
    };
    counted("", lost_quotes, "quote", "quotes");
    counted("details of ", damaged_quotes, "quote", "quotes");   // the quotes are kept, without those details
    counted("", damaged_cards, "rate card", "rate cards");
    if (!problems.empty()) {
        std::string msg = "Some saved quote details could not be read: ";
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
