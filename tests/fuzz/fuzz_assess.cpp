// libFuzzer target: any bytes as an assessment (assess, and report in every format) or as any
// document (validate).
// api::run must answer every input with a result, never a crash or an unhandled exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    (void)ft::api::run("assess", input);
    (void)ft::api::run("validate", input);
    for (const char* format : {"", "html", "csv", "actions-csv", "json"}) (void)ft::api::run("report", input, format);
    return 0;
}
