// What the heads of terms say, section by section, from a resolved partnership. The wording is
// fairterms' own; every figure comes from the linked quote and value-share scenario as they stand.
#include <algorithm>

#include "base/dates.h"
#include "base/money.h"
#include "partnership/terms.h"

namespace ft::partnership {
namespace {

Block para(std::string t) {
    Block b;
    b.text = std::move(t);
    return b;
}
Block note(std::string t) {
    Block b;
    b.kind = Block::note;
    b.text = std::move(t);
    return b;
}
Block bullets(std::vector<std::string> items) {
    Block b;
    b.kind = Block::bullets;
    b.items = std::move(items);
    return b;
}
Block table(std::vector<std::string> header, std::vector<int> widths, std::vector<bool> right) {
    Block b;
    b.kind = Block::table;
    b.header = std::move(header);
    b.widths = std::move(widths);
    b.right = std::move(right);
    return b;
}

std::string or_not_stated(const std::string& s) { return s.empty() ? "Not stated yet" : org::single_line(s); }
std::string months(std::int64_t n) { return std::to_string(n) + (n == 1 ? " month" : " months"); }
std::string when(const std::string& iso) { return iso.empty() ? "Not recorded yet" : dates::long_date(iso); }

std::string recipients_text(const ValueEntry& v) {
    std::string s;
    for (std::size_t i = 0; i < v.recipients.size(); ++i)
        s += (i ? (i + 1 == v.recipients.size() ? " and " : ", ") : "") + recipient_words(v.recipients[i]);
    if (s.empty()) return "Not stated";
    s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string partner_kind_words(const std::string& k) {
    if (k == "nhs") return "NHS organisation";
    if (k == "public_body") return "public body";
    return k;
}

Section parties(const Linked& l, const std::string& nhs) {
    const Partnership& p = l.record;
    Section s{"Parties", {}};
    Block t = table({"Party", "Name", "Address"}, {2, 4, 5}, {});
    // Addresses keep their lines (each format writes the breaks its own way: terms_render.cpp).
    std::string addr = l.issuer.address.empty() ? "Not stated" : org::address_text(l.issuer.address);
    t.rows.push_back({"The NHS organisation providing the data", nhs, addr});
    std::string paddr = p.partner_address.empty() ? "Not stated" : org::address_text(p.partner_address);
    const std::string kind = p.partner_kind.empty() ? "" : " (" + partner_kind_words(p.partner_kind) + ")";   // unset: not chosen yet
    t.rows.push_back({"The partner" + kind, or_not_stated(p.partner_name), paddr});
    s.blocks.push_back(t);
    s.blocks.push_back(para("The kind of partner is recorded for the register only. It has no bearing on the fee or the value share."));
    return s;
}

Section purpose(const Partnership& p) {
    Section s{"Purpose and public benefit", {}};
    s.blocks.push_back(para("Purpose: " + or_not_stated(p.purpose)));
    s.blocks.push_back(para(std::string("This is a ") + (p.commercial ? "commercial" : "non-commercial") + " use of the data."));
    Block t = table({"Question", "Answer"}, {4, 7}, {});
    t.rows.push_back({"What is the benefit to the public?", or_not_stated(p.benefit_what)});
    t.rows.push_back({"Who receives it?", or_not_stated(p.benefit_who)});
    t.rows.push_back({"How would the public see this use of their data?", or_not_stated(p.benefit_public)});
    s.blocks.push_back(t);
    return s;
}

Section data(const Linked& l) {
    const Partnership& p = l.record;
    Section s{"Data and access route", {}};
    if (l.assets.empty()) {
        s.blocks.push_back(para("No data assets are named yet."));
    } else {
        Block t = table({"Data asset", "Readiness"}, {8, 3}, {});
        for (const auto& a : l.assets) t.rows.push_back({a.found ? a.name : a.id, a.readiness_words});
        s.blocks.push_back(t);
        s.blocks.push_back(note("Readiness is each asset's lowest category badge in the organisation's asset register "
                                "(Bronze, Silver, Gold or Platinum)."));
    }
    s.blocks.push_back(para("Access will be through " + access_route_words(p.access_route) + "."));
    if (p.access_route != "sde")
        s.blocks.push_back(para("A secure data environment is the default route. It is not used here because: " + org::single_line(p.access_reason)));
    return s;
}

Section fee(const Linked& l) {
    Section s{"Fee", {}};
    if (!l.quote) {
        s.blocks.push_back(para(l.quote_problem.empty() ? "No quote is linked yet: the fee is to be agreed." : l.quote_problem));
        return s;
    }
    const quote::Quote& q = *l.quote;
    s.blocks.push_back(para("The partner pays a fee that recovers the cost of providing access, from the rate card \"" + q.request.card.name +
                            "\" (in effect from " + dates::long_date(q.request.card.valid_from) + "), quote reference " + q.reference +
                            ". The same rate card applies to every partner."));
    Block t = table({"Item", "Quantity", "Unit price", "Amount"}, {6, 2, 2, 2}, {false, true, true, true});
    for (const auto& line : q.lines) t.rows.push_back({line.label, line.quantity.to_string(), quote::unit_price_text(line), format_gbp(line.amount_pence)});
    t.rows.push_back({"Direct cost", "", "", format_gbp(q.direct_pence)});
    t.rows.push_back({"Overhead", "", "", format_gbp(q.overhead_pence)});
    if (q.waiver_pence > 0) t.rows.push_back({"Waiver", "", "", format_gbp(-q.waiver_pence)});
    t.rows.push_back({"Net fee", "", "", format_gbp(q.net_pence)});
    t.rows.push_back({"VAT", "", "", format_gbp(q.vat_pence)});
    t.rows.push_back({"Total", "", "", format_gbp(q.total_pence)});
    t.total_row = true;
    s.blocks.push_back(t);
    if (q.waiver_pence > 0)
        s.blocks.push_back(para("A waiver of " + format_gbp(q.waiver_pence) + " is given, for this reason: " + q.request.waiver->reason +
                                ". It leaves " + format_gbp(q.unrecovered_pence) + " of the cost of access unrecovered."));
    s.blocks.push_back(note("Each line is rounded once, half away from zero, to whole pence; totals are sums of the rounded lines."));
    return s;
}

Section value_share(const Linked& l) {
    const Partnership& p = l.record;
    if (!p.commercial) {
        Section s{"Consent to commercialise", {}};
        if (p.consent_to_commercialise)
            s.blocks.push_back(para("This is a non-commercial use. If the partner later wishes to use the results, or anything derived from "
                                    "the data, for a commercial purpose, it must first tell the NHS organisation and agree a fair share of "
                                    "the value created, in proportion to the NHS contribution, before any commercial use begins."));
        else
            s.blocks.push_back(para("No consent-to-commercialise clause is included. The principles check below reports this."));
        return s;
    }
    Section s{"Value share", {}};
    if (!l.value) {
        s.blocks.push_back(para(l.value_problem.empty() ? "No value-share scenario is linked yet: the value share is to be agreed before access begins."
                                                        : l.value_problem));
        return s;
    }
    const value::ValueResult& v = *l.value;
    s.blocks.push_back(para("Beyond the fee, which only recovers cost, the NHS shares in the value this commercial use creates, in proportion "
                            "to its contribution. The NHS share of contribution is " + format_share(v.nhs_share) +
                            "; the recommended royalty rate is " + format_percent(v.recommended_royalty_rate) + "."));
    Block t = table({"Mechanism", "Nominal", "Expected", "Present value"}, {5, 2, 2, 2}, {false, true, true, true});
    for (const auto& m : v.mechanisms)
        t.rows.push_back({m.label, format_gbp(m.nominal_pence), format_gbp(m.expected_pence), format_gbp(m.pv_pence)});
    t.rows.push_back({"Total", format_gbp(v.total_nominal_pence), format_gbp(v.total_expected_pence), format_gbp(v.total_pv_pence)});
    t.total_row = true;
    s.blocks.push_back(t);
    std::vector<std::string> terms;
    for (const auto& m : v.mechanisms) {
        if (m.name == "royalty") {
            std::string rate = v.royalty_rate ? format_percent(*v.royalty_rate) : format_percent(v.recommended_royalty_rate);
            terms.push_back("Royalty at " + rate + " of net revenue. The partner reports revenue each year, and the NHS organisation "
                            "may audit the partner's records of it, at the partner's cost if an underpayment of more than 5% is found.");
        } else if (m.name == "equity") {
            terms.push_back("Equity carries real risk: a stake may become worth little or nothing, so it is valued here at its expected, "
                            "discounted figure.");
        } else if (m.name == "milestones") {
            terms.push_back("Milestone payments fall due when each milestone is met; the expected figure allows for the chance it is not.");
        }
    }
    if (!terms.empty()) s.blocks.push_back(bullets(terms));
    if (!v.split.empty()) {
        s.blocks.push_back(para("The NHS side's value is split among the contributing organisations by their contribution:"));
        Block sp = table({"NHS organisation", "Share", "Present value"}, {6, 2, 3}, {false, true, true});
        for (const auto& o : v.split) sp.rows.push_back({o.org, format_share(o.share), format_gbp(o.total_pv_pence)});
        s.blocks.push_back(sp);
    }
    s.blocks.push_back(note("Present values are discounted at the HM Treasury Green Book rates; amounts are in whole pence."));
    return s;
}

Section value_profile(const Partnership& p) {
    Section s{"The whole value of the deal", {}};
    s.blocks.push_back(para("The partnership is judged on more than money. Each kind of value below says what is expected, who receives "
                            "it, how it will be measured and how much it matters in this deal (weight 0 to 5). Only the commercial "
                            "value is counted in money, through the fee and the value share."));
    Block t = table({"Value", "Expected", "Who receives it", "How it is measured", "Weight"}, {3, 5, 3, 4, 2}, {false, false, false, false, true});
    for (std::size_t i = 0; i < kValueKinds.size(); ++i) {
        const ValueEntry& v = p.values[i];
        t.rows.push_back({value_title(kValueKinds[i]), or_not_stated(v.expected), recipients_text(v),
                          v.measure.empty() ? "Not stated" : org::single_line(v.measure), std::to_string(v.weight)});
    }
    s.blocks.push_back(t);
    return s;
}

Section ip(const Partnership& p) {
    Section s{"Intellectual property", {}};
    std::vector<std::string> items = {
        "Background intellectual property stays with the party that brings it; nothing in these terms transfers it.",
        "New (foreground) intellectual property: " + foreground_words(p.foreground) + ".",
        std::string("Licence back: ") + licence_back_words(p.licence_back) + ".",
    };
    s.blocks.push_back(bullets(items));
    if (!p.ip_note.empty()) s.blocks.push_back(para("Note: " + org::single_line(p.ip_note)));
    return s;
}

Section exclusivity() {
    Section s{"No exclusivity", {}};
    s.blocks.push_back(para("Nothing in this partnership is exclusive. The NHS organisation remains free to give other partners access to "
                            "the same data, on the same terms, for other purposes. Exclusive arrangements are ruled out by the third of "
                            "the Department of Health and Social Care's principles for data partnerships."));
    return s;
}

Section transparency(const Partnership& p, const std::string& nhs) {
    Section s{"Publication and transparency", {}};
    if (p.publish) {
        std::string amounts = p.publish_amounts ? "including the value-share amounts" : "naming the kinds of value share but not their amounts";
        s.blocks.push_back(para(nhs + " will publish this partnership in its register of data partnerships: the partner, purpose, data, "
                                      "access route, fee, value share (" + amounts + "), start date, status and the public benefit expected."));
    } else {
        s.blocks.push_back(para("This partnership is kept out of the published register, for this reason: " + org::single_line(p.publish_reason)));
    }
    return s;
}

Section term(const Partnership& p) {
    Section s{"Term, review and exit", {}};
    std::string start = p.start_date.empty() ? "a start date to be agreed" : dates::long_date(p.start_date);
    std::string line = "The partnership runs for " + months(p.term_months) + " from " + start;
    if (!p.start_date.empty()) {
        // The end is the day before the same day term_months later, so 12 months from 1 April ends on 31 March.
        dates::CivilDate d = *dates::parse_iso_date(p.start_date);
        std::int64_t m = std::int64_t(d.month) - 1 + p.term_months;
        dates::CivilDate end{int(d.year + m / 12), unsigned(m % 12 + 1), 1};
        end.day = std::min<unsigned>(d.day, dates::days_in_month(end.year, end.month));
        line += ", to " + dates::long_date(dates::add_days(dates::to_iso(end), -1));
    }
    s.blocks.push_back(para(line + "."));
    if (p.review_points.empty()) {
        s.blocks.push_back(para("Review: at least once a year, and whenever the purpose or the data change."));
    } else {
        std::vector<std::string> items;
        for (const auto& r : p.review_points) items.push_back("Review on " + dates::long_date(r));
        s.blocks.push_back(bullets(items));
    }
    s.blocks.push_back(para("Either party may end the partnership at a review, or at any time if the other breaches these terms. At the end "
                            "the partner's access stops, and any data it holds are deleted and the deletion confirmed in writing."));
    return s;
}

Section conditions(const Partnership& p) {
    Section s{"Conditions before access", {}};
    s.blocks.push_back(para("No access to data begins until each of these is in place:"));
    Block t = table({"Condition", "Date recorded"}, {7, 4}, {});
    t.rows.push_back({"Information governance sign-off", when(p.approvals.ig_signoff)});
    t.rows.push_back({"Data protection impact assessment", when(p.approvals.dpia)});
    t.rows.push_back({"Caldicott Guardian's approval", when(p.approvals.caldicott)});
    t.rows.push_back({p.approvals.approval_body == "committee" ? "Committee approval" : "Board approval", when(p.approvals.approval)});
    s.blocks.push_back(t);
    return s;
}

Section principles(const Linked& l) {
    Section s{"Principles check", {}};
    int passed = int(std::count_if(l.principles.begin(), l.principles.end(), [](const Principle& x) { return x.pass; }));
    // Figures throughout, and the verb agreeing with the count (found by a new user: "Of the nine principles, 8
    // are met" mixed words and figures).
    std::size_t all = l.principles.size();
    std::string met = std::size_t(passed) == all ? "All " + std::to_string(all) + " principles are met."
                      : std::to_string(passed) + " of the " + std::to_string(all) + " principles " + (passed == 1 ? "is" : "are") + " met.";
    s.blocks.push_back(para(met + " They are DHSC's 5 principles for data partnerships and the 4 of NHS England's Value Sharing "
                                  "Framework:"));
    Block t = table({"Principle", "Met", "Why"}, {4, 1, 7}, {});
    for (const auto& x : l.principles)
        t.rows.push_back({(x.source == "DHSC" ? "DHSC " : "Value Sharing Framework ") + std::to_string(x.number) + ": " + x.title,
                          x.pass ? "Yes" : "No", x.reason});
    s.blocks.push_back(t);
    return s;
}

}  // namespace

Document heads_of_terms(const Linked& l) {
    const Partnership& p = l.record;
    Document d;
    d.title = "Heads of terms";
    d.name = org::single_line(p.name);
    std::string nhs = l.issuer.empty() ? "The NHS organisation" : org::single_line(l.issuer.name);
    d.organisation = nhs;
    d.details = {{"Partnership", d.name},
                 {"Between", nhs},
                 {"And", or_not_stated(p.partner_name)},
                 {"Status", status_words(p.status)},
                 {"Start", p.start_date.empty() ? "To be agreed" : dates::long_date(p.start_date)}};
    d.banner = std::string(kSubjectToContract) + ". These heads of terms record what the parties intend to agree. They are not "
               "legally binding: the parties will be bound only by a signed contract.";
    d.sections = {parties(l, nhs), purpose(p),      data(l),           fee(l),   value_share(l),    value_profile(p),
                  ip(p),           exclusivity(), transparency(p, nhs), term(p), conditions(p), principles(l)};
    return d;
}

}  // namespace ft::partnership
