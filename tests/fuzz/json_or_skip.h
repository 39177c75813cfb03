// For fuzz targets that drive a reader below the api: the input as JSON, or nothing when it is not JSON
// (the workspace loader never hands such a part to a draft reader, and api::run covers refusing it).
#pragma once

#include <optional>
#include <string_view>

#include "base/json_input.h"

inline std::optional<ft::json> json_or_skip(std::string_view input) {
    try {
        return ft::parse_json_input(input);
    } catch (const ft::InputError&) {
        return std::nullopt;
    }
}
