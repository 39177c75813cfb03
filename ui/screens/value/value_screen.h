// The Value share screen as other screens see it.
//
// A commercial quote links to a value-share scenario: the Quote screen asks for this interface by the
// screen's typed id, lists the scenarios and opens one:
//
//     if (auto* v = ctx.screen_as<ValueShareScreen>(ScreenId::value)) {
//         for (const std::string& name : v->scenario_names()) ...
//         v->select_scenario(name);
//         ctx.go_to(ScreenId::value);
//     }
#pragma once

#include <string>
#include <vector>

#include "shell/screen.h"

namespace ft::ui {

class ValueShareScreen : public Screen {
public:
    // The scenarios' names, in the order the screen lists them (names are unique).
    virtual std::vector<std::string> scenario_names() const = 0;
    // Makes the named scenario the one shown; false (and nothing changes) when there is no such scenario.
    virtual bool select_scenario(const std::string& name) = 0;
    // The named scenario's "fairterms/value-request@1" document as JSON text (the input of
    // `fairterms value`), or "" when there is no such scenario. It may be unfinished (the engine may refuse it).
    virtual std::string scenario_request(const std::string& name) const = 0;
};

}  // namespace ft::ui
