// The one facade over core/: a command name and a JSON text in, a document out.
//
// The CLI, the JS API in the page and the UI all call this, so all three produce byte-identical results
// for the same input. Nothing here throws: every failure becomes a Result with a status.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace ft::api {

// command: version | quote | value | assess | report | validate | ... ; format: "" or a document format.
Result run(std::string_view command, std::string_view input, std::string_view format = "") noexcept;

// Like run(), but always JSON text: the body on success, {"error": {pointer, message}} otherwise.
// This is what window.fairterms.* returns.
std::string run_json(std::string_view command, std::string_view input, std::string_view format = "");

// The commands run() knows, with one line of help each, for `fairterms --help`.
std::string help_text();

}  // namespace ft::api
