// The feature commands behind api::run(): one table, so the CLI, the JS API and validate stay in step.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "api.h"
#include "base/json_input.h"

namespace ft::commands {

struct FeatureCommand {
    const char* name;
    const char* usage;
    const char* help;
    std::function<api::Result(const json& input, std::string_view format)> run;
};

// Every command a feature adds (quote, value, assess, report, ...).
const std::vector<FeatureCommand>& feature_commands();

// Checks any fairterms document by its "schema" member; returns {"valid": true, "schema": ...}.
ojson validate(const json& input);

}  // namespace ft::commands
