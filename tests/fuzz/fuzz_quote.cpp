// libFuzzer target: any bytes as a quote request, in every output format (json, html, csv, text).
// api::run must answer every input with a result, never a crash or an unhandled exception.
// The same bytes read as a draft (quote::parse_quote_draft, what the Quote screen does with a saved request)
// must never throw, must price or refuse without a crash, and must read a request the strict parser accepts
// exactly as the strict parser reads it, with no notes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "api.h"
#include "quote/quote.h"
#include "json_or_skip.h"

namespace {

void read_as_draft(std::string_view input) {
    std::optional<ft::json> parsed = json_or_skip(input);
    if (!parsed) return;
    const ft::json& doc = *parsed;
    std::vector<ft::InputNote> notes;
    ft::quote::QuoteRequest draft = ft::quote::parse_quote_draft(doc, ft::quote::QuoteRequest{}, notes);
    try {
        (void)ft::quote::compute_quote(draft);
    } catch (const ft::InputError&) {
    }
    try {
        ft::quote::QuoteRequest strict = ft::quote::parse_quote_request(doc);
        if (!notes.empty() || ft::quote::quote_request_to_json(strict) != ft::quote::quote_request_to_json(draft)) std::abort();
    } catch (const ft::InputError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    for (const char* format : {"", "html", "csv", "text"}) (void)ft::api::run("quote", input, format);
    read_as_draft(input);
    return 0;
}
