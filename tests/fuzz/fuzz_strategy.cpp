// libFuzzer target: any bytes as a strategy request, written in every format (Markdown, HTML, Word).
// api::run must answer every input with a result, never a crash or an unhandled exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    for (const char* format : {"", "md", "html", "docx"}) (void)ft::api::run("strategy", input, format);
    return 0;
}
