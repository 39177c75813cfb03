#include "canvas2d_damage.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ft::web::canvas2d {
namespace {

// Beyond a triangle's corners, what a redraw can touch: a glyph snapped to whole device pixels moves by up to
// half a pixel, and the canvas anti-aliases a path's edge over one pixel. Two pixels cover both.
constexpr int kMarginPixels = 2;
// Past this share of the canvas, a partial redraw saves nothing worth its culling: the whole canvas is redrawn.
constexpr double kWholeShare = 0.5;

// A box in display pixels, grown point by point.
struct Box {
    float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
    bool empty() const { return x1 < x0 || y1 < y0; }
    void add(const ImVec2& p) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    void add(const Box& b) {
        if (b.empty()) return;
        add(ImVec2(b.x0, b.y0));
        add(ImVec2(b.x1, b.y1));
    }
    // What of this box a command's clip rectangle lets through.
    Box clipped(const ImVec4& clip) const {
        Box b{std::max(x0, clip.x), std::max(y0, clip.y), std::min(x1, clip.z), std::min(y1, clip.w)};
        return b;
    }
};

bool same_command(const ImDrawCmd& now, const ImVec4& clip, unsigned elements, unsigned index_offset,
                  unsigned vertex_offset, ImTextureID texture) {
    return std::memcmp(&now.ClipRect, &clip, sizeof clip) == 0 && now.ElemCount == elements &&
           now.IdxOffset == index_offset && now.VtxOffset == vertex_offset && now.GetTexID() == texture;
}

bool drawn(const ImDrawCmd& cmd) { return cmd.UserCallback == nullptr && cmd.ElemCount != 0; }

bool same_vertex(const ImDrawVert& a, const ImDrawVert& b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Whether `box` (display pixels) covers so much of the canvas that all of it is redrawn.
bool too_big(const Box& box, const ImDrawData* data, int fb_w, int fb_h) {
    return !box.empty() && double(box.x1 - box.x0) * double(box.y1 - box.y0) * double(data->FramebufferScale.x) *
                                   double(data->FramebufferScale.y) > kWholeShare * double(fb_w) * double(fb_h);
}

// A box in display pixels as device pixels (relative to the display's origin, as the renderer's clip
// rectangles are): outwards to whole pixels, `margin` more on every side, within the fb_w x fb_h canvas.
DeviceRect to_device(const Box& b, const ImDrawData* data, int margin, int fb_w, int fb_h) {
    const float sx = data->FramebufferScale.x, sy = data->FramebufferScale.y;
    const ImVec2 o = data->DisplayPos;
    return {std::max(int(std::floor((b.x0 - o.x) * sx)) - margin, 0), std::max(int(std::floor((b.y0 - o.y) * sy)) - margin, 0),
            std::min(int(std::ceil((b.x1 - o.x) * sx)) + margin, fb_w), std::min(int(std::ceil((b.y1 - o.y) * sy)) + margin, fb_h)};
}

// One triangle as drawn: its vertices (indices into the list's vertices) and its command's clip rectangle.
struct Triangle {
    unsigned v[3];
    ImVec4 clip;
};

template <typename Commands, typename Index>
void triangles_of(const Commands& commands, Index index, std::vector<Triangle>& out) {
    out.clear();
    for (const auto& c : commands)
        for (unsigned i = 0; i + 2 < c.elements; i += 3)
            out.push_back({{index(c, i), index(c, i + 1), index(c, i + 2)}, c.clip});
}

Box box_of(const Triangle& t, const ImDrawVert* vertices) {
    Box b;
    for (unsigned v : t.v) b.add(vertices[v].pos);
    return b.clipped(t.clip);
}

// How many vertices two lists share at their start, and at their end.
struct Ends {
    std::size_t prefix = 0, suffix = 0;
};

Ends common_ends(const ImDrawVert* was_v, std::size_t was_n, const ImDrawVert* now_v, std::size_t now_n) {
    const std::size_t shortest = std::min(was_n, now_n);
    Ends e;
    while (e.prefix < shortest && same_vertex(was_v[e.prefix], now_v[e.prefix])) ++e.prefix;
    while (e.suffix < shortest - e.prefix && same_vertex(was_v[was_n - 1 - e.suffix], now_v[now_n - 1 - e.suffix])) ++e.suffix;
    return e;
}

// A list whose triangles were added or removed (a hover's highlight appears, a line of text gets longer):
// ImGui draws in order, so what came before the change and what came after are the same vertices, the
// latter shifted. The triangles that use other vertices are the change. Adds where they were and are to
// `box`, or returns false when the unchanged triangles do not line up one for one (same vertices, same
// clip, same order), and the caller takes the whole list instead.
bool add_inserted(const ImDrawVert* was_v, std::size_t was_n, const std::vector<Triangle>& was_t, const ImDrawVert* now_v,
                  std::size_t now_n, const std::vector<Triangle>& now_t, Ends ends, Box& box) {
    const std::size_t prefix = ends.prefix, suffix = ends.suffix;
    auto kept = [&](const Triangle& t, std::size_t n) {
        bool before = true, after = true;
        for (unsigned v : t.v) {
            before = before && v < prefix;
            after = after && v >= n - suffix;
        }
        return before || after;
    };
    const long shift = long(now_n) - long(was_n);
    std::size_t i = 0, j = 0;
    for (;;) {
        while (i < was_t.size() && !kept(was_t[i], was_n)) box.add(box_of(was_t[i++], was_v));
        while (j < now_t.size() && !kept(now_t[j], now_n)) box.add(box_of(now_t[j++], now_v));
        if (i == was_t.size() || j == now_t.size()) return i == was_t.size() && j == now_t.size();
        const Triangle &a = was_t[i], &b = now_t[j];
        for (int k = 0; k < 3; ++k)
            if ((a.v[k] < prefix ? long(a.v[k]) : long(a.v[k]) + shift) != long(b.v[k])) return false;
        if (std::memcmp(&a.clip, &b.clip, sizeof a.clip) != 0) return false;
        ++i;
        ++j;
    }
}

}  // namespace

DeviceRect Damage::next(const ImDrawData* data, int fb_w, int fb_h) const {
    const DeviceRect whole{0, 0, fb_w, fb_h};
    const std::size_t count = std::size_t(std::max(data->CmdListsCount, 0));
    bool all = !valid_ || fb_w != fb_w_ || fb_h != fb_h_ || count != lists_.size() ||
               data->DisplayPos.x != origin_.x || data->DisplayPos.y != origin_.y ||
               data->FramebufferScale.x != scale_.x || data->FramebufferScale.y != scale_.y;
    Box box;   // display pixels, as the vertices are
    for (std::size_t n = 0; n < count && !all; ++n) {
        const ImDrawList& now = *data->CmdLists[n];
        const List& was = lists_[n];
        // Commands and indices equal: the same triangles, so only the changed vertices' triangles can differ.
        std::size_t k = 0;
        bool same = was.vertices.Size == now.VtxBuffer.Size && was.indices.Size == now.IdxBuffer.Size;
        for (const ImDrawCmd& cmd : now.CmdBuffer) {
            if (!same) break;
            if (!drawn(cmd)) continue;
            same = k < was.commands.size() &&
                   same_command(cmd, was.commands[k].clip, was.commands[k].elements, was.commands[k].index_offset,
                                was.commands[k].vertex_offset, was.commands[k].texture);
            ++k;
        }
        same = same && k == was.commands.size() &&
               (was.indices.empty() ||
                std::memcmp(was.indices.Data, now.IdxBuffer.Data, std::size_t(was.indices.Size) * sizeof(ImDrawIdx)) == 0);
        const bool vertices_equal =
            same && (was.vertices.empty() ||
                     std::memcmp(was.vertices.Data, now.VtxBuffer.Data, std::size_t(was.vertices.Size) * sizeof(ImDrawVert)) == 0);
        bool done = vertices_equal;
        if (!same) {
            // Triangles added or removed: the change is what lies between the unchanged start and end.
            static std::vector<Triangle> was_t, now_t;
            static std::vector<Command> now_c;
            now_c.clear();
            for (const ImDrawCmd& cmd : now.CmdBuffer)
                if (drawn(cmd)) now_c.push_back({cmd.ClipRect, cmd.ElemCount, cmd.IdxOffset, cmd.VtxOffset, cmd.GetTexID()});
            // (Triangles are compared by vertices and clip alone: every command must use the one texture.)
            bool one_texture = !now_c.empty();
            for (const Command& c : was.commands) one_texture = one_texture && c.texture == now_c.front().texture;
            for (const Command& c : now_c) one_texture = one_texture && c.texture == now_c.front().texture;
            // Most of the list changed (a new screen): not worth lining up triangle by triangle.
            const Ends ends = common_ends(was.vertices.Data, std::size_t(was.vertices.Size), now.VtxBuffer.Data,
                                          std::size_t(now.VtxBuffer.Size));
            const std::size_t shortest = std::size_t(std::min(was.vertices.Size, now.VtxBuffer.Size));
            if (one_texture && 4 * (ends.prefix + ends.suffix) >= 3 * shortest) {
                triangles_of(was.commands, [&](const Command& c, unsigned i) { return unsigned(was.indices[c.index_offset + i]) + c.vertex_offset; }, was_t);
                triangles_of(now_c, [&](const Command& c, unsigned i) { return unsigned(now.IdxBuffer.Data[c.index_offset + i]) + c.vertex_offset; }, now_t);
                Box inserted;
                if (add_inserted(was.vertices.Data, std::size_t(was.vertices.Size), was_t, now.VtxBuffer.Data, std::size_t(now.VtxBuffer.Size), now_t, ends, inserted)) {
                    box.add(inserted);
                    done = true;
                }
            }
        }
        if (!done && !same) {
            // Lists that do not line up: whatever either frame drew there, which is bounded by the clip
            // rectangles (a new screen's content: most of the canvas, so all of it is redrawn).
            for (const Command& c : was.commands) box.add(Box{c.clip.x, c.clip.y, c.clip.z, c.clip.w});
            for (const ImDrawCmd& cmd : now.CmdBuffer)
                if (drawn(cmd)) box.add(Box{cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w});
        } else if (!done) {
            // The same triangles, some with other vertices (a colour, a place): each changed triangle, where it
            // was and where it is, within its command's clip rectangle. A scroll changes them all: once the box
            // is past the share that means "all of it", the rest need not be looked at.
            for (const Command& c : was.commands) {
                for (unsigned i = 0; i + 2 < c.elements && !too_big(box, data, fb_w, fb_h); i += 3) {
                    unsigned v3[3];
                    bool changed = false;
                    for (unsigned v = 0; v < 3; ++v) {
                        v3[v] = was.indices[c.index_offset + i + v] + c.vertex_offset;
                        changed = changed || !same_vertex(was.vertices[v3[v]], now.VtxBuffer.Data[v3[v]]);
                    }
                    if (!changed) continue;
                    Box before, after;
                    for (unsigned v : v3) {
                        before.add(was.vertices[v].pos);
                        after.add(now.VtxBuffer.Data[v].pos);
                    }
                    box.add(before.clipped(c.clip));
                    box.add(after.clipped(c.clip));
                }
            }
        }
        // Past half the canvas the answer is "all of it" whatever else differs: stop comparing.
        if (!all && too_big(box, data, fb_w, fb_h)) all = true;
    }
    if (all) return whole;
    if (box.empty()) return {};
    DeviceRect r = to_device(box, data, kMarginPixels, fb_w, fb_h);
    if (r.empty()) return {};
    uncut(data, fb_w, fb_h, r);
    if (double(r.x1 - r.x0) * double(r.y1 - r.y0) > kWholeShare * double(fb_w) * double(fb_h)) return whole;
    return r;
}

// Quirk (found by a tester): Skia anti-aliases a path edge that the clip cuts through differently from the same
// edge drawn whole, by up to 23 levels at its pixels inside the clip (a combo's arrow, a radio circle, a rounded
// scrollbar end). Axis-aligned edges come out the same, so backgrounds and glyphs may be cut. So the rectangle
// grows until no slanted or curved outline edge of a shape ImGui drew (its consecutive triangles sharing
// vertices; an outline edge is one that only one of its triangles has) crosses the rectangle's edge: such a
// shape is then wholly inside. A window's rounded background is not taken whole for a change in its middle,
// where the rectangle's edges cross only its straight sides or its inside.
void Damage::uncut(const ImDrawData* data, int fb_w, int fb_h, DeviceRect& r) const {
    // A shape's box, and an edge's, with a pixel for the anti-aliased edge.
    auto device = [&](const Box& b) { return to_device(b, data, 1, fb_w, fb_h); };
    auto meets = [](const DeviceRect& s, const DeviceRect& r) { return s.x0 < r.x1 && s.x1 > r.x0 && s.y0 < r.y1 && s.y1 > r.y0; };
    auto inside = [](const DeviceRect& s, const DeviceRect& r) { return s.x0 >= r.x0 && s.x1 <= r.x1 && s.y0 >= r.y0 && s.y1 <= r.y1; };
    static std::vector<std::pair<unsigned, unsigned>> edges;
    // Only a shape the rectangle's edge crosses can be cut, and the rectangle is a few percent of the canvas:
    // each shape's box is found first, and its edges only when that box straddles the rectangle's edge (a
    // frame holds tens of thousands of glyph quads; sorting every shape's edges cost a millisecond). Growing
    // the rectangle can bring other shapes to its edge, so the walk runs again until the rectangle stays.
    for (bool grew = true; grew;) {
        grew = false;
        for (int n = 0; n < data->CmdListsCount; ++n) {
            const ImDrawList& list = *data->CmdLists[n];
            for (const ImDrawCmd& cmd : list.CmdBuffer) {
                if (!drawn(cmd)) continue;
                const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
                const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
                for (unsigned i = 0; i + 2 < cmd.ElemCount;) {
                    // A shape: this triangle and the ones after it that share a vertex with the one before.
                    unsigned end = i + 3;
                    while (end + 2 < cmd.ElemCount) {
                        const ImDrawIdx *t = idx + end, *p = t - 3;
                        bool shares = false;
                        for (int a = 0; a < 3; ++a)
                            for (int b = 0; b < 3; ++b) shares = shares || t[a] == p[b];
                        if (!shares) break;
                        end += 3;
                    }
                    const unsigned first = i;
                    i = end;
                    Box shape;
                    for (unsigned k = first; k < end; ++k) shape.add(vtx[idx[k]].pos);
                    const Box seen_shape = shape.clipped(cmd.ClipRect);
                    if (seen_shape.empty()) continue;
                    const DeviceRect whole_shape = device(seen_shape);
                    if (!meets(whole_shape, r) || inside(whole_shape, r)) continue;
                    // Its outline's slanted edges (an edge two triangles share, a quad's diagonal, is inside it).
                    edges.clear();
                    for (unsigned k = first; k < end; k += 3)
                        for (int e = 0; e < 3; ++e) {
                            unsigned a = idx[k + e], b = idx[k + (e + 1) % 3];
                            const ImVec2 &pa = vtx[a].pos, &pb = vtx[b].pos;
                            if (pa.x != pb.x && pa.y != pb.y) edges.push_back({std::min(a, b), std::max(a, b)});
                        }
                    std::sort(edges.begin(), edges.end());
                    bool cut = false;
                    for (std::size_t e = 0; e < edges.size() && !cut;) {
                        std::size_t same = e + 1;
                        while (same < edges.size() && edges[same] == edges[e]) ++same;
                        if (same - e == 1) {
                            Box edge;
                            edge.add(vtx[edges[e].first].pos);
                            edge.add(vtx[edges[e].second].pos);
                            const Box seen = edge.clipped(cmd.ClipRect);
                            if (!seen.empty()) {
                                const DeviceRect d = device(seen);
                                cut = meets(d, r) && !inside(d, r);
                            }
                        }
                        e = same;
                    }
                    if (!cut) continue;
                    r = {std::min(r.x0, whole_shape.x0), std::min(r.y0, whole_shape.y0), std::max(r.x1, whole_shape.x1),
                         std::max(r.y1, whole_shape.y1)};
                    grew = true;
                }
            }
        }
    }
}

void Damage::keep(ImDrawData* data, int fb_w, int fb_h) {
    const std::size_t count = std::size_t(std::max(data->CmdListsCount, 0));
    lists_.resize(count);
    for (std::size_t n = 0; n < count; ++n) {
        ImDrawList& now = *data->CmdLists[n];
        List& kept = lists_[n];
        kept.vertices.swap(now.VtxBuffer);
        kept.indices.swap(now.IdxBuffer);
        kept.commands.clear();
        for (const ImDrawCmd& cmd : now.CmdBuffer)
            if (drawn(cmd)) kept.commands.push_back({cmd.ClipRect, cmd.ElemCount, cmd.IdxOffset, cmd.VtxOffset, cmd.GetTexID()});
    }
    origin_ = data->DisplayPos;
    scale_ = data->FramebufferScale;
    fb_w_ = fb_w;
    fb_h_ = fb_h;
    valid_ = true;
}

}  // namespace ft::web::canvas2d
