// The built-in readiness instrument and asset rating scheme are data: these tests hold the content to
// the issue's requirements (coverage of every barrier, five cumulative levels, specific next actions)
// and check each file against its JSON Schema with a small validator written here.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/embedded.h"
#include "base/json_input.h"

using ft::json;

namespace {

json load(const char* path) {
    std::string_view text = ft::embedded::get(path);
    REQUIRE_MESSAGE(!text.empty(), "missing asset " << path);
    return json::parse(text);
}

// ---- a minimal JSON Schema (draft 2020-12) checker for the keywords our schemas use ----------------------
// Unknown keywords are refused rather than ignored, so the schemas cannot silently outgrow the checker.
class SchemaChecker {
public:
    explicit SchemaChecker(json root) : root_(std::move(root)) {}

    std::vector<std::string> check(const json& doc) const {
        std::vector<std::string> errors;
        visit(root_, doc, "", errors);
        return errors;
    }

private:
    json root_;

    static bool has_type(const json& v, const std::string& t) {
        if (t == "object") return v.is_object();
        if (t == "array") return v.is_array();
        if (t == "string") return v.is_string();
        if (t == "integer") return v.is_number_integer();
        if (t == "number") return v.is_number();
        if (t == "boolean") return v.is_boolean();
        if (t == "null") return v.is_null();
        throw std::runtime_error("schema uses unknown type " + t);
    }

    static std::string escape(const std::string& key) {  // JSON pointer escaping of one member name
        std::string out;
        for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        return out;
    }

    static std::size_t code_points(const std::string& s) {
        std::size_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        return n;
    }

    void visit(const json& schema, const json& v, const std::string& at, std::vector<std::string>& errors) const {
        static const std::set<std::string> annotations = {"$schema", "$id", "$defs", "title", "description"};
        static const std::set<std::string> known = {"$ref", "type", "enum", "required", "properties",
            "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "minimum", "maximum",
            "minLength", "maxLength", "pattern"};
        for (const auto& kw : schema.items())
            if (!annotations.count(kw.key()) && !known.count(kw.key()))
                throw std::runtime_error("schema keyword not supported by the test checker: " + kw.key());
        auto fail = [&](const std::string& what) { errors.push_back((at.empty() ? "/" : at) + ": " + what); };

        if (schema.contains("$ref")) {
            std::string ref = schema["$ref"];
            REQUIRE_MESSAGE(ref.rfind("#/", 0) == 0, "only local references are supported: " << ref);
            visit(root_.at(json::json_pointer(ref.substr(1))), v, at, errors);
        }
        if (schema.contains("type") && !has_type(v, schema["type"].get<std::string>())) return fail("must be of type " + schema["type"].get<std::string>());
        if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), v) == schema["enum"].end())
            fail("must be one of " + schema["enum"].dump());
        if (v.is_number()) {
            if (schema.contains("minimum") && v < schema["minimum"]) fail("must be at least " + schema["minimum"].dump());
            if (schema.contains("maximum") && v > schema["maximum"]) fail("must be at most " + schema["maximum"].dump());
        }
        if (v.is_string()) {
            const std::string& s = v.get_ref<const std::string&>();
            if (schema.contains("minLength") && code_points(s) < schema["minLength"]) fail("is too short");
            if (schema.contains("maxLength") && code_points(s) > schema["maxLength"]) fail("is too long");
            if (schema.contains("pattern") && !std::regex_search(s, std::regex(schema["pattern"].get<std::string>())))
                fail("must match " + schema["pattern"].get<std::string>());
        }
        if (v.is_array()) {
            if (schema.contains("minItems") && v.size() < schema["minItems"]) fail("must have at least " + schema["minItems"].dump() + " items");
            if (schema.contains("maxItems") && v.size() > schema["maxItems"]) fail("must have at most " + schema["maxItems"].dump() + " items");
            if (schema.value("uniqueItems", false))
                for (std::size_t i = 0; i < v.size(); ++i)
                    for (std::size_t j = i + 1; j < v.size(); ++j)
                        if (v[i] == v[j]) fail("items " + std::to_string(i) + " and " + std::to_string(j) + " repeat");
            if (schema.contains("items"))
                for (std::size_t i = 0; i < v.size(); ++i) visit(schema["items"], v[i], at + "/" + std::to_string(i), errors);
        }
        if (v.is_object()) {
            for (const auto& name : schema.value("required", json::array()))
                if (!v.contains(name.get<std::string>())) fail("missing required member \"" + name.get<std::string>() + "\"");
            const json props = schema.value("properties", json::object());
            for (const auto& member : v.items()) {
                std::string child = at + "/" + escape(member.key());
                if (props.contains(member.key())) visit(props[member.key()], member.value(), child, errors);
                else if (schema.contains("additionalProperties") && schema["additionalProperties"] == false)
                    errors.push_back(child + ": is not allowed here");
            }
        }
    }
};

// Errors sorted and joined one per line, so a failing CHECK prints them and member order does not matter.
std::string lines(std::vector<std::string> errors) {
    std::sort(errors.begin(), errors.end());
    std::string out;
    for (const auto& e : errors) out += e + "\n";
    return out;
}

bool mentions(const std::vector<std::string>& errors, const std::string& text) {
    for (const auto& e : errors)
        if (e == text) return true;
    return false;
}

const std::vector<std::string> kBarriers = {"data_quality_linkage", "workforce_skills", "information_governance",
    "innovation_experience", "legal_commercial_advice", "board_engagement", "third_party_demand", "infrastructure_sde",
    "public_involvement", "equity_responsible_innovation", "commercial_policy"};

const std::regex kSnakeId("^[a-z][a-z0-9_]*$");

}  // namespace

TEST_CASE("instrument content: header, levels and barriers") {
    json in = load("instrument/readiness.json");
    CHECK(in["schema"] == "fairterms/instrument@1");
    CHECK(in["id"] == "fairterms-readiness");
    CHECK(std::regex_match(in["version"].get<std::string>(), std::regex("^[0-9]+\\.[0-9]+\\.[0-9]+$")));
    CHECK(!in["title"].get<std::string>().empty());
    CHECK(!in["description"].get<std::string>().empty());
    REQUIRE(in["levels"].size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(in["levels"][i]["level"] == i + 1);
        CHECK(!in["levels"][i]["name"].get<std::string>().empty());
    }
    std::vector<std::string> declared;
    for (const auto& b : in["barriers"]) {
        declared.push_back(b["id"].get<std::string>());
        CHECK(!b["title"].get<std::string>().empty());
        CHECK(!b["description"].get<std::string>().empty());
    }
    std::vector<std::string> wanted = kBarriers;
    std::sort(declared.begin(), declared.end());
    std::sort(wanted.begin(), wanted.end());
    CHECK(declared == wanted);  // exactly the 11 barriers, each once
}

TEST_CASE("instrument content: domains, indicators and levels are complete and well formed") {
    json in = load("instrument/readiness.json");
    std::set<std::string> barrier_ids(kBarriers.begin(), kBarriers.end());
    std::set<std::string> ids, next_actions;
    std::map<std::string, int> coverage, critical_by_barrier;
    std::size_t indicators = 0;

    REQUIRE(in["domains"].size() >= 8);
    for (const auto& d : in["domains"]) {
        const std::string did = d["id"];
        CAPTURE(did);
        CHECK(std::regex_match(did, kSnakeId));
        CHECK(ids.insert(did).second);
        CHECK(!d["title"].get<std::string>().empty());
        CHECK(!d["summary"].get<std::string>().empty());
        int core = 0;
        for (const auto& ind : d["indicators"]) {
            ++indicators;
            const std::string id = ind["id"];
            CAPTURE(id);
            // Indicator ids are "<domain>.<name>", so an id alone says where the indicator lives.
            CHECK(id.rfind(did + ".", 0) == 0);
            CHECK(std::regex_match(id.substr(did.size() + 1), kSnakeId));
            CHECK(ids.insert(id).second);
            for (const char* key : {"title", "question", "guidance", "source", "evidence_prompt"})
                CHECK_MESSAGE(!ind.value(key, std::string()).empty(), key << " is empty");
            core += ind["core"].get<bool>();
            if (ind["critical"].get<bool>()) CHECK_MESSAGE(ind["core"].get<bool>(), "a critical indicator must also be core");
            REQUIRE(!ind["barriers"].empty());
            for (const auto& bj : ind["barriers"]) {
                const std::string b = bj.get<std::string>();
                CHECK_MESSAGE(barrier_ids.count(b), "undeclared barrier " << b);
                ++coverage[b];
                if (ind["critical"].get<bool>()) ++critical_by_barrier[b];
            }
            REQUIRE(ind["levels"].size() == 5);
            std::set<std::string> descriptors;
            for (int i = 0; i < 5; ++i) {
                const json& l = ind["levels"][i];
                CHECK(l["level"] == i + 1);
                for (const char* key : {"descriptor", "evidence", "next_action"})
                    CHECK_MESSAGE(!l.value(key, std::string()).empty(), "level " << i + 1 << " " << key << " is empty");
                CHECK_MESSAGE(descriptors.insert(l["descriptor"].get<std::string>()).second, "level " << i + 1 << " repeats a descriptor");
                // Advice must be specific to the indicator and level: no next action may appear twice.
                CHECK_MESSAGE(next_actions.insert(l["next_action"].get<std::string>()).second, "repeated next_action: " << l["next_action"].get<std::string>());
            }
        }
        CHECK_MESSAGE(core >= 3, did << " has only " << core << " core indicators");
    }
    CHECK(indicators >= 40);
    for (const auto& b : kBarriers) {
        CAPTURE(b);
        CHECK(coverage[b] >= 2);
    }
    // Barriers whose absence would block any partnership must each have a gating (critical) indicator.
    for (const char* b : {"data_quality_linkage", "information_governance", "infrastructure_sde", "commercial_policy",
                          "legal_commercial_advice", "board_engagement", "public_involvement", "equity_responsible_innovation"}) {
        CAPTURE(b);
        CHECK(critical_by_barrier[b] >= 1);
    }
}

TEST_CASE("instrument content: the gating indicators named in the brief are critical") {
    json in = load("instrument/readiness.json");
    std::map<std::string, bool> critical;
    int count = 0;
    for (const auto& d : in["domains"])
        for (const auto& ind : d["indicators"]) {
            critical[ind["id"].get<std::string>()] = ind["critical"].get<bool>();
            count += ind["critical"].get<bool>();
        }
    for (const char* id : {"governance.dspt_status", "governance.lawful_basis_dpia", "infrastructure.secure_environment",
                           "commercial.charging_policy", "commercial.legal_advice", "leadership.posture", "public_trust.register"}) {
        CAPTURE(id);
        CHECK(critical[id]);
    }
    CHECK(count >= 8);
    CHECK(count <= 12);  // a posture gate only means something if most indicators are not gates
}

TEST_CASE("instrument content: asset rating scheme has the five categories and their sub-dimensions") {
    json ar = load("instrument/asset-rating.json");
    CHECK(ar["schema"] == "fairterms/asset-rating@1");
    const std::vector<std::pair<std::string, int>> levels = {{"unrated", 0}, {"bronze", 1}, {"silver", 2}, {"gold", 3}, {"platinum", 4}};
    REQUIRE(ar["levels"].size() == levels.size());
    for (std::size_t i = 0; i < levels.size(); ++i) {
        CHECK(ar["levels"][i]["id"] == levels[i].first);
        CHECK(ar["levels"][i]["value"] == levels[i].second);
    }
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
        {"documentation", {"supporting_documentation", "data_model", "data_dictionary", "provenance"}},
        {"technical_quality", {"data_quality_management"}},
        {"access_provision", {"allowable_uses", "time_lag", "request_turnaround"}},
        {"value_interest", {"linkages", "derived_data"}},
        {"coverage", {"pathway_coverage", "follow_up"}},
    };
    REQUIRE(ar["categories"].size() == expected.size());
    for (std::size_t c = 0; c < expected.size(); ++c) {
        const json& cat = ar["categories"][c];
        CHECK(cat["id"] == expected[c].first);
        CHECK(!cat["title"].get<std::string>().empty());
        CHECK(!cat["summary"].get<std::string>().empty());
        REQUIRE(cat["subdimensions"].size() == expected[c].second.size());
        for (std::size_t s = 0; s < expected[c].second.size(); ++s) {
            const json& sub = cat["subdimensions"][s];
            CHECK(sub["id"] == expected[c].first + "." + expected[c].second[s]);
            CHECK(!sub["question"].get<std::string>().empty());
            std::set<std::string> texts;
            for (const char* level : {"bronze", "silver", "gold", "platinum"}) {
                CAPTURE(level);
                CHECK(!sub["levels"].value(level, std::string()).empty());
                texts.insert(sub["levels"].value(level, std::string()));
            }
            CHECK(texts.size() == 4);
        }
    }
}

TEST_CASE("instrument content: both files satisfy their JSON Schemas") {
    SchemaChecker readiness(load("instrument/readiness.schema.json"));
    SchemaChecker rating(load("instrument/asset-rating.schema.json"));
    CHECK(lines(readiness.check(load("instrument/readiness.json"))) == "");
    CHECK(lines(rating.check(load("instrument/asset-rating.json"))) == "");
}

TEST_CASE("instrument content: the schema check catches broken documents") {
    SchemaChecker readiness(load("instrument/readiness.schema.json"));
    json in = load("instrument/readiness.json");

    json broken = in;
    broken["domains"][0]["indicators"][0].erase("question");
    broken["domains"][1]["colour"] = "blue";
    broken["domains"][2]["indicators"][1]["levels"].push_back(broken["domains"][2]["indicators"][1]["levels"][4]);
    broken["domains"][3]["indicators"][0]["core"] = "yes";
    broken["domains"][4]["indicators"][2]["levels"][0]["level"] = 6;
    broken["domains"][5]["indicators"][0]["levels"][2]["next_action"] = "";
    broken["domains"][6]["indicators"][0]["barriers"].push_back(broken["domains"][6]["indicators"][0]["barriers"][0]);
    broken["domains"][7]["indicators"][0]["id"] = "has space";
    broken["schema"] = "fairterms/instrument@2";
    std::vector<std::string> errors = readiness.check(broken);
    CHECK(mentions(errors, "/domains/0/indicators/0: missing required member \"question\""));
    CHECK(mentions(errors, "/domains/1/colour: is not allowed here"));
    CHECK(mentions(errors, "/domains/2/indicators/1/levels: must have at most 5 items"));
    CHECK(mentions(errors, "/domains/3/indicators/0/core: must be of type boolean"));
    CHECK(mentions(errors, "/domains/4/indicators/2/levels/0/level: must be at most 5"));
    CHECK(mentions(errors, "/domains/5/indicators/0/levels/2/next_action: is too short"));
    CHECK(mentions(errors, "/domains/6/indicators/0/barriers: items 0 and 2 repeat"));
    CHECK(mentions(errors, "/domains/7/indicators/0/id: must match ^[A-Za-z0-9._-]+$"));
    CHECK(mentions(errors, "/schema: must be one of [\"fairterms/instrument@1\"]"));
    CHECK_MESSAGE(errors.size() == 9, lines(errors));  // each mutation is reported once, and nothing else

    json four_levels = in;
    four_levels["levels"].erase(4);
    CHECK(lines(readiness.check(four_levels)) == "/levels: must have at least 5 items\n");

    SchemaChecker rating(load("instrument/asset-rating.schema.json"));
    json ar = load("instrument/asset-rating.json");
    ar["categories"][0]["subdimensions"][2]["levels"].erase("gold");
    ar["categories"][1]["subdimensions"][0]["levels"]["diamond"] = "shiny";
    ar["levels"][4]["value"] = 5;
    ar["levels"][0]["id"] = "none";
    ar["owner"] = "someone";
    CHECK(lines(rating.check(ar)) ==
          "/categories/0/subdimensions/2/levels: missing required member \"gold\"\n"
          "/categories/1/subdimensions/0/levels/diamond: is not allowed here\n"
          "/levels/0/id: must be one of [\"unrated\",\"bronze\",\"silver\",\"gold\",\"platinum\"]\n"
          "/levels/4/value: must be at most 4\n"
          "/owner: is not allowed here\n");
}

TEST_CASE("instrument content: the schema checker refuses keywords it does not implement") {
    SchemaChecker checker(json::parse(R"({"type": "object", "oneOf": [{"type": "object"}]})"));
    CHECK_THROWS_WITH(checker.check(json::object()), "schema keyword not supported by the test checker: oneOf");
}
