// Heads of terms and the transparency register: the documents a partnership produces.
//
// The heads of terms are built once as a Document (sections of paragraphs, bullets and tables) and then
// written as Markdown, printable HTML and Word, so the three formats say exactly the same thing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "partnership/linked.h"

namespace ft::partnership {

inline constexpr const char* kTermsRequestSchema = "fairterms/terms-request@1";
inline constexpr const char* kSubjectToContract = "Subject to contract";

struct Block {
    enum Kind { paragraph, bullets, table, note } kind = paragraph;
    std::string text;                         // paragraph, note
    std::vector<std::string> items;           // bullets
    std::vector<std::string> header;          // table
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> right;                  // table: right-aligned columns (figures)
    std::vector<int> widths;                  // table: relative widths for Word
    bool total_row = false;                   // table: the last row is a total
};

struct Section {
    std::string title;
    std::vector<Block> blocks;
};

struct Document {
    std::string title;          // "Heads of terms"
    std::string name;           // the partnership's name
    std::string organisation;   // the issuing organisation, or a placeholder
    std::vector<std::pair<std::string, std::string>> details;   // Between, And, Status, ...
    std::string banner;         // the "subject to contract" statement
    std::vector<Section> sections;
};

Document heads_of_terms(const Linked& l);
std::string terms_markdown(const Document& d);
std::string terms_html(const Document& d);
std::string terms_docx(const Document& d);

// One row per published partnership, in workspace order.
struct RegisterRow {
    std::string partner, purpose, data, route, use, fee, value_share, start, status, benefit;
};
std::vector<RegisterRow> register_rows(const std::vector<Linked>& partnerships);
std::string register_csv(const std::vector<RegisterRow>& rows);
std::string register_html(const std::vector<RegisterRow>& rows, const std::string& organisation);

// Every partnership in a workspace, checked (records strictly; links leniently, as resolve() does).
std::vector<Linked> workspace_partnerships(const json& workspace);

// `fairterms terms FILE [--format md|html|docx|docx-base64]`: FILE is a terms request
// {"schema": "fairterms/terms-request@1", "partnership": NAME, "workspace": {...}}, or a workspace that
// holds exactly one partnership.
// The workspace is checked and migrated by `workspace_check` (the facade passes workspace::migrate_and_check:
// the workspace module depends on this feature to check its records, so this feature cannot call it).
using WorkspaceCheck = json (*)(json);
api::Result terms_command(const json& input, std::string_view format, WorkspaceCheck workspace_check);
// `fairterms register WORKSPACE [--format csv|html]`.
api::Result register_command(const json& input, std::string_view format, WorkspaceCheck workspace_check);

}  // namespace ft::partnership
