#include "base/result.h"

namespace ft::api {

Result json_output(const ojson& doc) {
    Result r;
    // Text that is not valid UTF-8 is written with U+FFFD in its place rather than throwing mid-output.
    r.body = doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
    r.media_type = "application/json";
    return r;
}

}  // namespace ft::api
