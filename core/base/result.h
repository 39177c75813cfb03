// What a command produces: a document, or a refusal that names the field.
//
// Features return this from their command functions (quote::run_quote_command, value::run_command, ...);
// the api facade collects them into one table. It lives in base/ so that a feature never includes the
// facade that depends on it.
#pragma once

#include <string>
#include <string_view>

#include "base/json_input.h"

namespace ft::api {

enum class Status { ok = 0, internal_error = 1, input_error = 2 };

struct Result {
    Status status = Status::ok;
    std::string body;            // the output document: JSON text (ends in "\n"), or html/md/csv/docx bytes
    std::string media_type;      // "application/json", "text/html", ...
    std::string error_pointer;   // JSON pointer of the offending field (input errors)
    std::string error_message;   // what was expected, in plain English
};

// A JSON document as a command result: pretty-printed with two spaces, ending in a newline.
Result json_output(const ojson& doc);

// A Word document as a command result: the .docx bytes for format "docx", or the same bytes as base64 text
// for "docx-base64" (the JS API passes strings only). Every command that writes Word answers both alike.
Result docx_output(std::string docx_bytes, std::string_view format);

}  // namespace ft::api
