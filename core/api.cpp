#include "api.h"

#include <functional>
#include <new>
#include <vector>

#include "commands.h"
#include "base/json_input.h"
#include "base/text_format.h"
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

// Never throws: an error message may echo what the user gave (a --format, a key), which may not be valid
// UTF-8, so both texts are repaired before they are written, and the JSON is built by hand if even that fails.
Result error_result(Status s, std::string pointer, std::string message) noexcept {
    Result r;
    r.status = s;
    r.media_type = "application/json";
    try {
        r.error_pointer = text::valid_utf8(pointer);
        r.error_message = text::valid_utf8(message);
        ojson e;
        e["error"]["pointer"] = r.error_pointer;
        e["error"]["message"] = r.error_message;
        r.body = e.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
    } catch (...) {
        r.status = Status::internal_error;
        r.error_pointer.clear();
        r.error_message = "out of memory";
        r.body = "{\n  \"error\": {\n    \"pointer\": \"\",\n    \"message\": \"out of memory\"\n  }\n}\n";
    }
    return r;
}

}  // namespace

Result run(std::string_view command, std::string_view input, std::string_view format) noexcept {
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
    } catch (...) {
        return error_result(Status::internal_error, "", "internal error");
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
