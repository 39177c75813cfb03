#include "commands.h"

#include <utility>

#include "assess/assess_report.h"
#include "partnership/terms.h"
#include "quote/quote_export.h"
#include "strategy/strategy.h"
#include "value/value.h"
#include "workspace.h"

namespace ft::commands {
namespace {

template <class F>
std::function<api::Result(const json&, std::string_view)> json_command(F f) {
    return [f](const json& in, std::string_view) { return api::json_output(f(in)); };
}

// Document schemas that validate knows, each with the function that fully checks one.
struct Validator {
    const char* schema;
    std::function<void(const json&)> check;
};

const std::vector<Validator>& validators() {
    static const std::vector<Validator> table = {
        {"fairterms/workspace@2", [](const json& j) { (void)workspace::migrate_and_check(j); }},
        {"fairterms/workspace@1", [](const json& j) { (void)workspace::migrate_and_check(j); }},
        {"fairterms/partnership@1", [](const json& j) { (void)partnership::parse(Field(j, "")); }},
        {"fairterms/value-request@1", [](const json& j) { (void)value::compute(j); }},
        {"fairterms/quote-request@1", [](const json& j) { (void)quote::compute(j); }},
        {"fairterms/rate-card@1", [](const json& j) { (void)quote::parse_rate_card(Field(j, "")); }},
        {"fairterms/instrument@1", [](const json& j) { (void)assess::parse_instrument(Field(j, "")); }},
        {"fairterms/asset-rating@1", [](const json& j) { (void)assess::parse_asset_rating(Field(j, "")); }},
        {"fairterms/assessment@1", [](const json& j) { (void)assess::assess(assess::parse_assessment(Field(j, ""))); }},
        {"fairterms/strategy@1", [](const json& j) { (void)strategy::build(strategy::parse_inputs(Field(j, ""))); }},
    };
    return table;
}

}  // namespace

const std::vector<FeatureCommand>& feature_commands() {
    static const std::vector<FeatureCommand> table = {
        {"value", "value FILE|- [--format json|html|csv|split-csv]", "value share across mechanisms, years and NHS organisations", value::run_command},
        {"quote", "quote FILE|- [--format json|html|csv|text|docx|docx-base64]", "price a quote request from a rate card", quote::run_quote_command},
        {"rate-cards", "rate-cards -  (input {})", "list the built-in rate cards in full", json_command(quote::list_rate_cards)},
        {"assess", "assess FILE|-", "score a readiness assessment: domains, posture, assets, action plan", json_command(assess::assess_command)},
        {"report", "report FILE|- [--format html|docx|docx-base64|csv|actions-csv|json]", "readiness report for a Board paper, or CSV of indicators or actions", assess::report_command},
        {"strategy", "strategy FILE|- [--format md|html|docx|docx-base64]", "data asset management strategy as Markdown, printable HTML or Word", strategy::strategy_command},
        {"terms", "terms FILE|- [--format md|html|docx|docx-base64]",
         "heads of terms (subject to contract) for a partnership: FILE is a workspace with one partnership, or "
         "{\"schema\": \"fairterms/terms-request@1\", \"partnership\": NAME, \"workspace\": {...}}",
         [](const json& in, std::string_view f) { return partnership::terms_command(in, f, workspace::migrate_and_check); }},
        {"register", "register WORKSPACE|- [--format csv|html]", "the transparency register: one row per published partnership",
         [](const json& in, std::string_view f) { return partnership::register_command(in, f, workspace::migrate_and_check); }},
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
    // A workspace of another format number gets the workspace's own message ("was made by a newer version of
    // fairterms ... Open it with a newer fairterms"), not a list of schema names.
    if (schema.rfind(workspace::kSchemaPrefix, 0) == 0) (void)workspace::migrate_and_check(input);
    std::string known;
    for (const auto& v : validators()) known += std::string(known.empty() ? "" : ", ") + v.schema;
    throw InputError("/schema", "is not a document fairterms knows" + (known.empty() ? std::string() : " (known: " + known + ")"));
}

}  // namespace ft::commands
