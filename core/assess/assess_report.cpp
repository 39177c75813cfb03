#include "assess/assess_report.h"

#include <map>

#include "assess/assess_report_words.h"
#include "base/csv_bom.h"
#include "base/dates.h"
#include "base/docx.h"
#include "base/result.h"
#include "base/text_format.h"

namespace ft::assess {
namespace {

using text::html_escape;

std::string esc(const std::string& s) { return html_escape(s); }

using namespace words;

const char* kCss = R"(body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:2em auto;max-width:60em;padding:0 1em;line-height:1.45}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1,h2,h3,h4{color:#005EB8;line-height:1.2;break-after:avoid;page-break-after:avoid}
h1{font-size:1.9em;margin-bottom:.2em}
h2{border-bottom:3px solid #005EB8;padding-bottom:.2em;margin-top:2em}
h4{margin:0 0 .3em}
table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.92em}
thead{display:table-header-group}
th,td{border:1px solid #aeb7bd;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#005EB8;color:#fff}
tr{break-inside:avoid}
.meta{color:#4c6272}
.posture{font-size:1.25em;padding:.6em .8em;border-left:8px solid #005EB8;background:#eef4fb}
.posture.not-yet{border-color:#d5281b}
.posture.reactive{border-color:#ffb81c}
.posture.proactive{border-color:#007f3b}
.bar{display:inline-block;height:.8em;background:#005EB8;margin-right:.4em;vertical-align:middle}
.tag{display:inline-block;font-size:.75em;padding:0 .4em;margin-left:.4em;border:1px solid #005EB8;border-radius:3px;color:#005EB8;vertical-align:middle}
.tag.critical{border-color:#d5281b;color:#d5281b}
.q{border:1px solid #d8dde0;padding:.7em .9em;margin:.7em 0}
.q h4{break-after:avoid}
.q dl{display:grid;grid-template-columns:11em 1fr;gap:.2em .8em;margin:.5em 0 0}
.q dt{font-weight:bold}
.q dd{margin:0}
.pre{white-space:pre-wrap}
.level,.date{white-space:nowrap}
.none{color:#768692;font-style:italic}
.badge{font-weight:bold}
.r0{background:#f0f4f5}.r1{background:#e8cfa9}.r2{background:#dfe3e6}.r3{background:#f6e39a}.r4{background:#cfe0ee}
table.plan td:nth-child(1){width:5.5em}table.plan td:nth-child(2){width:7.5em}table.plan td:nth-child(5){width:8em}
.plan .small{color:#4c6272;font-size:.88em}
footer{margin-top:3em;color:#4c6272;font-size:.85em}
@page{size:A4;margin:18mm 15mm 18mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt Arial,sans-serif;color:#4c6272}}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{margin-top:1.2em}.q{padding:.5em .7em;margin:.5em 0}}
)";

// Writes the report section by section into one string.
class HtmlReport {
public:
    HtmlReport(const Assessment& a, const AssessResult& r) : a_(a), r_(r), in_(*a.instrument) {}

    std::string build() {
        head();
        summary();
        domains();
        critical_gaps();
        questions();
        assets();
        profiles();
        plan();
        comparison();
        out_ += "<footer><p>Prepared with fairterms from the instrument " + esc(instrument_label(in_)) +
                ". Domain levels are the floor of the median of core indicators; there is no single overall score.</p></footer>\n";
        out_ += "</body>\n</html>\n";
        return out_;
    }

private:
    void text_or_none(const std::string& s, bool pre = false) {
        if (s.empty()) out_ += "<span class=\"none\">none recorded</span>";
        else out_ += pre ? "<span class=\"pre\">" + esc(s) + "</span>" : esc(s);
    }

    void head() {
        std::string org = a_.organisation.empty() ? std::string("Organisation not named") : a_.organisation;
        // The running title in the top margin of every printed page, as a CSS string.
        std::string running;
        for (char c : "Data partnership readiness: " + org) {
            if (c == '"' || c == '\\') running += '\\';
            if (c == '<') { running += "\\3C "; continue; }
            running += c;
        }
        out_ += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Data partnership readiness: " +
                esc(org) + "</title>\n<style>\n" + kCss + "@page{@top-left{content:\"" + running +
                "\";font:8pt Arial,sans-serif;color:#4c6272}}\n</style>\n</head>\n<body>\n";
        out_ += "<header>\n<h1>Data partnership readiness</h1>\n<p class=\"meta\"><strong>" + esc(org) + "</strong><br>";
        out_ += a_.assessed_on.empty() ? std::string("Assessment date not recorded") : "Assessed on " + esc(dates::long_date(a_.assessed_on));
        out_ += "<br>Instrument: " + esc(instrument_label(in_));
        out_ += "<br>Target level: " + esc(level_label(in_, a_.target_level)) + " unless an indicator sets its own</p>\n</header>\n";
    }

    void summary() {
        out_ += "<section id=\"summary\">\n<h2>Summary</h2>\n";
        out_ += "<p><strong>Progress:</strong> " + std::to_string(r_.answered) + " of " + std::to_string(r_.total) + " indicators answered.</p>\n";
        const char* css = r_.posture == Posture::proactive ? "proactive" : r_.posture == Posture::reactive ? "reactive" : "not-yet";
        out_ += std::string("<p class=\"posture ") + css + "\">Suggested partnership posture: <strong>" + posture_name(r_.posture) +
                "</strong></p>\n";
        out_ += "<p>" + esc(posture_meaning(r_.posture)) + "</p>\n";
        out_ += "<p class=\"meta\">How: " + esc(r_.posture_explanation) + ".</p>\n";
        if (r_.posture_reasons.empty()) {
            out_ += "<p>Nothing holds the posture back.</p>\n";
        } else {
            out_ += "<h3>What holds the posture back</h3>\n<ul>\n";
            for (const auto& p : r_.posture_reasons) out_ += "<li>" + esc(capitalised(p.text)) + ".</li>\n";
            out_ += "</ul>\n";
        }
        out_ += "</section>\n";
    }

    void domains() {
        out_ += "<section id=\"domains\">\n<h2>Domain levels</h2>\n";
        out_ += "<p>Each domain's level is the floor of the median of its answered core indicators (not known counts as 1, "
                "not applicable is left out).</p>\n";
        out_ += "<table>\n<thead><tr><th>Domain</th><th>Level</th><th>Answered</th><th>Core answered</th><th>How the level was found</th></tr></thead>\n<tbody>\n";
        for (const auto& d : r_.domains) {
            out_ += "<tr><td>" + esc(d.title) + "</td><td class=\"level\">";
            if (d.level) out_ += "<span class=\"bar\" style=\"width:" + std::to_string(*d.level * 16) + "px\"></span>";
            out_ += esc(optional_level_label(in_, d.level)) + "</td><td>" + std::to_string(d.answered) + " of " + std::to_string(d.total) +
                    "</td><td>" + std::to_string(d.core_answered) + " of " + std::to_string(d.core_total) + "</td><td>" + esc(d.explanation) +
                    "</td></tr>\n";
        }
        out_ += "</tbody>\n</table>\n</section>\n";
    }

    void critical_gaps() {
        out_ += "<section id=\"critical\">\n<h2>Critical indicators below level 3</h2>\n";
        if (r_.critical_gaps.empty()) {
            out_ += "<p>None: every critical indicator is assessed at level 3 or more.</p>\n</section>\n";
            return;
        }
        out_ += "<table>\n<thead><tr><th>Indicator</th><th>Domain</th><th>Now</th><th>Needed</th></tr></thead>\n<tbody>\n";
        for (const auto& g : r_.critical_gaps) {
            std::string now = now_label(in_, g.level, g.state);
            out_ += "<tr><td>" + esc(g.title) + "</td><td>" + esc(domain_title(g.domain)) + "</td><td>" + esc(now) + "</td><td>" +
                    esc(level_label(in_, g.needed)) + "</td></tr>\n";
        }
        out_ += "</tbody>\n</table>\n</section>\n";
    }

    void questions() {
        out_ += "<section id=\"questions\">\n<h2>Every question and answer</h2>\n";
        for (std::size_t di = 0; di < in_.domains.size(); ++di) {
            const Domain& d = in_.domains[di];
            out_ += "<h3>" + esc(d.title) + ": " + esc(optional_level_label(in_, r_.domains[di].level)) + "</h3>\n";
            if (!d.summary.empty()) out_ += "<p>" + esc(d.summary) + "</p>\n";
            for (const auto& ind : d.indicators) question(ind);
        }
        out_ += "</section>\n";
    }

    void question(const Indicator& ind) {
        const Answer* ans = a_.answer(ind.id);
        out_ += "<article class=\"q\">\n<h4>" + esc(ind.title);
        if (ind.core) out_ += "<span class=\"tag\">core</span>";
        if (ind.critical) out_ += "<span class=\"tag critical\">critical</span>";
        out_ += "</h4>\n<p>" + esc(ind.question) + "</p>\n<dl>\n";
        out_ += "<dt>Answer</dt><dd>" + esc(answer_label(in_, ans)) + "</dd>\n";
        if (ans && ans->kind == AnswerKind::level) {
            out_ += "<dt>What this level means</dt><dd>" + esc(ind.level(ans->level).descriptor) + "</dd>\n";
            out_ += "<dt>Evidence this level asks for</dt><dd>" + esc(ind.level(ans->level).evidence) + "</dd>\n";
        }
        out_ += "<dt>Certainty</dt><dd>";
        text_or_none(ans ? capitalised(ans->certainty) : std::string());
        out_ += "</dd>\n<dt>Evidence</dt><dd>";
        text_or_none(ans ? ans->evidence : std::string(), true);
        out_ += "</dd>\n<dt>Note</dt><dd>";
        text_or_none(ans ? ans->note : std::string(), true);
        out_ += "</dd>\n<dt>Target</dt><dd>Level " + esc(level_label(in_, a_.target_for(ind.id))) + "</dd>\n<dt>Action</dt><dd>";
        if (!ans || ans->action.empty()) {
            text_or_none("");
        } else {
            const Action& act = ans->action;
            std::vector<std::string> parts;
            if (!act.text.empty()) parts.push_back("<span class=\"pre\">" + esc(act.text) + "</span>");
            if (!act.owner.empty()) parts.push_back("Owner: " + esc(act.owner));
            if (!act.priority.empty()) parts.push_back("Priority: " + esc(act.priority));
            if (!act.due.empty()) parts.push_back("Due: " + esc(dates::long_date(act.due)));
            out_ += join(parts, "<br>");
        }
        out_ += "</dd>\n</dl>\n</article>\n";
    }

    std::string badge(int value) {
        const AssetRatingScheme& s = *a_.asset_rating;
        return "<td class=\"badge r" + std::to_string(value) + "\">" + esc(s.level_names[static_cast<std::size_t>(value)]) + "</td>";
    }

    void assets() {
        const AssetRatingScheme& s = *a_.asset_rating;
        out_ += "<section id=\"assets\">\n<h2>Data asset register</h2>\n";
        if (a_.assets.empty()) {
            out_ += "<p>No data assets are recorded.</p>\n</section>\n";
            return;
        }
        out_ += "<p>Each category's badge is the floor of the mean of its sub-dimension ratings (" + esc(s.level_names[0]) + " 0, " + esc(s.level_names[1]) + " 1, " +
                esc(s.level_names[2]) + " 2, " + esc(s.level_names[3]) + " 3, " + esc(s.level_names[4]) +
                " 4); an asset's readiness is its lowest category badge.</p>\n";
        out_ += "<table>\n<thead><tr><th>Asset</th>";
        for (const auto& c : s.categories) out_ += "<th>" + esc(c.title) + "</th>";
        out_ += "<th>Readiness</th></tr></thead>\n<tbody>\n";
        for (const auto& ar : r_.assets) {
            out_ += "<tr><td>" + esc(ar.name) + "</td>";
            for (const auto& c : ar.categories) out_ += badge(c.value);
            out_ += badge(ar.readiness) + "</tr>\n";
        }
        out_ += "</tbody>\n</table>\n";

        out_ += "<h3>Sub-dimension ratings</h3>\n<table>\n<thead><tr><th>Sub-dimension</th>";
        for (const auto& asset : a_.assets) out_ += "<th>" + esc(asset.name) + "</th>";
        out_ += "</tr></thead>\n<tbody>\n";
        for (const auto& c : s.categories)
            for (const auto& sub : c.subdimensions) {
                out_ += "<tr><td>" + esc(c.title) + ": " + esc(sub.title) + "</td>";
                for (const auto& asset : a_.assets) {
                    auto it = asset.ratings.find(sub.id);
                    out_ += badge(it == asset.ratings.end() ? 0 : rating_value(it->second));
                }
                out_ += "</tr>\n";
            }
        out_ += "</tbody>\n</table>\n";

        for (const auto& asset : a_.assets) {
            out_ += "<article class=\"q\">\n<h4>" + esc(asset.name) + "</h4>\n<dl>\n";
            for (const auto& [label, value] : asset_details(asset)) {
                out_ += std::string("<dt>") + label + "</dt><dd>";
                text_or_none(value, true);
                out_ += "</dd>\n";
            }
            out_ += "</dl>\n</article>\n";
        }
        out_ += "</section>\n";
    }

    std::string subdimension_title(const std::string& id) {
        for (const auto& c : a_.asset_rating->categories)
            for (const auto& s : c.subdimensions)
                if (s.id == id) return c.title + ": " + s.title;
        return id;
    }

    std::string rating_name(const std::string& id) { return a_.asset_rating->level_names[static_cast<std::size_t>(rating_value(id))]; }

    std::string asset_name(const std::string& id) {
        for (const auto& asset : a_.assets)
            if (asset.id == id) return asset.name;
        return id;
    }

    std::string domain_title(const std::string& id) {
        for (const auto& d : in_.domains)
            if (d.id == id) return d.title;
        return id;
    }

    void profiles() {
        if (a_.profiles.empty()) return;
        out_ += "<section id=\"profiles\">\n<h2>Partner requirement profiles</h2>\n";
        for (std::size_t i = 0; i < a_.profiles.size(); ++i) {
            const Profile& p = a_.profiles[i];
            const ProfileResult& pr = r_.profiles[i];
            out_ += "<h3>" + esc(p.name) + "</h3>\n<p>Minimum levels: ";
            std::vector<std::string> mins;
            for (const auto& c : a_.asset_rating->categories)
                for (const auto& s : c.subdimensions)
                    if (auto it = p.minimums.find(s.id); it != p.minimums.end())
                        mins.push_back(esc(c.title + ": " + s.title) + " " + esc(rating_name(it->second)));
            out_ += mins.empty() ? std::string("none") : join(mins, "; ");
            out_ += ".</p>\n<p>Assets that meet it: ";
            std::vector<std::string> names;
            for (const auto& id : pr.meets) names.push_back(esc(asset_name(id)));
            out_ += names.empty() ? std::string("none") : join(names, ", ");
            out_ += ".</p>\n";
            if (pr.gaps.empty()) continue;
            out_ += "<table>\n<thead><tr><th>Asset</th><th>Sub-dimension</th><th>Required</th><th>Actual</th></tr></thead>\n<tbody>\n";
            for (const auto& [asset, gaps] : pr.gaps)
                for (const auto& g : gaps)
                    out_ += "<tr><td>" + esc(asset_name(asset)) + "</td><td>" + esc(subdimension_title(g.subdimension)) + "</td><td>" +
                            esc(rating_name(g.required)) + "</td><td>" + esc(rating_name(g.actual)) + "</td></tr>\n";
            out_ += "</tbody>\n</table>\n";
        }
        out_ += "</section>\n";
    }

    void plan() {
        out_ += "<section id=\"actions\">\n<h2>Action plan</h2>\n";
        if (r_.action_plan.empty()) {
            out_ += "<p>No actions: every answered indicator is at its target.</p>\n</section>\n";
            return;
        }
        out_ += "<p>Indicators below their target, answered \"not known\", or critical and not answered or marked \"not applicable\"; by priority, then due date.</p>\n";
        // Five columns, so the plan reads on a portrait A4 page: what the indicator needs, and who does what by when.
        out_ += "<table class=\"plan\">\n<thead><tr><th>Priority</th><th>Due</th><th>Indicator</th><th>Action</th><th>Owner</th></tr></thead>\n<tbody>\n";
        for (const auto& it : r_.action_plan) {
            std::string now = now_label(in_, it.level, it.status);
            out_ += "<tr><td>" + esc(capitalised(it.priority)) + "</td><td class=\"date\">" +
                    (it.due.empty() ? std::string("<span class=\"none\">not set</span>") : esc(dates::long_date(it.due))) + "</td><td>" +
                    esc(it.title) + "<div class=\"small\">" + esc(domain_title(it.domain)) + ". Now: " + esc(now) + "; target: " +
                    esc(level_label(in_, it.target)) + "</div></td><td>";
            if (!it.action.empty()) out_ += "<span class=\"pre\">" + esc(it.action) + "</span><div class=\"small\">Suggested: " + esc(it.suggested_action) + "</div>";
            else out_ += esc(it.suggested_action) + "<div class=\"small\">Suggested by the instrument; no action agreed yet.</div>";
            out_ += "</td><td>" + (it.owner.empty() ? std::string("<span class=\"none\">not set</span>") : esc(it.owner)) + "</td></tr>\n";
        }
        out_ += "</tbody>\n</table>\n</section>\n";
    }

    void comparison() {
        if (!r_.comparison) return;
        const Comparison& c = *r_.comparison;
        out_ += "<section id=\"comparison\">\n<h2>Change since the previous assessment</h2>\n<p>Compared with the assessment ";
        out_ += c.previous_assessed_on.empty() ? std::string("with no recorded date") : "of " + esc(dates::long_date(c.previous_assessed_on));
        // previous_instrument_version is "<id> <version>": a reader needs only the version.
        std::string version = c.previous_instrument_version.substr(c.previous_instrument_version.rfind(' ') + 1);
        out_ += " (instrument version " + esc(version) + ").</p>\n";
        out_ += "<table>\n<thead><tr><th>Domain</th><th>Before</th><th>After</th><th>Change</th></tr></thead>\n<tbody>\n";
        for (const auto& d : c.domains)
            out_ += "<tr><td>" + esc(d.title) + "</td><td>" + esc(optional_level_label(in_, d.before)) + "</td><td>" +
                    esc(optional_level_label(in_, d.after)) + "</td><td>" + esc(change_label(d.change)) + "</td></tr>\n";
        out_ += "</tbody>\n</table>\n";
        int unchanged = 0;
        std::string rows;
        for (const auto& i : c.indicators) {
            if (i.status == "unchanged") { ++unchanged; continue; }
            rows += "<tr><td>" + esc(i.title) + "</td><td>" + esc(json_answer_label(in_, i.before)) + "</td><td>" +
                    esc(json_answer_label(in_, i.after)) + "</td><td>" + esc(i.change ? change_label(i.change) : std::string(i.status == "changed" ? "changed" : i.status == "newly_answered" ? "newly answered" : "no longer answered")) +
                    "</td></tr>\n";
        }
        if (!rows.empty())
            out_ += "<table>\n<thead><tr><th>Indicator</th><th>Before</th><th>After</th><th>Change</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
        out_ += "<p>" + std::to_string(unchanged) + " indicator" + (unchanged == 1 ? "" : "s") + " unchanged.</p>\n</section>\n";
    }

    const Assessment& a_;
    const AssessResult& r_;
    const Instrument& in_;
    std::string out_;
};

// The answer as a CSV cell: the level number, or the answer in words.
std::string answer_cell(const Answer* a) {
    if (!a) return "";
    if (a->kind == AnswerKind::not_known) return "Not known";
    if (a->kind == AnswerKind::not_applicable) return "Not applicable";
    return std::to_string(a->level);
}

std::string status_words(const std::string& status) {
    if (status == "below_target") return "Below target";
    if (status == "not_known") return "Not known";
    if (status == "not_answered") return "Not answered";
    return status;
}

}  // namespace

std::string report_html(const Assessment& a, const AssessResult& r) { return HtmlReport(a, r).build(); }

// Both CSVs start with a byte-order mark (Excel then reads UTF-8) and every row names the organisation and
// the assessment date (ISO), so rows from several assessments can be stacked in one workbook.
std::string report_csv(const Assessment& a) {
    using text::csv_user_text;
    const Instrument& in = *a.instrument;
    std::string out = std::string(csv::kUtf8Bom) +
                      // Headers in words for the person reading it in a spreadsheet (found by a new user: code-style
                      // headers); the area is named by its title. The indicator code stays: it is the instrument's
                      // printed reference for the question.
                      text::csv_row({"Organisation", "Assessed on", "Area", "Indicator code", "Indicator", "Core", "Critical", "Answer", "Level",
                                     "Certainty", "Evidence", "Note", "Target level", "Action", "Owner", "Priority", "Due"});
    for (const auto& d : in.domains)
        for (const auto& ind : d.indicators) {
            const Answer* ans = a.answer(ind.id);
            std::string level_name;
            if (ans) level_name = ans->kind == AnswerKind::level ? in.level_name(ans->level) : answer_cell(ans);
            Action act = ans ? ans->action : Action{};
            out += text::csv_row({csv_user_text(a.organisation), a.assessed_on, csv_user_text(d.title), ind.id, csv_user_text(ind.title), ind.core ? "yes" : "no",
                                  ind.critical ? "yes" : "no", answer_cell(ans), csv_user_text(level_name), ans ? ans->certainty : "",
                                  csv_user_text(ans ? ans->evidence : ""), csv_user_text(ans ? ans->note : ""),
                                  std::to_string(a.target_for(ind.id)), csv_user_text(act.text), csv_user_text(act.owner), act.priority, act.due});
        }
    return out;
}

std::string actions_csv(const Assessment& a, const AssessResult& r) {
    using text::csv_user_text;
    std::string out = std::string(csv::kUtf8Bom) +
                      text::csv_row({"Organisation", "Assessed on", "Priority", "Due", "Indicator code", "Area", "Indicator", "Status", "Level",
                                     "Target level", "Suggested action", "Action", "Owner"});
    for (const auto& it : r.action_plan) {
        const Domain* area = a.instrument->domain_of(it.indicator);
        out += text::csv_row({csv_user_text(a.organisation), a.assessed_on, it.priority, it.due, it.indicator,
                              csv_user_text(area ? area->title : it.domain), csv_user_text(it.title),
                              status_words(it.status), it.level ? std::to_string(*it.level) : "", std::to_string(it.target),
                              csv_user_text(it.suggested_action), csv_user_text(it.action), csv_user_text(it.owner)});
    }
    return out;
}

api::Result report_command(const json& input, std::string_view format) {
    if (format != "" && format != "html" && format != "docx" && format != "docx-base64" && format != "csv" && format != "actions-csv" &&
        format != "json")
        throw InputError("", "unknown report format '" + std::string(format) + "' (use html, docx, docx-base64, csv, actions-csv or json)");
    Assessment a = parse_assessment(Field(input, ""));
    AssessResult r = assess(a);
    if (format == "json") return api::json_output(result_to_json(a, r));
    if (format == "docx" || format == "docx-base64") return api::docx_output(report_docx(a, r), format);
    api::Result out;
    if (format == "csv") {
        out.body = report_csv(a);
        out.media_type = "text/csv";
    } else if (format == "actions-csv") {
        out.body = actions_csv(a, r);
        out.media_type = "text/csv";
    } else {
        out.body = report_html(a, r);
        out.media_type = "text/html";
    }
    return out;
}

}  // namespace ft::assess
