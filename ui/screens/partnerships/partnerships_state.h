// The Partnerships screen's state and rules, apart from drawing, so native UI tests can drive it.
//
// The records are the workspace's "partnerships" part. What they link to (quotes, value-share scenarios,
// the asset register, the organisation profile) belongs to other screens: the screen gathers the rest of
// the workspace from every other screen's save() (the shell's contract, no other screen's internals) and
// core/partnership resolves the links, so the figures shown are the ones the documents print.
//
// Every edit keeps each record one the core accepts (so the workspace always reads back whole): an edit the
// core would refuse (a weight of 3 with no measure, a route other than a secure data environment with no
// reason) is refused here with the reason, and the record stays as it was.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "partnership/linked.h"

namespace ft::ui {

struct PartnershipsState {
    std::vector<partnership::Partnership> records;
    std::size_t current = 0;
    json workspace = json::object();                 // the rest of the workspace, as the other screens hold it
    std::optional<partnership::Linked> linked;       // the current record, resolved against `workspace`
    std::vector<std::string> load_notes;             // records that could not be read, for a toast

    partnership::Partnership* record() { return current < records.size() ? &records[current] : nullptr; }
    // Takes the rest of the workspace (without "partnerships") and resolves the current record again.
    void set_workspace(json ws);
    void relink();

    // A new record, named "Partnership N" (the first N not taken), made current. Returns its index.
    std::size_t add();
    void remove(std::size_t index);

    ojson part() const;
    void load_part(const json& ws);

    // "" when `name` may name record `index`; otherwise why not.
    std::string name_problem(const std::string& name, std::size_t index) const;
    // Edits the core would refuse come back as a refusal ("" when applied).
    std::string set_route(const std::string& route);
    std::string set_route_reason(const std::string& reason);
    std::string set_publish(bool publish);
    std::string set_publish_reason(const std::string& reason);
    std::string set_weight(std::size_t value, int weight);
    std::string set_measure(std::size_t value, const std::string& measure);
    std::string set_expected(std::size_t value, const std::string& expected);

    // The documents, exactly as `fairterms terms` and `fairterms register` write them for this workspace.
    std::string terms_request() const;        // {"schema": "fairterms/terms-request@1", ...} for the current record
    std::string workspace_text() const;       // the whole workspace, partnerships included
    api::Result terms(const std::string& format) const;
    api::Result register_document(const std::string& format) const;
};

}  // namespace ft::ui
