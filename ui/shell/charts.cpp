#include "shell/charts.h"
#include "shell/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "shell/theme.h"

namespace ft::ui {

// A chart is an image to a screen reader, named with what it shows, followed by a table of its exact figures
// (the same texts its tooltips give), so nothing in a chart is only visible.
void describe_chart(const std::string& alt, const std::vector<std::vector<std::string>>& rows, ImVec2 origin, ImVec2 size) {
    unsigned id = ImGui::GetID("##chart");
    sem::add(sem::Role::img, id, alt, origin.x, origin.y, size.x, size.y);
    unsigned table = ImGui::GetID("##chart-data");
    sem::add_table(table, "Figures for: " + alt, origin.x, origin.y, size.x, size.y);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) sem::add_cell(table, int(r), int(c), rows[r][c], r == 0);
}

namespace {

unsigned series_colour(unsigned chosen, std::size_t index) {
    if (chosen) return chosen;
    constexpr std::size_t n = sizeof(colour::kSeries) / sizeof(colour::kSeries[0]);
    return colour::kSeries[index % n];
}

std::string default_format(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// A "nice" step (1, 2, 2.5 or 5 times a power of ten) giving about `target` intervals over `span`.
double nice_step(double span, int target) {
    if (span <= 0) return 1;
    double raw = span / target;
    double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * power) return m * power;
    return 10 * power;
}

bool hovering(const ImVec2& a, const ImVec2& b) {
    return ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(a, b);
}

void legend(const std::vector<const ChartSeries*>& entries, const std::vector<unsigned>& colours, bool last_is_line,
            float avail) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float x = 0, y = 0, line_h = ImGui::GetTextLineHeight() + 6;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        float text_w = ImGui::CalcTextSize(entries[i]->name.c_str()).x;
        float w = 14 + 6 + text_w + 20;
        if (x > 0 && x + w > avail) { x = 0; y += line_h; }
        ImVec2 p(start.x + x, start.y + y);
        float mid = p.y + ImGui::GetTextLineHeight() * 0.5f;
        bool is_line = last_is_line && i + 1 == entries.size();
        if (is_line) {
            dl->AddLine(ImVec2(p.x, mid), ImVec2(p.x + 14, mid), colour::rgb(colours[i]), 2.0f);
            dl->AddCircleFilled(ImVec2(p.x + 7, mid), 3.5f, colour::rgb(colours[i]));
        } else {
            dl->AddRectFilled(ImVec2(p.x, mid - 6), ImVec2(p.x + 14, mid + 6), colour::rgb(colours[i]), 2.0f);
        }
        dl->AddText(ImVec2(p.x + 20, p.y), colour::rgb(colour::kText), entries[i]->name.c_str());
        x += w;
    }
    ImGui::Dummy(ImVec2(avail, y + line_h));
}

}  // namespace

std::string short_pounds(double pounds) {
    double a = std::fabs(pounds);
    const char* sign = pounds < 0 ? "-" : "";
    char buf[40];
    if (a >= 1e9) std::snprintf(buf, sizeof buf, "%s\xC2\xA3%gbn", sign, std::round(a / 1e7) / 100);
    else if (a >= 1e6) std::snprintf(buf, sizeof buf, "%s\xC2\xA3%gm", sign, std::round(a / 1e4) / 100);
    else if (a >= 1e3) std::snprintf(buf, sizeof buf, "%s\xC2\xA3%gk", sign, std::round(a / 10) / 100);
    else std::snprintf(buf, sizeof buf, "%s\xC2\xA3%g", sign, std::round(a * 100) / 100);
    return buf;
}

void bar_chart(const char* id, const BarChart& chart) {
    ImGui::PushID(id);
    auto fmt = chart.format_value ? chart.format_value : std::function<std::string(double)>(default_format);
    const std::size_t n = chart.categories.size();
    const std::size_t ns = chart.series.size();

    // Value range, always including zero.
    double lo = 0, hi = 0;
    for (std::size_t c = 0; c < n; ++c) {
        double pos = 0, neg = 0;
        for (const ChartSeries& s : chart.series) {
            double v = c < s.values.size() ? s.values[c] : 0;
            if (chart.stacked) (v >= 0 ? pos : neg) += v;
            else { hi = std::max(hi, v); lo = std::min(lo, v); }
        }
        hi = std::max(hi, pos);
        lo = std::min(lo, neg);
        if (c < chart.line.values.size()) { hi = std::max(hi, chart.line.values[c]); lo = std::min(lo, chart.line.values[c]); }
    }
    if (hi == lo) hi = lo + 1;
    double step = nice_step(hi - lo, 5);
    double top = std::ceil(hi / step) * step, bottom = std::floor(lo / step) * step;

    std::vector<std::string> ticks;
    float tick_w = 0;
    for (double v = bottom; v <= top + step * 0.5; v += step) {
        ticks.push_back(fmt(std::fabs(v) < step * 1e-9 ? 0.0 : v));
        tick_w = std::max(tick_w, ImGui::CalcTextSize(ticks.back().c_str()).x);
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float text_h = ImGui::GetTextLineHeight();
    const float width = chart.width > 0 ? chart.width : ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float title_h = chart.y_axis_title.empty() ? 6.0f : text_h + 8.0f;
    const float left = origin.x + tick_w + 10, right = origin.x + width - 4;
    const float plot_top = origin.y + title_h + text_h * 0.5f, plot_bottom = plot_top + chart.height;
    auto y_of = [&](double v) { return float(plot_bottom - (v - bottom) / (top - bottom) * (plot_bottom - plot_top)); };

    if (!chart.y_axis_title.empty())
        dl->AddText(origin, colour::rgb(colour::kSecondaryText), chart.y_axis_title.c_str());
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        double v = bottom + step * double(i);
        float y = y_of(v);
        bool zero = std::fabs(v) < step * 1e-9;
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), colour::rgb(zero ? colour::kBorder : colour::kPaleGrey), 1.0f);
        float tw = ImGui::CalcTextSize(ticks[i].c_str()).x;
        dl->AddText(ImVec2(left - 8 - tw, y - text_h * 0.5f), colour::rgb(colour::kSecondaryText), ticks[i].c_str());
    }

    // Bars.
    const float band = n ? (right - left) / float(n) : 0;
    const float group = band * 0.72f;
    std::string tip;
    for (std::size_t c = 0; c < n; ++c) {
        float gx = left + band * float(c) + (band - group) * 0.5f;
        double pos = 0, neg = 0;
        for (std::size_t s = 0; s < ns; ++s) {
            const ChartSeries& ser = chart.series[s];
            double v = c < ser.values.size() ? ser.values[c] : 0;
            if (v == 0) continue;
            float x0, x1;
            double base;
            if (chart.stacked) {
                x0 = gx; x1 = gx + group;
                base = v >= 0 ? pos : neg;
                (v >= 0 ? pos : neg) += v;
            } else {
                float w = group / float(ns);
                x0 = gx + w * float(s); x1 = x0 + w - (ns > 1 ? 1.0f : 0.0f);
                base = 0;
            }
            ImVec2 a(x0, std::min(y_of(base), y_of(base + v))), b(x1, std::max(y_of(base), y_of(base + v)));
            if (b.y - a.y < 1) b.y = a.y + 1;
            dl->AddRectFilled(a, b, colour::rgb(series_colour(ser.colour, s)));
            if (hovering(a, b)) {
                std::string text = c < ser.value_texts.size() ? ser.value_texts[c] : fmt(v);
                tip = chart.categories[c] + "\n" + ser.name + ": " + text;
                dl->AddRect(a, b, colour::rgb(colour::kText), 0, 0, 1.5f);
            }
        }
    }

    // The line over the bars.
    const bool has_line = !chart.line.values.empty();
    const unsigned line_colour = chart.line.colour ? chart.line.colour : colour::kText;
    if (has_line) {
        std::vector<ImVec2> pts;
        for (std::size_t c = 0; c < n && c < chart.line.values.size(); ++c)
            pts.emplace_back(left + band * (float(c) + 0.5f), y_of(chart.line.values[c]));
        if (pts.size() > 1) dl->AddPolyline(pts.data(), int(pts.size()), colour::rgb(line_colour), 0, 2.0f);
        for (std::size_t c = 0; c < pts.size(); ++c) {
            dl->AddCircleFilled(pts[c], 4.0f, colour::rgb(line_colour));
            dl->AddCircle(pts[c], 4.0f, colour::rgb(colour::kWhite), 0, 1.5f);
            if (hovering(ImVec2(pts[c].x - 6, pts[c].y - 6), ImVec2(pts[c].x + 6, pts[c].y + 6))) {
                std::string text = c < chart.line.value_texts.size() ? chart.line.value_texts[c] : fmt(chart.line.values[c]);
                tip = chart.categories[c] + "\n" + chart.line.name + ": " + text;
            }
        }
    }

    // Category labels, thinned so they never overlap.
    float label_w = 0;
    for (const auto& c : chart.categories) label_w = std::max(label_w, ImGui::CalcTextSize(c.c_str()).x);
    std::size_t every = band > 0 ? std::size_t(std::ceil((label_w + 10) / band)) : 1;
    every = std::max<std::size_t>(every, 1);
    for (std::size_t c = 0; c < n; c += every) {
        float tw = ImGui::CalcTextSize(chart.categories[c].c_str()).x;
        float cx = left + band * (float(c) + 0.5f);
        dl->AddText(ImVec2(cx - tw * 0.5f, plot_bottom + 4), colour::rgb(colour::kSecondaryText), chart.categories[c].c_str());
    }
    ImGui::Dummy(ImVec2(width, plot_bottom + 4 + text_h + 10 - origin.y));
    {
        std::string names;
        std::vector<std::vector<std::string>> rows(1, std::vector<std::string>{"Category"});
        for (const ChartSeries& ser : chart.series) {
            names += (names.empty() ? "" : ", ") + ser.name;
            rows[0].push_back(ser.name);
        }
        if (has_line) {
            names += (names.empty() ? "" : ", ") + chart.line.name;
            rows[0].push_back(chart.line.name);
        }
        for (std::size_t c = 0; c < n; ++c) {
            std::vector<std::string> row{chart.categories[c]};
            for (const ChartSeries& ser : chart.series) {
                double v = c < ser.values.size() ? ser.values[c] : 0;
                row.push_back(c < ser.value_texts.size() ? ser.value_texts[c] : fmt(v));
            }
            if (has_line) {
                double v = c < chart.line.values.size() ? chart.line.values[c] : 0;
                row.push_back(c < chart.line.value_texts.size() ? chart.line.value_texts[c] : fmt(v));
            }
            rows.push_back(std::move(row));
        }
        std::string alt = std::string(chart.stacked ? "Stacked bar chart" : "Bar chart") +
                          (chart.y_axis_title.empty() ? "" : " (" + chart.y_axis_title + ")") + " of " + names;
        if (n) alt += ", " + chart.categories.front() + (n > 1 ? " to " + chart.categories.back() : "");
        describe_chart(alt, rows, origin, ImVec2(width, plot_bottom - origin.y));
    }

    if (!tip.empty()) ui::tooltip("%s", tip.c_str());

    std::vector<const ChartSeries*> entries;
    std::vector<unsigned> colours;
    for (std::size_t s = 0; s < ns; ++s) {
        entries.push_back(&chart.series[s]);
        colours.push_back(series_colour(chart.series[s].colour, s));
    }
    if (has_line) {
        entries.push_back(&chart.line);
        colours.push_back(line_colour);
    }
    legend(entries, colours, has_line, width);
    ImGui::PopID();
}

void horizontal_bars(const char* id, const std::vector<HorizontalBar>& bars, float row_height, float width_wanted) {
    ImGui::PushID(id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = width_wanted > 0 ? width_wanted : ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float text_h = ImGui::GetTextLineHeight();
    float label_w = 0, value_w = 0;
    double max_value = 0;
    for (const HorizontalBar& b : bars) {
        label_w = std::max(label_w, ImGui::CalcTextSize(b.label.c_str()).x);
        value_w = std::max(value_w, ImGui::CalcTextSize(b.value_text.c_str()).x);
        max_value = std::max(max_value, b.value);
    }
    label_w = std::min(label_w, width * 0.35f);
    const float bar_left = origin.x + label_w + 12;
    const float bar_span = std::max(20.0f, width - label_w - 12 - value_w - 12);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const HorizontalBar& b = bars[i];
        float y = origin.y + row_height * float(i);
        float text_y = y + (row_height - text_h) * 0.5f;
        ImVec4 clip(origin.x, y, origin.x + label_w, y + row_height);
        dl->AddText(nullptr, 0.0f, ImVec2(origin.x, text_y), colour::rgb(colour::kText), b.label.c_str(), nullptr, 0.0f, &clip);
        float len = max_value > 0 && b.value > 0 ? float(b.value / max_value) * bar_span : 0;
        ImVec2 a(bar_left, y + 4), z(bar_left + std::max(len, b.value > 0 ? 2.0f : 0.0f), y + row_height - 4);
        dl->AddRectFilled(a, z, colour::rgb(series_colour(b.colour, i)), 2.0f);
        dl->AddText(ImVec2(z.x + 8, text_y), colour::rgb(colour::kSecondaryText), b.value_text.c_str());
        if (hovering(ImVec2(origin.x, y), ImVec2(origin.x + width, y + row_height)))
            ui::tooltip("%s: %s", b.label.c_str(), b.value_text.c_str());
    }
    ImGui::Dummy(ImVec2(width, row_height * float(bars.size())));
    {
        std::vector<std::vector<std::string>> rows{{"Item", "Value"}};
        std::string alt = "Bar chart of ";
        for (std::size_t i = 0; i < bars.size(); ++i) {
            rows.push_back({bars[i].label, bars[i].value_text});
            alt += (i ? ", " : "") + bars[i].label;
        }
        describe_chart(alt, rows, origin, ImVec2(width, row_height * float(bars.size())));
    }
    ImGui::PopID();
}

}  // namespace ft::ui
