#include "base/result.h"

#include <utility>

#include "base/docx.h"

namespace ft::api {

Result json_output(const ojson& doc) {
    Result r;
    // Text that is not valid UTF-8 is written with U+FFFD in its place rather than throwing mid-output.
    r.body = doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
    r.media_type = "application/json";
    return r;
}

Result docx_output(std::string docx_bytes, std::string_view format) {
    Result r;
    if (format == "docx-base64") {
        r.body = docx::base64(docx_bytes);
        r.media_type = "text/plain";
    } else {
        r.body = std::move(docx_bytes);
        r.media_type = docx::kMediaType;
    }
    return r;
}

}  // namespace ft::api
