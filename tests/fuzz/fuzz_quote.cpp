// libFuzzer target: any bytes as a quote request, in every output format (json, html, csv, text).
// api::run must answer every input with a result, never a crash or an unhandled exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    for (const char* format : {"", "html", "csv", "text"}) (void)ft::api::run("quote", input, format);
    return 0;
}
