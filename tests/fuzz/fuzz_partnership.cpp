// libFuzzer target: any bytes as a heads-of-terms request (a partnership chosen from a workspace) in every
// format, and as a workspace whose partnerships make a transparency register (CSV and HTML).
// api::run must answer every input with a result, never a crash or an unhandled exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    for (const char* format : {"md", "html", "docx"}) (void)ft::api::run("terms", input, format);
    for (const char* format : {"csv", "html"}) (void)ft::api::run("register", input, format);
    return 0;
}
