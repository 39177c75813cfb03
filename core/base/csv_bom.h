// The UTF-8 byte-order mark every CSV fairterms writes starts with: without it Excel on Windows, opening
// the file by double-click, reads it as Windows-1252 and shows every "£" as "Â£".
#pragma once

namespace ft::csv {

inline constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace ft::csv
