#include "base/result.h"

namespace ft::api {

Result json_output(const ojson& doc) {
    Result r;
    r.body = doc.dump(2) + "\n";
    r.media_type = "application/json";
    return r;
}

}  // namespace ft::api
