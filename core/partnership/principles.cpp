// The principles check: DHSC's five principles for data partnerships (2019) and NHS England's Value Sharing
// Framework's four, each passed or failed with its reason in words a Board member can read. The reasons
// quote the record's own figures, so the check is an explanation as well as a verdict.
#include <algorithm>
#include <cctype>

#include "base/money.h"
#include "base/text_format.h"
#include "partnership/linked.h"

namespace ft::partnership {
namespace {

using text::blank;

// Text as a sentence: ends with a full stop unless it already ends with one (or ? or !).
std::string sentence(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    if (!s.empty() && s.back() != '.' && s.back() != '?' && s.back() != '!') s += '.';
    return s;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// True when text grants or promises exclusivity: "exclusive" or "exclusivity" that is not part of
// "non-exclusive" / "non exclusive" / "nonexclusive" (the usual, and welcome, licence wording).
bool speaks_of_exclusivity(const std::string& text) {
    std::string t = lower(text);
    for (std::size_t at = t.find("exclusiv"); at != std::string::npos; at = t.find("exclusiv", at + 1)) {
        std::size_t b = at;
        if (b > 0 && (t[b - 1] == '-' || t[b - 1] == ' ')) --b;
        if (b >= 3 && t.compare(b - 3, 3, "non") == 0) continue;
        return true;
    }
    return false;
}

std::string join_words(const std::vector<std::string>& items) {
    std::string s;
    for (std::size_t i = 0; i < items.size(); ++i) s += (i ? (i + 1 == items.size() ? " and " : ", ") : "") + items[i];
    return s;
}

Principle dhsc(int n, const char* title) { return {"DHSC", n, title, false, ""}; }
Principle vsf(int n, const char* title) { return {"Value Sharing Framework", n, title, false, ""}; }

// Why there is no priced quote to judge a fee by, or "" when there is one.
std::string no_fee_reason(const Linked& l) {
    if (l.quote) return "";
    if (!l.quote_problem.empty()) return l.quote_problem;
    return "No quote is linked, so there is no fee to judge.";
}

}  // namespace

std::vector<Principle> check_principles(const Linked& l) {
    const Partnership& p = l.record;
    std::vector<Principle> out;

    Principle aim = dhsc(1, "An explicit aim to improve health and care or the running of the NHS");
    std::vector<std::string> missing;
    if (blank(p.purpose)) missing.push_back("the purpose");
    if (blank(p.benefit_what)) missing.push_back("what the public benefit is");
    if (blank(p.benefit_who)) missing.push_back("who receives it");
    aim.pass = missing.empty();
    aim.reason = aim.pass ? "The purpose and its public benefit are written down: " + p.benefit_what
                          : "Not yet stated: " + join_words(missing) + ".";
    out.push_back(aim);

    Principle fair = dhsc(2, "Fair terms for the NHS");
    if (p.foreground == "partner" && p.licence_back == "none") {
        fair.reason = "The partner would own all new intellectual property and the NHS would have no licence back to use it.";
    } else {
        fair.pass = true;
        fair.reason = "Ownership of new intellectual property is settled at the start (" + foreground_words(p.foreground) +
                      "), with " + licence_back_words(p.licence_back) + ".";
    }
    out.push_back(fair);

    Principle excl = dhsc(3, "No exclusive arrangements");
    std::vector<std::string> where;
    if (speaks_of_exclusivity(p.ip_note)) where.push_back("the intellectual property note");
    if (speaks_of_exclusivity(p.purpose)) where.push_back("the purpose");
    if (speaks_of_exclusivity(p.access_reason)) where.push_back("the reason for the access route");
    excl.pass = where.empty();
    excl.reason = excl.pass ? "Nothing in the terms is exclusive: the same data stay open to other partners on the same terms."
                            : "Exclusive rights are mentioned in " + join_words(where) +
                                  ". Remove them: exclusive arrangements are not allowed.";
    out.push_back(excl);

    Principle open = dhsc(4, "Transparency");
    open.pass = p.publish;
    open.reason = p.publish ? "The partnership is published in the organisation's register of partnerships."
                            : "Kept out of the published register (reason given: " + p.publish_reason + ").";
    out.push_back(open);

    Principle legal = dhsc(5, "Legal, regulatory, privacy and security obligations met");
    std::vector<std::string> not_recorded;
    if (p.approvals.ig_signoff.empty()) not_recorded.push_back("information governance sign-off");
    if (p.approvals.dpia.empty()) not_recorded.push_back("the data protection impact assessment");
    if (p.approvals.caldicott.empty()) not_recorded.push_back("the Caldicott Guardian's approval");
    if (p.approvals.approval.empty()) not_recorded.push_back(p.approvals.approval_body == "committee" ? "committee approval" : "Board approval");
    legal.pass = not_recorded.empty();
    legal.reason = legal.pass ? "Information governance sign-off, the data protection impact assessment, the Caldicott Guardian's "
                                "approval and " + std::string(p.approvals.approval_body == "committee" ? "committee" : "Board") +
                                    " approval are all recorded."
                              : "Not yet recorded: " + join_words(not_recorded) + ". Access must wait for them.";
    out.push_back(legal);

    Principle fee = vsf(1, "A fee is charged for access");
    if (!l.quote) {
        fee.reason = no_fee_reason(l);
    } else if (l.quote->net_pence <= 0) {
        fee.reason = "The linked quote charges no fee (" + format_gbp(l.quote->net_pence) + " after any waiver).";
    } else {
        fee.pass = true;
        fee.reason = "A fee of " + format_gbp(l.quote->net_pence) + " before VAT (" + format_gbp(l.quote->total_pence) +
                     " in total) is charged, from the quote \"" + p.quote + "\".";
    }
    out.push_back(fee);

    Principle recover = vsf(2, "The fee recovers cost");
    if (!l.quote) {
        recover.reason = no_fee_reason(l);
    } else if (l.quote->request.card.overhead_rate.units() <= 0 && l.quote->direct_pence > 0 && blank(l.quote->request.card.overhead_note)) {
        // A card may add no overhead because its prices already carry it (the national tariffs say so in
        // their overhead note); one that adds none and says nothing leaves overheads out.
        recover.reason = "The rate card adds no overhead and does not say that its prices already carry overheads, so the fee may "
                         "leave the organisation's overheads unrecovered.";
    } else if (l.quote->waiver_pence > 0) {
        recover.pass = true;
        recover.reason = "Cost is recovered except for a waiver of " + format_gbp(l.quote->waiver_pence) + ", which has its reason (" +
                         l.quote->request.waiver->reason + "); " + format_gbp(l.quote->unrecovered_pence) + " of cost is not recovered.";
    } else {
        recover.pass = true;
        recover.reason = "Direct cost " + format_gbp(l.quote->direct_pence) + " plus overhead " + format_gbp(l.quote->overhead_pence) +
                         ": the whole cost of access is recovered." +
                         (blank(l.quote->request.card.overhead_note) ? std::string() : " On overheads, the rate card says: " + sentence(l.quote->request.card.overhead_note));
    }
    out.push_back(recover);

    Principle basis = vsf(3, "The price depends on the use and the data, never on who the partner is");
    if (!l.quote) {
        basis.reason = no_fee_reason(l);
    } else if ((l.quote->request.use == quote::Use::commercial) != p.commercial) {
        basis.reason = std::string("The quote was priced for ") + (p.commercial ? "a non-commercial" : "a commercial") +
                       " use, but this partnership is " + (p.commercial ? "commercial" : "non-commercial") +
                       ": price it again for the use it really is.";
    } else {
        basis.pass = true;
        basis.reason = std::string("Priced from the rate card \"") + l.quote->request.card.name + "\" for a " +
                       (p.commercial ? "commercial" : "non-commercial") +
                       " use and the data requested; the kind of partner is recorded but changes no figure.";
    }
    out.push_back(basis);

    Principle share = vsf(4, p.commercial ? "The NHS shares in the value created (a value share is agreed)"
                                          : "The NHS shares in the value created (consent to commercialise)");
    if (p.commercial) {
        if (l.value && l.value->total_pv_pence > 0) {
            std::vector<std::string> names;
            for (const auto& m : l.value->mechanisms) names.push_back(m.label);
            share.pass = true;
            share.reason = "A value share is set out in the scenario \"" + p.value_scenario + "\": " + join_words(names) +
                           ", worth " + format_gbp(l.value->total_pv_pence) + " in present value.";
        } else if (l.value) {
            share.reason = "The linked scenario \"" + p.value_scenario + "\" gives the NHS no value (present value " +
                           format_gbp(l.value->total_pv_pence) + ").";
        } else if (!l.value_problem.empty()) {
            share.reason = l.value_problem;
        } else {
            share.reason = "This is a commercial use, and no value-share scenario is linked.";
        }
    } else {
        share.pass = p.consent_to_commercialise;
        share.reason = share.pass ? "The terms carry a consent-to-commercialise clause: any later commercial use needs a value share agreed first."
                                  : "This non-commercial use has no consent-to-commercialise clause.";
    }
    out.push_back(share);
    return out;
}

}  // namespace ft::partnership
