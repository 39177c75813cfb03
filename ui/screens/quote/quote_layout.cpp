// Layout helpers for the Quote screen: fixed-width panels that can sit side by side, right-aligned money,
// explanation and warning boxes, and plain words for the engine's codes.
#include <imgui.h>

#include "shell/error_words.h"
#include "screens/quote/quote_model.h"
#include "shell/widgets.h"

namespace ft::ui::quote_ui {
namespace {
constexpr float kPad = 16.0f;
}

Panel::Panel(const char* id, float width) : width_(width), inner_(width - 2 * kPad) {
    ImGui::PushID(id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Our own splitter (not the draw list's) so panels and the tables inside them can each split channels.
    splitter_.Split(dl, 2);
    splitter_.SetCurrentChannel(dl, 1);
    start_ = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(start_.x + kPad, start_.y + kPad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner_);
    ImGui::PushItemWidth(inner_ * 0.5f);
}

Panel::~Panel() {
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 max(start_.x + width_, ImGui::GetItemRectMax().y + kPad);
    splitter_.SetCurrentChannel(dl, 0);
    dl->AddRectFilled(start_, max, colour::rgb(colour::kWhite), 6.0f);
    dl->AddRect(start_, max, colour::rgb(colour::kPaleGrey), 6.0f);
    splitter_.Merge(dl);
    ImGui::SetCursorScreenPos(ImVec2(start_.x, max.y));
    ImGui::Dummy(ImVec2(width_, 12));
    ImGui::PopID();
}

namespace {
void boxed(const std::string& title, const std::string& text, float width, unsigned fill, unsigned edge) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImDrawListSplitter split;
    split.Split(dl, 2);
    split.SetCurrentChannel(dl, 1);
    ImVec2 start = ImGui::GetCursorScreenPos();
    const float pad = 10.0f;
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad + 4, start.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad - 4);
    if (!title.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kText));
        ui::text_wrapped("%s", title.c_str());
        ImGui::PopStyleColor();
    }
    ui::text_wrapped("%s", text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImVec2 max(start.x + width, ImGui::GetItemRectMax().y + pad);
    split.SetCurrentChannel(dl, 0);
    dl->AddRectFilled(start, max, colour::rgb(fill), 4.0f);
    dl->AddRectFilled(start, ImVec2(start.x + 4, max.y), colour::rgb(edge));
    split.Merge(dl);
    ImGui::SetCursorScreenPos(ImVec2(start.x, max.y));
    ImGui::Dummy(ImVec2(width, 6));
}
}  // namespace

void explanation_box(const std::string& title, const std::string& text, float width) {
    boxed(title, text, width, colour::kPaleBlue, colour::kNhsBlue);
}


bool field_error(const QuoteEntry& e, const std::string& pointer) {
    const std::string& p = e.priced.error_pointer;
    if (e.priced.error_message.empty() || e.dirty) return false;
    bool inside = p == pointer || (p.size() > pointer.size() && p.compare(0, pointer.size(), pointer) == 0 && p[pointer.size()] == '/');
    if (!inside) return false;
    error_text(refusal_sentence(field_words(p), e.priced.error_message));   // "Enter the partner's name."
    return true;
}

const char* kind_label(const std::string& kind) {
    if (kind == "company") return "Company";
    if (kind == "university") return "University";
    if (kind == "charity") return "Charity";
    if (kind == "nhs") return "NHS body";
    if (kind == "public_body") return "Other public body";
    return "Other";
}

std::string driver_words(quote::Driver d) {
    using quote::Driver;
    switch (d) {
        case Driver::fixed: return "once per project";
        case Driver::per_dataset: return "per dataset";
        case Driver::per_dataset_year: return "per year of data, per dataset";
        case Driver::per_refresh: return "per refresh, per dataset";
        case Driver::per_linkage: return "per linkage";
        case Driver::per_user_month: return "per user per month";
        case Driver::per_month: return "per month";
        case Driver::per_annual_review: return "per annual review";
        case Driver::per_extra_output_check: return "per output check beyond the allowance";
    }
    return "";
}

}  // namespace ft::ui::quote_ui
