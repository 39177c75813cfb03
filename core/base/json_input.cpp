#include "base/json_input.h"

#include "base/dates.h"

#include <algorithm>
#include <optional>

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

// ---- the strict reader ---------------------------------------------------------------------------------
namespace {

// A JSON number as sign, significant digits (no leading or trailing zeros) and the power of ten of the last
// digit, so two spellings of one value compare equal ("25", "25.0", "2.5e1") and any difference is exact.
struct ExactNumber {
    bool negative = false;
    std::string digits;        // empty for zero
    std::int64_t exponent = 0; // value = digits x 10^exponent
    bool operator==(const ExactNumber& o) const {
        if (digits.empty() || o.digits.empty()) return digits.empty() && o.digits.empty();
        return negative == o.negative && digits == o.digits && exponent == o.exponent;
    }
};

// Reads a number in JSON's grammar (the lexer has already checked it); an exponent beyond +-10^12 is held at
// that bound, which is still far outside any double, so the comparison stays exact.
ExactNumber exact_number(std::string_view s) {
    ExactNumber n;
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') { n.negative = true; ++i; }
    std::int64_t frac_digits = 0;
    bool in_fraction = false;
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
        if (s[i] == '.') { in_fraction = true; continue; }
        n.digits += s[i];
        if (in_fraction) ++frac_digits;
    }
    std::int64_t exp = 0;
    bool exp_negative = false;
    if (i < s.size()) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
        for (; i < s.size(); ++i) exp = std::min<std::int64_t>(exp * 10 + (s[i] - '0'), 1000000000000LL);
    }
    n.exponent = (exp_negative ? -exp : exp) - frac_digits;
    std::size_t first = n.digits.find_first_not_of('0');
    if (first == std::string::npos) { n.digits.clear(); n.exponent = 0; return n; }
    n.digits.erase(0, first);
    while (n.digits.back() == '0') { n.digits.pop_back(); ++n.exponent; }
    return n;
}

// Builds the document from nlohmann's SAX events, refusing what a plain parse lets through: nesting deeper
// than limits::kMaxNesting, a key given twice in one object, and numbers a double would silently change. It knows
// the JSON pointer of every value as it goes, so each refusal names its place.
class StrictReader {
public:
    json root;
    std::optional<InputError> error;

    bool null() { return value(json(nullptr)); }
    bool boolean(bool b) { return value(json(b)); }
    bool number_integer(json::number_integer_t n) { return value(json(n)); }
    bool number_unsigned(json::number_unsigned_t n) { return value(json(n)); }
    bool number_float(json::number_float_t d, const std::string& text) {
        // The lexer parsed the text to the nearest double; the shortest text that reads back as that double
        // (what dump() writes) must be the number the user wrote, or the value has changed on the way in.
        ExactNumber written = exact_number(text), held = exact_number(json(d).dump());
        if (!(written == held)) {
            if (held.digits.empty())
                return fail(here(), "is too close to zero to hold exactly (write 0, or a number with at most 15 significant digits)");
            return fail(here(), "has more significant digits than fairterms can hold exactly (at most 15)");
        }
        return value(json(d));
    }
    bool string(std::string& s) { return value(json(std::move(s))); }
    bool binary(json::binary_t&) { return fail(here(), "is not JSON"); }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        Frame& f = frames_.back();
        // The object being built is itself the record of the keys seen so far (issue 14: a set of copied keys
        // per object made a 5 MB workspace take seconds to read).
        auto& members = f.node->get_ref<json::object_t&>();
        auto [it, fresh] = members.emplace(std::move(k), json());
        if (!fresh)
            return fail(pointer_append(pointer_of(frames_.size() - 1), it->first),
                        "is given twice in the same object (each field may appear once)");
        f.key = &it->first;
        slot_ = &it->second;
        return true;
    }

    std::optional<std::size_t> stopped_at;  // byte count at a syntax error

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        if (ex.id == 406)  // number overflow: a finite JSON number beyond any double
            return fail(here(), "is a number too large to hold (check for extra digits)");
        // The message is made by parse_json_input, which has the text to turn this byte count into a
        // character and a line a person can find (issue: "stopped at byte 691" was programmer notation).
        stopped_at = position;
        return false;
    }

private:
    struct Frame {
        json* node;
        const std::string* key = nullptr;   // the current member's key, inside the object itself
    };
    std::vector<Frame> frames_;
    json* slot_ = nullptr;  // where the next value of the innermost object goes

    bool fail(std::string pointer, std::string message) {
        error.emplace(std::move(pointer), std::move(message));
        return false;
    }

    // The pointer of frame i's container (its own place in its parent).
    std::string pointer_of(std::size_t i) const {
        std::string p;
        for (std::size_t k = 0; k < i; ++k) {
            const Frame& f = frames_[k];
            if (f.node->is_object()) p = pointer_append(p, f.key ? *f.key : std::string());
            else p += "/" + std::to_string(f.node->size() - 1);  // the child being read is its last element
        }
        return p;
    }

    // The pointer of the value being read now.
    std::string here() const {
        if (frames_.empty()) return "";
        const Frame& f = frames_.back();
        std::string p = pointer_of(frames_.size() - 1);
        if (f.node->is_object()) return f.key ? pointer_append(p, *f.key) : p;
        return p + "/" + std::to_string(f.node->size());
    }

    json* place(json v) {
        if (frames_.empty()) {
            root = std::move(v);
            return &root;
        }
        json* parent = frames_.back().node;
        if (parent->is_array()) {
            parent->push_back(std::move(v));
            return &parent->back();
        }
        *slot_ = std::move(v);
        return slot_;
    }

    bool value(json v) {
        place(std::move(v));
        return true;
    }

    bool open(json container) {
        if (frames_.size() >= limits::kMaxNesting)
            return fail(here(), "is nested more than " + std::to_string(limits::kMaxNesting) + " levels deep");
        json* node = place(std::move(container));
        frames_.push_back(Frame{node, nullptr});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }
};

}  // namespace

std::string where_in_text(std::string_view text, std::size_t bytes) {
    // A person finds a place by line and character, never by byte: count code points (every byte but a UTF-8
    // continuation byte) and line breaks up to the place.
    bytes = std::min(bytes, text.size());
    std::size_t characters = 0, line = 1;
    for (std::size_t i = 0; i < bytes; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80) ++characters;
        if (c == '\n') ++line;
    }
    return "character " + std::to_string(characters) + " (line " + std::to_string(line) + ")";
}

json parse_json_input(std::string_view text) {
    // The lexer takes a NUL byte for the end of the input, so "{} \0 anything" would pass; JSON text never
    // holds a raw NUL (inside strings it must be escaped), so it is refused wherever it is.
    std::size_t nul = text.find('\0');
    if (nul != std::string_view::npos)
        throw InputError("", "not valid JSON: it holds a NUL character, at " + where_in_text(text, nul + 1));
    StrictReader reader;
    bool ok = json::sax_parse(text.begin(), text.end(), &reader, json::input_format_t::json, /*strict=*/true);
    if (reader.error) throw *reader.error;
    if (reader.stopped_at && text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw InputError("", "not valid JSON: it is empty");
    if (reader.stopped_at)
        throw InputError("", "not complete or not valid JSON: it could not be read past " + where_in_text(text, *reader.stopped_at));
    if (!ok) throw InputError("", "not valid JSON");
    return std::move(reader.root);
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

std::size_t Field::size_at_most(std::size_t max, const char* noun) const {
    std::size_t n = v_->is_object() ? v_->size() : array().size();
    if (n > max) fail("must hold at most " + std::to_string(max) + " " + noun + ", not " + std::to_string(n));
    return n;
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

std::size_t count_characters(std::string_view s) {
    // Every byte but a UTF-8 continuation byte starts a code point (the reader has checked the encoding).
    return std::size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string Field::text(std::size_t max_len) const {
    std::string s = str();
    if (count_characters(s) > max_len) fail("must be at most " + std::to_string(max_len) + " characters");
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
        // Each choice in quotes, as it is written in the file: a value, not a word of the sentence (a person
        // reads 'must be one of "commercial" or "non_commercial"', never a bare code in the prose).
        for (std::size_t i = 0; i < allowed.size(); ++i)
            list += (i ? (i + 1 == allowed.size() ? " or " : ", ") : "") + ("\"" + allowed[i] + "\"");
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
    if (hi == kMaxPence) range = "a whole number of at least " + std::to_string(lo);
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
    if (!dates::parse_iso_date(s))
        fail("must be a date written YYYY-MM-DD, from " + std::to_string(limits::kMinYear) + "-01-01 to " +
             std::to_string(limits::kMaxYear) + "-12-31");
    return s;
}

std::string Field::date_or_month() const {
    std::string s = v_->is_string() ? v_->get<std::string>() : std::string();
    if (!dates::parse_iso_date(s) && !dates::is_iso_month(s))
        fail("must be a date written YYYY-MM-DD or a month written YYYY-MM, from " + std::to_string(limits::kMinYear) +
             " to " + std::to_string(limits::kMaxYear));
    return s;
}

void Field::only_keys(const std::vector<std::string>& allowed) const {
    for (auto it = object().begin(); it != object().end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            throw InputError(pointer_append(ptr_, it.key()), kUnknownFieldMessage);
}

}  // namespace ft
