#include "screens/partnerships/partnerships_state.h"
#include "shell/error_words.h"

#include <algorithm>

#include "base/text_format.h"
#include "partnership/terms.h"
#include "workspace.h"

namespace ft::ui {
namespace {

namespace pt = ft::partnership;

using ft::text::blank;

// The error a document command gave, as a Result like the CLI's (the screen shows its message).
api::Result refused(const InputError& e) {
    api::Result r;
    r.status = api::Status::input_error;
    r.error_pointer = e.pointer;
    r.error_message = e.message;
    return r;
}

}  // namespace

void PartnershipsState::set_workspace(json ws) {
    if (ws.is_object()) ws.erase("partnerships");
    workspace = std::move(ws);
    relink();
}

void PartnershipsState::relink() {
    linked.reset();
    if (const pt::Partnership* p = record()) linked = pt::resolve(*p, workspace);
}

std::size_t PartnershipsState::add() {
    for (int n = int(records.size()) + 1;; ++n) {
        std::string name = "Partnership " + std::to_string(n);
        if (name_problem(name, records.size()).empty()) {
            records.push_back(pt::new_record(name));
            break;
        }
    }
    current = records.size() - 1;
    relink();
    return current;
}

void PartnershipsState::remove(std::size_t index) {
    if (index >= records.size()) return;
    records.erase(records.begin() + std::ptrdiff_t(index));
    if (current >= records.size()) current = records.empty() ? 0 : records.size() - 1;
    relink();
}

ojson PartnershipsState::part() const {
    ojson list = ojson::array();
    for (const auto& p : records) list.push_back(pt::to_json(p));
    return list;
}

void PartnershipsState::load_part(const json& ws) {
    records.clear();
    load_notes.clear();
    current = 0;
    if (ws.is_object() && ws.contains("partnerships") && ws["partnerships"].is_array()) {
        const json& list = ws["partnerships"];
        for (std::size_t i = 0; i < list.size(); ++i) {
            try {
                pt::Partnership p = pt::parse(Field(list[i], "/partnerships/" + std::to_string(i)));
                if (!name_problem(p.name, records.size()).empty()) throw InputError("/partnerships/" + std::to_string(i) + "/name", "repeats a name");
                records.push_back(std::move(p));
            } catch (const InputError& e) {
                load_notes.push_back(error_in_words(e.pointer, e.message));
            }
        }
    }
    relink();
}

std::string PartnershipsState::name_problem(const std::string& name, std::size_t index) const {
    if (blank(name)) return "a partnership needs a name";
    if (ft::count_characters(name) > pt::kNameMax) return "at most 200 characters";
    for (std::size_t i = 0; i < records.size(); ++i)
        if (i != index && records[i].name == name) return "another partnership has this name";
    return "";
}

std::string PartnershipsState::set_route(const std::string& route) {
    pt::Partnership* p = record();
    if (!p) return "";
    if (route != "sde" && blank(p->access_reason))
        return "First write why a secure data environment cannot be used: it is the default route.";
    p->access_route = route;
    return "";
}

std::string PartnershipsState::set_route_reason(const std::string& reason) {
    pt::Partnership* p = record();
    if (!p) return "";
    if (p->access_route != "sde" && blank(reason)) return "A route other than a secure data environment needs its reason.";
    p->access_reason = reason;
    return "";
}

std::string PartnershipsState::set_publish(bool publish) {
    pt::Partnership* p = record();
    if (!p) return "";
    if (!publish && blank(p->publish_reason)) return "First write why it should be kept out of the published register.";
    p->publish = publish;
    return "";
}

std::string PartnershipsState::set_publish_reason(const std::string& reason) {
    pt::Partnership* p = record();
    if (!p) return "";
    if (!p->publish && blank(reason)) return "A partnership kept out of the register needs its reason.";
    p->publish_reason = reason;
    return "";
}

std::string PartnershipsState::set_weight(std::size_t v, int weight) {
    pt::Partnership* p = record();
    if (!p || v >= pt::kValueKinds.size()) return "";
    if (weight < 0 || weight > pt::kMaxWeight) return "a weight is a whole number from 0 to 5";
    if (weight >= pt::kMeasureFromWeight && (blank(p->values[v].measure) || blank(p->values[v].expected)))
        return "First say what value is expected and how it will be measured: a value weighted 3 or more needs both.";
    p->values[v].weight = weight;
    return "";
}

std::string PartnershipsState::set_measure(std::size_t v, const std::string& measure) {
    pt::Partnership* p = record();
    if (!p || v >= pt::kValueKinds.size()) return "";
    if (blank(measure) && p->values[v].weight >= pt::kMeasureFromWeight)
        return "A value weighted 3 or more needs a measure; lower its weight first.";
    p->values[v].measure = measure;
    return "";
}

std::string PartnershipsState::set_expected(std::size_t v, const std::string& expected) {
    pt::Partnership* p = record();
    if (!p || v >= pt::kValueKinds.size()) return "";
    if (blank(expected) && p->values[v].weight >= pt::kMeasureFromWeight)
        return "A value weighted 3 or more needs its expected value; lower its weight first.";
    p->values[v].expected = expected;
    return "";
}

std::string PartnershipsState::workspace_text() const {
    ojson ws = workspace.is_object() ? ojson(workspace) : ojson::object();
    if (!ws.contains("schema")) ws["schema"] = std::string(workspace::kSchemaPrefix) + std::to_string(workspace::kCurrentVersion);
    ws["partnerships"] = part();
    return ws.dump(2) + "\n";
}

std::string PartnershipsState::terms_request() const {
    ojson req;
    req["schema"] = pt::kTermsRequestSchema;
    req["partnership"] = current < records.size() ? records[current].name : std::string();
    req["workspace"] = json::parse(workspace_text());
    return req.dump(2) + "\n";
}

api::Result PartnershipsState::terms(const std::string& format) const {
    try {
        return pt::terms_command(parse_json_input(terms_request()), format, workspace::migrate_and_check);
    } catch (const InputError& e) {
        return refused(e);
    }
}

api::Result PartnershipsState::register_document(const std::string& format) const {
    try {
        return pt::register_command(parse_json_input(workspace_text()), format, workspace::migrate_and_check);
    } catch (const InputError& e) {
        return refused(e);
    }
}

}  // namespace ft::ui
