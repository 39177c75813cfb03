// Documents from an assessment: a printable HTML report for a Board paper, and CSV tables of the
// indicators and of the action plan. All user text is escaped; the output depends only on the input.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "assess/assess.h"

namespace ft::assess {

// Self-contained HTML (inline CSS, no scripts): every question with its answer, level descriptor, certainty,
// evidence, note and action, plus domains, posture, assets, profiles, action plan and comparison.
std::string report_html(const Assessment& a, const AssessResult& r);

// One RFC 4180 row per indicator: domain, indicator, title, core, critical, answer, level name, certainty,
// evidence, note, target, action, owner, priority, due.
std::string report_csv(const Assessment& a);

// One RFC 4180 row per action plan item, in plan order, each starting with organisation and date.
std::string actions_csv(const Assessment& a, const AssessResult& r);

// The Board report as a Word document: properties, header and page numbers, contents, the summary, tables
// of domains, critical indicators, the asset register (badges shaded) and the action plan (owner,
// priority, due date), every question with its answer, and the comparison.
std::string report_docx(const Assessment& a, const AssessResult& r);

// The `report` command: format html (default) | docx | docx-base64 | csv | actions-csv | json (the assess result).
api::Result report_command(const json& input, std::string_view format);

}  // namespace ft::assess
