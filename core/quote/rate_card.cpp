#include "quote/rate_card.h"

#include <algorithm>
#include <stdexcept>

#include "base/embedded.h"

namespace ft::quote {
namespace {

const std::vector<std::pair<Driver, std::string>>& driver_table() {
    static const std::vector<std::pair<Driver, std::string>> t = {
        {Driver::fixed, "fixed"},
        {Driver::per_dataset, "per_dataset"},
        {Driver::per_dataset_year, "per_dataset_year"},
        {Driver::per_refresh, "per_refresh"},
        {Driver::per_linkage, "per_linkage"},
        {Driver::per_user_month, "per_user_month"},
        {Driver::per_month, "per_month"},
        {Driver::per_annual_review, "per_annual_review"},
        {Driver::per_extra_output_check, "per_extra_output_check"},
    };
    return t;
}

Driver parse_driver(const Field& f) {
    std::string name = f.one_of(driver_names());
    for (const auto& [d, n] : driver_table())
        if (n == name) return d;
    f.fail("is not a known driver");
}

std::string optional_text(const Field& parent, const char* key) {
    return parent.has(key) ? parent.at(key).text() : std::string();
}

// A name used as an object key (role, data type): must be short, non-blank text.
void check_key(const Field& f, const std::string& key, const char* what) {
    if (key.empty() || std::all_of(key.begin(), key.end(), [](unsigned char c) { return c <= ' '; }))
        f.fail(std::string(what) + " name must not be empty");
    if (key.size() > 80) f.fail(std::string(what) + " name must be at most 80 characters");
}

RateItem parse_item(const Field& f) {
    f.only_keys({"id", "label", "unit_price_pence", "driver", "data_type_scaled", "price_by_data_type_pence",
                 "allowance_per_user_month", "note", "source"});
    RateItem it;
    it.id = f.at("id").nonempty_text(80);
    it.label = f.at("label").nonempty_text(200);
    it.unit_price_pence = f.at("unit_price_pence").pence(0, kMaxUnitPricePence);
    it.driver = parse_driver(f.at("driver"));
    if (f.has("data_type_scaled")) {
        it.data_type_scaled = f.at("data_type_scaled").boolean();
        if (it.data_type_scaled && !is_per_dataset(it.driver))
            f.at("data_type_scaled").fail("can be true only for items charged per dataset, per dataset year, per refresh or per linkage");
    }
    if (f.has("price_by_data_type_pence")) {
        Field prices = f.at("price_by_data_type_pence");
        if (!is_per_dataset(it.driver))
            prices.fail("can be given only for items charged per dataset, per dataset year, per refresh or per linkage");
        if (it.data_type_scaled)
            prices.fail("cannot be combined with scaling by the data type factor: an item is priced either by data type or by the shared factor");
        if (prices.object().empty()) prices.fail("must give a price for at least one data type");
        for (auto p = prices.object().begin(); p != prices.object().end(); ++p) {
            Field price(p.value(), pointer_append(prices.pointer(), p.key()));
            check_key(price, p.key(), "a data type");
            it.price_by_data_type.push_back({p.key(), price.pence(0, kMaxUnitPricePence)});
        }
    }
    if (it.driver == Driver::per_extra_output_check) {
        it.allowance_per_user_month = f.at("allowance_per_user_month").whole(0, 100000);
    } else if (f.has("allowance_per_user_month")) {
        f.at("allowance_per_user_month").fail("applies only to items charged per output check beyond the allowance");
    }
    it.note = optional_text(f, "note");
    it.source = optional_text(f, "source");
    return it;
}

}  // namespace

const std::vector<std::string>& driver_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const auto& [d, n] : driver_table()) v.push_back(n);
        return v;
    }();
    return names;
}

std::string driver_name(Driver d) {
    for (const auto& [dd, n] : driver_table())
        if (dd == d) return n;
    return "?";
}

bool is_per_dataset(Driver d) {
    return d == Driver::per_dataset || d == Driver::per_dataset_year || d == Driver::per_refresh || d == Driver::per_linkage;
}

const DayRate* RateCard::day_rate(std::string_view role) const {
    for (const auto& r : day_rates)
        if (r.role == role) return &r;
    return nullptr;
}

const DataTypeFactor* RateCard::factor(std::string_view data_type) const {
    for (const auto& f : data_type_factors)
        if (f.data_type == data_type) return &f;
    return nullptr;
}

i128 unit_price_micro_pence(const RateCard& card, const RateItem& item, std::string_view data_type) {
    for (const auto& p : item.price_by_data_type)
        if (p.data_type == data_type) return (i128)p.pence * Decimal::kScale;
    if (item.data_type_scaled)
        if (const DataTypeFactor* f = card.factor(data_type)) return (i128)item.unit_price_pence * f->factor.units();
    return (i128)item.unit_price_pence * Decimal::kScale;
}

RateCard parse_rate_card(const Field& f) {
    f.only_keys({"schema", "id", "name", "source", "valid_from", "currency", "note", "items", "day_rates_pence", "role_notes",
                 "data_type_factors", "data_type_notes", "overhead_rate", "overhead_note", "vat_rate", "vat_applies", "vat_note"});
    if (f.at("schema").str() != kRateCardSchema) f.at("schema").fail(std::string("must be \"") + kRateCardSchema + "\"");
    RateCard c;
    c.id = f.at("id").nonempty_text(80);
    c.name = f.at("name").nonempty_text(200);
    c.source = f.at("source").nonempty_text();
    c.valid_from = f.at("valid_from").date();
    c.currency = f.at("currency").one_of({"GBP"});
    c.note = optional_text(f, "note");

    Field items = f.at("items");
    if (items.size() > kMaxItems) items.fail("must hold at most " + std::to_string(kMaxItems) + " items");
    for (std::size_t i = 0; i < items.size(); ++i) {
        RateItem it = parse_item(items.item(i));
        for (const auto& earlier : c.items)
            if (earlier.id == it.id) items.item(i).at("id").fail("repeats the id of an earlier item");
        c.items.push_back(std::move(it));
    }

    Field rates = f.at("day_rates_pence");
    if (rates.object().size() > kMaxRoles) rates.fail("must hold at most " + std::to_string(kMaxRoles) + " roles");
    for (auto it = rates.object().begin(); it != rates.object().end(); ++it) {
        Field r(it.value(), pointer_append(rates.pointer(), it.key()));
        check_key(r, it.key(), "a role");
        c.day_rates.push_back({it.key(), r.pence(0, kMaxDayRatePence), ""});
    }
    if (f.has("role_notes")) {
        Field notes = f.at("role_notes");
        for (auto it = notes.object().begin(); it != notes.object().end(); ++it) {
            Field n(it.value(), pointer_append(notes.pointer(), it.key()));
            auto m = std::find_if(c.day_rates.begin(), c.day_rates.end(), [&](const DayRate& d) { return d.role == it.key(); });
            if (m == c.day_rates.end()) n.fail("is not a role with a day rate on this card");
            m->note = n.text();
        }
    }

    Field factors = f.at("data_type_factors");
    if (factors.object().size() > kMaxDataTypes) factors.fail("must hold at most " + std::to_string(kMaxDataTypes) + " data types");
    for (auto it = factors.object().begin(); it != factors.object().end(); ++it) {
        Field d(it.value(), pointer_append(factors.pointer(), it.key()));
        check_key(d, it.key(), "a data type");
        c.data_type_factors.push_back({it.key(), d.decimal(4, Decimal::from_int(0), Decimal::from_int(kMaxFactor)), ""});
    }
    if (f.has("data_type_notes")) {
        Field notes = f.at("data_type_notes");
        for (auto it = notes.object().begin(); it != notes.object().end(); ++it) {
            Field n(it.value(), pointer_append(notes.pointer(), it.key()));
            auto m = std::find_if(c.data_type_factors.begin(), c.data_type_factors.end(),
                                  [&](const DataTypeFactor& d) { return d.data_type == it.key(); });
            if (m == c.data_type_factors.end()) n.fail("is not a data type on this card");
            m->note = n.text();
        }
    }

    // Prices by data type are checked once the card's data types are known, and kept in the card's order.
    for (std::size_t i = 0; i < c.items.size(); ++i) {
        RateItem& it = c.items[i];
        if (it.price_by_data_type.empty()) continue;
        Field prices = items.item(i).at("price_by_data_type_pence");
        std::vector<TypedPrice> ordered;
        for (const auto& p : it.price_by_data_type)
            if (!c.factor(p.data_type)) {
                std::vector<std::string> known;
                for (const auto& d : c.data_type_factors) known.push_back(d.data_type);
                std::string list;
                for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
                Field(prices.value().at(p.data_type), pointer_append(prices.pointer(), p.data_type))
                    .fail("is not a data type on this card (its data types: " + (list.empty() ? std::string("none") : list) + ")");
            }
        for (const auto& d : c.data_type_factors)
            for (const auto& p : it.price_by_data_type)
                if (p.data_type == d.data_type) ordered.push_back(p);
        it.price_by_data_type = std::move(ordered);
    }

    c.overhead_rate = f.at("overhead_rate").decimal(4, Decimal::from_int(0), Decimal::from_int(kMaxOverheadRate));
    c.overhead_note = optional_text(f, "overhead_note");
    c.vat_rate = f.at("vat_rate").decimal(4, Decimal::from_int(0), Decimal::from_int(1));
    c.vat_applies = f.at("vat_applies").boolean();
    c.vat_note = optional_text(f, "vat_note");
    return c;
}

ojson rate_card_to_json(const RateCard& c) {
    ojson j;
    j["schema"] = kRateCardSchema;
    j["id"] = c.id;
    j["name"] = c.name;
    j["source"] = c.source;
    j["valid_from"] = c.valid_from;
    j["currency"] = c.currency;
    if (!c.note.empty()) j["note"] = c.note;
    j["items"] = ojson::array();
    for (const auto& it : c.items) {
        ojson i;
        i["id"] = it.id;
        i["label"] = it.label;
        i["unit_price_pence"] = it.unit_price_pence;
        i["driver"] = driver_name(it.driver);
        i["data_type_scaled"] = it.data_type_scaled;
        if (!it.price_by_data_type.empty()) {
            ojson prices = ojson::object();
            for (const auto& p : it.price_by_data_type) prices[p.data_type] = p.pence;
            i["price_by_data_type_pence"] = prices;
        }
        if (it.driver == Driver::per_extra_output_check) i["allowance_per_user_month"] = it.allowance_per_user_month;
        if (!it.note.empty()) i["note"] = it.note;
        if (!it.source.empty()) i["source"] = it.source;
        j["items"].push_back(std::move(i));
    }
    j["day_rates_pence"] = ojson::object();
    ojson role_notes = ojson::object();
    for (const auto& r : c.day_rates) {
        j["day_rates_pence"][r.role] = r.pence_per_day;
        if (!r.note.empty()) role_notes[r.role] = r.note;
    }
    if (!role_notes.empty()) j["role_notes"] = role_notes;
    j["data_type_factors"] = ojson::object();
    ojson type_notes = ojson::object();
    for (const auto& d : c.data_type_factors) {
        j["data_type_factors"][d.data_type] = d.factor.to_string();
        if (!d.note.empty()) type_notes[d.data_type] = d.note;
    }
    if (!type_notes.empty()) j["data_type_notes"] = type_notes;
    j["overhead_rate"] = c.overhead_rate.to_string();
    if (!c.overhead_note.empty()) j["overhead_note"] = c.overhead_note;
    j["vat_rate"] = c.vat_rate.to_string();
    j["vat_applies"] = c.vat_applies;
    if (!c.vat_note.empty()) j["vat_note"] = c.vat_note;
    return j;
}

const std::vector<RateCard>& builtin_rate_cards() {
    static const std::vector<RateCard> cards = [] {
        std::vector<RateCard> v;
        for (std::string_view path : embedded::list("rate-cards/")) {
            try {
                json doc = parse_json_input(embedded::get(path));
                v.push_back(parse_rate_card(Field(doc, "")));
            } catch (const InputError& e) {
                // A shipped card that does not parse is a build defect, not the user's input.
                throw std::logic_error("built-in rate card " + std::string(path) + " is invalid: " + e.what());
            }
        }
        return v;
    }();
    return cards;
}

std::optional<RateCard> find_builtin_rate_card(std::string_view id) {
    for (const auto& c : builtin_rate_cards())
        if (c.id == id) return c;
    return std::nullopt;
}

ojson list_rate_cards(const json& input) {
    Field(input, "").only_keys({});
    ojson out;
    out["rate_cards"] = ojson::array();
    for (const auto& c : builtin_rate_cards()) out["rate_cards"].push_back(rate_card_to_json(c));
    return out;
}

}  // namespace ft::quote
