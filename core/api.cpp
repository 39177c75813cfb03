#include "api.h"

#include <functional>
#include <new>
#include <vector>

#include "commands.h"
#include "base/json_input.h"
#include "version.h"

namespace ft::api {
namespace {

struct Command {
    const char* name;
    const char* usage;
    const char* help;
    // Computes the output document from the parsed input and the requested format.
    std::function<Result(const json& input, std::string_view format)> run;
    bool needs_input = true;
};

Result version_result() {
    ojson v;
    v["name"] = kProductName;
    v["version"] = kVersion;
    return json_output(v);
}

const std::vector<Command>& commands() {
    static const std::vector<Command> table = [] {
        std::vector<Command> t;
        t.push_back({"version", "version", "print the version", [](const json&, std::string_view) { return version_result(); }, false});
        t.push_back({"validate", "validate FILE|-", "check any fairterms JSON file against its schema",
                     [](const json& in, std::string_view) { return json_output(commands::validate(in)); }});
        for (const auto& c : commands::feature_commands())
            t.push_back({c.name, c.usage, c.help, c.run, true});
        return t;
    }();
    return table;
}

Result error_result(Status s, std::string pointer, std::string message) {
    Result r;
    r.status = s;
    r.error_pointer = std::move(pointer);
    r.error_message = std::move(message);
    ojson e;
    e["error"]["pointer"] = r.error_pointer;
    e["error"]["message"] = r.error_message;
    r.body = e.dump(2) + "\n";
    r.media_type = "application/json";
    return r;
}

}  // namespace

Result run(std::string_view command, std::string_view input, std::string_view format) {
    try {
        for (const auto& c : commands()) {
            if (command != c.name) continue;
            json parsed;
            if (c.needs_input) parsed = parse_json_input(input);
            return c.run(parsed, format);
        }
        return error_result(Status::input_error, "", "unknown command '" + std::string(command) + "'");
    } catch (const InputError& e) {
        return error_result(Status::input_error, e.pointer, e.message);
    } catch (const std::bad_alloc&) {
        return error_result(Status::internal_error, "", "out of memory");
    } catch (const std::exception& e) {
        return error_result(Status::internal_error, "", std::string("internal error: ") + e.what());
    }
}

std::string run_json(std::string_view command, std::string_view input, std::string_view format) {
    return run(command, input, format).body;
}

std::string help_text() {
    std::string s;
    for (const auto& c : commands()) {
        std::string u = c.usage;
        u.resize(std::max<std::size_t>(u.size(), 44), ' ');
        s += "  fairterms " + u + c.help + "\n";
    }
    return s;
}

}  // namespace ft::api
