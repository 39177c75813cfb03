#include "assess/instrument.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "base/embedded.h"

namespace ft::assess {
namespace {

constexpr std::size_t kIdMax = 100;
constexpr std::size_t kTitleMax = 300;
constexpr std::size_t kLongTextMax = 5000;

// Instrument ids end up in pointers, CSV and file names, so they stay plain.
std::string read_id(const Field& f) {
    std::string s = f.nonempty_text(kIdMax);
    for (unsigned char c : s)
        if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-'))
            f.fail("must be an id made of letters, digits, '.', '_' or '-'");
    return s;
}

std::string optional_text(const Field& f, const char* key, std::size_t max_len) {
    return f.has(key) ? f.at(key).text(max_len) : std::string();
}

// Remembers ids already seen, so a repeat is reported where it occurs.
class UniqueIds {
public:
    explicit UniqueIds(const char* what) : what_(what) {}
    void add(const Field& f, const std::string& id) {
        if (!seen_.insert(id).second) f.fail("repeats the " + std::string(what_) + " id \"" + id + "\" (ids must be unique)");
    }
    bool contains(const std::string& id) const { return seen_.count(id) != 0; }

private:
    const char* what_;
    std::set<std::string> seen_;
};

void expect_schema(const Field& f, const char* schema) {
    if (f.at("schema").str() != schema) f.at("schema").fail(std::string("must be \"") + schema + "\"");
}

// Levels must be listed 1..n in order, so a reader never has to sort them.
void expect_level_number(const Field& item, int wanted) {
    Field n = item.at("level");
    if (n.whole(1, kLevelCount) != wanted)
        n.fail("must be " + std::to_string(wanted) + " (levels are listed in order, 1 to 5)");
}

// A domain (its indicators) and a rating category (its sub-dimensions) open the same way: a unique id, a
// title, an optional summary, then a list that must not be empty. Returns that list.
template <class Group>
Field read_group(const Field& f, UniqueIds& ids, const char* list_key, const char* empty_message, Group& g) {
    f.only_keys({"id", "title", "summary", list_key});
    g.id = read_id(f.at("id"));
    ids.add(f.at("id"), g.id);
    g.title = f.at("title").nonempty_text(kTitleMax);
    g.summary = optional_text(f, "summary", kLongTextMax);
    Field list = f.at(list_key);
    if (list.size() == 0) list.fail(empty_message);
    return list;
}

// The writer's side of read_group: id, title and the summary only when there is one.
ojson group_json(const std::string& id, const std::string& title, const std::string& summary) {
    ojson j{{"id", id}, {"title", title}};
    if (!summary.empty()) j["summary"] = summary;
    return j;
}

Field exactly_n_items(const Field& f, const char* key, std::size_t n) {
    Field list = f.at(key);
    if (list.size() != n) list.fail("must list exactly " + std::to_string(n) + " levels, not " + std::to_string(list.size()));
    return list;
}

Indicator parse_indicator(const Field& f, const UniqueIds& barriers) {
    f.only_keys({"id", "title", "question", "guidance", "core", "critical", "source", "barriers", "evidence_prompt", "levels"});
    Indicator ind;
    ind.id = read_id(f.at("id"));
    ind.title = f.at("title").nonempty_text(kTitleMax);
    ind.question = f.at("question").nonempty_text(kLongTextMax);
    ind.guidance = optional_text(f, "guidance", kLongTextMax);
    ind.core = f.at("core").boolean();
    ind.critical = f.at("critical").boolean();
    ind.source = optional_text(f, "source", kLongTextMax);
    ind.evidence_prompt = optional_text(f, "evidence_prompt", kLongTextMax);
    if (f.has("barriers")) {
        Field list = f.at("barriers");
        std::set<std::string> mine;
        for (std::size_t i = 0; i < list.size(); ++i) {
            Field b = list.item(i);
            std::string id = b.nonempty_text(kIdMax);
            if (!barriers.contains(id)) b.fail("is not a barrier declared in this instrument's \"barriers\"");
            if (!mine.insert(id).second) b.fail("lists the barrier \"" + id + "\" twice");
            ind.barriers.push_back(id);
        }
    }
    Field levels = exactly_n_items(f, "levels", kLevelCount);
    for (int i = 0; i < kLevelCount; ++i) {
        Field l = levels.item(static_cast<std::size_t>(i));
        l.only_keys({"level", "descriptor", "evidence", "next_action"});
        expect_level_number(l, i + 1);
        LevelText& t = ind.levels[static_cast<std::size_t>(i)];
        t.level = i + 1;
        t.descriptor = l.at("descriptor").nonempty_text(kLongTextMax);
        t.evidence = l.at("evidence").nonempty_text(kLongTextMax);
        t.next_action = l.at("next_action").nonempty_text(kLongTextMax);
    }
    return ind;
}

}  // namespace

const Indicator* Instrument::find_indicator(const std::string& id) const {
    for (const auto& d : domains)
        for (const auto& i : d.indicators)
            if (i.id == id) return &i;
    return nullptr;
}

const Domain* Instrument::domain_of(const std::string& indicator_id) const {
    for (const auto& d : domains)
        for (const auto& i : d.indicators)
            if (i.id == indicator_id) return &d;
    return nullptr;
}

std::size_t Instrument::indicator_count() const {
    std::size_t n = 0;
    for (const auto& d : domains) n += d.indicators.size();
    return n;
}

Instrument parse_instrument(const Field& f) {
    f.only_keys({"schema", "id", "version", "title", "description", "levels", "barriers", "domains"});
    expect_schema(f, "fairterms/instrument@1");
    Instrument in;
    in.id = read_id(f.at("id"));
    in.version = f.at("version").nonempty_text(kIdMax);
    in.title = f.at("title").nonempty_text(kTitleMax);
    in.description = optional_text(f, "description", kLongTextMax);

    Field levels = exactly_n_items(f, "levels", kLevelCount);
    for (int i = 0; i < kLevelCount; ++i) {
        Field l = levels.item(static_cast<std::size_t>(i));
        l.only_keys({"level", "name"});
        expect_level_number(l, i + 1);
        in.level_names[static_cast<std::size_t>(i)] = l.at("name").nonempty_text(kTitleMax);
    }

    UniqueIds barrier_ids("barrier");
    if (f.has("barriers")) {
        Field list = f.at("barriers");
        for (std::size_t i = 0; i < list.size(); ++i) {
            Field b = list.item(i);
            b.only_keys({"id", "title", "description"});
            Barrier bar{read_id(b.at("id")), b.at("title").nonempty_text(kTitleMax), optional_text(b, "description", kLongTextMax)};
            barrier_ids.add(b.at("id"), bar.id);
            in.barriers.push_back(std::move(bar));
        }
    }

    Field domains = f.at("domains");
    if (domains.size() == 0) domains.fail("must list at least one domain");
    domains.size_at_most(limits::kMaxDomains, "domains");
    std::size_t indicator_count = 0;
    UniqueIds domain_ids("domain"), indicator_ids("indicator");
    for (std::size_t d = 0; d < domains.size(); ++d) {
        Domain dom;
        Field inds = read_group(domains.item(d), domain_ids, "indicators", "must list at least one indicator", dom);
        indicator_count += inds.size();
        if (indicator_count > limits::kMaxIndicators)
            inds.fail("takes the instrument past " + std::to_string(limits::kMaxIndicators) + " indicators, the most fairterms reads");
        for (std::size_t i = 0; i < inds.size(); ++i) {
            Indicator ind = parse_indicator(inds.item(i), barrier_ids);
            indicator_ids.add(inds.item(i).at("id"), ind.id);
            dom.indicators.push_back(std::move(ind));
        }
        // A domain's level is the median of its core indicators, so it needs at least one.
        bool any_core = std::any_of(dom.indicators.begin(), dom.indicators.end(), [](const Indicator& i) { return i.core; });
        if (!any_core) inds.fail("must include at least one core indicator (a domain's level comes from its core indicators)");
        in.domains.push_back(std::move(dom));
    }
    return in;
}

ojson instrument_to_json(const Instrument& in) {
    ojson j;
    j["schema"] = "fairterms/instrument@1";
    j["id"] = in.id;
    j["version"] = in.version;
    j["title"] = in.title;
    if (!in.description.empty()) j["description"] = in.description;
    j["levels"] = ojson::array();
    for (int i = 0; i < kLevelCount; ++i) j["levels"].push_back({{"level", i + 1}, {"name", in.level_name(i + 1)}});
    j["barriers"] = ojson::array();
    for (const auto& b : in.barriers) {
        ojson bj{{"id", b.id}, {"title", b.title}};
        if (!b.description.empty()) bj["description"] = b.description;
        j["barriers"].push_back(bj);
    }
    j["domains"] = ojson::array();
    for (const auto& d : in.domains) {
        ojson dj = group_json(d.id, d.title, d.summary);
        dj["indicators"] = ojson::array();
        for (const auto& i : d.indicators) {
            ojson ij{{"id", i.id}, {"title", i.title}, {"question", i.question}};
            if (!i.guidance.empty()) ij["guidance"] = i.guidance;
            ij["core"] = i.core;
            ij["critical"] = i.critical;
            if (!i.source.empty()) ij["source"] = i.source;
            ij["barriers"] = i.barriers;
            if (!i.evidence_prompt.empty()) ij["evidence_prompt"] = i.evidence_prompt;
            ij["levels"] = ojson::array();
            for (const auto& l : i.levels)
                ij["levels"].push_back({{"level", l.level}, {"descriptor", l.descriptor}, {"evidence", l.evidence}, {"next_action", l.next_action}});
            dj["indicators"].push_back(ij);
        }
        j["domains"].push_back(dj);
    }
    return j;
}

namespace {

// Shipped data that fails to parse is a defect in the build, so it is an internal error, not an InputError.
template <class T, class Parse>
T load_builtin(const char* path, Parse parse) {
    std::string_view text = embedded::get(path);
    if (text.empty()) throw std::runtime_error(std::string("the built-in file assets/") + path + " is missing");
    try {
        json j = parse_json_input(text);
        return parse(Field(j, ""));
    } catch (const InputError& e) {
        throw std::runtime_error(std::string("the built-in file assets/") + path + " is invalid at " + e.pointer + ": " + e.message);
    }
}

}  // namespace

const Instrument& builtin_instrument() {
    static const Instrument in = load_builtin<Instrument>("instrument/readiness.json", parse_instrument);
    return in;
}

// ---- asset rating scheme -------------------------------------------------------------------------------

int rating_value(const std::string& id) {
    for (int v = 0; v < kRatingLevelCount; ++v)
        if (id == kRatingIds[static_cast<std::size_t>(v)]) return v;
    return -1;
}

const char* rating_id(int value) { return kRatingIds[static_cast<std::size_t>(std::clamp(value, 0, kRatingLevelCount - 1))]; }

const Subdimension* AssetRatingScheme::find_subdimension(const std::string& id) const {
    for (const auto& c : categories)
        for (const auto& s : c.subdimensions)
            if (s.id == id) return &s;
    return nullptr;
}

AssetRatingScheme parse_asset_rating(const Field& f) {
    f.only_keys({"schema", "id", "version", "title", "description", "levels", "categories"});
    expect_schema(f, "fairterms/asset-rating@1");
    AssetRatingScheme s;
    s.id = read_id(f.at("id"));
    s.version = f.at("version").nonempty_text(kIdMax);
    s.title = optional_text(f, "title", kTitleMax);
    s.description = optional_text(f, "description", kLongTextMax);

    Field levels = f.at("levels");
    if (levels.size() != kRatingLevelCount)
        levels.fail("must list exactly 5 levels (unrated, bronze, silver, gold, platinum), not " + std::to_string(levels.size()));
    for (int v = 0; v < kRatingLevelCount; ++v) {
        Field l = levels.item(static_cast<std::size_t>(v));
        l.only_keys({"id", "value", "name"});
        const char* want = kRatingIds[static_cast<std::size_t>(v)];
        if (l.at("id").str() != want) l.at("id").fail(std::string("must be \"") + want + "\" (levels are unrated, bronze, silver, gold, platinum in order)");
        if (l.at("value").whole(0, kRatingLevelCount - 1) != v) l.at("value").fail("must be " + std::to_string(v) + " for " + want);
        s.level_names[static_cast<std::size_t>(v)] = l.at("name").nonempty_text(kTitleMax);
    }

    Field cats = f.at("categories");
    if (cats.size() == 0) cats.fail("must list at least one category");
    UniqueIds cat_ids("category"), sub_ids("sub-dimension");
    for (std::size_t c = 0; c < cats.size(); ++c) {
        RatingCategory cat;
        Field subs = read_group(cats.item(c), cat_ids, "subdimensions",
                                "must list at least one sub-dimension (a category's badge is their mean)", cat);
        for (std::size_t i = 0; i < subs.size(); ++i) {
            Field sf = subs.item(i);
            sf.only_keys({"id", "title", "question", "levels"});
            Subdimension sub;
            sub.id = read_id(sf.at("id"));
            sub_ids.add(sf.at("id"), sub.id);
            sub.title = sf.at("title").nonempty_text(kTitleMax);
            sub.question = optional_text(sf, "question", kLongTextMax);
            Field lv = sf.at("levels");
            lv.only_keys({"bronze", "silver", "gold", "platinum"});
            for (int v = 1; v < kRatingLevelCount; ++v)
                sub.descriptors[static_cast<std::size_t>(v - 1)] = lv.at(kRatingIds[static_cast<std::size_t>(v)]).nonempty_text(kLongTextMax);
            cat.subdimensions.push_back(std::move(sub));
        }
        s.categories.push_back(std::move(cat));
    }
    return s;
}

ojson asset_rating_to_json(const AssetRatingScheme& s) {
    ojson j;
    j["schema"] = "fairterms/asset-rating@1";
    j["id"] = s.id;
    j["version"] = s.version;
    if (!s.title.empty()) j["title"] = s.title;
    if (!s.description.empty()) j["description"] = s.description;
    j["levels"] = ojson::array();
    for (int v = 0; v < kRatingLevelCount; ++v)
        j["levels"].push_back({{"id", rating_id(v)}, {"value", v}, {"name", s.level_names[static_cast<std::size_t>(v)]}});
    j["categories"] = ojson::array();
    for (const auto& c : s.categories) {
        ojson cj = group_json(c.id, c.title, c.summary);
        cj["subdimensions"] = ojson::array();
        for (const auto& sub : c.subdimensions) {
            ojson sj{{"id", sub.id}, {"title", sub.title}};
            if (!sub.question.empty()) sj["question"] = sub.question;
            ojson lv;
            for (int v = 1; v < kRatingLevelCount; ++v) lv[rating_id(v)] = sub.descriptors[static_cast<std::size_t>(v - 1)];
            sj["levels"] = lv;
            cj["subdimensions"].push_back(sj);
        }
        j["categories"].push_back(cj);
    }
    return j;
}

const AssetRatingScheme& builtin_asset_rating() {
    static const AssetRatingScheme s = load_builtin<AssetRatingScheme>("instrument/asset-rating.json", parse_asset_rating);
    return s;
}

}  // namespace ft::assess
