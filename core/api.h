// The one facade over core/: a command name and a JSON text in, a document out.
//
// The CLI, the JS API in the page and the UI all call this, so all three produce byte-identical results
// for the same input. Nothing here throws: every failure becomes a Result with a status.
#pragma once

#include <string>
#include <string_view>

namespace ft::api {

enum class Status { ok = 0, internal_error = 1, input_error = 2 };

struct Result {
    Status status = Status::ok;
    std::string body;            // the output document: JSON text (ends in "\n"), or html/md/csv/docx bytes
    std::string media_type;      // "application/json", "text/html", ...
    std::string error_pointer;   // JSON pointer of the offending field (input errors)
    std::string error_message;   // what was expected, in plain English
};

// command: version | quote | value | assess | report | validate | ... ; format: "" or a document format.
Result run(std::string_view command, std::string_view input, std::string_view format = "") noexcept;

// Like run(), but always JSON text: the body on success, {"error": {pointer, message}} otherwise.
// This is what window.fairterms.* returns.
std::string run_json(std::string_view command, std::string_view input, std::string_view format = "");

// The commands run() knows, with one line of help each, for `fairterms --help`.
std::string help_text();

}  // namespace ft::api
