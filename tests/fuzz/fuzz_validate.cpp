// libFuzzer target: any bytes through `fairterms validate`, which reads every document kind by its schema,
// and any bytes as a --format (which error messages echo). Every answer must be valid UTF-8 JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "api.h"
#include "base/json_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    for (std::string_view command : {"validate", "rate-cards"}) {
        std::string body = ft::api::run_json(command, input);
        if (!ft::json::accept(body)) std::abort();  // the page's API must always get JSON back
    }
    std::string_view format = input.substr(0, 64);
    if (!ft::json::accept(ft::api::run_json("quote", "{}", format))) std::abort();
    return 0;
}
