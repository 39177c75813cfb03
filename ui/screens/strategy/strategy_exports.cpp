// The Strategy screen's export bar: Word, printable HTML, HTML and Markdown, exactly as `fairterms strategy`
// writes them, held back (saying why) while a field's text is refused.
#include <imgui.h>

#include "screens/strategy/strategy_view.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

struct Export {
    const char* button;
    const char* format;
    const char* extension;   // "" opens the printable version instead of downloading
};

const Export kExports[] = {{"Download Word (.docx)", "docx", ".docx"},
                           {"Open printable version", "html", ""},
                           {"Download HTML", "html", ".html"},
                           {"Download Markdown", "md", ".md"}};

void run_export(StrategyView& v, AppContext& ctx, const Export& e) {
    api::Result r;
    try {
        r = strategy::strategy_command(parse_json_input(v.state.request(answered_assessment(ctx))), e.format);
    } catch (const InputError& err) {
        ctx.toast("The strategy could not be written: " + err.message, ToastKind::error);
        return;
    }
    if (!*e.extension) {
        ctx.platform().open_printable(r.body);
        return;
    }
    std::string name = "data-asset-management-strategy-" + ctx.today() + e.extension;
    ctx.platform().save_file(name, r.media_type, r.body);
    ctx.toast("Downloaded " + name + ".", ToastKind::success);
}

}  // namespace

void draw_strategy_exports(StrategyView& v, AppContext& ctx) {
    const StrategyState& s = v.state;
    std::vector<Refusal> refused = refusals_here();
    draw_refusals(refused);
    DisabledFor held_back(refusal_reason(refused));   // nests around the card, as ImGui's stacks need
    card_begin("export");
    ImGui::BeginDisabled(!s.document.has_value());
    for (std::size_t i = 0; i < std::size(kExports); ++i) {
        if (i) ImGui::SameLine();
        // The main export stands out; the others are secondary.
        bool pressed = i == 0 ? primary_button(kExports[i].button) : secondary_button(kExports[i].button);
        if (pressed) run_export(v, ctx, kExports[i]);
    }
    ImGui::EndDisabled();
    if (!refused.empty()) {
        // The document could be built from the last valid values, but the exports wait for the entry to be
        // corrected: say that here, where "Ready" would otherwise sit beside disabled buttons (found by a new user).
        error_text(refusal_reason(refused));
    } else if (s.document) {
        std::size_t own = 0;
        for (const auto& sec : s.document->sections) own += sec.edited ? 1 : 0;
        std::size_t left_out = s.tmpl.sections.size() - s.document->sections.size();
        std::string status = "\xE2\x9C\x93 Ready: " + std::to_string(s.document->sections.size()) + " sections, " +
                             std::to_string(own) + " in your own words" +
                             (left_out ? ", " + std::to_string(left_out) + " left out" : std::string()) + ".";
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kGreen));
        ui::text(status.c_str());
        ImGui::PopStyleColor();
    } else {
        error_text(s.not_ready_text());
    }
    card_end();
}

}  // namespace ft::ui
