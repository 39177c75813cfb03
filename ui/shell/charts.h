// Small charts drawn with ImDrawList, in the fairterms look.
//
// Charts are pictures of numbers that a table beside or under them states exactly: the values here are
// doubles for drawing only, never for money arithmetic. Colours default to colour::kSeries in order.
// Hovering a bar shows its category, series and the caller's exact text for that value.
//
//   std::vector<ChartSeries> s = {{"Upfront", {500, 0, 0}}, {"Royalty", {0, 120, 240}}};
//   BarChart chart;
//   chart.categories = {"Year 0", "Year 1", "Year 2"};
//   chart.series = s;
//   chart.stacked = true;
//   chart.format_value = [](double v) { return "£" + std::to_string(long(v)); };
//   bar_chart("flows", chart);
//
//   horizontal_bars("split", {{"North Trust", 3000, "£3,000.00"}, {"South Trust", 1000, "£1,000.00"}});
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

namespace ft::ui {

struct ChartSeries {
    std::string name;
    std::vector<double> values;  // one per category; negative values are drawn below the zero line
    unsigned colour = 0;         // 0xRRGGBB; 0 picks the next colour from colour::kSeries
    // Optional exact text per value for the hover tooltip (e.g. "£1,234.56"); format_value is used otherwise.
    std::vector<std::string> value_texts;
};

struct BarChart {
    std::vector<std::string> categories;   // x axis labels (thinned automatically when crowded)
    std::vector<ChartSeries> series;       // bars; stacked or side by side per category
    bool stacked = false;
    // An optional line with dots over the bars (e.g. present value by year); empty values mean none.
    ChartSeries line;
    std::string y_axis_title;              // drawn above the axis, e.g. "£ a year"
    std::function<std::string(double)> format_value;  // axis ticks and tooltips; default "%g"
    float height = 260.0f;                 // plot height in pixels
    float width = 0.0f;                    // 0: all the available width
};

// A vertical bar chart with a y axis, gridlines, category labels and a legend underneath.
void bar_chart(const char* id, const BarChart& chart);

struct HorizontalBar {
    std::string label;
    double value = 0;
    std::string value_text;   // shown at the bar's end, e.g. "£1,234.56 (60%)"
    unsigned colour = 0;      // 0 picks from colour::kSeries by position
};

// One labelled horizontal bar per row, scaled to the largest value; labels on the left, values at the end.
// width 0 takes all the available width.
void horizontal_bars(const char* id, const std::vector<HorizontalBar>& bars, float row_height = 26.0f, float width = 0.0f);

// What a chart drawn here or by a screen means to a screen reader: an image named `alt` on the rectangle
// (origin, size), then a table of its exact figures, `rows[0]` being the column headers. Call it once per chart
// inside the chart's own id scope (ImGui::PushID), after drawing it.
void describe_chart(const std::string& alt, const std::vector<std::vector<std::string>>& rows, ImVec2 origin, ImVec2 size);

// "£0", "£2.5k", "£1.2m": short money text in pounds for axis ticks (value given in pounds).
std::string short_pounds(double pounds);

}  // namespace ft::ui
