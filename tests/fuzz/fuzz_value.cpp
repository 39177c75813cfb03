// libFuzzer target: any bytes as a value request, in every output format.
// api::run must answer every input with a result, never a crash or an unhandled exception.
// The same bytes read as a draft (value::parse_value_draft, what the Value share screen does with a saved
// request) must never throw, and must read a request the strict parser accepts exactly as the strict parser
// reads it, with no notes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "api.h"
#include "value/value.h"
#include "json_or_skip.h"

namespace {

void read_as_draft(std::string_view input) {
    std::optional<ft::json> parsed = json_or_skip(input);
    if (!parsed) return;
    const ft::json& doc = *parsed;
    std::vector<ft::InputNote> notes;
    ft::value::ValueRequest start;
    start.maturity_factors = ft::value::default_maturity_factors();
    ft::value::ValueRequest draft = ft::value::parse_value_draft(ft::Field(doc, ""), start, notes);
    try {
        ft::value::ValueRequest strict = ft::value::parse_value_request(ft::Field(doc, ""));
        if (!notes.empty()) std::abort();
        auto doc_of = [](const ft::value::ValueRequest& r) { return ft::value::value_to_json(ft::value::compute_value(r)); };
        if (doc_of(strict) != doc_of(draft)) std::abort();
    } catch (const ft::InputError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    for (const char* format : {"", "html", "csv"}) (void)ft::api::run("value", input, format);
    read_as_draft(input);
    return 0;
}
