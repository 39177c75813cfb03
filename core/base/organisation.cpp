#include "base/organisation.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ft::org {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

// The keys in print order, each with its member, so parse and to_json cannot drift apart.
struct Key {
    const char* name;
    std::string Organisation::*member;
};
const Key kKeys[] = {
    {"name", &Organisation::name},           {"address", &Organisation::address},
    {"contact_name", &Organisation::contact_name}, {"email", &Organisation::email},
    {"telephone", &Organisation::telephone}, {"signatory", &Organisation::signatory},
    {"signatory_role", &Organisation::signatory_role},
};

}  // namespace

std::string single_line(const std::string& s) {
    std::string out;
    bool gap = false;
    for (char c : s) {
        if (is_space(c)) { gap = !out.empty(); continue; }
        if (gap) out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

std::string address_text(const std::string& s) {
    std::string out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        std::string line = single_line(s.substr(start, end - start));
        if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
        start = end + 1;
    }
    return out;
}

std::vector<std::string> Organisation::address_lines() const {
    std::vector<std::string> lines;
    std::string a = address_text(address);
    std::size_t start = 0;
    while (!a.empty() && start <= a.size()) {
        std::size_t end = a.find('\n', start);
        if (end == std::string::npos) end = a.size();
        lines.push_back(a.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

Organisation cleaned(const Organisation& o) {
    Organisation c;
    for (const Key& k : kKeys)
        c.*k.member = std::string(k.name) == "address" ? address_text(o.*k.member) : single_line(o.*k.member);
    return c;
}

Organisation parse(const Field& f, bool name_required) {
    f.object();
    std::vector<std::string> allowed;
    for (const Key& k : kKeys) allowed.push_back(k.name);
    f.only_keys(allowed);
    Organisation o;
    for (const Key& k : kKeys) {
        if (!f.has(k.name)) continue;
        bool address = std::string(k.name) == "address";
        Field v = f.at(k.name);
        std::string raw = v.text(address ? kAddressMax : std::string(k.name) == "name" ? kNameMax : kFieldMax);
        o.*k.member = address ? address_text(raw) : single_line(raw);
    }
    if (name_required && o.name.empty()) {
        if (f.has("name")) f.at("name").fail("must name the organisation issuing the document");
        f.fail("must have a \"name\": the organisation issuing the document");
    }
    if (!o.email.empty() && (o.email.find('@') == std::string::npos || o.email.find(' ') != std::string::npos))
        f.at("email").fail("must be an email address such as data.access@example.nhs.uk");
    return o;
}

ojson to_json(const Organisation& o) {
    ojson j = ojson::object();
    for (const Key& k : kKeys)
        if (!(o.*k.member).empty()) j[k.name] = o.*k.member;
    return j;
}

std::string named_in_sentence(const std::string& who) {
    std::string w = single_line(who);
    if (w.empty()) return w;
    std::vector<std::string> words;
    std::string cur;
    for (char c : w + " ") {
        if (c == ' ' || c == ',') {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        } else {
            cur += char(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    static const std::vector<std::string> articles = {"the", "a", "an", "our", "its", "each", "every"};
    static const std::vector<std::string> titles = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx",
                                                    "prof", "prof.", "professor", "sir", "dame", "lord", "lady", "rev", "revd"};
    if (std::find(articles.begin(), articles.end(), words.front()) != articles.end()) return w;
    if (std::find(titles.begin(), titles.end(), words.front()) != titles.end()) return w;
    // A role names its office: one of these words makes it a role. A person's name has none of them.
    static const std::vector<std::string> roles = {
        "officer", "director", "chief", "head", "lead", "manager", "board", "committee", "group", "team", "guardian",
        "controller", "executive", "secretary", "department", "office", "council", "panel", "unit", "service",
        "chair", "deputy", "governors", "trust", "partnership", "network", "programme", "directorate"};
    for (const auto& word : words)
        if (std::find(roles.begin(), roles.end(), word) != roles.end()) return "the " + w;
    return w;
}

}  // namespace ft::org
