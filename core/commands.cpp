#include "commands.h"

#include <utility>

namespace ft::commands {
namespace {

template <class F>
std::function<api::Result(const json&, std::string_view)> json_command(F f) {
    return [f](const json& in, std::string_view) { return json_output(f(in)); };
}

// Document schemas that validate knows, each with the function that fully checks one.
struct Validator {
    const char* schema;
    std::function<void(const json&)> check;
};

const std::vector<Validator>& validators() {
    static const std::vector<Validator> table = {
        // FEATURE VALIDATORS: one line per document schema, e.g.
        // {"fairterms/quote-request@1", [](const json& j) { (void)quote::compute(j); }},
    };
    return table;
}

}  // namespace

api::Result json_output(const ojson& doc) {
    api::Result r;
    r.body = doc.dump(2) + "\n";
    r.media_type = "application/json";
    return r;
}

const std::vector<FeatureCommand>& feature_commands() {
    static const std::vector<FeatureCommand> table = {
        // FEATURE COMMANDS: one line per command, e.g.
        // {"quote", "quote FILE|-", "price a quote request", json_command(quote::compute)},
    };
    return table;
}

ojson validate(const json& input) {
    Field root(input, "");
    std::string schema = root.at("schema").str();
    for (const auto& v : validators()) {
        if (schema != v.schema) continue;
        v.check(input);
        ojson out;
        out["valid"] = true;
        out["schema"] = schema;
        return out;
    }
    std::string known;
    for (const auto& v : validators()) known += std::string(known.empty() ? "" : ", ") + v.schema;
    throw InputError("/schema", "is not a document fairterms knows" + (known.empty() ? std::string() : " (known: " + known + ")"));
}

}  // namespace ft::commands
