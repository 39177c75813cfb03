// libFuzzer target: any bytes as a workspace file (what "Open workspace…" reads) and through validate.
// Either it loads or it is refused with an InputError; nothing else may happen.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api.h"
#include "workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        (void)ft::workspace::load(input);
    } catch (const ft::InputError&) {
    }
    (void)ft::api::run("validate", input);
    return 0;
}
