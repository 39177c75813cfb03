// Embedded files: built-in data shipped inside the binary: rate cards, the assessment instrument, templates.
// The files live in assets/ and are compiled in at build time (cmake/embed_files.cmake), so the core
// needs no file system, in the browser or on the command line.
#pragma once

#include <string_view>
#include <vector>

namespace ft::embedded {

// Contents of assets/<path> (e.g. "rate-cards/nhse-sde-2026.json"), or an empty view if there is none.
std::string_view get(std::string_view path);

// Every embedded path that starts with prefix, in sorted order.
std::vector<std::string_view> list(std::string_view prefix = "");

}  // namespace ft::embedded
