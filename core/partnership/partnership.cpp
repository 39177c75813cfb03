// The partnership record: its lists of choices, reading with pointers, and writing it back.
#include "partnership/partnership.h"

#include <algorithm>

#include "base/dates.h"
#include "base/text_format.h"

namespace ft::partnership {
namespace {

struct Choice {
    const char* id;
    const char* words;
};

const std::vector<Choice>& route_choices() {
    static const std::vector<Choice> c = {
        {"sde", "a secure data environment (the data stay in the NHS environment; the partner works inside it)"},
        {"federated", "federated analysis (the partner's queries run where the data are; only results leave)"},
        {"aggregate_outputs", "aggregate outputs (NHS staff analyse the data; the partner receives summary results)"},
        {"extract", "a de-identified extract (a copy of the data leaves the NHS)"},
    };
    return c;
}
const std::vector<Choice>& status_choices() {
    static const std::vector<Choice> c = {{"proposed", "Proposed"}, {"agreed", "Agreed"}, {"active", "Active"}, {"ended", "Ended"}};
    return c;
}
const std::vector<Choice>& foreground_choices() {
    static const std::vector<Choice> c = {
        {"each_own", "each party owns the new intellectual property it creates"},
        {"nhs", "the NHS organisation owns the new intellectual property"},
        {"partner", "the partner owns the new intellectual property"},
        {"joint", "the parties own the new intellectual property jointly"},
    };
    return c;
}
const std::vector<Choice>& licence_choices() {
    static const std::vector<Choice> c = {
        {"royalty_free_nhs", "a free, non-exclusive, perpetual licence back to the NHS for care, research and NHS operations"},
        {"royalty_free_research", "a free, non-exclusive licence back to the NHS for research only"},
        {"none", "no licence back"},
    };
    return c;
}
const std::vector<Choice>& recipient_choices() {
    static const std::vector<Choice> c = {{"patients", "patients"}, {"trust", "the trust"}, {"wider_nhs", "the wider NHS"},
                                          {"local_economy", "the local economy"}, {"partner", "the partner"}};
    return c;
}

std::vector<std::string> ids(const std::vector<Choice>& c) {
    std::vector<std::string> v;
    for (const auto& x : c) v.push_back(x.id);
    return v;
}
std::string words(const std::vector<Choice>& c, const std::string& id) {
    for (const auto& x : c)
        if (id == x.id) return x.words;
    return id;
}

const char* kExclusivityRefusal =
    "cannot be part of a partnership: DHSC's third principle for data partnerships forbids exclusive arrangements, "
    "so fairterms records none";

// Any member whose name speaks of exclusivity is an attempt to grant it: refused, with the principle, rather
// than as an unknown field, so the person reading the message learns why.
void refuse_exclusivity(const Field& f) {
    if (!f.value().is_object()) return;
    for (auto it = f.value().begin(); it != f.value().end(); ++it) {
        std::string key = it.key();
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        if (key.find("exclusiv") != std::string::npos) throw InputError(pointer_append(f.pointer(), it.key()), kExclusivityRefusal);
    }
}

std::string opt_text(const Field& f, const char* key, std::size_t max = kTextMax) {
    return f.has(key) ? f.at(key).text(max) : std::string();
}
std::string opt_date(const Field& f, const char* key) {
    if (!f.has(key)) return "";
    if (f.at(key).value().is_string() && f.at(key).str().empty()) return "";
    return f.at(key).date();
}
using text::blank;

}  // namespace

const std::vector<std::string>& partner_kinds() {
    static const std::vector<std::string> k = {"company", "university", "charity", "nhs", "public_body", "other"};
    return k;
}
const std::vector<std::string>& access_routes() { static const auto v = ids(route_choices()); return v; }
std::string access_route_words(const std::string& r) { return words(route_choices(), r); }
const std::vector<std::string>& statuses() { static const auto v = ids(status_choices()); return v; }
std::string status_words(const std::string& s) { return words(status_choices(), s); }
const std::vector<std::string>& foreground_options() { static const auto v = ids(foreground_choices()); return v; }
std::string foreground_words(const std::string& o) { return words(foreground_choices(), o); }
const std::vector<std::string>& licence_back_options() { static const auto v = ids(licence_choices()); return v; }
std::string licence_back_words(const std::string& o) { return words(licence_choices(), o); }
const std::vector<std::string>& recipients() { static const auto v = ids(recipient_choices()); return v; }
std::string recipient_words(const std::string& r) { return words(recipient_choices(), r); }

const char* value_key(ValueKind k) {
    switch (k) {
        case ValueKind::clinical: return "clinical";
        case ValueKind::social: return "social";
        case ValueKind::economic: return "economic_development";
        case ValueKind::environmental: return "environmental";
        case ValueKind::commercial: return "commercial";
    }
    return "";
}
const char* value_title(ValueKind k) {
    switch (k) {
        case ValueKind::clinical: return "Clinical";
        case ValueKind::social: return "Social";
        case ValueKind::economic: return "Economic development";
        case ValueKind::environmental: return "Environmental";
        case ValueKind::commercial: return "Commercial (financial)";
    }
    return "";
}

void check_value_profile(const std::array<ValueEntry, 5>& values, const std::string& base) {
    for (std::size_t i = 0; i < kValueKinds.size(); ++i) {
        const ValueEntry& v = values[i];
        std::string p = pointer_append(base, value_key(kValueKinds[i]));
        if (v.weight < 0 || v.weight > kMaxWeight) throw InputError(p + "/weight", "must be a whole number from 0 to 5");
        if (v.weight >= kMeasureFromWeight && blank(v.measure))
            throw InputError(p + "/measure", "must say how this value will be measured: it is weighted " + std::to_string(v.weight) +
                                                 ", and any value weighted 3 or more needs a measure");
        if (v.weight >= kMeasureFromWeight && blank(v.expected))
            throw InputError(p + "/expected", "must say what value is expected: it is weighted " + std::to_string(v.weight));
    }
}

Partnership parse(const Field& f) {
    f.object();
    refuse_exclusivity(f);
    f.only_keys({"schema", "name", "partner", "purpose", "public_benefit", "use", "assets", "access_route", "quote", "value_scenario",
                 "consent_to_commercialise", "term", "ip", "transparency", "approvals", "status", "value_profile"});
    if (f.has("schema") && f.at("schema").str() != kSchema) f.at("schema").fail(std::string("must be ") + kSchema);
    Partnership p;
    p.name = f.at("name").nonempty_text(kNameMax);

    if (f.has("partner")) {
        Field partner = f.at("partner");
        partner.object();
        refuse_exclusivity(partner);
        partner.only_keys({"name", "address", "kind"});
        p.partner_name = opt_text(partner, "name", kNameMax);
        p.partner_address = opt_text(partner, "address", org::kAddressMax);
        if (partner.has("kind")) p.partner_kind = partner.at("kind").one_of(partner_kinds());
    }
    p.purpose = opt_text(f, "purpose");
    if (f.has("public_benefit")) {
        Field b = f.at("public_benefit");
        b.object();
        b.only_keys({"what", "who", "public_view"});
        p.benefit_what = opt_text(b, "what");
        p.benefit_who = opt_text(b, "who");
        p.benefit_public = opt_text(b, "public_view");
    }
    p.commercial = f.at("use").one_of({"commercial", "non_commercial"}) == "commercial";

    if (f.has("assets")) {
        Field a = f.at("assets");
        a.size_at_most(kMaxAssets, "data assets");
        for (std::size_t i = 0; i < a.size(); ++i) {
            std::string id = a.item(i).nonempty_text(kNameMax);
            if (std::find(p.assets.begin(), p.assets.end(), id) != p.assets.end()) a.item(i).fail("names the same data asset twice");
            p.assets.push_back(id);
        }
    }
    if (f.has("access_route")) {
        Field r = f.at("access_route");
        r.object();
        r.only_keys({"route", "reason"});
        p.access_route = r.at("route").one_of(access_routes());
        p.access_reason = opt_text(r, "reason");
        if (p.access_route != "sde" && blank(p.access_reason))
            (r.has("reason") ? r.at("reason") : r).fail(
                "must give the reason a secure data environment cannot be used: it is the default route for NHS data");
    }
    p.quote = opt_text(f, "quote", kNameMax);
    p.value_scenario = opt_text(f, "value_scenario", kNameMax);
    if (f.has("consent_to_commercialise")) p.consent_to_commercialise = f.at("consent_to_commercialise").boolean();

    if (f.has("term")) {
        Field t = f.at("term");
        t.object();
        refuse_exclusivity(t);
        t.only_keys({"start", "months", "review_points"});
        p.start_date = opt_date(t, "start");
        if (t.has("months")) p.term_months = t.at("months").whole(1, kMaxTermMonths);
        if (t.has("review_points")) {
            Field r = t.at("review_points");
            r.size_at_most(kMaxReviewPoints, "review points");
            for (std::size_t i = 0; i < r.size(); ++i) p.review_points.push_back(r.item(i).date());
        }
    }
    if (f.has("ip")) {
        Field ip = f.at("ip");
        ip.object();
        refuse_exclusivity(ip);
        ip.only_keys({"foreground", "licence_back", "note"});
        if (ip.has("foreground")) p.foreground = ip.at("foreground").one_of(foreground_options());
        if (ip.has("licence_back")) p.licence_back = ip.at("licence_back").one_of(licence_back_options());
        p.ip_note = opt_text(ip, "note");
    }
    if (f.has("transparency")) {
        Field t = f.at("transparency");
        t.object();
        t.only_keys({"publish", "reason", "publish_amounts"});
        if (t.has("publish")) p.publish = t.at("publish").boolean();
        p.publish_reason = opt_text(t, "reason");
        if (t.has("publish_amounts")) p.publish_amounts = t.at("publish_amounts").boolean();
        if (!p.publish && blank(p.publish_reason))
            (t.has("reason") ? t.at("reason") : t).fail("must give the reason this partnership is kept out of the published register");
    }
    if (f.has("approvals")) {
        Field a = f.at("approvals");
        a.object();
        a.only_keys({"ig_signoff", "dpia", "caldicott", "approval", "approval_body"});
        p.approvals.ig_signoff = opt_date(a, "ig_signoff");
        p.approvals.dpia = opt_date(a, "dpia");
        p.approvals.caldicott = opt_date(a, "caldicott");
        p.approvals.approval = opt_date(a, "approval");
        if (a.has("approval_body")) p.approvals.approval_body = a.at("approval_body").one_of({"committee", "board"});
    }
    if (f.has("status")) p.status = f.at("status").one_of(statuses());

    if (f.has("value_profile")) {
        Field vp = f.at("value_profile");
        vp.object();
        std::vector<std::string> keys;
        for (ValueKind k : kValueKinds) keys.push_back(value_key(k));
        vp.only_keys(keys);
        for (std::size_t i = 0; i < kValueKinds.size(); ++i) {
            const char* key = value_key(kValueKinds[i]);
            if (!vp.has(key)) vp.fail(std::string("must hold all five values; ") + key + " is missing");
            Field v = vp.at(key);
            v.object();
            v.only_keys({"expected", "recipients", "measure", "weight"});
            ValueEntry& e = p.values[i];
            e.expected = opt_text(v, "expected");
            e.measure = opt_text(v, "measure");
            e.weight = int(v.at("weight").whole(0, kMaxWeight));
            if (v.has("recipients")) {
                Field r = v.at("recipients");
                r.size_at_most(recipients().size(), "recipients");
                for (std::size_t j = 0; j < r.size(); ++j) {
                    std::string who = r.item(j).one_of(recipients());
                    if (std::find(e.recipients.begin(), e.recipients.end(), who) != e.recipients.end()) r.item(j).fail("is listed twice");
                    e.recipients.push_back(who);
                }
            }
        }
        check_value_profile(p.values, vp.pointer());
    }
    return p;
}

ojson to_json(const Partnership& p) {
    ojson j;
    j["schema"] = kSchema;
    j["name"] = p.name;
    j["partner"]["name"] = p.partner_name;
    if (!p.partner_address.empty()) j["partner"]["address"] = p.partner_address;
    if (!p.partner_kind.empty()) j["partner"]["kind"] = p.partner_kind;
    j["purpose"] = p.purpose;
    j["public_benefit"]["what"] = p.benefit_what;
    j["public_benefit"]["who"] = p.benefit_who;
    j["public_benefit"]["public_view"] = p.benefit_public;
    j["use"] = p.commercial ? "commercial" : "non_commercial";
    j["assets"] = p.assets;
    j["access_route"]["route"] = p.access_route;
    if (!p.access_reason.empty()) j["access_route"]["reason"] = p.access_reason;
    j["quote"] = p.quote;
    j["value_scenario"] = p.value_scenario;
    j["consent_to_commercialise"] = p.consent_to_commercialise;
    if (!p.start_date.empty()) j["term"]["start"] = p.start_date;
    j["term"]["months"] = p.term_months;
    j["term"]["review_points"] = p.review_points;
    j["ip"]["foreground"] = p.foreground;
    j["ip"]["licence_back"] = p.licence_back;
    j["ip"]["note"] = p.ip_note;
    j["transparency"]["publish"] = p.publish;
    if (!p.publish_reason.empty()) j["transparency"]["reason"] = p.publish_reason;
    j["transparency"]["publish_amounts"] = p.publish_amounts;
    ojson a = ojson::object();
    if (!p.approvals.ig_signoff.empty()) a["ig_signoff"] = p.approvals.ig_signoff;
    if (!p.approvals.dpia.empty()) a["dpia"] = p.approvals.dpia;
    if (!p.approvals.caldicott.empty()) a["caldicott"] = p.approvals.caldicott;
    if (!p.approvals.approval.empty()) a["approval"] = p.approvals.approval;
    a["approval_body"] = p.approvals.approval_body;
    j["approvals"] = a;
    j["status"] = p.status;
    for (std::size_t i = 0; i < kValueKinds.size(); ++i) {
        const ValueEntry& v = p.values[i];
        ojson e;
        e["expected"] = v.expected;
        e["recipients"] = v.recipients;
        e["measure"] = v.measure;
        e["weight"] = v.weight;
        j["value_profile"][value_key(kValueKinds[i])] = e;
    }
    return j;
}

Partnership new_record(const std::string& name) {
    Partnership p;
    p.name = name;
    return p;
}

}  // namespace ft::partnership
