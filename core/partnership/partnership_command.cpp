// The `terms` and `register` commands: a workspace (or a terms request around one) in, a document out.
#include "base/docx.h"
#include "partnership/terms.h"

namespace ft::partnership {
namespace {

const json& partnerships_of(const Field& ws) {
    static const json none = json::array();
    if (!ws.has("partnerships")) return none;
    return ws.at("partnerships").array();
}

std::string issuer_name(const json& ws) {
    if (!ws.is_object() || !ws.contains("organisation") || !ws["organisation"].is_object()) return "";
    try {
        return org::parse(Field(ws["organisation"], "/organisation"), false).name;
    } catch (const InputError&) {
        return "";
    }
}

}  // namespace

std::vector<Linked> workspace_partnerships(const json& ws) {
    std::vector<Linked> out;
    Field root(ws, "");
    const json& list = partnerships_of(root);
    for (std::size_t i = 0; i < list.size(); ++i)
        out.push_back(resolve(parse(Field(list[i], "/partnerships/" + std::to_string(i))), ws));
    return out;
}

api::Result terms_command(const json& input, std::string_view format, WorkspaceCheck workspace_check) {
    if (format != "" && format != "md" && format != "html" && format != "docx" && format != "docx-base64")
        throw InputError("", "heads of terms are written as md, html, docx or docx-base64, not '" + std::string(format) + "'");
    Field root(input, "");
    root.object();
    std::string schema = root.at("schema").str();
    // The workspace and where its partnerships sit in the input, for pointers that lead to the field.
    const json* ws = &input;
    std::string base;
    std::string wanted;
    if (schema == kTermsRequestSchema) {
        root.only_keys({"schema", "partnership", "workspace"});
        wanted = root.at("partnership").nonempty_text(kNameMax);
        ws = &root.at("workspace").object();
        base = "/workspace";
    } else if (schema.rfind("fairterms/workspace@", 0) != 0) {
        root.at("schema").fail(std::string("must be ") + kTermsRequestSchema + " or a fairterms workspace");
    }
    // The workspace is checked in full first, as opening it would check it (caps, each record's fields).
    json checked;
    try {
        checked = workspace_check(*ws);
    } catch (const InputError& e) {
        throw InputError(base + e.pointer, e.message);
    }
    Field wsf(checked, base);
    const json& list = partnerships_of(wsf);
    std::size_t index = list.size();
    if (wanted.empty()) {
        if (list.size() != 1)
            throw InputError(base + "/partnerships", "must hold exactly one partnership to write heads of terms from a workspace (it holds " +
                                                         std::to_string(list.size()) + "); to choose one, use a " + kTermsRequestSchema +
                                                         " document naming it");
        index = 0;
    } else {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i]["name"].get<std::string>() == wanted) index = i;
        if (index == list.size()) throw InputError("/partnership", "names no partnership in the workspace (\"" + wanted + "\")");
    }
    std::string at = base + "/partnerships/" + std::to_string(index);
    Linked l = resolve(parse(Field(list[index], at)), checked);
    check_links(l, at);
    Document d = heads_of_terms(l);

    if (format == "docx" || format == "docx-base64") return api::docx_output(terms_docx(d), format);
    api::Result r;
    if (format == "html") {
        r.body = terms_html(d);
        r.media_type = "text/html";
    } else {
        r.body = terms_markdown(d);
        r.media_type = "text/markdown";
    }
    return r;
}

api::Result register_command(const json& input, std::string_view format, WorkspaceCheck workspace_check) {
    if (format != "" && format != "csv" && format != "html")
        throw InputError("", "the register is written as csv or html, not '" + std::string(format) + "'");
    json ws = workspace_check(input);
    std::vector<RegisterRow> rows = register_rows(workspace_partnerships(ws));
    api::Result r;
    if (format == "html") {
        r.body = register_html(rows, issuer_name(ws));
        r.media_type = "text/html";
    } else {
        r.body = register_csv(rows);
        r.media_type = "text/csv";
    }
    return r;
}

}  // namespace ft::partnership
