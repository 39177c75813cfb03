// Reading untrusted JSON input with errors that point at the offending field.
//
// Every importer in core/ reads through these helpers, so every bad input ends as one InputError carrying
// a JSON pointer (RFC 6901, e.g. "/datasets/1/records") and a plain-English statement of what was expected.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/input_limits.h"
#include "base/money.h"

namespace ft {

// One JSON type for input and output: objects keep their keys in file order, so documents and explanations
// read in the order they were written, and the wasm bundle carries one instantiation of the library, not two.
using json = nlohmann::ordered_json;
using ojson = nlohmann::ordered_json;

struct InputError : std::runtime_error {
    InputError(std::string pointer_, std::string message_)
        : std::runtime_error(pointer_ + ": " + message_), pointer(std::move(pointer_)), message(std::move(message_)) {}
    std::string pointer;
    std::string message;
};

// Parses text as JSON strictly, or throws InputError with a pointer: refuses nesting deeper than
// limits::kMaxNesting, a key repeated in one object, a number that binary floating point would change
// (0.30000000000000000004, 1e-400) or cannot hold (1e400), and anything after the value (a NUL byte too).
json parse_json_input(std::string_view text);
// "character 12 (line 3)": the place after the first `bytes` bytes of text, as a person finds it in an editor.
std::string where_in_text(std::string_view text, std::size_t bytes);

// What a member that no rule reads is told (Field::only_keys; a draft's reading notes it the same way).
inline constexpr const char* kUnknownFieldMessage = "is not a field fairterms knows here (check the spelling)";

// A cursor on one value of the input and where it lives, for readable error pointers.
class Field {
public:
    Field(const json& value, std::string pointer) : v_(&value), ptr_(std::move(pointer)) {}

    const json& value() const { return *v_; }
    const std::string& pointer() const { return ptr_; }

    [[noreturn]] void fail(const std::string& message) const { throw InputError(ptr_, message); }

    bool has(const char* key) const { return v_->is_object() && v_->contains(key) && !(*v_)[key].is_null(); }
    Field at(const char* key) const;     // member that must exist
    Field item(std::size_t index) const;  // array element

    const json& object() const;          // value that must be an object
    const json& array() const;           // value that must be an array
    std::size_t size() const { return array().size(); }
    // A list's or an object's size, refused above a cap from input_limits.h: "must hold at most 2000 data assets".
    std::size_t size_at_most(std::size_t max, const char* noun) const;

    std::string str() const;                              // any string
    std::string text(std::size_t max_len = 2000) const;   // string, trimmed length limit, may be empty
    std::string nonempty_text(std::size_t max_len = 2000) const;
    std::string one_of(const std::vector<std::string>& allowed) const;
    bool boolean() const;
    // Whole number in [lo, hi]; accepts 3 and 3.0, refuses 3.5, "3", true.
    std::int64_t whole(std::int64_t lo, std::int64_t hi) const;
    // Exact decimal with at most max_places decimal places, in [lo, hi]; a number or a decimal string.
    Decimal decimal(int max_places, Decimal lo, Decimal hi) const;
    Pence pence(Pence lo = 0, Pence hi = kMaxPence) const { return whole(lo, hi); }
    // Date as YYYY-MM-DD with a real calendar date.
    std::string date() const;
    // A date as date(), or a month as YYYY-MM (a data range known only to the month).
    std::string date_or_month() const;

    // Refuses members other than those listed, naming the first unknown one (catches typos), with
    // kUnknownFieldMessage.
    void only_keys(const std::vector<std::string>& allowed) const;

private:
    const json* v_;
    std::string ptr_;
};

// Appends one reference token to a pointer, escaping '~' and '/' as RFC 6901 requires.
std::string pointer_append(const std::string& base, std::string_view token);

// The number of characters (Unicode code points) in UTF-8 text: what a length limit counts.
std::size_t count_characters(std::string_view s);

// Names a JSON value's type the way a user would ("a number", "text", "a list").
std::string describe_type(const json& v);

}  // namespace ft
