#include "base/json_input.h"

#include "base/dates.h"

#include <algorithm>

namespace ft {

std::string pointer_append(const std::string& base, std::string_view token) {
    std::string out = base + "/";
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string describe_type(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return "true/false";
        case json::value_t::string: return "text";
        case json::value_t::array: return "a list";
        case json::value_t::object: return "an object";
        default: return "a number";
    }
}

json parse_json_input(std::string_view text) {
    json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        // Re-run with exceptions only to learn where the parser stopped; the message is ours.
        try {
            json again = json::parse(text.begin(), text.end());
            (void)again;
        } catch (const json::parse_error& e) {
            throw InputError("", "not valid JSON (stopped at byte " + std::to_string(e.byte) + ")");
        }
        throw InputError("", "not valid JSON");
    }
    return j;
}

Field Field::at(const char* key) const {
    const json& o = object();
    auto it = o.find(key);
    std::string p = pointer_append(ptr_, key);
    if (it == o.end() || it->is_null()) throw InputError(p, "is required");
    return Field(*it, p);
}

Field Field::item(std::size_t index) const {
    const json& a = array();
    if (index >= a.size()) throw InputError(ptr_ + "/" + std::to_string(index), "is missing");
    return Field(a[index], ptr_ + "/" + std::to_string(index));
}

const json& Field::object() const {
    if (!v_->is_object()) fail("must be an object, not " + describe_type(*v_));
    return *v_;
}

const json& Field::array() const {
    if (!v_->is_array()) fail("must be a list, not " + describe_type(*v_));
    return *v_;
}

std::string Field::str() const {
    if (!v_->is_string()) fail("must be text, not " + describe_type(*v_));
    return v_->get<std::string>();
}

std::string Field::text(std::size_t max_len) const {
    std::string s = str();
    if (s.size() > max_len) fail("must be at most " + std::to_string(max_len) + " characters");
    return s;
}

std::string Field::nonempty_text(std::size_t max_len) const {
    std::string s = text(max_len);
    if (std::all_of(s.begin(), s.end(), [](unsigned char c) { return c <= ' '; })) fail("must not be empty");
    return s;
}

std::string Field::one_of(const std::vector<std::string>& allowed) const {
    std::string s = v_->is_string() ? v_->get<std::string>() : std::string();
    if (!v_->is_string() || std::find(allowed.begin(), allowed.end(), s) == allowed.end()) {
        std::string list;
        for (std::size_t i = 0; i < allowed.size(); ++i) list += (i ? (i + 1 == allowed.size() ? " or " : ", ") : "") + allowed[i];
        fail("must be one of " + list);
    }
    return s;
}

bool Field::boolean() const {
    if (!v_->is_boolean()) fail("must be true or false, not " + describe_type(*v_));
    return v_->get<bool>();
}

std::int64_t Field::whole(std::int64_t lo, std::int64_t hi) const {
    std::string range = "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
    if (hi == kMaxPence) range = "a whole number >= " + std::to_string(lo);
    std::int64_t v = 0;
    if (v_->is_number_integer()) {
        if (v_->is_number_unsigned() && v_->get<std::uint64_t>() > std::uint64_t(INT64_MAX)) fail("must be " + range);
        v = v_->get<std::int64_t>();
    } else if (v_->is_number_float()) {
        auto d = Decimal::parse(v_->dump());
        if (!d || !d->is_whole()) fail("must be " + range);
        v = d->whole_part();
    } else {
        fail("must be " + range + ", not " + describe_type(*v_));
    }
    if (v < lo || v > hi) fail("must be " + range);
    return v;
}

Decimal Field::decimal(int max_places, Decimal lo, Decimal hi) const {
    std::string what = "a number from " + lo.to_string() + " to " + hi.to_string() + " with at most " +
                       std::to_string(max_places) + " decimal places";
    std::optional<Decimal> d;
    if (v_->is_number()) d = Decimal::parse(v_->dump());
    else if (v_->is_string()) d = Decimal::parse(v_->get<std::string>());
    else fail("must be " + what + ", not " + describe_type(*v_));
    if (!d || d->decimal_places() > max_places || *d < lo || *d > hi) fail("must be " + what);
    return *d;
}

std::string Field::date() const {
    std::string s = v_->is_string() ? v_->get<std::string>() : std::string();
    if (!dates::parse_calendar_date(s)) fail("must be a date written YYYY-MM-DD");
    if (!dates::parse_iso_date(s))
        fail("must be a date from " + std::to_string(dates::kMinYear) + " to " + std::to_string(dates::kMaxYear));
    return s;
}

void Field::only_keys(const std::vector<std::string>& allowed) const {
    for (auto it = object().begin(); it != object().end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            throw InputError(pointer_append(ptr_, it.key()), "is not a field fairterms knows here (check the spelling)");
}

}  // namespace ft
