// libFuzzer target: any bytes as an asset rating scheme (fairterms/asset-rating@1).
// Either it is read or it is refused with an InputError; nothing else may happen.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "assess/instrument.h"
#include "base/json_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        ft::json doc = ft::parse_json_input(input);
        (void)ft::assess::parse_asset_rating(ft::Field(doc, ""));
    } catch (const ft::InputError&) {
    }
    return 0;
}
