// The Board report as a Word document, with the same sections and words as the HTML report: Boards
// circulate papers as Word files and add their own cover sheet.
#include <algorithm>

#include "assess/assess_report.h"
#include "assess/assess_report_words.h"
#include "base/dates.h"
#include "base/docx.h"

namespace ft::assess {
namespace {

using namespace words;
using docx::Cell;
using docx::Run;

// Badge shading, the same colours as the HTML report (unrated, bronze, silver, gold, platinum).
const char* const kBadgeFill[] = {"F0F4F5", "E8CFA9", "DFE3E6", "F6E39A", "CFE0EE"};

Cell badge(const AssetRatingScheme& s, int value) {
    std::size_t v = static_cast<std::size_t>(std::clamp(value, 0, 4));
    Cell c(std::vector<Run>{{s.level_names[v], true}});
    c.fill = kBadgeFill[v];
    return c;
}

Cell label_cell(const std::string& s) { return Cell(std::vector<Run>{{s, true}}); }

void summary(docx::Writer& w, const AssessResult& r) {
    w.heading(1, "Summary");
    w.paragraph("Progress: " + std::to_string(r.answered) + " of " + std::to_string(r.total) + " indicators answered.");
    w.paragraph({{"Suggested partnership posture: "}, {posture_name(r.posture), true}}, docx::Style::quote);
    w.paragraph(posture_meaning(r.posture));
    w.paragraph({{"How: " + r.posture_explanation + ".", false, false, true}});
    if (r.posture_reasons.empty()) {
        w.paragraph("Nothing holds the posture back.");
        return;
    }
    w.heading(2, "What holds the posture back");
    for (const auto& p : r.posture_reasons) w.bullet(capitalised(p.text) + ".");
}

void domains(docx::Writer& w, const Instrument& in, const AssessResult& r) {
    w.heading(1, "Domain levels");
    w.paragraph("Each domain's level is the floor of the median of its answered core indicators (\"not known\" counts as 1, "
                "\"not applicable\" is left out).");
    docx::Table t;
    t.widths = {24, 15, 14, 14, 33};
    t.header = {"Domain", "Level", "Answered", "Core answered", "How the level was found"};
    for (const auto& d : r.domains)
        t.rows.push_back({d.title, capitalised(optional_level_label(in, d.level)), std::to_string(d.answered) + " of " + std::to_string(d.total),
                          std::to_string(d.core_answered) + " of " + std::to_string(d.core_total),
                          Cell(std::vector<Run>{{d.explanation, false, false, true}})});
    w.table(t);
}

void critical_gaps(docx::Writer& w, const Instrument& in, const AssessResult& r) {
    w.heading(1, "Critical indicators below level 3");
    if (r.critical_gaps.empty()) {
        w.paragraph("None: every critical indicator that applies is at level 3 or more.");
        return;
    }
    docx::Table t;
    t.widths = {40, 26, 17, 17};
    t.header = {"Indicator", "Domain", "Now", "Needed"};
    for (const auto& g : r.critical_gaps)
        t.rows.push_back({g.title, domain_title(in, g.domain), now_label(in, g.level, g.state), level_label(in, g.needed)});
    w.table(t);
}

void assets(docx::Writer& w, const Assessment& a, const AssessResult& r) {
    const AssetRatingScheme& s = *a.asset_rating;
    w.heading(1, "Data asset register");
    if (a.assets.empty()) {
        w.paragraph("No data assets are recorded.");
        return;
    }
    w.paragraph("Each category's badge is the floor of the mean of its sub-dimension ratings (" + s.level_names[0] + " 0, " + s.level_names[1] +
                " 1, " + s.level_names[2] + " 2, " + s.level_names[3] + " 3, " + s.level_names[4] +
                " 4); an asset's readiness is its lowest category badge.");
    docx::Table t;
    t.widths.push_back(24);
    t.header.push_back("Asset");
    for (const auto& c : s.categories) {
        t.widths.push_back(12);
        t.header.push_back(c.title);
    }
    t.widths.push_back(13);
    t.header.push_back("Readiness");
    for (const auto& ar : r.assets) {
        std::vector<Cell> row = {Cell(ar.name)};
        for (const auto& c : ar.categories) row.push_back(badge(s, c.value));
        row.push_back(badge(s, ar.readiness));
        t.rows.push_back(std::move(row));
    }
    w.table(t);
    for (const auto& asset : a.assets) {
        w.heading(3, asset.name);
        docx::Table d;
        d.widths = {3, 7};
        for (const auto& [label, value] : asset_details(asset))
            d.rows.push_back({label_cell(label), value.empty() ? Cell(std::vector<Run>{{"None recorded", false, true}}) : Cell(value)});
        w.table(d);
    }
}

void plan(docx::Writer& w, const Instrument& in, const AssessResult& r) {
    w.heading(1, "Action plan");
    if (r.action_plan.empty()) {
        w.paragraph("No actions: every answered indicator is at its target.");
        return;
    }
    w.paragraph("Indicators below their target, answered \"not known\", or critical and not answered; by priority, then due date.");
    docx::Table t;
    t.widths = {12, 17, 26, 29, 16};
    t.header = {"Priority", "Due", "Indicator", "Action", "Owner"};
    for (const auto& it : r.action_plan) {
        Cell indicator(std::vector<Run>{{it.title},
                                        {"\n" + domain_title(in, it.domain) + ". Now: " + now_label(in, it.level, it.status) +
                                             "; target: " + level_label(in, it.target),
                                         false, false, true}});
        Cell action = it.action.empty()
                          ? Cell(std::vector<Run>{{it.suggested_action}, {"\nSuggested by the instrument; no action agreed yet.", false, false, true}})
                          : Cell(std::vector<Run>{{it.action}, {"\nSuggested: " + it.suggested_action, false, false, true}});
        t.rows.push_back({capitalised(it.priority), it.due.empty() ? std::string("Not set") : dates::long_date(it.due), indicator, action,
                          it.owner.empty() ? std::string("Not set") : it.owner});
    }
    w.table(t);
}

void questions(docx::Writer& w, const Assessment& a, const AssessResult& r) {
    const Instrument& in = *a.instrument;
    w.heading(1, "Every question and answer");
    for (std::size_t di = 0; di < in.domains.size(); ++di) {
        const Domain& d = in.domains[di];
        w.heading(2, d.title + ": " + optional_level_label(in, r.domains[di].level));
        if (!d.summary.empty()) w.paragraph(d.summary);
        for (const auto& ind : d.indicators) {
            const Answer* ans = a.answer(ind.id);
            std::string tags = ind.critical ? " (core, critical)" : ind.core ? " (core)" : "";
            w.heading(3, ind.title + tags);
            w.paragraph(ind.question);
            docx::Table t;
            t.widths = {3, 7};
            auto row = [&](const char* label, const std::string& value) {
                t.rows.push_back({label_cell(label), value.empty() ? Cell(std::vector<Run>{{"None recorded", false, true}}) : Cell(value)});
            };
            row("Answer", answer_label(in, ans));
            if (ans && ans->kind == AnswerKind::level) {
                row("What this level means", ind.level(ans->level).descriptor);
                row("Evidence this level asks for", ind.level(ans->level).evidence);
            }
            row("Certainty", ans ? capitalised(ans->certainty) : std::string());
            row("Evidence", ans ? ans->evidence : std::string());
            row("Note", ans ? ans->note : std::string());
            row("Target", "Level " + level_label(in, a.target_for(ind.id)));
            std::string action;
            if (ans && !ans->action.empty()) {
                const Action& act = ans->action;
                std::vector<std::string> parts;
                if (!act.text.empty()) parts.push_back(act.text);
                if (!act.owner.empty()) parts.push_back("Owner: " + act.owner);
                if (!act.priority.empty()) parts.push_back("Priority: " + capitalised(act.priority));
                if (!act.due.empty()) parts.push_back("Due: " + dates::long_date(act.due));
                action = join(parts, "\n");
            }
            row("Action", action);
            w.table(t);
        }
    }
}

void comparison(docx::Writer& w, const Instrument& in, const AssessResult& r) {
    if (!r.comparison) return;
    const Comparison& c = *r.comparison;
    w.heading(1, "Change since the previous assessment");
    std::string version = c.previous_instrument_version.substr(c.previous_instrument_version.rfind(' ') + 1);
    w.paragraph("Compared with the assessment " +
                (c.previous_assessed_on.empty() ? std::string("with no recorded date") : "of " + dates::long_date(c.previous_assessed_on)) +
                " (instrument version " + version + ").");
    docx::Table t;
    t.widths = {40, 22, 22, 16};
    t.header = {"Domain", "Before", "After", "Change"};
    for (const auto& d : c.domains)
        t.rows.push_back({d.title, capitalised(optional_level_label(in, d.before)), capitalised(optional_level_label(in, d.after)),
                          change_label(d.change)});
    w.table(t);
}

}  // namespace

std::string report_docx(const Assessment& a, const AssessResult& r) {
    const Instrument& in = *a.instrument;
    std::string org = a.organisation.empty() ? std::string("Organisation not named") : a.organisation;
    docx::Writer w;
    w.paragraph("Data partnership readiness", docx::Style::title);
    w.paragraph(org, docx::Style::subtitle);
    docx::Table meta;
    meta.widths = {3, 7};
    meta.rows.push_back({label_cell("Organisation"), Cell(org)});
    meta.rows.push_back({label_cell("Assessed on"), Cell(a.assessed_on.empty() ? std::string("Not recorded") : dates::long_date(a.assessed_on))});
    meta.rows.push_back({label_cell("Instrument"), Cell(instrument_label(in))});
    meta.rows.push_back({label_cell("Target level"), Cell(level_label(in, a.target_level) + " unless an indicator sets its own")});
    meta.rows.push_back({label_cell("Suggested posture"), Cell(posture_name(r.posture))});
    w.table(meta);
    w.contents();
    summary(w, r);
    domains(w, in, r);
    critical_gaps(w, in, r);
    plan(w, in, r);
    assets(w, a, r);
    questions(w, a, r);
    comparison(w, in, r);
    w.paragraph("Prepared with fairterms from the instrument " + instrument_label(in) +
                    ". Domain levels are the floor of the median of core indicators; there is no single overall score.",
                docx::Style::small);

    docx::Meta m;
    m.title = "Data partnership readiness";
    m.organisation = org;
    m.subject = "Board report on readiness for data partnerships";
    m.date = a.assessed_on;
    return w.finish(m);
}

}  // namespace ft::assess
