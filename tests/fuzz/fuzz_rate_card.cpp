// libFuzzer target: any bytes as a rate card (fairterms/rate-card@1), as the quote screen's rate card editor imports it.
// Either it is read or it is refused with an InputError; nothing else may happen.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "quote/rate_card.h"
#include "base/json_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        ft::json doc = ft::parse_json_input(input);
        (void)ft::quote::parse_rate_card(ft::Field(doc, ""));
    } catch (const ft::InputError&) {
    }
    return 0;
}
